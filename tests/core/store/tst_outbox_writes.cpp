// The outbox's case writes (issue 7) against the in-process simulator, for each family — case actions
// (close with a rating, cancel, urge, delete), rating, label and relation changes, contact changes:
//  * refused before queueing when invalid (the Validator's error);
//  * queued while the network is down and sent once when it is back;
//  * an attempt whose answer was lost after the server acted, or whose client was destroyed mid-request, is
//    checked on the server before it is sent again, so it is never applied twice;
//  * a business refusal leaves it Failed with the server's reason, for Retry or Discard;
//  * a new Outbox on the same store (a restart, also after a crash mid-request) resumes it.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/CaseJournal.h"
#include "data/UrgeRules.h"
#include "net/ApiClient.h"
#include "store/CaseActionSender.h"
#include "store/ContactChangeSender.h"
#include "store/LabelChangeSender.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "store/RatingSender.h"
#include "store/RelationChangeSender.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace osm;

namespace {

const QString kGroup = QStringLiteral("group-1");
const QString kMail = QStringLiteral("queued.contact@example.com");

// One family's write: the item, the request that carries it, and how the simulator shows it was applied.
struct Write
{
    OutboxItem item;
    QByteArray method;
    QString path;
    std::function<bool()> applied;
    int sendsWhenAnswerLost = 1; // write requests the server gets when the first answer is lost
};

} // namespace

