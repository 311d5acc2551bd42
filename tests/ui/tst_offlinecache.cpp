// Start-up from the local cache against osm-sim: the main window saves each list page and shows the saved
// rows of its query at once, marked "as of", before any request answers (the simulator slowed down), and
// keeps them while the server cannot be reached; a case window starts from its saved messages; the local
// search finds a message's word and opens the case at that message; Rebuild Local Cache empties and refills.
#include "DemoCredentials.h"
#include "Server.h"
#include "dialogs/LocalSearchDialog.h"
#include "models/CaseListModel.h"
#include "models/MessageThreadModel.h"
#include "models/OfflineCache.h"
#include "net/ApiClient.h"
#include "store/LocalStore.h"
#include "widgets/MessageThreadView.h"
#include "windows/CaseWindow.h"
#include "windows/LocalCacheActions.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace osm;
using osm::ui::CaseListModel;
using osm::ui::CaseWindow;
using osm::ui::LocalCacheActions;
using osm::ui::LocalSearchDialog;
using osm::ui::MainWindow;
using osm::ui::OfflineCache;

namespace {
const QString kListPath = QStringLiteral("/v2/servicerequest/cases");
} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    int m_stores = 0;

    void startClient()
    {
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials());
        RetryPolicy once;
        once.maxAttempts = 1; // a stopped server answers at once instead of after the retries
        m_client->setRetryPolicy(once);
    }

    static Credentials credentials()
    {
        Credentials c;
        c.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
        c.secretKey = QString::fromLatin1(sim::demo::kSecretKey);
        c.domainId = QString::fromLatin1(sim::demo::kDomainId);
        return c;
    }

    int listRequests() const
    {
        int n = 0;
        for (const auto &request : m_server->requests())
            n += request.path == kListPath;
        return n;
    }

    // A window with the store, once its first page is in (and saved).
    std::unique_ptr<MainWindow> loadedWindow()
    {
        auto window = std::make_unique<MainWindow>(m_client.get());
        window->setLocalStore(m_store.get());
        if (!QTest::qWaitFor([&] { return window->caseModel()->totalCount() >= 0 && !window->caseModel()->isLoading(); },
                             10000))
            qWarning("the first page did not come");
        return window;
    }

    QString listKey(MainWindow &window) const { return OfflineCache::listKey(window.caseModel()->filter()); }

    CaseWindow *caseWindow(MainWindow &window, const QString &caseId) const
    {
        const QList<CaseWindow *> open = window.findChildren<CaseWindow *>(Qt::FindDirectChildrenOnly);
        for (CaseWindow *w : open) {
            if (w->caseId() == caseId)
                return w;
        }
        return nullptr;
    }

    // A case of the account with at least three messages.
    QString caseWithThread() const
    {
        for (const auto &record : m_server->dataSet().cases()) {
            if (record.customerId == QLatin1String(sim::demo::kDomainId)
                && m_server->dataSet().messagesOf(record.incidentId).size() >= 3)
                return record.incidentId;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_offlinecache"));
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        startClient();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_stores))));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_store.reset();
    }

    void startUpShowsTheSavedListBeforeAnyAnswer()
    {
        int saved = 0;
        QString key;
        {
            auto first = loadedWindow();
            saved = first->caseModel()->rowCount();
            QVERIFY(saved > 0);
            key = listKey(*first);
            QCOMPARE(first->localCache()->cache()->cache().listed(key).value.size(), saved);
            QVERIFY(!first->localCache()->asOfLabel()->isVisibleTo(first.get()));
        }
        // Every answer now takes a while: the saved rows must be there before any.
        m_server->faults().addLatency(1500);
        const int answersBefore = listRequests();
        MainWindow window(m_client.get());
        window.setLocalStore(m_store.get());
        QCOMPARE(window.caseModel()->rowCount(), saved);
        QVERIFY(window.caseModel()->isShowingCache());
        QCOMPARE(window.caseModel()->totalCount(), qint64(-1)); // no answer yet
        QCOMPARE(listRequests(), answersBefore);
        QLabel *asOf = window.localCache()->asOfLabel();
        QVERIFY(asOf->isVisibleTo(&window));
        QVERIFY2(asOf->text().startsWith(QLatin1String("Saved list as of ")), qPrintable(asOf->text()));
        // Then the server's page takes their place, and the mark goes.
        QTRY_VERIFY_WITH_TIMEOUT(!window.caseModel()->isShowingCache() && window.caseModel()->totalCount() >= 0, 15000);
        QVERIFY(!asOf->isVisibleTo(&window));
        QCOMPARE(window.caseModel()->rowCount(), saved);
    }

    void offlineKeepsShowingTheSavedList()
    {
        int saved = 0;
        {
            auto first = loadedWindow();
            saved = first->caseModel()->rowCount();
        }
        m_server.reset(); // nothing listens any more
        MainWindow window(m_client.get());
        QSignalSpy failed(window.caseModel(), &CaseListModel::loadFailed);
        window.setLocalStore(m_store.get());
        QVERIFY(failed.wait(15000));
        QCOMPARE(window.caseModel()->rowCount(), saved);
        QVERIFY(window.caseModel()->isShowingCache());
        QLabel *asOf = window.localCache()->asOfLabel();
        QVERIFY(asOf->isVisibleTo(&window));
        QVERIFY(asOf->toolTip().contains(QLatin1String("could not be reached")));
    }

    void caseWindowStartsFromItsSavedMessages()
    {
        const QString caseId = caseWithThread();
        QVERIFY(!caseId.isEmpty());
        auto window = loadedWindow();
        window->openCase(caseId);
        CaseWindow *first = caseWindow(*window, caseId);
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(first->threadModel()->hasLoaded() && !first->threadModel()->isLoading(), 10000);
        const int shown = first->threadModel()->rowCount();
        QVERIFY(shown >= 3);
        OfflineCache *cache = window->localCache()->cache();
        QTRY_COMPARE(cache->cache().messages(caseId).value.size(), shown); // saved once the burst is over
        QTRY_VERIFY_WITH_TIMEOUT(bool(cache->cache().detail(caseId)), 10000);
        delete first;

        m_server->faults().addLatency(1500);
        window->openCase(caseId);
        CaseWindow *second = caseWindow(*window, caseId);
        QVERIFY(second);
        QCOMPARE(second->threadModel()->rowCount(), shown); // at once, before the server answers
        QVERIFY(!second->threadModel()->hasLoaded());
        QVERIFY2(second->statusText().contains(QLatin1String("saved as of")), qPrintable(second->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(second->threadModel()->hasLoaded() && !second->threadModel()->isLoading(), 15000);
        QCOMPARE(second->threadModel()->rowCount(), shown); // the same messages, not twice
    }

    void searchOpensTheCaseAtTheMessage()
    {
        const QString caseId = caseWithThread();
        auto window = loadedWindow();
        window->openCase(caseId);
        CaseWindow *thread = caseWindow(*window, caseId);
        QTRY_VERIFY_WITH_TIMEOUT(thread->threadModel()->hasLoaded(), 10000);
        QTRY_VERIFY(window->localCache()->cache()->cache().messages(caseId).value.size()
                    == thread->threadModel()->rowCount());
        // A word of one of its messages, of four letters or more.
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
        Message target;
        QString term;
        for (int i = thread->threadModel()->rowCount() - 1; i >= 0 && term.isEmpty(); --i) {
            target = thread->threadModel()->messageAt(i);
            term = word.match(CaseCache::plainText(target.content)).captured();
        }
        QVERIFY(!term.isEmpty());
        delete thread;

        window->localCache()->searchAction()->trigger();
        LocalSearchDialog *dialog = window->localCache()->searchDialog();
        QVERIFY(dialog);
        dialog->searchField()->setText(term.toUpper()); // any case
        dialog->search();
        int row = -1;
        for (int i = 0; i < dialog->resultModel()->rowCount(); ++i) {
            const QModelIndex index = dialog->resultModel()->index(i, 0);
            if (index.data(LocalSearchDialog::MessageIdRole).toString() == target.messageId)
                row = i;
        }
        QVERIFY2(row >= 0, qPrintable(term));
        const QModelIndex hit = dialog->resultModel()->index(row, 0);
        QCOMPARE(hit.data(LocalSearchDialog::CaseIdRole).toString(), caseId);
        QVERIFY2(hit.data().toString().contains(QStringLiteral("<b>%1</b>").arg(term), Qt::CaseInsensitive),
                 qPrintable(hit.data().toString()));
        QVERIFY(dialog->statusText().contains(QLatin1String("match")));

        Q_EMIT dialog->resultView()->activated(dialog->resultView()->model()->index(row, 0));
        CaseWindow *opened = caseWindow(*window, caseId);
        QVERIFY(opened);
        QCOMPARE(opened->threadView()->currentIndex().data(ui::MessageThreadModel::MessageIdRole).toString(),
                 target.messageId);
    }

    void searchOpensAnOlderSavedMessage()
    {
        // A long thread shows its newest page first; a hit further back is brought in from the store.
        const QString caseId = caseWithThread();
        const QString targetId = m_server->dataSet().addEngineerReply(caseId, QStringLiteral("The quokkafinch trace."));
        for (int i = 0; i < 30; ++i)
            m_server->dataSet().addEngineerReply(caseId, QStringLiteral("Follow-up %1.").arg(i));
        auto window = loadedWindow();
        window->openCase(caseId);
        CaseWindow *thread = caseWindow(*window, caseId);
        QTRY_VERIFY_WITH_TIMEOUT(thread->threadModel()->hasLoaded(), 10000);
        // Read back to the start, so that every message is saved.
        ui::MessageThreadModel *model = thread->threadModel();
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            if (model->canLoadOlder() && !model->isLoading())
                model->loadOlder();
            return !model->canLoadOlder() && !model->isLoading();
        }(), 15000);
        QVERIFY(model->rowOf(targetId) >= 0);
        QTRY_VERIFY(window->localCache()->cache()->cache().messages(caseId).value.size() == model->rowCount());
        delete thread;

        window->localCache()->searchAction()->trigger();
        LocalSearchDialog *dialog = window->localCache()->searchDialog();
        QVERIFY(dialog);
        dialog->searchField()->setText(QStringLiteral("quokkafinch"));
        dialog->search();
        QCOMPARE(dialog->resultModel()->rowCount(), 1);
        QCOMPARE(dialog->resultModel()->index(0, 0).data(LocalSearchDialog::MessageIdRole).toString(), targetId);
        Q_EMIT dialog->resultView()->activated(dialog->resultView()->model()->index(0, 0));
        CaseWindow *opened = caseWindow(*window, caseId);
        QVERIFY(opened);
        QCOMPARE(opened->threadView()->currentIndex().data(ui::MessageThreadModel::MessageIdRole).toString(), targetId);
    }

    void rebuildEmptiesAndRefills()
    {
        auto window = loadedWindow();
        const QString key = listKey(*window);
        CaseCache &cache = window->localCache()->cache()->cache();
        const int rows = int(cache.listed(key).value.size());
        QVERIFY(rows > 0);
        const int answersBefore = listRequests();
        window->localCache()->rebuildAction()->trigger();
        QVERIFY(cache.listed(key).value.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(int(cache.listed(key).value.size()), rows, 10000);
        QVERIFY(listRequests() > answersBefore);
        QCOMPARE(window->caseModel()->rowCount(), rows);
    }
};

QTEST_MAIN(TestOfflineCache)
#include "tst_offlinecache.moc"
