// The message thread model and its poller against osm-sim: the thread in order with its sides, older pages
// inserted at the top, an engineer reply and a withdrawal arriving through polling as inserted rows and
// dataChanged (never a reset), the poller's cursor, back-off and single request in flight, and the display
// types' actions through the delegate.
#include "DemoCredentials.h"
#include "Server.h"
#include "delegates/MessageDelegate.h"
#include "models/MessagePoller.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "widgets/MessageThreadView.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace osm;
using osm::ui::MessageDelegate;
using osm::ui::MessagePoller;
using osm::ui::MessageThreadModel;

class TestMessageThreadModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    // A case of the demo account with at least `minimum` messages, one of them of `displayType` when given.
    QString caseWith(int minimum, const QString &displayType = {}, bool withWithdrawn = false) const
    {
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId != QLatin1String(sim::demo::kDomainId) || c.status == 13)
                continue;
            const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(c.incidentId);
            bool hasType = displayType.isEmpty();
            bool hasWithdrawn = !withWithdrawn;
            for (const auto &m : messages) {
                hasType = hasType || m.displayType == displayType;
                hasWithdrawn = hasWithdrawn || m.status == -1;
            }
            if (messages.size() >= minimum && hasType && hasWithdrawn)
                return c.incidentId;
        }
        return {};
    }

    QList<sim::RecordedRequest> requestsTo(const QString &path) const
    {
        QList<sim::RecordedRequest> out;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.path == path)
                out.append(request);
        }
        return out;
    }

    static constexpr QLatin1StringView kPollPath{"/v2/servicerequest/cases/instant-messages"};