class TestOutboxWrites : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caseId;
    QString m_otherCaseId; // another case of the account, to relate
    int m_labelId = -1;    // one of the account's labels
    int m_urgedBefore = 0; // press entries of the case's log before the test

    QString dbPath() const { return m_dir->filePath(QStringLiteral("profile.sqlite")); }

    std::unique_ptr<ApiClient> makeClient() const
    {
        auto client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()},
                                                  sim::demo::akSkCredentials());
        RetryPolicy once; // the outbox does the retrying here
        once.maxAttempts = 1;
        client->setRetryPolicy(once);
        client->setRequestTimeoutMs(5000);
        return client;
    }

    std::unique_ptr<Outbox> makeOutbox(LocalStore &store, int backoffMs = 50) const
    {
        auto outbox = std::make_unique<Outbox>(store);
        outbox->setBackoff(backoffMs, std::max(200, backoffMs));
        return outbox;
    }

    sim::CaseRecord &record() const
    {
        for (auto &c : m_server->dataSet().cases())
            if (c.incidentId == m_caseId)
                return c;
        qFatal("the test case is gone");
    }

    QString casePath(const char *tail) const
    {
        return QStringLiteral("/v2/servicerequest/cases/%1/%2").arg(m_caseId, QLatin1String(tail));
    }

    // Every request of that method and path the simulator received (answered, dropped or abandoned).
    int received(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == method && request.path == path;
        return n;
    }

    // Those it answered with 200 (a dropped or abandoned one has status 0).
    int answered(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == method && request.path == path && request.status == 200;
        return n;
    }

    int journalCount(int operateType) const
    {
        int n = 0;
        const QList<sim::CaseJournal::Entry> entries = sim::CaseJournal::of(*m_server).entriesOf(record());
        for (const auto &entry : entries)
            n += entry.operateType == operateType;
        return n;
    }

    void addFault(sim::Fault::Kind kind, const QByteArray &method, const QString &path, int count,
                  int latencyMs = 0, const QString &code = {}, const QString &message = {})
    {
        sim::Fault fault;
        fault.kind = kind;
        fault.method = method;
        fault.pathPrefix = path;
        fault.remaining = count;
        fault.latencyMs = latencyMs;
        fault.errorCode = code;
        fault.errorMsg = message;
        m_server->faults().add(fault);
    }

    static OutboxItem valueOf(const Result<OutboxItem> &made)
    {
        if (!made.ok())
            qFatal("the item was refused: %s", qPrintable(made.error().detailedMessage()));
        return made.value();
    }

    // Puts the case in the state the family needs and returns its write.
    Write prepare(const QString &family)
    {
        sim::CaseRecord &c = record();
        c.status = 1;
        c.satisfaction.clear();
        c.judgement.clear();
        c.labelIds.clear();
        c.relatedIds.clear();
        Write w;
        if (family.startsWith(QLatin1String("close")) || family == QLatin1String("cancel")
            || family == QLatin1String("urge") || family == QLatin1String("delete")) {
            api::RunCaseActionParams params;
            params.caseId = m_caseId;
            params.groupId = kGroup;
            int after = 0;
            if (family == QLatin1String("close with rating")) {
                params.action = api::CaseAction::Close;
                params.judgement = QStringLiteral("Solved quickly.");
                Satisfaction s;
                s.satisfactionId = 1;
                s.satisfactionValue = 5;
                params.satisfactions = {s};
                after = 3;
            } else if (family == QLatin1String("cancel")) {
                params.action = api::CaseAction::Cancel;
                after = 4;
            } else if (family == QLatin1String("delete")) {
                c.status = 4;
                params.action = api::CaseAction::Delete;
                after = 13;
            } else {
                params.action = api::CaseAction::Press;
                // Urging is always allowed here, so that an urge sent twice would show as two.
                sim::UrgeRules::of(*m_server).setMinCaseAgeMs(0);
                sim::UrgeRules::of(*m_server).setMinIntervalMs(0);
                m_urgedBefore = journalCount(sim::CaseJournal::Press);
            }
            w.item = valueOf(CaseActionSender::makeItem(params));
            w.method = "POST";
            w.path = casePath("action");
            if (after == 0)
                w.applied = [this] { return journalCount(sim::CaseJournal::Press) == m_urgedBefore + 1; };
            else
                w.applied = [this, after] { return record().status == after; };
            if (family == QLatin1String("close with rating"))
                w.applied = [this] { return record().status == 3 && record().judgement == QLatin1String("Solved quickly."); };
        } else if (family == QLatin1String("rating")) {
            c.status = 3;
            api::CreateCaseScoreParams params;
            params.caseId = m_caseId;
            params.judgement = QStringLiteral("Thanks.");
            Satisfaction s;
            s.satisfactionId = 3;
            s.satisfactionValue = 4;
            params.satisfactions = {s};
            w.item = valueOf(RatingSender::makeItem(params));
            w.method = "POST";
            w.path = casePath("score");
            w.applied = [this] { return record().judgement == QLatin1String("Thanks.") && record().satisfaction.size() == 1; };
        } else if (family.endsWith(QLatin1String("label"))) {
            const bool add = family.startsWith(QLatin1String("add"));
            if (!add)
                c.labelIds = {m_labelId};
            api::CaseLabelsParams params;
            params.caseId = m_caseId;
            params.labelIds = {m_labelId};
            w.item = valueOf(LabelChangeSender::makeItem(add ? LabelChangeSender::Change::Add
                                                             : LabelChangeSender::Change::Remove,
                                                         params, {QStringLiteral("Urgent")}));
            w.method = add ? "POST" : "DELETE";
            w.path = casePath("labels");
            w.applied = [this, add] { return record().labelIds.contains(m_labelId) == add; };
        } else if (family == QLatin1String("relate") || family == QLatin1String("unrelate")) {
            const bool create = family == QLatin1String("relate");
            if (create) {
                api::CreateCaseRelationParams params;
                params.caseId = m_caseId;
                params.relatedIdList = {m_otherCaseId};
                params.groupId = kGroup;
                w.item = valueOf(RelationChangeSender::makeItem(params));
            } else {
                c.relatedIds = {m_otherCaseId};
                api::DeleteCaseRelationParams params;
                params.caseId = m_caseId;
                params.relatedId = m_otherCaseId;
                params.groupId = kGroup;
                w.item = valueOf(RelationChangeSender::makeItem(params));
            }
            w.method = create ? "POST" : "DELETE";
            w.path = casePath("relations");
            w.applied = [this, create] { return record().relatedIds.contains(m_otherCaseId) == create; };
        } else if (family == QLatin1String("contact")) {
            c.remindMail = QStringLiteral("before@example.com");
            api::UpdateContactInfoParams params;
            params.caseId = m_caseId;
            params.remindMail = kMail;
            w.item = valueOf(ContactChangeSender::makeItem(params));
            w.method = "PUT";
            w.path = casePath("contact-info");
            w.applied = [this] { return record().remindMail == kMail; };
            w.sendsWhenAnswerLost = 2; // idempotent: sent again without a look
        } else {
            qFatal("unknown family");
        }
        return w;
    }

    static void families()
    {
        QTest::addColumn<QString>("family");
        for (const char *name : {"close with rating", "cancel", "urge", "delete", "rating", "add label", "remove label",
                                 "relate", "unrelate", "contact"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        m_caseId.clear();
        m_otherCaseId.clear();
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId != QLatin1String(sim::demo::kDomainId) || c.status == 13)
                continue;
            if (m_caseId.isEmpty() && c.status == 1)
                m_caseId = c.incidentId;
            else if (m_otherCaseId.isEmpty() && c.status != 1)
                m_otherCaseId = c.incidentId;
        }
        QVERIFY(!m_caseId.isEmpty());
        QVERIFY(!m_otherCaseId.isEmpty());
        m_labelId = -1;
        for (const auto &label : m_server->dataSet().labels()) {
            if (label.domainId == QLatin1String(sim::demo::kDomainId)) {
                m_labelId = label.id;
                break;
            }
        }
        QVERIFY(m_labelId >= 0);
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void invalidInputIsRefusedBeforeQueueing()
    {
        api::RunCaseActionParams action;
        action.caseId = QStringLiteral("c");
        action.operateDesc = QString(401, QLatin1Char('x'));
        Result<OutboxItem> made = CaseActionSender::makeItem(action);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().category(), Error::Category::Validation);
        QCOMPARE(made.error().field(), QStringLiteral("operate_desc"));

        api::CreateCaseScoreParams rating;
        rating.caseId = QStringLiteral("c");
        rating.judgement = QString(401, QLatin1Char('x'));
        QCOMPARE(RatingSender::makeItem(rating).error().field(), QStringLiteral("judgement"));

        api::CaseLabelsParams labels;
        labels.caseId = QStringLiteral("c");
        labels.labelIds = {1, 2, 3, 4, 5, 6};
        QCOMPARE(LabelChangeSender::makeItem(LabelChangeSender::Change::Add, labels).error().field(),
                 QStringLiteral("label_ids"));

        api::CreateCaseRelationParams relate;
        relate.caseId = QStringLiteral("c");
        relate.relatedIdList = {QStringLiteral("c")}; // itself
        relate.groupId = kGroup;
        QVERIFY(!RelationChangeSender::makeItem(relate).ok());

        api::UpdateContactInfoParams contact;
        contact.caseId = QStringLiteral("c");
        contact.remindMail = QString(129, QLatin1Char('m'));
        QCOMPARE(ContactChangeSender::makeItem(contact).error().field(), QStringLiteral("remind_mail"));
    }

    void payloadRebuildsTheTypedRequest()
    {
        // Operation id and the params' fields, nothing else (no signature, no token, no URL).
        const Write close = prepare(QStringLiteral("close with rating"));
        QCOMPARE(close.item.payload.keys(), (QStringList{QStringLiteral("operation"), QStringLiteral("params")}));
        QCOMPARE(close.item.payload.value(QLatin1String("operation")).toString(), QStringLiteral("run_case_action"));
        const std::optional<api::RunCaseActionParams> params = CaseActionSender::paramsOf(close.item);
        QVERIFY(params);
        QCOMPARE(params->caseId, m_caseId);
        QCOMPARE(params->action, api::CaseAction::Close);
        QCOMPARE(params->groupId, kGroup);
        QCOMPARE(params->satisfactions.size(), 1);
        QCOMPARE(params->satisfactions.first().satisfactionValue, 5);
        const Write label = prepare(QStringLiteral("add label"));
        QCOMPARE(LabelChangeSender::labelNamesOf(label.item), QStringList{QStringLiteral("Urgent")});
        const Write relate = prepare(QStringLiteral("relate"));
        QVERIFY(RelationChangeSender::isCreate(relate.item));
        QCOMPARE(RelationChangeSender::relatedIdsOf(relate.item), QStringList{m_otherCaseId});
    }

    void offlineThenSentOnce_data() { families(); }
    void offlineThenSentOnce()
    {
        QFETCH(QString, family);
        const Write w = prepare(family);
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        outbox->setClient(client.get());
        m_server->faults().addDrop(-1); // the network is gone
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        const qint64 id = outbox->enqueue(w.item);
        QVERIFY(id > 0);
        QTRY_VERIFY(outbox->isOffline());
        QTRY_VERIFY(outbox->item(id)->attempts >= 3); // it keeps trying, with backoff
        QVERIFY(outbox->item(id)->state != OutboxItem::State::Failed);
        QVERIFY(!w.applied());

        m_server->faults().clear(); // back
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(w.applied());
        QVERIFY(!outbox->item(id));
        QCOMPARE(answered(w.method, w.path), 1);
    }

    void answerLostAfterTheServerActedIsNotAppliedTwice_data() { families(); }
    void answerLostAfterTheServerActedIsNotAppliedTwice()
    {
        QFETCH(QString, family);
        const Write w = prepare(family);
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        outbox->setClient(client.get());
        // The write is carried out, then the connection drops halfway through the answer.
        addFault(sim::Fault::Kind::DropMidBody, w.method, w.path, 1);
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        QVERIFY(outbox->enqueue(w.item) > 0);
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(w.applied());
        QCOMPARE(received(w.method, w.path), w.sendsWhenAnswerLost);
        if (family == QLatin1String("urge"))
            QCOMPARE(journalCount(sim::CaseJournal::Press), m_urgedBefore + 1);
    }

    void clientDestroyedMidRequestIsNotAppliedTwice_data() { families(); }
    void clientDestroyedMidRequestIsNotAppliedTwice()
    {
        QFETCH(QString, family);
        const Write w = prepare(family);
        addFault(sim::Fault::Kind::Latency, w.method, w.path, 1, 1000);
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            auto client = makeClient();
            auto outbox = makeOutbox(store);
            outbox->setClient(client.get());
            QVERIFY(outbox->enqueue(w.item) > 0);
            QTRY_VERIFY(received(w.method, w.path) == 1); // the slow request has reached the simulator
            QCOMPARE(outbox->items().first().state, OutboxItem::State::Sending);
            QVERIFY(outbox->items().first().payload.value(QLatin1String("posting")).toBool()); // marked before
            client.reset(); // first the client (its request is abandoned), then the outbox
        }
        // Not synchronisation: the abandoned request gets its chance to act (it must not) before we go on.
        QTest::qWait(1200);
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto outbox = makeOutbox(store);
        QCOMPARE(outbox->items().size(), 1);
        auto client = makeClient();
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(w.applied());
        QCOMPARE(answered(w.method, w.path), 1);
    }

    void businessRefusalFailsWithTheServersReason_data() { families(); }
    void businessRefusalFailsWithTheServersReason()
    {
        QFETCH(QString, family);
        const Write w = prepare(family);
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        outbox->setClient(client.get());
        addFault(sim::Fault::Kind::BusinessError, w.method, w.path, 1, 0, QStringLiteral("OSM.01019999"),
                 QStringLiteral("Refused for the test."));
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        const qint64 id = outbox->enqueue(w.item);
        QTRY_COMPARE(outbox->item(id)->state, OutboxItem::State::Failed);
        QCOMPARE(outbox->item(id)->errorCode, QStringLiteral("OSM.01019999"));
        QVERIFY2(outbox->item(id)->errorMessage.contains(QLatin1String("Refused for the test.")),
                 qPrintable(outbox->item(id)->errorMessage));
        QVERIFY(!outbox->item(id)->payload.contains(QLatin1String("posting"))); // refused: nothing to check later
        QTest::qWait(200);
        QCOMPARE(sent.size(), 0); // waits for the user
        QVERIFY(!w.applied());

        QVERIFY(outbox->retry(id));
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(w.applied());
        QCOMPARE(received(w.method, w.path), 2); // the refused one and the one that went through
    }

    void refusedItemCanBeDiscarded()
    {
        const Write w = prepare(QStringLiteral("cancel"));
        record().status = 3; // completed: cancel is refused for real (OSM.01010034)
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        outbox->setClient(client.get());
        const qint64 id = outbox->enqueue(w.item);
        QTRY_COMPARE(outbox->item(id)->state, OutboxItem::State::Failed);
        QCOMPARE(outbox->item(id)->errorCode, QStringLiteral("OSM.01010034"));
        QSignalSpy removed(outbox.get(), &Outbox::itemRemoved);
        QVERIFY(outbox->discard(id));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!outbox->item(id));
        QCOMPARE(record().status, 3);
        QCOMPARE(received(w.method, w.path), 1);
    }

    void restartResumes_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("arrived");
        for (const char *name : {"close with rating", "cancel", "urge", "delete", "rating", "add label", "remove label",
                                 "relate", "unrelate", "contact"}) {
            QTest::addRow("%s, the earlier request had arrived", name) << QString::fromLatin1(name) << true;
            QTest::addRow("%s, it had not", name) << QString::fromLatin1(name) << false;
        }
    }

    void restartResumes()
    {
        QFETCH(QString, family);
        QFETCH(bool, arrived);
        const Write w = prepare(family);
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            if (arrived) {
                // The request is carried out, its answer lost; the app quits before trying again.
                auto client = makeClient();
                auto outbox = makeOutbox(store, 60000);
                outbox->setClient(client.get());
                addFault(sim::Fault::Kind::DropMidBody, w.method, w.path, 1);
                const qint64 id = outbox->enqueue(w.item);
                QTRY_VERIFY(outbox->item(id)->state == OutboxItem::State::Pending && outbox->item(id)->attempts == 1);
                QVERIFY(w.applied());
            } else {
                // What a crash right after the request was marked (and before it left) leaves behind.
                auto outbox = makeOutbox(store);
                QVERIFY(outbox->enqueue(w.item) > 0);
                QSqlQuery query(store.database());
                QVERIFY(query.exec(QStringLiteral(
                    "UPDATE outbox_items SET state = 'sending', payload = json_set(payload, '$.posting', json('true'))")));
            }
        }
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto outbox = makeOutbox(store);
        QCOMPARE(outbox->items().size(), 1);
        QCOMPARE(outbox->items().first().state, OutboxItem::State::Pending);
        auto client = makeClient();
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        outbox->retryNow(); // the stored next attempt time is a minute away
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(w.applied());
        const int expected = arrived ? w.sendsWhenAnswerLost : 1;
        QCOMPARE(received(w.method, w.path), expected);
        if (family == QLatin1String("urge"))
            QCOMPARE(journalCount(sim::CaseJournal::Press), m_urgedBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxWrites)
#include "tst_outbox_writes.moc"
