// The attachments of a case window against osm-sim: the list model (under QAbstractItemModelTester) following
// the thread; a file dropped on the compose box uploaded and sent with its message; the accessory limits refusing
// a file with a notice while the text and the other files stay; an upload cancelled; a pasted image staged as a
// PNG; downloads (save, open, preview, cancel) and drag-out writing files under sanitised names, never outside
// the chosen folder.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/AccessoryStore.h"
#include "models/AttachmentDownloader.h"
#include "models/AttachmentDragData.h"
#include "models/AttachmentListModel.h"
#include "models/MessagePoller.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "widgets/AttachmentsPanel.h"
#include "widgets/ComposeBox.h"
#include "widgets/MessageThreadView.h"
#include "windows/CaseWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using namespace osm;
using osm::ui::AttachmentListModel;
using osm::ui::AttachmentsPanel;
using osm::ui::CaseWindow;
using osm::ui::ComposeBox;
using osm::ui::MessageThreadModel;

namespace {
const QString kUploadPath = QStringLiteral("/v2/servicerequest/accessorys");
} // namespace

class TestAttachmentsUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_files;

    QString openCase() const
    {
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1)
                return c.incidentId;
        }
        return {};
    }

    QString makeFile(const QString &name, const QByteArray &content = "log line\n") const
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    int requestCount(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == method && request.path == path;
        return n;
    }

    // A support message whose attachment has a hostile name; returns the attachment's id.
    QString addHostileAttachment(const QString &caseId, const QString &name = QStringLiteral("../../evil.sh"),
                                 qint64 size = 100)
    {
        sim::MessageRecord message;
        message.caseId = caseId;
        message.type = 1;
        message.replierType = 1;
        message.replier = QStringLiteral("engineer-1");
        message.replierName = QStringLiteral("Support");
        message.content = QStringLiteral("<div class=\"osm-rich-text\">Run this.</div>");
        message.createTimeMs = QDateTime::currentMSecsSinceEpoch();
        const QString id = m_server->dataSet().newId();
        message.accessories.append(sim::Accessory{id, name, size});
        m_server->dataSet().addMessage(message);
        return id;
    }

    std::unique_ptr<CaseWindow> openWindow(const QString &caseId)
    {
        auto window = std::make_unique<CaseWindow>(m_client.get(), caseId);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->poller()->setIntervals(30, 120);
        window->threadModel()->setPageSize(100);
        window->threadModel()->reload();
        return window;
    }

    void dropFiles(QWidget *target, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        mime.setUrls(urls);
        const QPoint at(target->width() / 2, target->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
    }

    static QString folderIn(const QTemporaryDir &dir, const QString &relative)
    {
        const QString path = dir.filePath(relative);
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_attachments_ui"));
        QVERIFY(m_files.isValid());
        // Nothing cached by an earlier run.
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    void init()
    {
        QSettings().remove(QStringLiteral("drafts"));
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void modelFollowsTheThread()
    {
        const QString caseId = openCase();
        QVERIFY(!caseId.isEmpty());
        const QString hostile = addHostileAttachment(caseId);
        int expected = 0;
        const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(caseId);
        for (const sim::MessageRecord &m : messages)
            expected += m.status == 0 ? int(m.accessories.size()) : 0;

        MessageThreadModel thread;
        AttachmentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThreadModel(&thread);
        thread.setPageSize(100);
        thread.setCaseId(caseId);
        thread.setClient(m_client.get());
        QTRY_VERIFY(thread.hasLoaded());
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.columnCount(), int(AttachmentListModel::ColumnCount));

        const int row = model.rowOfAccessory(hostile);
        QVERIFY(row >= 0);
        const QModelIndex name = model.index(row, AttachmentListModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("evil.sh")); // shown as it would be stored
        QCOMPARE(name.data(AttachmentListModel::ServerNameRole).toString(), QStringLiteral("../../evil.sh"));
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(name.data(AttachmentListModel::DateRole).toDateTime().isValid());
        QVERIFY(!model.index(row, AttachmentListModel::DateColumn).data().toString().isEmpty());
        QCOMPARE(name.data(AttachmentListModel::SizeRole).toLongLong(), -1); // the thread does not say
        QVERIFY(model.headerData(AttachmentListModel::SizeColumn, Qt::Horizontal).toString().size() > 0);

        // Withdrawn: its files leave the list; the rows around stay.
        const QString messageId = name.data(AttachmentListModel::MessageIdRole).toString();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        thread.setWithdrawn(messageId);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), expected - 1);
        QCOMPARE(model.rowOfAccessory(hostile), -1);
        QCOMPARE(reset.size(), 0);

        // A size learnt later shows formatted in the locale.
        if (model.rowCount() > 0) {
            const QString id = model.index(0, 0).data(AttachmentListModel::AccessoryIdRole).toString();
            model.setKnownSize(id, 2048);
            QCOMPARE(model.index(0, AttachmentListModel::SizeColumn).data().toString(),
                     QLocale().formattedDataSize(2048));
        }
    }

    void newMessageWithFilesIsInsertedInPlace()
    {
        const QString caseId = openCase();
        auto window = openWindow(caseId);
        AttachmentListModel *model = window->attachmentsPanel()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(window->threadModel()->hasLoaded() && !window->poller()->cursor().isEmpty());
        const int rows = model->rowCount();
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        const QString id = addHostileAttachment(caseId, QStringLiteral("report.pdf"));
        QTRY_VERIFY(model->rowOfAccessory(id) >= 0);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model->index(model->rowOfAccessory(id), 0).data(AttachmentListModel::MimeTypeRole).toString(),
                 QStringLiteral("application/pdf"));
    }

    void droppedFileIsUploadedAndSent()
    {
        const QString caseId = openCase();
        auto window = openWindow(caseId); // not shown: nothing here needs a screen
        QTRY_VERIFY(window->threadModel()->hasLoaded());
        ComposeBox *compose = window->composeBox();
        QTRY_VERIFY(compose->hasAccessoryLimits());
        const QByteArray content = "2026-04-02 12:00:01 node-3 kernel: oom-killer\n";
        const QString file = makeFile(QStringLiteral("node-3.log"), content);
        dropFiles(compose, {file});
        QCOMPARE(compose->stagedFiles(), QStringList{file});
        compose->setText(QStringLiteral("The log of node 3."));
        compose->send();
        QVERIFY(compose->isSending());
        QVERIFY(compose->cancelUploadButton()->isVisibleTo(compose)); // upload progress while it runs
        QTRY_VERIFY(!compose->isSending());
        QCOMPARE(compose->errorText(), QString());
        QVERIFY(compose->stagedFiles().isEmpty());
        QVERIFY(!compose->cancelUploadButton()->isVisibleTo(compose));

        // The upload: multipart with the file's bytes, for a message.
        QCOMPARE(requestCount("POST", kUploadPath), 1);
        // The message names the id the upload answered, and the simulator holds the file under it.
        const QString messagePath = QStringLiteral("/v2/servicerequest/cases/%1/message").arg(caseId);
        QCOMPARE(requestCount("POST", messagePath), 1);
        QStringList sentIds;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.method == "POST" && request.path == kUploadPath)
                QVERIFY(request.body.contains(content));
            if (request.path == messagePath) {
                const QJsonObject message =
                    QJsonDocument::fromJson(request.body).object().value(QStringLiteral("message")).toObject();
                QCOMPARE(message.value(QStringLiteral("content")).toString(), QStringLiteral("The log of node 3."));
                const QJsonArray ids = message.value(QStringLiteral("accessory_ids")).toArray();
                for (const QJsonValue &id : ids)
                    sentIds.append(id.toString());
            }
        }
        QCOMPARE(sentIds.size(), 1);
        const auto stored = sim::AccessoryStore::of(*m_server)
                                .find(m_server->dataSet(), QString::fromLatin1(sim::demo::kDomainId), sentIds.first());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->name, QStringLiteral("node-3.log"));
        QCOMPARE(stored->from, QStringLiteral("message"));
        QCOMPARE(stored->content, content);
        const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(caseId);
        QCOMPARE(messages.last().accessories.size(), 1);
        QCOMPARE(messages.last().accessories.first().id, sentIds.first());
    }

    void overLimitFileIsRefusedAndNothingIsLost()
    {
        // The in-process equivalent of PUT /_sim/accessory-limits: 1 MB, three files, a few types.
        sim::AccessoryStore::Limits limits;
        limits.count = 3;
        limits.sizeMb = 1;
        limits.fileTypes = {QStringLiteral("log"), QStringLiteral("txt"), QStringLiteral("png")};
        sim::AccessoryStore::of(*m_server).setLimits(limits);

        const QString caseId = openCase();
        auto window = openWindow(caseId);
        ComposeBox *compose = window->composeBox();
        QTRY_VERIFY(compose->hasAccessoryLimits());
        compose->setText(QStringLiteral("Half a reply"));
        const QString first = makeFile(QStringLiteral("first.log"));
        QCOMPARE(compose->stageFiles({first}), 1);

        const QString big = makeFile(QStringLiteral("core-dump.log"), QByteArray(1024 * 1024 + 1, 'x'));
        const QString small = makeFile(QStringLiteral("small.txt"));
        dropFiles(compose, {big, small});
        QCOMPARE(compose->stagedFiles(), (QStringList{first, small}));
        QCOMPARE(compose->text(), QStringLiteral("Half a reply"));
        const QString notice = compose->noticeText();
        QVERIFY2(notice.contains(QStringLiteral("core-dump.log")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("at most 1 MB")), qPrintable(notice));

        // A type not in the list, then one file too many.
        const QString exe = makeFile(QStringLiteral("setup.exe"));
        QCOMPARE(compose->stageFiles({exe}), 0);
        QVERIFY(compose->noticeText().contains(QStringLiteral("setup.exe")));
        QVERIFY(compose->noticeText().contains(QStringLiteral("log, txt, png")));
        const QString third = makeFile(QStringLiteral("third.txt"));
        const QString fourth = makeFile(QStringLiteral("fourth.txt"));
        QCOMPARE(compose->stageFiles({third, fourth}), 1);
        QVERIFY(compose->noticeText().contains(QStringLiteral("fourth.txt")));
        QVERIFY(compose->noticeText().contains(QStringLiteral("at most 3 file")));
        QCOMPARE(compose->stagedFiles(), (QStringList{first, small, third}));
        QCOMPARE(compose->text(), QStringLiteral("Half a reply"));
        QCOMPARE(requestCount("POST", kUploadPath), 0); // refused before anything was sent
    }

    void cancelledUploadKeepsEverything()
    {
        const QString caseId = openCase();
        auto window = openWindow(caseId);
        QTRY_VERIFY(window->threadModel()->hasLoaded());
        ComposeBox *compose = window->composeBox();
        const QString file = makeFile(QStringLiteral("trace.log"), QByteArray(512 * 1024, 't'));
        QCOMPARE(compose->stageFiles({file}), 1);
        compose->setText(QStringLiteral("With a trace."));
        compose->send();
        QVERIFY(compose->cancelUploadButton()->isEnabled());
        compose->cancelUploadButton()->click();
        QTRY_VERIFY(!compose->isSending());
        QVERIFY(!compose->errorText().isEmpty());
        QCOMPARE(compose->text(), QStringLiteral("With a trace."));
        QCOMPARE(compose->stagedFiles(), QStringList{file});
        QCOMPARE(requestCount("POST", QStringLiteral("/v2/servicerequest/cases/%1/message").arg(caseId)), 0);
    }

    void pastedImageIsStagedAsPng()
    {
        ComposeBox compose(QStringLiteral("TS-PASTE"));
        compose.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compose));
        compose.setText(QStringLiteral("see screenshot"));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QApplication::clipboard()->setImage(image);
        compose.editor()->setFocus();
        QTest::keyClick(compose.editor(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(compose.stagedFiles().size(), 1);
        const QString staged = compose.stagedFiles().first();
        QVERIFY(staged.endsWith(QLatin1String(".png")));
        QCOMPARE(QFileInfo(staged).absolutePath(), QFileInfo(compose.stagingFolder()).absoluteFilePath());
        QVERIFY(staged.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QImage reread(staged, "PNG");
        QCOMPARE(reread.size(), image.size());
        QCOMPARE(compose.text(), QStringLiteral("see screenshot")); // nothing pasted as text

        // Text on the clipboard is pasted as text, not as a file.
        QApplication::clipboard()->setText(QStringLiteral(" and more"));
        compose.editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(compose.editor(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(compose.text(), QStringLiteral("see screenshot and more"));
        QCOMPARE(compose.stagedFiles().size(), 1);

        // The copy is kept (the draft names it) until it is sent or removed.
        QCOMPARE(QSettings().value(QStringLiteral("drafts/TS-PASTE/files")).toStringList(), QStringList{staged});
        compose.unstageFile(0);
        QVERIFY(!QFileInfo::exists(staged));
    }

    void downloadsGetSanitisedNames()
    {
        const QString caseId = openCase();
        const QString hostile = addHostileAttachment(caseId);
        auto window = openWindow(caseId);
        AttachmentsPanel *panel = window->attachmentsPanel();
        QTRY_VERIFY(panel->model()->rowOfAccessory(hostile) >= 0);

        QTemporaryDir target;
        const QString folder = folderIn(target, QStringLiteral("a/b"));
        panel->setFolderChooser([folder] { return folder; });
        QSignalSpy saved(panel, &AttachmentsPanel::filesSaved);
        panel->saveAttachments({hostile});
        QTRY_COMPARE(saved.size(), 1);
        const QStringList paths = saved.first().first().toStringList();
        QCOMPARE(paths, QStringList{QDir(folder).filePath(QStringLiteral("evil.sh"))});
        QCOMPARE(QFileInfo(paths.first()).size(), 100);
        QVERIFY(!QFileInfo::exists(target.filePath(QStringLiteral("evil.sh"))));
        QVERIFY(!QFileInfo::exists(target.filePath(QStringLiteral("a/evil.sh"))));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("evil.sh")});
        QVERIFY(panel->statusText().contains(QDir::toNativeSeparators(folder)));
        // The size is known now.
        const int row = panel->model()->rowOfAccessory(hostile);
        QCOMPARE(panel->model()->index(row, 0).data(AttachmentListModel::SizeRole).toLongLong(), 100);

        // Saved again: a second copy beside, never replacing the first.
        panel->saveAttachments({hostile});
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(QFileInfo(saved.last().first().toStringList().first()).fileName(), QStringLiteral("evil (1).sh"));
    }

    void clickedAttachmentIsDownloadedAndOpened()
    {
        const QString caseId = openCase();
        const QString hostile = addHostileAttachment(caseId, QStringLiteral("..\\..\\notes.txt"));
        auto window = openWindow(caseId);
        AttachmentsPanel *panel = window->attachmentsPanel();
        QTRY_VERIFY(panel->model()->rowOfAccessory(hostile) >= 0);
        QList<QUrl> opened;
        panel->setFileOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        // Clicking the attachment in a bubble.
        Q_EMIT window->threadView()->attachmentActivated(hostile, QStringLiteral("..\\..\\notes.txt"));
        QTRY_COMPARE(opened.size(), 1);
        const QString path = opened.first().toLocalFile();
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("notes.txt"));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(ui::AttachmentDownloader::cacheFolderOf(hostile)).absoluteFilePath());
        const QString download = QStringLiteral("/v2/servicerequest/accessory/%1").arg(hostile);
        QCOMPARE(requestCount("GET", download), 1);
        // Opened again: from the cache, no second download.
        panel->openAttachment(hostile);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(requestCount("GET", download), 1);
    }

    // 5.2.1: Copy Link in the list's context menu asks for the attachment's access URL and puts it on the
    // clipboard; a refusal is shown in the status line and leaves the clipboard alone.
    void copyLinkPutsTheAccessUrlOnTheClipboard()
    {
        const QString caseId = openCase();
        const QString id = addHostileAttachment(caseId, QStringLiteral("trace.log"));
        auto window = openWindow(caseId);
        AttachmentsPanel *panel = window->attachmentsPanel();
        QTRY_VERIFY(panel->model()->rowOfAccessory(id) >= 0);
        QVERIFY(panel->view()->actions().contains(panel->copyLinkAction()));
        QCOMPARE(panel->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        const QModelIndex source = panel->model()->index(panel->model()->rowOfAccessory(id), 0);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(panel->view()->model());
        QVERIFY(proxy);
        panel->view()->setCurrentIndex(proxy->mapFromSource(source));
        QVERIFY(panel->copyLinkAction()->isEnabled());
        QApplication::clipboard()->clear();

        QSignalSpy copied(panel, &AttachmentsPanel::linkCopied);
        panel->copyLinkAction()->trigger();
        QVERIFY(copied.wait(15000));
        const QString path = QStringLiteral("/v2/servicerequest/accessorys/access-urls");
        QCOMPARE(requestCount("GET", path), 1);
        const QList<sim::RecordedRequest> all = m_server->requests();
        sim::RecordedRequest sent;
        for (const auto &request : all) {
            if (request.path == path)
                sent = request;
        }
        QCOMPARE(QUrlQuery(QString::fromLatin1(sent.rawQuery)).allQueryItemValues(QStringLiteral("accessory_ids")),
                 QStringList{id});
        const QString url = copied.first().at(1).toString();
        QVERIFY(url.startsWith(m_server->baseUrl().toString(QUrl::FullyEncoded).chopped(1)));
        QCOMPARE(QApplication::clipboard()->text(), url);
        QCOMPARE(panel->statusText(), AttachmentsPanel::tr("The link to “%1” is on the clipboard.").arg(QStringLiteral("trace.log")));

        // Refused (403, not retried): the error in words, nothing copied.
        QApplication::clipboard()->clear();
        m_server->faults().addHttpError(403, 1, path);
        panel->copyLink(id);
        QTRY_COMPARE_WITH_TIMEOUT(requestCount("GET", path), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().startsWith(AttachmentsPanel::tr("The link to “%1” could not be fetched: %2")
                                                                    .arg(QStringLiteral("trace.log"), QString())),
                                 15000);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QCOMPARE(copied.size(), 1);
    }

    void imagePreviewAndCancelledDownload()
    {
        const QString caseId = openCase();
        const QString image = addHostileAttachment(caseId, QStringLiteral("screen.png"), 200);
        const QString slow = addHostileAttachment(caseId, QStringLiteral("big.log"), 5000);
        auto window = openWindow(caseId);
        AttachmentsPanel *panel = window->attachmentsPanel();
        QTRY_VERIFY(panel->model()->rowOfAccessory(image) >= 0 && panel->model()->rowOfAccessory(slow) >= 0);

        QSignalSpy shown(panel, &AttachmentsPanel::previewShown);
        panel->showPreview(image);
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(!panel->previewLabel()->pixmap().isNull());
        QCOMPARE(requestCount("GET", QStringLiteral("/v2/servicerequest/accessory/%1/image").arg(image)), 1);

        // A slow download is cancelled: nothing is left in the folder, the status says so.
        m_server->faults().addLatency(3000, 1, QStringLiteral("/v2/servicerequest/accessory/") + slow);
        QTemporaryDir target;
        panel->setFolderChooser([&target] { return target.path(); });
        QSignalSpy saved(panel, &AttachmentsPanel::filesSaved);
        panel->saveAttachments({slow});
        const int row = panel->model()->rowOfAccessory(slow);
        QCOMPARE(panel->model()->index(row, 0).data(AttachmentListModel::ProgressRole).toInt(), -2);
        QVERIFY(panel->downloader()->isDownloading(slow));
        panel->cancelDownloads();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(saved.first().first().toStringList().isEmpty());
        QVERIFY(!panel->downloader()->isDownloading(slow));
        QCOMPARE(panel->model()->index(row, 0).data(AttachmentListModel::ProgressRole).toInt(), -1);
        QVERIFY(panel->statusText().contains(QStringLiteral("cancelled")));
        QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void dragOutProducesTheFileWithASanitisedName()
    {
        const QString caseId = openCase();
        const QString hostile = addHostileAttachment(caseId);
        auto window = openWindow(caseId);
        AttachmentsPanel *panel = window->attachmentsPanel();
        QTRY_VERIFY(panel->model()->rowOfAccessory(hostile) >= 0);
        QTreeView *view = panel->view();
        QVERIFY(view->dragEnabled());
        const QModelIndex source = panel->model()->index(panel->model()->rowOfAccessory(hostile), 0);
        QVERIFY(source.flags() & Qt::ItemIsDragEnabled);
        QCOMPARE(panel->model()->mimeTypes(), QStringList{QStringLiteral("text/uri-list")});

        // What the view hands to QDrag when the drag starts (through its sort proxy).
        std::unique_ptr<QMimeData> mime(view->model()->mimeData(
            {static_cast<QSortFilterProxyModel *>(view->model())->mapFromSource(source)}));
        QVERIFY(mime);
        QVERIFY(mime->hasUrls()); // offered at once, before the download ends
        // The drop target asks for the URLs: the download is waited for.
        const QList<QUrl> urls = mime->urls();
        QCOMPARE(urls.size(), 1);
        const QString path = urls.first().toLocalFile();
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("evil.sh"));
        QCOMPARE(QFileInfo(path).size(), 100);
        const auto *drag = qobject_cast<ui::AttachmentDragData *>(mime.get());
        QVERIFY(drag);
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(drag->folder()).absoluteFilePath());
        // As bytes (what a platform drag sends): RFC 2483.
        QCOMPARE(mime->data(QStringLiteral("text/uri-list")), urls.first().toEncoded() + "\r\n");
    }

    void everyControlHasAnAccessibleName()
    {
        const QString caseId = openCase();
        addHostileAttachment(caseId, QStringLiteral("screen.png"), 200);
        addHostileAttachment(caseId, QStringLiteral("node-3.log"), 3000);
        auto window = openWindow(caseId);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY(window->threadModel()->hasLoaded());
        QVERIFY(window->attachmentsPanel()->isVisible()); // the case has files
        window->attachmentsPanel()->view()->setCurrentIndex(window->attachmentsPanel()->view()->model()->index(0, 0));
        const QList<QWidget *> widgets = window->attachmentsPanel()->findChildren<QWidget *>()
                                         + window->composeBox()->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->focusPolicy() || widget->inherits("QScrollBar") || widget->inherits("QHeaderView")
                || widget->parentWidget()->inherits("QAbstractScrollArea"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        // A language switch re-applies every text (here without a translator: the same English).
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(window->attachmentsPanel(), &change);
        QApplication::sendEvent(window->composeBox(), &change);
        QCOMPARE(window->attachmentsPanel()->view()->accessibleName(), QStringLiteral("Attachments"));
        QCOMPARE(window->attachmentsPanel()->model()->rowCount(), 2);
        QCOMPARE(window->composeBox()->cancelUploadButton()->accessibleName(), QStringLiteral("Cancel the upload"));
    }
};

QTEST_MAIN(TestAttachmentsUi)
#include "tst_attachments_ui.moc"