private Q_SLOTS:
    void init()
    {
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

    void showsTheThreadInOrderWithSides()
    {
        const QString caseId = caseWith(4, {}, true);
        QVERIFY(!caseId.isEmpty());
        const QList<sim::MessageRecord> records = m_server->dataSet().messagesOf(caseId); // oldest first
        MessageThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setCaseId(caseId);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.hasLoaded());
        QCOMPARE(model.rowCount(), int(records.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const sim::MessageRecord &record = records.at(row);
            QCOMPARE(index.data(MessageThreadModel::MessageIdRole).toString(), record.messageId);
            QCOMPARE(index.data(MessageThreadModel::SideRole).toInt(),
                     record.type == 1 ? int(MessageThreadModel::EngineerSide) : int(MessageThreadModel::CustomerSide));
            QCOMPARE(index.data(MessageThreadModel::WithdrawnRole).toBool(), record.status == -1);
            QCOMPARE(index.data(MessageThreadModel::AuthorRole).toString(), record.replierName);
            QCOMPARE(index.data(MessageThreadModel::CreateTimeRole).toDateTime().toMSecsSinceEpoch(), record.createTimeMs);
            // Raw content (the markup was asked for), display through the sanitiser only.
            QCOMPARE(index.data(MessageThreadModel::ContentRole).toString(), record.content);
            QVERIFY(record.content.contains(QLatin1String("osm-rich-text")));
            QVERIFY(!index.data(MessageThreadModel::SafeHtmlRole).toString().contains(QLatin1String("class=")));
            QCOMPARE(index.data(MessageThreadModel::DisplayTypeRole).toString(), record.displayType);
            QCOMPARE(index.data(MessageThreadModel::AccessoriesRole).toList().size(), record.accessories.size());
            QCOMPARE(index.data(MessageThreadModel::DeliveryRole).toInt(), int(MessageThreadModel::Delivered));
            if (record.status != -1)
                QVERIFY(!index.data().toString().isEmpty());
            QVERIFY(!index.data(Qt::AccessibleTextRole).toString().isEmpty());
        }
        const QUrlQuery query(QString::fromLatin1(requestsTo(QStringLiteral("/v2/servicerequest/cases/%1/messages").arg(caseId)).last().rawQuery));
        QCOMPARE(query.queryItemValue(QStringLiteral("trim_osm_rich_text_label")), QStringLiteral("false"));
    }

    void olderPagesAreInsertedAtTheTop()
    {
        const QString caseId = caseWith(5);
        QVERIFY(!caseId.isEmpty());
        const QList<sim::MessageRecord> records = m_server->dataSet().messagesOf(caseId);
        MessageThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setCaseId(caseId);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.hasLoaded());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(MessageThreadModel::MessageIdRole).toString(), records.last().messageId);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        int pages = 0;
        while (model.canLoadOlder()) {
            model.loadOlder();
            QVERIFY(model.isLoading());
            QVERIFY(!model.canLoadOlder()); // one request at a time
            QTRY_VERIFY(!model.isLoading());
            ++pages;
            QVERIFY(pages < 100);
        }
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), int(records.size()));
        for (const QList<QVariant> &args : std::as_const(inserted))
            QCOMPARE(args.at(1).toInt(), 0); // always at the top
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(MessageThreadModel::MessageIdRole).toString(), records.at(row).messageId);
        // The older pages came from 5.10.6 with the oldest message as the cursor.
        QVERIFY(!requestsTo(QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/more").arg(caseId)).isEmpty());
    }

    // Figure 5 of issue 8: a long cached thread becomes rows a page at a time (newest first), the older
    // pages from the cache without a request, then from the server; nothing is shown twice.
    void longCachedThreadShowsItsNewestPageFirst()
    {
        const QString caseId = caseWith(5);
        QVERIFY(!caseId.isEmpty());
        const QList<sim::MessageRecord> records = m_server->dataSet().messagesOf(caseId); // oldest first
        QList<Message> cached;
        for (const sim::MessageRecord &record : records) {
            Message m;
            m.messageId = record.messageId;
            m.type = record.type;
            m.content = record.content;
            m.replierName = record.replierName;
            m.status = record.status;
            m.createTime = QDateTime::fromMSecsSinceEpoch(record.createTimeMs, QTimeZone::utc());
            cached.append(m);
        }
        MessageThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setCaseId(caseId);
        model.setClient(m_client.get()); // the first page is asked for; the cache is shown meanwhile
        model.showCached(cached);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.cachedOlderCount(), int(cached.size()) - 2);
        QCOMPARE(model.index(1).data(MessageThreadModel::MessageIdRole).toString(), records.last().messageId);
        QTRY_VERIFY(model.hasLoaded());
        QCOMPARE(model.rowCount(), 2); // the server's newest page is what the cache showed

        const QString morePath = QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/more").arg(caseId);
        const qsizetype moreBefore = requestsTo(morePath).size();
        QSignalSpy older(&model, &MessageThreadModel::olderLoaded);
        QVERIFY(model.canLoadOlder());
        model.loadOlder(); // from the cache: at once, no request
        QCOMPARE(older.size(), 1);
        QCOMPARE(older.first().first().toInt(), 2);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.isLoading());
        QCOMPARE(requestsTo(morePath).size(), moreBefore);
        int pages = 0;
        while (model.canLoadOlder() && pages++ < 100) {
            model.loadOlder();
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.cachedOlderCount(), 0);
        QCOMPARE(model.rowCount(), int(records.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(MessageThreadModel::MessageIdRole).toString(), records.at(row).messageId);
    }

    void cachedMessagesNotShownYetTakeWithdrawals()
    {
        QList<Message> cached;
        for (int n = 0; n < 5; ++n) {
            Message m;
            m.messageId = QStringLiteral("m-%1").arg(n);
            m.content = QStringLiteral("message %1").arg(n);
            m.createTime = QDateTime(QDate(2026, 3, 1), QTime(10, n), QTimeZone::utc());
            cached.append(m);
        }
        MessageThreadModel model;
        model.setCaseId(QStringLiteral("case-1"));
        model.setPageSize(2);
        model.showCached(cached);
        QCOMPARE(model.rowCount(), 2);
        InstantMessagePoll poll;
        InstantMessagePoll::CaseMessages news;
        news.incidentId = QStringLiteral("case-1");
        InstantMessagePoll::MessageUpdate update;
        update.messageId = QStringLiteral("m-0");
        update.status = InstantMessagePoll::MessageUpdate::Withdrawn;
        news.updates.append(update);
        news.messages.append(cached.at(1)); // known, not shown: no second row for it
        poll.caseMessages.append(news);
        model.applyPoll(poll);
        QCOMPARE(model.rowCount(), 2);
        while (model.canLoadOlder())
            model.loadOlder();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0).data(MessageThreadModel::MessageIdRole).toString(), QStringLiteral("m-0"));
        QVERIFY(model.index(0).data(MessageThreadModel::WithdrawnRole).toBool());
        QVERIFY(!model.index(1).data(MessageThreadModel::WithdrawnRole).toBool());
    }

    void engineerReplyArrivesThroughPolling()
    {
        const QString caseId = caseWith(2);
        MessageThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setCaseId(caseId);
        model.setClient(m_client.get());
        MessagePoller poller(m_client.get(), {caseId});
        poller.setIntervals(30, 100);
        connect(&poller, &MessagePoller::polled, &model, &MessageThreadModel::applyPoll);
        poller.start();
        QTRY_VERIFY(model.hasLoaded() && !poller.cursor().isEmpty());
        const int rows = model.rowCount();

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy arrived(&model, &MessageThreadModel::messagesArrived);
        const QString cursorBefore = poller.cursor();
        const QString replyId = m_server->addEngineerReply(caseId, QStringLiteral("We restarted the <b>node</b>."));
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), rows + 1);
        QCOMPARE(inserted.first().at(1).toInt(), rows); // at the bottom
        const QModelIndex last = model.index(rows);
        QCOMPARE(last.data(MessageThreadModel::MessageIdRole).toString(), replyId);
        QCOMPARE(last.data(MessageThreadModel::SideRole).toInt(), int(MessageThreadModel::EngineerSide));
        QCOMPARE(last.data(MessageThreadModel::PlainTextRole).toString(), QStringLiteral("We restarted the <b>node</b>."));
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().at(1).toBool(), true);

        // The poll carried the cursor of the previous answer and asked for the markup.
        bool sawCursor = false;
        for (const auto &request : requestsTo(kPollPath)) {
            const QUrlQuery query(QString::fromLatin1(request.rawQuery));
            QCOMPARE(query.queryItemValue(QStringLiteral("case_ids")), caseId);
            QCOMPARE(query.queryItemValue(QStringLiteral("trim_osm_rich_text_label")), QStringLiteral("false"));
            sawCursor = sawCursor || query.queryItemValue(QStringLiteral("last_message_time_id")) == cursorBefore;
        }
        QVERIFY(sawCursor);
        // Polls after that bring nothing new: no second insertion of the same message.
        const int polls = int(requestsTo(kPollPath).size());
        QTRY_VERIFY(requestsTo(kPollPath).size() >= polls + 2);
        QCOMPARE(inserted.size(), 1);
    }

    void withdrawalArrivesAsDataChanged()
    {
        const QString caseId = caseWith(2);
        const QString domain = QString::fromLatin1(sim::demo::kDomainId);
        const QString own = m_server->dataSet().addCustomerMessage(caseId, QStringLiteral("please ignore"), {}, domain,
                                                                  QStringLiteral("me"), 0);
        MessageThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setCaseId(caseId);
        model.setClient(m_client.get());
        MessagePoller poller(m_client.get(), {caseId});
        poller.setIntervals(30, 100);
        connect(&poller, &MessagePoller::polled, &model, &MessageThreadModel::applyPoll);
        poller.start();
        QTRY_VERIFY(model.hasLoaded() && !poller.cursor().isEmpty());
        const int row = model.rowOf(own);
        QVERIFY(row >= 0);
        QVERIFY(model.index(row).data(MessageThreadModel::CanWithdrawRole).toBool());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_server->dataSet().withdrawMessage(caseId, own));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row));
        QVERIFY(model.index(row).data(MessageThreadModel::WithdrawnRole).toBool());
        QVERIFY(!model.index(row).data(MessageThreadModel::CanWithdrawRole).toBool());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
    }

    void pollsOfOtherCasesAndRepeatsChangeNothing()
    {
        const QString caseId = caseWith(2);
        MessageThreadModel model;
        model.setPageSize(100);
        model.setCaseId(caseId);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.hasLoaded());
        InstantMessagePoll poll;
        InstantMessagePoll::CaseMessages other;
        other.incidentId = QStringLiteral("TS-SOMEONE-ELSE");
        Message foreign;
        foreign.messageId = QStringLiteral("f1");
        other.messages.append(foreign);
        poll.caseMessages.append(other);
        QVERIFY(!model.applyPoll(poll));
        // The same message twice (a cursor replayed): one row.
        InstantMessagePoll::CaseMessages mine;
        mine.incidentId = caseId;
        Message fresh = model.messageAt(model.rowCount() - 1);
        fresh.messageId = QStringLiteral("new-1");
        fresh.createTime = fresh.createTime.addSecs(60);
        mine.messages.append(fresh);
        InstantMessagePoll twice;
        twice.caseMessages.append(mine);
        const int rows = model.rowCount();
        model.applyPoll(twice);
        model.applyPoll(twice);
        QCOMPARE(model.rowCount(), rows + 1);
        // A message older than the newest shown goes to its place in time, not to the bottom.
        Message late = model.messageAt(0);
        late.messageId = QStringLiteral("late-1");
        late.createTime = model.messageAt(0).createTime.addMSecs(1);
        InstantMessagePoll::CaseMessages lateNews{caseId, {late}, {}};
        InstantMessagePoll latePoll;
        latePoll.caseMessages.append(lateNews);
        model.applyPoll(latePoll);
        QCOMPARE(model.rowOf(QStringLiteral("late-1")), 1);
    }

    void pendingMessageIsTakenOverByTheServersCopy()
    {
        const QString caseId = caseWith(2);
        MessageThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setCaseId(caseId);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.hasLoaded());
        const int rows = model.rowCount();
        const QString local = model.addPending(QStringLiteral("On my way"), {});
        QCOMPARE(model.rowCount(), rows + 1);
        QCOMPARE(model.index(rows).data(MessageThreadModel::DeliveryRole).toInt(), int(MessageThreadModel::Sending));
        QVERIFY(!model.index(rows).data(MessageThreadModel::CanWithdrawRole).toBool());
        model.setPendingSent(local);
        QCOMPARE(model.index(rows).data(MessageThreadModel::DeliveryRole).toInt(), int(MessageThreadModel::Sent));
        Message echo;
        echo.messageId = QStringLiteral("echo-1");
        echo.type = Message::CustomerMessage;
        echo.content = QStringLiteral("<div class=\"osm-rich-text\"><p>On my way</p></div>");
        echo.createTime = QDateTime::currentDateTimeUtc();
        InstantMessagePoll poll;
        poll.caseMessages.append({caseId, {echo}, {}});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applyPoll(poll);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), rows + 1);
        QCOMPARE(model.index(rows).data(MessageThreadModel::MessageIdRole).toString(), QStringLiteral("echo-1"));
        QCOMPARE(model.index(rows).data(MessageThreadModel::DeliveryRole).toInt(), int(MessageThreadModel::Delivered));
        // A failed one just goes.
        const QString failed = model.addPending(QStringLiteral("lost"), {});
        model.removePending(failed);
        QCOMPARE(model.rowCount(), rows + 1);
    }

    void pollerBacksOffAndKeepsOneRequestInFlight()
    {
        const QString caseId = caseWith(2);
        MessagePoller poller(m_client.get(), {caseId});
        poller.setIntervals(20, 160);
        poller.start();
        QVERIFY(poller.isInFlight());
        QTRY_COMPARE(poller.interval(), 160); // quiet answers: 40, 80, 160
        // The interval as each answer leaves it (read at once: the next quiet answer doubles it again).
        QList<int> intervals;
        connect(&poller, &MessagePoller::polled, this, [&] { intervals.append(poller.interval()); });
        m_server->addEngineerReply(caseId, QStringLiteral("news"));
        QTRY_VERIFY_WITH_TIMEOUT(intervals.contains(20), 3000); // news: back to the shortest interval
        poller.stop();
        QTest::qWait(50);

        // A slow server: however often pollNow() is called, one request at a time (plus one queued).
        m_server->faults().addLatency(300, -1, QString(kPollPath));
        QTRY_VERIFY(!poller.isInFlight());
        m_server->clearRequests();
        poller.setIntervals(10000, 20000); // no timer poll gets in the way of counting
        poller.start();
        for (int i = 0; i < 5; ++i)
            poller.pollNow();
        QCOMPARE(requestsTo(kPollPath).size(), qsizetype(0)); // nothing has arrived yet, or all five would
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo(kPollPath).size(), qsizetype(2), 5000);
        QTest::qWait(400);
        QCOMPARE(requestsTo(kPollPath).size(), qsizetype(2));
        poller.stop();
        QTRY_VERIFY(!poller.isInFlight());
    }

    void failuresBackOffToo()
    {
        const QString caseId = caseWith(2);
        m_server->faults().addHttpError(500, -1, QString(kPollPath));
        MessagePoller poller(m_client.get(), {caseId});
        poller.setIntervals(10, 80);
        QSignalSpy failed(&poller, &MessagePoller::pollFailed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 10000);
        QCOMPARE(poller.interval(), 80);
        poller.stop();
    }

    void displayTypesOfferTheirActions()
    {
        const QString authCase = caseWith(1, QStringLiteral("AUTH"));
        QVERIFY(!authCase.isEmpty());
        MessageThreadModel model;
        model.setPageSize(100);
        model.setCaseId(authCase);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.hasLoaded());
        QModelIndex auth;
        for (int row = 0; row < model.rowCount() && !auth.isValid(); ++row) {
            if (model.index(row).data(MessageThreadModel::DisplayTypeRole).toString() == u"AUTH"
                && !model.index(row).data(MessageThreadModel::WithdrawnRole).toBool())
                auth = model.index(row);
        }
        QVERIFY(auth.isValid());
        const QString expectedId = QJsonDocument::fromJson(auth.data(MessageThreadModel::ExtensionRole).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("authorization_id"))
                                       .toString();
        QVERIFY(!expectedId.isEmpty());
        QCOMPARE(auth.data(MessageThreadModel::AuthorizationIdRole).toString(), expectedId);
        QCOMPARE(MessageDelegate::actionText(auth), MessageDelegate::tr("Open authorization"));

        // A real click on the button of the painted row.
        ui::MessageThreadView view;
        view.setThreadModel(&model);
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollTo(auth);
        QSignalSpy requested(&view, &ui::MessageThreadView::authorizationRequested);
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.rect = view.visualRect(auth);
        option.font = view.font();
        option.fontMetrics = view.fontMetrics();
        option.widget = &view;
        const QRect button = view.messageDelegate()->actionRect(option, auth);
        QVERIFY(!button.isEmpty());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, button.center());
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), expectedId);
        QCOMPARE(requested.first().at(1).toString(), auth.data(MessageThreadModel::MessageIdRole).toString());

        // Enter on the current row does the same from the keyboard.
        view.setCurrentIndex(auth);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(requested.size(), 2);
    }

    void extensionParameterRequestSignals()
    {
        const QString caseId = caseWith(1, QStringLiteral("EXT_PARAM_REQUEST"));
        QVERIFY(!caseId.isEmpty());
        MessageThreadModel model;
        model.setPageSize(100);
        model.setCaseId(caseId);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.hasLoaded());
        MessageDelegate delegate;
        QSignalSpy parameters(&delegate, &MessageDelegate::parametersRequested);
        QSignalSpy authorization(&delegate, &MessageDelegate::authorizationRequested);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString type = index.data(MessageThreadModel::DisplayTypeRole).toString();
            const bool hasAction = (type == u"EXT_PARAM_REQUEST" || type == u"AUTH")
                                   && !index.data(MessageThreadModel::WithdrawnRole).toBool();
            QCOMPARE(delegate.triggerAction(index), hasAction);
            if (type == u"EXT_PARAM_REQUEST" && hasAction) {
                QCOMPARE(parameters.last().at(0).toString(), index.data(MessageThreadModel::MessageIdRole).toString());
                QVERIFY(parameters.last().at(1).toString().contains(QLatin1String("param_keys")));
            }
            if (type == u"QA_BOT")
                QVERIFY(!MessageDelegate::badgeText(type).isEmpty());
        }
        QVERIFY(parameters.size() >= 1);
    }

    void hostileContentIsSanitisedAndLinksAreChecked()
    {
        const QString caseId = caseWith(1);
        sim::MessageRecord hostile;
        hostile.caseId = caseId;
        hostile.type = hostile.replierType = 1;
        hostile.replierName = QStringLiteral("mallory");
        hostile.content = QStringLiteral(
            "<div class=\"osm-rich-text\"><p onclick=\"x()\">Dear customer</p><script>steal()</script>"
            "<img src=\"https://tracker.example/p.gif\"><p style=\"display:none\">hidden</p>"
            "<a href=\"jav&#x61;script:alert(1)\">reset password</a> <a href=\"https://real.example/\">docs</a></div>");
        m_server->dataSet().addMessage(hostile);
        MessageThreadModel model;
        model.setPageSize(100);
        model.setCaseId(caseId);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.hasLoaded());
        const QModelIndex index = model.index(model.rowCount() - 1);
        const QString html = index.data(MessageThreadModel::SafeHtmlRole).toString();
        for (const char *bad : {"script", "steal", "onclick", "tracker", "style", "javascript"})
            QVERIFY2(!html.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);
        QCOMPARE(index.data().toString(), QStringLiteral("Dear customer\nhidden\nreset password docs (https://real.example/)"));

        ui::MessageThreadView view;
        QList<QUrl> opened;
        view.setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
        Q_EMIT view.messageDelegate()->linkActivated(QUrl(QStringLiteral("javascript:alert(1)")));
        Q_EMIT view.messageDelegate()->linkActivated(QUrl(QStringLiteral("file:///etc/passwd")));
        Q_EMIT view.messageDelegate()->linkActivated(QUrl(QStringLiteral("https://real.example/")));
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://real.example/"))});
    }

    void loadErrorsAreReported()
    {
        MessageThreadModel model;
        QSignalSpy failed(&model, &MessageThreadModel::loadFailed);
        model.setCaseId(QStringLiteral("TS-DOES-NOT-EXIST"));
        model.setClient(m_client.get());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!model.hasLoaded());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestMessageThreadModel)
#include "tst_messagethreadmodel.moc"
