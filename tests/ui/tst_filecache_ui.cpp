// Downloaded attachments kept in the account's FileCache, against osm-sim: an attachment downloaded once is
// opened, saved and dragged out again with the simulator unreachable (every request dropped), and the simulator
// received exactly one download request for it; Settings ▸ Local Cache… shows the usage, saves the cap in
// QSettings and applies it at once (a later window starts with it; cap 0 keeps nothing, so a second open
// downloads again), Clear Downloaded Files empties it; File ▸ Rebuild Local Cache empties it too.
#include "DemoCredentials.h"
#include "Server.h"
#include "dialogs/LocalCacheDialog.h"
#include "models/AttachmentDownloader.h"
#include "models/AttachmentDragData.h"
#include "models/AttachmentListModel.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "store/FileCache.h"
#include "store/LocalStore.h"
#include "widgets/AttachmentsPanel.h"
#include "windows/CaseWindow.h"
#include "windows/LocalCacheActions.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace osm;
using osm::ui::AttachmentsPanel;
using osm::ui::CaseWindow;
using osm::ui::LocalCacheDialog;
using osm::ui::MainWindow;

class TestFileCacheUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    int m_stores = 0;

    QString openCaseId() const
    {
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1)
                return c.incidentId;
        }
        return {};
    }

    // A support message with one attachment; returns its id.
    QString addAttachment(const QString &caseId, const QString &name, qint64 size)
    {
        sim::MessageRecord message;
        message.caseId = caseId;
        message.type = 1;
        message.replierType = 1;
        message.replier = QStringLiteral("engineer-1");
        message.replierName = QStringLiteral("Support");
        message.content = QStringLiteral("<div class=\"osm-rich-text\">See the file.</div>");
        message.createTimeMs = QDateTime::currentMSecsSinceEpoch();
        const QString id = m_server->dataSet().newId();
        message.accessories.append(sim::Accessory{id, name, size});
        m_server->dataSet().addMessage(message);
        return id;
    }

    int downloads(const QString &accessoryId) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == "GET" && request.path == QStringLiteral("/v2/servicerequest/accessory/") + accessoryId;
        return n;
    }

    // The case's window, opened from the main window (so LocalCacheActions hands it the file cache), once the
    // attachment is listed.
    CaseWindow *openCase(MainWindow &window, const QString &caseId, const QString &accessoryId)
    {
        window.openCase(caseId);
        const QList<CaseWindow *> open = window.findChildren<CaseWindow *>(Qt::FindDirectChildrenOnly);
        for (CaseWindow *w : open) {
            if (w->caseId() != caseId)
                continue;
            w->setAttribute(Qt::WA_DeleteOnClose, false);
            if (!QTest::qWaitFor([&] { return w->attachmentsPanel()->model()->rowOfAccessory(accessoryId) >= 0; }, 10000))
                qWarning("the attachment was not listed");
            return w;
        }
        return nullptr;
    }

    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool inside(const QString &folder, const QString &path)
    {
        return QFileInfo(path).canonicalFilePath().startsWith(QFileInfo(folder).canonicalFilePath() + QLatin1Char('/'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_filecache_ui"));
        // Nothing in the store-less "open" cache from an earlier run: only the FileCache may serve a file here.
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()},
                                               sim::demo::akSkCredentials());
        RetryPolicy once;
        once.maxAttempts = 1; // an unreachable server fails at once instead of after the retries
        m_client->setRetryPolicy(once);
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_stores))));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_store.reset();
    }

    void downloadedOnceThenServedOffline()
    {
        const QString caseId = openCaseId();
        const QString id = addAttachment(caseId, QStringLiteral("../../node-7.log"), 3000);
        const QString other = addAttachment(caseId, QStringLiteral("never-opened.log"), 50);
        const QString image = addAttachment(caseId, QStringLiteral("screen.png"), 400);
        MainWindow window(m_client.get());
        window.setLocalStore(m_store.get());
        FileCache *cache = window.localCache()->fileCache();
        QVERIFY(cache);
        CaseWindow *caseWindow = openCase(window, caseId, id);
        QVERIFY(caseWindow);
        AttachmentsPanel *panel = caseWindow->attachmentsPanel();
        QCOMPARE(panel->downloader()->fileCache(), cache);
        QList<QUrl> opened;
        panel->setFileOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });

        // Online, the first open downloads and keeps the file, under its sanitised name, in the store's folder.
        panel->openAttachment(id);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        const QString kept = opened.first().toLocalFile();
        QCOMPARE(QFileInfo(kept).fileName(), QStringLiteral("node-7.log"));
        QVERIFY(inside(cache->folder(), kept));
        QVERIFY(inside(QFileInfo(m_store->path()).absolutePath(), kept));
        QCOMPARE(QFileInfo(kept).size(), 3000);
        const QByteArray content = contentOf(kept);
        QCOMPARE(cache->fileCount(), 1);
        QCOMPARE(downloads(id), 1);
        QSignalSpy saved(panel, &AttachmentsPanel::filesSaved);
        QTemporaryDir target;
        panel->setFolderChooser([&target] { return target.path(); });
        panel->saveAttachments({image}); // kept too
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        QCOMPARE(cache->fileCount(), 2);

        // The server cannot be reached any more.
        m_server->faults().addDrop(-1);

        // Opened again: at once, from the cache.
        panel->openAttachment(id);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().toLocalFile(), kept);

        // Saved: copied from the cache into the folder, named as on the server (sanitised).
        panel->saveAttachments({id});
        QCOMPARE(saved.size(), 2); // no download to wait for
        const QStringList savedPaths = saved.last().first().toStringList();
        QCOMPARE(savedPaths, QStringList{QDir(target.path()).filePath(QStringLiteral("node-7.log"))});
        QCOMPARE(contentOf(savedPaths.first()), content);
        QVERIFY(panel->statusText().contains(QDir::toNativeSeparators(target.path())));

        // Dragged out: ready at once.
        std::unique_ptr<QMimeData> mime(panel->model()->mimeData(
            {panel->model()->index(panel->model()->rowOfAccessory(id), 0)}));
        auto *drag = qobject_cast<ui::AttachmentDragData *>(mime.get());
        QVERIFY(drag);
        QVERIFY(drag->isReady());
        QCOMPARE(drag->filePaths().size(), 1);
        QCOMPARE(contentOf(drag->filePaths().first()), content);

        // An image kept is previewed from its copy, without the image request.
        QSignalSpy previewed(panel, &AttachmentsPanel::previewShown);
        panel->showPreview(image);
        QCOMPARE(previewed.size(), 1);
        QVERIFY(!panel->previewLabel()->pixmap().isNull());
        QCOMPARE(downloads(image + QStringLiteral("/image")), 0);

        // The server really is unreachable: a file not kept cannot be saved now.
        panel->saveAttachments({other});
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, 15000);
        QVERIFY(saved.last().first().toStringList().isEmpty());
        QVERIFY(downloads(other) >= 1); // QNAM re-sends once by itself when a connection closes before any byte

        QCOMPARE(downloads(id), 1); // exactly one download request for the kept files, ever
        QCOMPARE(downloads(image), 1);
    }

    void keptFileDeletedBehindItsBackIsDownloadedAgain()
    {
        const QString caseId = openCaseId();
        const QString id = addAttachment(caseId, QStringLiteral("trace.txt"), 120);
        MainWindow window(m_client.get());
        window.setLocalStore(m_store.get());
        CaseWindow *caseWindow = openCase(window, caseId, id);
        QVERIFY(caseWindow);
        AttachmentsPanel *panel = caseWindow->attachmentsPanel();
        QStringList opened;
        panel->setFileOpener([&opened](const QUrl &url) {
            opened.append(url.toLocalFile());
            return true;
        });
        panel->openAttachment(id);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        QVERIFY(QFile::remove(opened.first()));
        panel->openAttachment(id);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 15000);
        QCOMPARE(downloads(id), 2);
        QVERIFY(QFileInfo::exists(opened.last()));
        QCOMPARE(window.localCache()->fileCache()->fileCount(), 1);
    }

    void settingsDialogSetsTheCapAndClears()
    {
        const QString caseId = openCaseId();
        const QString id = addAttachment(caseId, QStringLiteral("dump.bin"), 2000);
        MainWindow window(m_client.get());
        window.setLocalStore(m_store.get());
        ui::LocalCacheActions *actions = window.localCache();
        FileCache *cache = actions->fileCache();
        QCOMPARE(cache->capBytes(), FileCache::kDefaultCapBytes);
        // Under Settings.
        auto *settings = window.findChild<QMenu *>(QStringLiteral("settingsMenu"));
        QVERIFY(settings);
        QVERIFY(settings->actions().contains(actions->fileCacheAction()));
        QVERIFY(actions->fileCacheAction()->isEnabled());

        CaseWindow *caseWindow = openCase(window, caseId, id);
        QVERIFY(caseWindow);
        AttachmentsPanel *panel = caseWindow->attachmentsPanel();
        int opens = 0;
        panel->setFileOpener([&opens](const QUrl &) { return ++opens > 0; });
        panel->openAttachment(id);
        QTRY_COMPARE_WITH_TIMEOUT(opens, 1, 15000);
        QCOMPARE(cache->fileCount(), 1);

        {
            LocalCacheDialog dialog(*cache, &window);
            QCOMPARE(dialog.capField()->value(), 500);
            QCOMPARE(dialog.usageLabel()->text(),
                     LocalCacheDialog::tr("In use: %n file(s), %1", nullptr, 1).arg(QLocale().formattedDataSize(2000)));
            QVERIFY(dialog.clearButton()->isEnabled());
            dialog.capField()->setValue(0);
            dialog.buttons()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // Applied at once (the kept file evicted) and saved.
        QCOMPARE(cache->capBytes(), 0);
        QCOMPARE(cache->fileCount(), 0);
        QCOMPARE(QSettings().value(QStringLiteral("fileCache/capBytes")).toLongLong(), 0);
        QCOMPARE(LocalCacheDialog::savedCapBytes(), 0);
        // Nothing is kept now: a second open downloads again (and still opens the file).
        panel->openAttachment(id);
        QTRY_COMPARE_WITH_TIMEOUT(opens, 2, 15000);
        QCOMPARE(downloads(id), 2);
        QCOMPARE(cache->fileCount(), 0);

        // A new window (the next start) applies the saved cap.
        {
            MainWindow next(m_client.get());
            next.setLocalStore(m_store.get());
            QCOMPARE(next.localCache()->fileCache()->capBytes(), 0);
        }

        // Cancel changes nothing; Clear acts at once.
        cache->setCapBytes(FileCache::kDefaultCapBytes);
        panel->openAttachment(id);
        QTRY_COMPARE_WITH_TIMEOUT(opens, 3, 15000);
        QCOMPARE(cache->fileCount(), 1);
        {
            LocalCacheDialog dialog(*cache, &window);
            dialog.capField()->setValue(1);
            dialog.clearButton()->click();
            QCOMPARE(cache->fileCount(), 0);
            QVERIFY(!dialog.clearButton()->isEnabled());
            QCOMPARE(dialog.usageLabel()->text(),
                     LocalCacheDialog::tr("In use: %n file(s), %1", nullptr, 0).arg(QLocale().formattedDataSize(0)));
            dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
        }
        QCOMPARE(cache->capBytes(), FileCache::kDefaultCapBytes);
        QCOMPARE(LocalCacheDialog::savedCapBytes(), 0); // still what OK saved last
    }

    void rebuildLocalCacheClearsTheDownloadedFiles()
    {
        const QString caseId = openCaseId();
        const QString id = addAttachment(caseId, QStringLiteral("kept.txt"), 64);
        MainWindow window(m_client.get());
        window.setLocalStore(m_store.get());
        CaseWindow *caseWindow = openCase(window, caseId, id);
        QVERIFY(caseWindow);
        AttachmentsPanel *panel = caseWindow->attachmentsPanel();
        QTemporaryDir target;
        panel->setFolderChooser([&target] { return target.path(); });
        QSignalSpy saved(panel, &AttachmentsPanel::filesSaved);
        panel->saveAttachments({id}); // a save is kept too
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        FileCache *cache = window.localCache()->fileCache();
        QCOMPARE(cache->fileCount(), 1);
        const QString kept = cache->lookup(id);
        QCOMPARE(QFileInfo(kept).fileName(), QStringLiteral("kept.txt"));
        window.localCache()->rebuildAction()->trigger();
        QCOMPARE(cache->fileCount(), 0);
        QVERIFY(!QFileInfo::exists(kept));
        QVERIFY(QFileInfo::exists(saved.first().first().toStringList().first())); // the user's copy stays
    }
};

QTEST_MAIN(TestFileCacheUi)
#include "tst_filecache_ui.moc"
