// Live unread updates against osm-sim: the unread poller asks list_unread_messages for every listed case in
// batches of at most 100 ids with one request in flight; its interval backs off while idle or failing and
// resets on activity; an engineer reply raises the row's and the views' badges and makes exactly one tray
// notification (observed through TrayNotifier::notified, since offscreen has no tray); a dropped network
// shows "Offline — retrying in N s" in the status bar, backs off and recovers; the window keeps polling
// slowly while minimised and stops on sign-out.
#include "DemoCredentials.h"
#include "Server.h"
#include "models/CaseListModel.h"
#include "models/CaseViewsModel.h"
#include "models/UnreadPoller.h"
#include "net/ApiClient.h"
#include "sync/PollBackoff.h"
#include "widgets/TrayNotifier.h"
#include "windows/CaseWindow.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <climits>
#include <memory>

using namespace osm;
using osm::ui::CaseListModel;
using osm::ui::CaseViewsModel;
using osm::ui::CaseWindow;
using osm::ui::MainWindow;
using osm::ui::TrayNotifier;
using osm::ui::UnreadPoller;

namespace {
const QString kUnreadPath = QStringLiteral("/v2/servicerequest/cases/instant-messages/unread");
}

class TestUnreadPoller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    QList<sim::RecordedRequest> unreadRequests() const
    {
        QList<sim::RecordedRequest> hits;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.path == kUnreadPath)
                hits.append(request);
        }
        return hits;
    }

    static QStringList caseIdsOf(const sim::RecordedRequest &request)
    {
        return QUrlQuery(QString::fromLatin1(request.rawQuery)).allQueryItemValues(QStringLiteral("case_ids"));
    }

    // `count` more cases for the demo account, copies of one of its own with new ids.
    void addCases(int count)
    {
        sim::CaseRecord model;
        for (const auto &record : m_server->dataSet().cases()) {
            if (record.customerId == QLatin1String(sim::demo::kDomainId)) {
                model = record;
                break;
            }
        }
        QVERIFY(!model.incidentId.isEmpty());
        for (int i = 0; i < count; ++i) {
            sim::CaseRecord copy = model;
            copy.incidentId = QStringLiteral("TS2026%1").arg(i, 8, 10, QLatin1Char('0'));
            copy.createTimeMs = model.createTimeMs - 1000 - i;
            copy.relatedIds.clear();
            m_server->dataSet().addCase(copy);
        }
    }

    // Pages through the whole list.
    static bool loadAll(CaseListModel &model)
    {
        return QTest::qWaitFor(
            [&] {
                if (model.isLoading() || model.totalCount() < 0)
                    return false;
                if (!model.canFetchMore({}))
                    return true;
                model.fetchMore({});
                return false;
            },
            20000);
    }

    // The window shown, with its first page listed (which starts the poller).
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(m_client.get());
        window->show();
        if (!QTest::qWaitFor([&] { return window->caseModel()->rowCount() > 0 && !window->caseModel()->isLoading(); },
                             10000))
            qWarning("the window did not list its first page");
        return window;
    }

    static QLabel *label(MainWindow &window, const char *objectName)
    {
        return window.findChild<QLabel *>(QLatin1String(objectName));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_unreadpoller"));
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
        RetryPolicy once;
        once.maxAttempts = 1; // a failure reaches the poller at once: its own back-off is under test
        m_client->setRetryPolicy(once);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // ---- the back-off arithmetic shared with MessagePoller ----

    void backoffDoublesUpToTheMaximumAndResets()
    {
        PollBackoff backoff(20, 100);
        QCOMPARE(backoff.interval(), 20);
        QList<int> seen;
        for (int i = 0; i < 4; ++i) {
            backoff.backOff();
            seen.append(backoff.interval());
        }
        QCOMPARE(seen, (QList<int>{40, 80, 100, 100}));
        QVERIFY(backoff.isAtMaximum());
        backoff.reset();
        QCOMPARE(backoff.interval(), 20);

        backoff.setRange(0, -5); // nonsense is clamped: at least 1 ms, the maximum at least the minimum
        QCOMPARE(backoff.minimum(), 1);
        QCOMPARE(backoff.maximum(), 1);
        backoff.setRange(INT_MAX / 2 + 7, INT_MAX);
        for (int i = 0; i < 3; ++i)
            backoff.backOff();
        QCOMPARE(backoff.interval(), INT_MAX); // no overflow
    }

    // ---- the poller on its own ----

    void batchesOfAtMostHundredWithOneRequestInFlight()
    {
        addCases(150);
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QVERIFY(loadAll(model));
        const int rows = model.rowCount();
        QVERIFY2(rows > 2 * UnreadPoller::kBatchSize, qPrintable(QString::number(rows)));

        // Slow answers, so that a second request sent too early would overlap the first.
        m_server->faults().addLatency(60, -1, kUnreadPath);
        int overlaps = 0;
        connect(m_server.get(), &sim::Server::requestFinished, this, [&](const sim::RecordedRequest &finished) {
            if (finished.path != kUnreadPath)
                return;
            // Answered on the server side only now: the client cannot have sent the next one yet.
            const QList<sim::RecordedRequest> all = unreadRequests();
            for (const auto &request : all)
                overlaps += request.serial != finished.serial && request.status == 0;
        });
        m_server->clearRequests();

        UnreadPoller poller(m_client.get(), &model);
        poller.setIntervals(60000, 120000); // one round only
        QSignalSpy rounds(&poller, &UnreadPoller::roundFinished);
        poller.start();
        QVERIFY(poller.isInFlight());
        poller.pollNow(); // while a round runs: remembered, not a second request
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 1, 10000);

        const QList<sim::RecordedRequest> firstRound = unreadRequests().mid(0, (rows + 99) / 100);
        QCOMPARE(firstRound.size(), qsizetype((rows + 99) / 100));
        QSet<QString> asked;
        for (const auto &request : firstRound) {
            const QStringList ids = caseIdsOf(request);
            QVERIFY(ids.size() <= 100);
            QVERIFY(!ids.isEmpty());
            for (const QString &id : ids)
                asked.insert(id);
        }
        QSet<QString> listed;
        for (int row = 0; row < rows; ++row)
            listed.insert(model.caseAt(row).incidentId);
        QCOMPARE(asked, listed);
        QCOMPARE(overlaps, 0);

        // The pollNow() during the round: one more round right after, not at the 60 s interval.
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 2, 10000);
        QCOMPARE(overlaps, 0);
        poller.stop();
        QTRY_VERIFY(!poller.isInFlight());

        // The counts arrived in the rows.
        for (int row = 0; row < rows; ++row) {
            const QString id = model.caseAt(row).incidentId;
            QCOMPARE(model.index(row, CaseListModel::Unread).data(CaseListModel::RawValueRole).toInt(),
                     m_server->dataSet().unreadCount(id));
        }
    }

    void backsOffWhenIdleAndResetsOnActivity()
    {
        CaseListModel model;
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        UnreadPoller poller(m_client.get(), &model);
        poller.setIntervals(20, 160);
        QSignalSpy scheduled(&poller, &UnreadPoller::scheduled);
        QSignalSpy replies(&poller, &UnreadPoller::repliesArrived);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 4, 5000);
        QList<int> waits;
        for (int i = 0; i < 4; ++i)
            waits.append(scheduled.at(i).at(0).toInt());
        QCOMPARE(waits, (QList<int>{40, 80, 160, 160})); // quiet rounds: double up to the maximum
        QCOMPARE(replies.size(), 0); // the counts seen first are not news

        poller.noteActivity();
        QCOMPARE(poller.interval(), 20);
        QTRY_COMPARE(poller.interval(), 160);

        // Minimised: the slow end, whatever happens.
        poller.setSlow(true);
        QCOMPARE(poller.interval(), 160);
        poller.noteActivity();
        QCOMPARE(poller.interval(), 160);
        poller.setSlow(false);
        QCOMPARE(poller.interval(), 20);
        QTRY_COMPARE(poller.interval(), 160);

        // A new engineer message is activity too.
        const QString caseId = model.caseAt(0).incidentId;
        QSignalSpy rounds(&poller, &UnreadPoller::roundFinished);
        int intervalAtNews = -1; // read when it happens: more rounds follow at once
        connect(&poller, &UnreadPoller::repliesArrived, this, [&] { intervalAtNews = poller.interval(); });
        m_server->addEngineerReply(caseId, QStringLiteral("news"));
        QTRY_VERIFY_WITH_TIMEOUT(!replies.isEmpty(), 3000);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().first().toStringList(), QStringList{caseId});
        int changedRounds = 0; // the round that brought the reply, and none of the quiet ones after it
        for (const auto &args : std::as_const(rounds))
            changedRounds += args.first().toBool();
        QCOMPARE(changedRounds, 1);
        QCOMPARE(intervalAtNews, 20);
        poller.stop();
        QTRY_VERIFY(!poller.isInFlight());
    }

    void failuresBackOffAndServerErrorsAreNotOffline()
    {
        CaseListModel model;
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        UnreadPoller poller(m_client.get(), &model);
        poller.setIntervals(20, 80);
        QSignalSpy failed(&poller, &UnreadPoller::pollFailed);
        QSignalSpy offline(&poller, &UnreadPoller::offlineChanged);
        m_server->faults().addHttpError(500, -1, kUnreadPath);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 10000);
        QCOMPARE(poller.interval(), 80);
        // The server answered: an error, but not offline.
        QVERIFY(!poller.isOffline());
        QCOMPARE(offline.size(), 0);
        // The first round that works again drops back to the shortest interval.
        QList<int> intervalsAfterRounds;
        connect(&poller, &UnreadPoller::roundFinished, this, [&] { intervalsAfterRounds.append(poller.interval()); });
        m_server->faults().clear();
        QTRY_VERIFY_WITH_TIMEOUT(!intervalsAfterRounds.isEmpty(), 3000);
        QCOMPARE(intervalsAfterRounds.first(), 20);
        poller.stop();
        QTRY_VERIFY(!poller.isInFlight());
    }

    void unreachableNetworkPausesAndComingBackPollsAtOnce()
    {
        CaseListModel model;
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        UnreadPoller poller(m_client.get(), &model);
        poller.setIntervals(20, 40);
        QSignalSpy rounds(&poller, &UnreadPoller::roundFinished);
        poller.start();
        QTRY_VERIFY(!rounds.isEmpty());
        poller.setNetworkReachable(false);
        QVERIFY(poller.isOffline());
        QTRY_VERIFY(!poller.isInFlight());
        const qsizetype before = unreadRequests().size();
        QTest::qWait(150);
        QCOMPARE(unreadRequests().size(), before); // nothing while the network is down
        QCOMPARE(poller.remainingMs(), -1);
        poller.setNetworkReachable(true);
        QTRY_VERIFY(unreadRequests().size() > before);
        QTRY_VERIFY(!poller.isOffline());
        poller.stop();
        QTRY_VERIFY(!poller.isInFlight());
    }

    // ---- the tray, through its seam ----

    void trayTotalsMenuAndNotifications()
    {
        CaseListModel model;
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() > 2 && !model.isLoading());
        TrayNotifier tray(&model);
        QVERIFY(!tray.hasTrayIcon() || QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: none, no crash
        QSignalSpy totals(&tray, &TrayNotifier::totalUnreadChanged);
        QSignalSpy notified(&tray, &TrayNotifier::notified);
        QSignalSpy requested(&tray, &TrayNotifier::caseRequested);
        QSignalSpy window(&tray, &TrayNotifier::windowRequested);
        const QString a = model.caseAt(0).incidentId;
        const QString b = model.caseAt(1).incidentId;
        model.setUnreadCount(a, 2);
        model.setUnreadCount(b, 3);
        QCOMPARE(tray.totalUnread(), 5);
        QCOMPARE(totals.last().first().toInt(), 5);
        QVERIFY(tray.toolTip().contains(QLatin1String("5")));

        // The menu: the cases with unread messages, most recent news first; choosing one opens it.
        const auto caseActions = [&] {
            QStringList ids;
            const QList<QAction *> actions = tray.menu()->actions();
            for (QAction *action : actions) {
                if (action->objectName() == u"trayCaseAction")
                    ids.append(action->property("caseId").toString());
            }
            return ids;
        };
        QCOMPARE(caseActions(), (QStringList{a, b}));
        model.setUnreadCount(b, 4); // news in b: to the top
        QCOMPARE(caseActions(), (QStringList{b, a}));
        const QList<QAction *> actions = tray.menu()->actions();
        for (QAction *action : actions) {
            if (action->property("caseId").toString() == a)
                action->trigger();
        }
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), a);
        model.setUnreadCount(a, 0);
        QCOMPARE(caseActions(), QStringList{b});
        QCOMPARE(tray.totalUnread(), 4);

        // One case: its number in the title, a click opens it.
        tray.notifyReplies({b});
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.last().at(0).toString().contains(b));
        QCOMPARE(notified.last().at(2).toString(), b);
        tray.openNotifiedCase();
        QCOMPARE(requested.last().first().toString(), b);
        // A burst: one notification for all of them, a click shows the window.
        tray.notifyReplies({a, b});
        QCOMPARE(notified.size(), 2);
        QCOMPARE(notified.last().at(2).toString(), QString());
        tray.openNotifiedCase();
        QCOMPARE(window.size(), 1);
        tray.notifyReplies({});
        QCOMPARE(notified.size(), 2);
    }

    // ---- wired into the main window ----

    void engineerReplyRaisesBadgesAndNotifiesOnce()
    {
        auto window = openWindow();
        UnreadPoller *poller = window->unreadPoller();
        QVERIFY(poller->isRunning());
        poller->setIntervals(20, 200);
        poller->pollNow();
        QSignalSpy rounds(poller, &UnreadPoller::roundFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 5000); // the counts as they are now are known
        QSignalSpy notified(window->trayNotifier(), &TrayNotifier::notified);

        CaseListModel *cases = window->caseModel();
        CaseViewsModel *views = window->viewsModel();
        const QString caseId = cases->caseAt(0).incidentId;
        const int status = cases->caseAt(0).status;
        const int row = cases->rowOf(caseId);
        const int before = cases->index(row, CaseListModel::Unread).data(CaseListModel::RawValueRole).toInt();
        const QModelIndex mine = views->index(views->rowOf(CaseViewsModel::Kind::Mine));
        const QModelIndex statusView = views->index(views->rowOf(CaseViewsModel::Kind::Status, status));
        QVERIFY(statusView.isValid());
        const int mineBefore = mine.data(CaseViewsModel::UnreadRole).toInt();
        const int statusBefore = statusView.data(CaseViewsModel::UnreadRole).toInt();
        const int totalBefore = window->trayNotifier()->totalUnread();

        m_server->addEngineerReply(caseId, QStringLiteral("We have restarted the instance."));
        QTRY_COMPARE_WITH_TIMEOUT(
            cases->index(cases->rowOf(caseId), CaseListModel::Unread).data(CaseListModel::RawValueRole).toInt(),
            before + 1, 5000);
        QCOMPARE(mine.data(CaseViewsModel::UnreadRole).toInt(), mineBefore + 1);
        QCOMPARE(statusView.data(CaseViewsModel::UnreadRole).toInt(), statusBefore + 1);
        QCOMPARE(window->trayNotifier()->totalUnread(), totalBefore + 1);
        QVERIFY(!label(*window, "unreadStatus")->text().isEmpty());
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(2).toString(), caseId);

        // Later rounds bring nothing new: still exactly one notification.
        const qsizetype roundsNow = rounds.size();
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= roundsNow + 3, 5000);
        QCOMPARE(notified.size(), 1);

        // Clicking the notification opens the case.
        window->trayNotifier()->openNotifiedCase();
        bool opened = false;
        const QList<CaseWindow *> open = window->findChildren<CaseWindow *>();
        for (CaseWindow *caseWindow : open)
            opened = opened || caseWindow->caseId() == caseId;
        QVERIFY(opened);
        qDeleteAll(open);
    }

    void networkFailureShowsOfflineBacksOffAndRecovers()
    {
        auto window = openWindow();
        UnreadPoller *poller = window->unreadPoller();
        poller->setIntervals(40, 320);
        QLabel *status = label(*window, "connectionStatus");
        QVERIFY(status);
        QCOMPARE(status->accessibleName(), QStringLiteral("Connection status"));
        QVERIFY(status->isHidden());

        QSignalSpy scheduled(poller, &UnreadPoller::scheduled);
        QSignalSpy failed(poller, &UnreadPoller::pollFailed);
        m_server->faults().addDrop(-1, kUnreadPath); // the connection closes without an answer
        poller->pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(poller->isOffline(), 5000);
        QCOMPARE(failed.last().first().value<Error>().category(), Error::Category::Network);
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Offline — retrying in")), qPrintable(status->text()));

        // The waits between failures grow (a status, not a pop-up each time).
        // (The first failure may be the round already under way, which pollNow() follows at once.)
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 4, 10000);
        QList<int> waits;
        for (const auto &args : std::as_const(scheduled))
            waits.append(args.first().toInt());
        waits.removeAll(0);
        QString seen;
        for (const int wait : std::as_const(waits))
            seen += QString::number(wait) + QLatin1Char(' ');
        QVERIFY2(waits.size() >= 3, qPrintable(seen));
        for (qsizetype i = 1; i < waits.size(); ++i)
            QVERIFY(waits.at(i) >= waits.at(i - 1));
        QVERIFY(waits.last() > waits.first());
        // No pop-up: the main window is the only window shown.
        int shown = 0;
        const QList<QWidget *> topLevels = QApplication::topLevelWidgets();
        for (QWidget *widget : topLevels)
            shown += widget->isVisible();
        QCOMPARE(shown, 1);

        // The network is back: online again, the status goes, polling at the shortest interval.
        QList<int> intervalsAfterRounds;
        connect(poller, &UnreadPoller::roundFinished, this, [&] { intervalsAfterRounds.append(poller->interval()); });
        m_server->faults().clear();
        QTRY_VERIFY_WITH_TIMEOUT(!poller->isOffline(), 5000);
        QTRY_VERIFY(status->isHidden());
        QTRY_VERIFY(!intervalsAfterRounds.isEmpty());
        QCOMPARE(intervalsAfterRounds.first(), 40);
    }

    void minimisedPollsSlowlyAndSignOutStops()
    {
        auto window = openWindow();
        UnreadPoller *poller = window->unreadPoller();
        poller->setIntervals(20, 100000); // the maximum is far from what a few quiet rounds reach
        QVERIFY(poller->isRunning());
        QVERIFY(!poller->isSlow());
        window->showMinimized();
        QTRY_VERIFY(poller->isSlow());
        QVERIFY(poller->isRunning()); // tray notifications matter most now
        QCOMPARE(poller->interval(), 100000);
        window->showNormal();
        QTRY_VERIFY(!poller->isSlow());
        QVERIFY(poller->interval() < 100000);
        QVERIFY(poller->remainingMs() < 100000);

        Q_EMIT window->signOutRequested();
        QVERIFY(!poller->isRunning());
        QTRY_VERIFY(!poller->isInFlight());
        const qsizetype before = unreadRequests().size();
        window->showMinimized(); // whatever the window does meanwhile
        window->showNormal();
        QTest::qWait(100);
        QVERIFY(!poller->isRunning());
        QCOMPARE(unreadRequests().size(), before);
    }
};

QTEST_MAIN(TestUnreadPoller)
#include "tst_unreadpoller.moc"
