// Issue 7's offline scenario as osmdesk --demo wires it: Demo ▸ Stop Simulator, a case window still shows
// the saved detail and thread marked "as of", a reply queues in the outbox while the status bar says offline,
// Demo ▸ Start Simulator, and the reply reaches the simulator exactly once — promptly, although the outbox's
// own backoff would have waited a minute (ReconnectProbe lets it go when the server answers again).
#include "DemoCredentials.h"
#include "DemoMenu.h"
#include "dialogs/CreateCaseWizard.h"
#include "Server.h"
#include "models/CaseListModel.h"
#include "models/MessageThreadModel.h"
#include "models/ReconnectProbe.h"
#include "models/UnreadPoller.h"
#include "net/ApiClient.h"
#include "store/CaseCache.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/ComposeBox.h"
#include "windows/CaseWindow.h"
#include "windows/MainWindow.h"
#include "windows/OfflineStatus.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace osm;
using osm::ui::CaseWindow;

class TestOfflineDemo : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    QString m_caseId;

    int postedWith(const QString &content) const
    {
        int n = 0;
        const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(m_caseId);
        for (const auto &message : messages)
            n += message.content == content;
        return n;
    }

    int messagePosts() const
    {
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/message").arg(m_caseId);
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == "POST" && request.path == path;
        return n;
    }

    static CaseWindow *caseWindow(ui::MainWindow &main, const QString &caseId)
    {
        const QList<CaseWindow *> open = main.findChildren<CaseWindow *>(Qt::FindDirectChildrenOnly);
        for (CaseWindow *window : open)
            if (window->caseId() == caseId && window->isVisible())
                return window;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_offlinedemo"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        // As the demo signs in (DesktopSession::startDemo): AK/SK, the account id looked up through IAM.
        Credentials credentials = sim::demo::akSkCredentials();
        credentials.domainId.clear();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("demo.sqlite"))));
        m_outbox = std::make_unique<Outbox>(*m_store);
        // Its own pace would wait a minute at least after the first failure: only the probe can be prompt.
        m_outbox->setBackoff(60000, 120000);
        m_outbox->setClient(m_client.get());
        m_caseId.clear();
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1) {
                m_caseId = c.incidentId;
                break;
            }
        }
        QVERIFY(!m_caseId.isEmpty());
    }

    void cleanup()
    {
        m_outbox.reset();
        m_store.reset();
        m_client.reset();
        m_server.reset();
        m_dir.reset();
    }

    void stopReadReplyStartSendsOnce()
    {
        // The session's wiring (DesktopSession::openWindow).
        ui::MainWindow main(m_client.get());
        connect(&main, &ui::MainWindow::caseWindowOpened, this,
                [this](CaseWindow *window) { window->setOutbox(m_outbox.get()); });
        main.setLocalStore(m_store.get());
        main.setOutbox(m_outbox.get());
        auto *offline = new ui::OfflineStatus(&main, m_outbox.get(), m_client.get());
        offline->probe()->setIntervals(500, 2000);
        auto *demo = new app::DemoMenu(&main, m_server.get());
        QLabel *status = main.findChild<QLabel *>(QStringLiteral("offlineStatus"));
        QVERIFY(status);
        main.show();
        QTRY_VERIFY_WITH_TIMEOUT(main.caseModel()->rowCount() > 0 && !main.caseModel()->isLoading(), 20000);
        QVERIFY(demo->stopAction()->isEnabled());
        QVERIFY(!demo->startAction()->isEnabled());
        QVERIFY(status->isHidden());

        // Read once while online: the detail and the thread are saved.
        main.openCase(m_caseId);
        CaseWindow *first = caseWindow(main, m_caseId);
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(first->threadModel()->hasLoaded() && first->detailPanel()->hasDetail(), 20000);
        const CaseDetail online = first->detailPanel()->detail();
        const int messages = first->threadModel()->rowCount();
        QVERIFY(messages > 0);
        CaseCache saved(*m_store);
        QVERIFY(saved.open());
        QTRY_VERIFY(saved.detail(m_caseId).has_value() && saved.messages(m_caseId).value.size() == messages);
        first->close();
        QTRY_VERIFY(main.findChildren<CaseWindow *>(Qt::FindDirectChildrenOnly).isEmpty());

        // Demo ▸ Stop Simulator.
        demo->stopAction()->trigger();
        QVERIFY(!m_server->isListening());
        QVERIFY(!demo->stopAction()->isEnabled());
        QVERIFY(demo->startAction()->isEnabled());

        // The case window opens from what was saved, marked "as of".
        main.openCase(m_caseId);
        CaseWindow *window = caseWindow(main, m_caseId);
        QVERIFY(window);
        ui::CaseDetailPanel *detail = window->detailPanel();
        QVERIFY(detail->hasDetail()); // at once, before any answer
        QVERIFY(detail->savedAsOf().isValid());
        QCOMPARE(detail->detail().incidentId, online.incidentId);
        QCOMPARE(detail->detail().simpleDescription, online.simpleDescription);
        QCOMPARE(window->threadModel()->rowCount(), messages);
        const QString asOf = QLocale().toString(detail->savedAsOf().toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(detail->statusText().contains(asOf), qPrintable(detail->statusText()));
        // The server's answers fail: both keep the saved data and say since when.
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isRefreshing(), 30000);
        QVERIFY(detail->hasDetail());
        QVERIFY2(detail->statusText().contains(asOf), qPrintable(detail->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(window->statusText().startsWith(QStringLiteral("Offline")), 30000);
        const QString threadAsOf =
            QLocale().toString(saved.messages(m_caseId).asOf.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(window->statusText().contains(threadAsOf), qPrintable(window->statusText()));
        QCOMPARE(window->threadModel()->rowCount(), messages);

        // A reply waits in the outbox; the status bar says so.
        const QString text = QStringLiteral("Written while the simulator was stopped.");
        window->composeBox()->setText(text);
        window->composeBox()->send();
        QCOMPARE(m_outbox->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isOffline(), 30000);
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Offline — showing saved data; 1 change")), qPrintable(status->text()));
        QCOMPARE(messagePosts(), 0);
        QCOMPARE(postedWith(text), 0);
        QVERIFY(offline->probe()->isProbing()); // asks the server now and then whether it is back

        // Demo ▸ Start Simulator: the reply goes once, long before the outbox's own minute is up.
        QElapsedTimer back;
        back.start();
        demo->startAction()->trigger();
        QVERIFY(m_server->isListening());
        QVERIFY(demo->stopAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->count(), 0, 30000);
        QVERIFY2(back.elapsed() < 30000, QByteArray::number(back.elapsed()).constData());
        QCOMPARE(postedWith(text), 1);
        QCOMPARE(messagePosts(), 1);
        QTRY_VERIFY(status->isHidden());
        // The detail is the server's again.
        QTRY_VERIFY_WITH_TIMEOUT(!detail->savedAsOf().isValid(), 30000);
        QCOMPARE(postedWith(text), 1);
        window->close();
    }

    void newCaseWizardOpensOffline()
    {
        // A settled cascade (a list's answer may start the next request): nothing in flight for a moment.
        const auto settle = [](ui::CreateCaseWizard &wizard) {
            for (int calm = 0, rounds = 0; rounds < 3000; ++rounds) {
                QTest::qWait(10);
                calm = wizard.isLoading() ? 0 : calm + 1;
                if (calm >= 5)
                    return true;
            }
            return false;
        };
        const auto choose = [](QComboBox *combo, const QString &text) {
            for (int i = 0; i < combo->count(); ++i) {
                if (combo->itemText(i).contains(text)) {
                    combo->setCurrentIndex(i);
                    return true;
                }
            }
            return false;
        };
        // Technical ▸ OBS ▸ its problem type: every list of that path is read, once online, once not.
        const auto walk = [&](ui::CreateCaseWizard &wizard) {
            QStringList seen;
            if (!settle(wizard) || !choose(wizard.subTypeCombo(), QStringLiteral("Technical")) || !settle(wizard)
                || !choose(wizard.productCombo(), QStringLiteral("OBS")) || !settle(wizard)
                || wizard.problemCombo()->count() == 0)
                return seen;
            wizard.problemCombo()->setCurrentIndex(0);
            if (!settle(wizard))
                return seen;
            for (QComboBox *combo : {wizard.subTypeCombo(), wizard.productCombo(), wizard.problemCombo(),
                                     wizard.areaCodeCombo()})
                seen.append(QString::number(combo->count()) + QLatin1Char(':') + combo->currentText());
            return seen;
        };
        QStringList online;
        {
            ui::CreateCaseWizard wizard(m_client.get(), m_outbox.get());
            online = walk(wizard);
        }
        QVERIFY(!online.isEmpty());
        m_server->stop();
        ui::CreateCaseWizard wizard(m_client.get(), m_outbox.get());
        QCOMPARE(walk(wizard), online);
    }

    void statusBarWithNothingWaiting()
    {
        ui::MainWindow main(m_client.get());
        auto *offline = new ui::OfflineStatus(&main, m_outbox.get(), m_client.get());
        QVERIFY(!offline->isOffline());
        QCOMPARE(offline->label()->text(), QString());
        main.show();
        QTRY_VERIFY_WITH_TIMEOUT(main.caseModel()->rowCount() > 0 && !main.caseModel()->isLoading(), 20000);
        m_server->stop();
        main.unreadPoller()->pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(offline->isOffline(), 30000);
        QCOMPARE(offline->label()->text(), QStringLiteral("Offline — showing saved data"));
        QVERIFY(!offline->probe()->isProbing()); // nothing to send: no probe either
    }
};

QTEST_MAIN(TestOfflineDemo)
#include "tst_offlinedemo.moc"
