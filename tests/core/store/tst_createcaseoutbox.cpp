// New cases through the persistent outbox, against the in-process simulator: recorded before any request,
// created once the network is back; an answer lost after the server created the case (and a crash right
// after create_case went out) is resolved by listing the recent cases, so the case is never created twice;
// a business refusal leaves the item Failed with the server's reason without holding up other new cases;
// the agreement is signed before create_case; the create-case draft keeps copies of its files.
#include "DemoCredentials.h"
#include "Server.h"
#include "api/CaseWrites.h"
#include "data/Catalog.h"
#include "faults/Fault.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "store/CreateCaseDraftStore.h"
#include "store/CreateCaseSender.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;

namespace {

const QString kCases = QStringLiteral("/v2/servicerequest/cases");
const QString kUploads = QStringLiteral("/v2/servicerequest/accessorys");

} // namespace

class TestCreateCaseOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("profile.sqlite")); }

    std::unique_ptr<ApiClient> makeClient() const
    {
        auto client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()},
                                                  osm::sim::demo::akSkCredentials());
        RetryPolicy once; // the outbox does the retrying here
        once.maxAttempts = 1;
        client->setRetryPolicy(once);
        client->setRequestTimeoutMs(5000);
        return client;
    }

    std::unique_ptr<Outbox> makeOutbox(LocalStore &store) const
    {
        auto outbox = std::make_unique<Outbox>(store);
        outbox->setBackoff(50, 200);
        return outbox;
    }

    QString makeFile(const QString &name, const QByteArray &content = "log line\n") const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    // A consultation about OBS (no region needed), as the wizard would send it.
    static api::CreateCaseParams obsCase(const QString &description)
    {
        const sim::Catalog &catalog = sim::Catalog::instance();
        const sim::Catalog::Entry *type = nullptr;
        for (const auto &entry : catalog.businessTypes) {
            if (entry.caseTypeId == 0 && !type)
                type = &entry;
        }
        api::CreateCaseParams params;
        params.businessTypeId = type->id;
        params.productCategoryId = type->parentId;
        params.incidentSubTypeId = sim::Catalog::find(catalog.productCategories, type->parentId)->parentId;
        params.simpleDescription = description;
        params.remindMail = QStringLiteral("ops@example.com");
        return params;
    }

    QList<sim::CaseRecord> casesWith(const QString &description) const
    {
        QList<sim::CaseRecord> found;
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.simpleDescription == description)
                found.append(c);
        }
        return found;
    }

    int requestsTo(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == method && request.path == path;
        return n;
    }

    void addCreateFault(sim::Fault::Kind kind, int latencyMs = 0)
    {
        sim::Fault fault;
        fault.kind = kind;
        fault.method = "POST";
        fault.pathPrefix = kCases;
        fault.remaining = 1;
        fault.latencyMs = latencyMs;
        m_server->faults().add(fault);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void itemKeepsTheRequest()
    {
        api::CreateCaseParams params = obsCase(QStringLiteral("Round trip"));
        params.severityId = QStringLiteral("2");
        params.extensionMap.insert(QStringLiteral("remindCCEmail"), QStringLiteral("a@example.com"));
        params.phoneVerifiedId = QStringLiteral("v-1");
        params.accessoryIds = {QStringLiteral("ignored")};
        const OutboxItem item = CreateCaseSender::makeItem(params, {}, QJsonObject{{QStringLiteral("x"), 1}}, 102);
        QCOMPARE(item.kind, OutboxItem::Kind::CreateCase);
        QVERIFY(item.caseId.isEmpty());
        QCOMPARE(item.payload.value(QStringLiteral("simple_description")).toString(), QStringLiteral("Round trip"));
        api::CreateCaseParams back = CreateCaseSender::paramsOf(item);
        QVERIFY(back.accessoryIds.isEmpty());
        params.accessoryIds.clear();
        QCOMPARE(back.body(), params.body());
        QCOMPARE(back.phoneVerifiedId, QStringLiteral("v-1"));
        QCOMPARE(CreateCaseSender::formOf(item).value(QStringLiteral("x")).toInt(), 1);
        QVERIFY(!CreateCaseSender::agreementRecordOf(item));
        QVERIFY(CreateCaseSender::caseIdOf(item).isEmpty());
    }

    void serverTimeFollowsTheClientsZone()
    {
        const QDateTime utc(QDate(2026, 11, 23), QTime(22, 30, 5), Qt::UTC);
        QCOMPARE(CreateCaseSender::serverTime(utc, QStringLiteral("GMT+8")), QStringLiteral("2026-11-24 06:30:05"));
        QCOMPARE(CreateCaseSender::serverTime(utc, QStringLiteral("GMT-3:30")), QStringLiteral("2026-11-23 19:00:05"));
        QCOMPARE(CreateCaseSender::serverTime(utc, QStringLiteral("GMT+0")), QStringLiteral("2026-11-23 22:30:05"));
    }

    void offlineQueuedThenCreatedOnceWithItsFileAndAgreement()
    {
        const QString description = QStringLiteral("Queued while offline: bucket policy question.");
        const QString original = makeFile(QStringLiteral("policy.txt"));
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        m_server->faults().addDrop(-1); // no network
        outbox->setClient(client.get());
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        const qint64 id = outbox->enqueue(CreateCaseSender::makeItem(obsCase(description), {original}, {}, 102));
        QVERIFY(id > 0);
        QTRY_VERIFY(outbox->isOffline());
        QTRY_VERIFY(outbox->item(id)->attempts >= 2); // retried with backoff
        QVERIFY(QFile::remove(original));             // the outbox has its copy
        QCOMPARE(outbox->item(id)->state == OutboxItem::State::Failed, false);
        QVERIFY(casesWith(description).isEmpty());

        m_server->faults().clear(); // the network is back
        QTRY_VERIFY2(sent.size() == 1, qPrintable(outbox->items().isEmpty() ? QString() : outbox->items().first().errorCode
                                                     + QLatin1Char(' ') + outbox->items().first().errorMessage));
        const OutboxItem done = sent.first().first().value<OutboxItem>();
        const QList<sim::CaseRecord> created = casesWith(description);
        QCOMPARE(created.size(), 1);
        QCOMPARE(CreateCaseSender::caseIdOf(done), created.first().incidentId);
        QVERIFY(outbox->items().isEmpty());
        // Its file went with it (the description is the first message and carries the attachments).
        const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(created.first().incidentId);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.first().accessories.size(), 1);
        QCOMPARE(messages.first().accessories.first().name, QStringLiteral("policy.txt"));
        // The agreement was signed first and its record sent.
        QCOMPARE(requestsTo("POST", QStringLiteral("/v2/servicerequest/agreements/102/signed")) >= 1, true);
        const QList<sim::RecordedRequest> all = m_server->requests();
        QJsonObject body;
        for (const auto &request : all) {
            if (request.method == "POST" && request.path == kCases && request.status == 200)
                body = QJsonDocument::fromJson(request.body).object();
        }
        QVERIFY(body.value(QStringLiteral("agreement_signed_record_id")).isDouble());
        QCOMPARE(body.value(QStringLiteral("accessory_ids")).toArray().size(), 1);
    }

    void answerLostAfterTheServerCreatedItIsNotCreatedTwice()
    {
        const QString description = QStringLiteral("Created, but the answer was lost.");
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        outbox->setClient(client.get());
        addCreateFault(sim::Fault::Kind::DropMidBody); // the route runs, the answer is cut
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        QVERIFY(outbox->enqueue(CreateCaseSender::makeItem(obsCase(description), {})) > 0);
        QTRY_COMPARE(sent.size(), 1);
        const QList<sim::CaseRecord> created = casesWith(description);
        QCOMPARE(created.size(), 1);
        QCOMPARE(requestsTo("POST", kCases), 1);
        QVERIFY(requestsTo("GET", kCases) >= 1); // the recent cases were looked at
        QCOMPARE(CreateCaseSender::caseIdOf(sent.first().first().value<OutboxItem>()), created.first().incidentId);
    }

    void clientDestroyedDuringCreateCreatesOnce()
    {
        const QString description = QStringLiteral("The client went away mid-request.");
        addCreateFault(sim::Fault::Kind::Latency, 1500);
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            auto client = makeClient();
            auto outbox = makeOutbox(store);
            outbox->setClient(client.get());
            QVERIFY(outbox->enqueue(CreateCaseSender::makeItem(obsCase(description), {})) > 0);
            QTRY_VERIFY([&] {
                const QList<sim::RecordedRequest> all = m_server->requests();
                return !all.isEmpty() && all.last().method == "POST" && all.last().path == kCases;
            }());
            QCOMPARE(outbox->items().first().state, OutboxItem::State::Sending);
            QVERIFY(outbox->items().first().payload.value(QStringLiteral("creating")).toBool());
            client.reset();
        }
        // Not synchronisation: the abandoned request gets its chance to be carried out before we count.
        QTest::qWait(1700);
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto outbox = makeOutbox(store);
        QCOMPARE(outbox->items().size(), 1);
        QCOMPARE(outbox->items().first().state, OutboxItem::State::Pending);
        auto client = makeClient();
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(casesWith(description).size(), 1);
        QVERIFY(requestsTo("GET", kCases) >= 1);
    }

    void restartWithStartedItem_data()
    {
        QTest::addColumn<bool>("arrived");
        QTest::newRow("the earlier create_case had been carried out") << true;
        QTest::newRow("it had not") << false;
    }

    void restartWithStartedItem()
    {
        QFETCH(bool, arrived);
        const QString description = QStringLiteral("Left sending by a crash.");
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            auto outbox = makeOutbox(store);
            QVERIFY(outbox->enqueue(CreateCaseSender::makeItem(obsCase(description), {})) > 0);
            // What a crash right after create_case went out leaves behind.
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE outbox_items SET state = 'sending', payload = json_set(payload, '$.creating', json('true'))")));
        }
        if (arrived) {
            auto client = makeClient();
            bool done = false;
            whenReady(api::createCase(*client, obsCase(description)), this, [&](const Result<CaseCreated> &) { done = true; });
            QTRY_VERIFY(done);
            QCOMPARE(casesWith(description).size(), 1);
        }
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto outbox = makeOutbox(store);
        auto client = makeClient();
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_COMPARE(sent.size(), 1);
        const QList<sim::CaseRecord> created = casesWith(description);
        QCOMPARE(created.size(), 1);
        QCOMPARE(CreateCaseSender::caseIdOf(sent.first().first().value<OutboxItem>()), created.first().incidentId);
        QCOMPARE(requestsTo("POST", kCases), 1);
    }

    void businessRefusalFailsWithTheReasonAndHoldsNoOtherCase()
    {
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        api::CreateCaseParams unknown = obsCase(QStringLiteral("Unknown problem type."));
        unknown.businessTypeId = QStringLiteral("no-such-type");
        const qint64 refused = outbox->enqueue(CreateCaseSender::makeItem(unknown, {}));
        const qint64 fine = outbox->enqueue(CreateCaseSender::makeItem(obsCase(QStringLiteral("A good one.")), {}));
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_COMPARE(outbox->item(refused)->state, OutboxItem::State::Failed);
        const OutboxItem failed = *outbox->item(refused);
        QCOMPARE(failed.errorCode, QStringLiteral("OSM.01010028"));
        QVERIFY(!failed.errorMessage.isEmpty());
        QVERIFY(!failed.payload.contains(QStringLiteral("creating"))); // refused: nothing to look for later
        // New cases do not wait behind each other.
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().value<OutboxItem>().id, fine);
        QVERIFY(casesWith(QStringLiteral("Unknown problem type.")).isEmpty());
        QCOMPARE(casesWith(QStringLiteral("A good one.")).size(), 1);
        QVERIFY(outbox->discard(refused));
        QVERIFY(outbox->items().isEmpty());
    }

    void draftKeepsCopiesOfItsFiles()
    {
        const QString original = makeFile(QStringLiteral("trace.har"));
        const QJsonObject form{{QStringLiteral("description"), QStringLiteral("Half typed")}};
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            CreateCaseDraftStore drafts(store);
            QVERIFY(drafts.isReady());
            const QStringList stored = drafts.save(form, {original});
            QCOMPARE(stored.size(), 1);
            QVERIFY(stored.first() != original);
            QVERIFY(stored.first().startsWith(dbPath() + QStringLiteral(".files/create-case/")));
            QCOMPARE(drafts.save(form, stored), stored); // saved again: nothing copied twice
        }
        QVERIFY(QFile::remove(original));
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        CreateCaseDraftStore drafts(store);
        const auto draft = drafts.load();
        QVERIFY(draft);
        QCOMPARE(draft->form, form);
        QCOMPARE(draft->files.size(), 1);
        QCOMPARE(QFileInfo(draft->files.first()).fileName(), QStringLiteral("trace.har"));
        QVERIFY(QFileInfo::exists(draft->files.first()));
        QVERIFY(drafts.save({}, {}).isEmpty()); // an empty draft is no draft
        QVERIFY(!drafts.load());
        QVERIFY(!QFileInfo::exists(draft->files.first()));
    }
};

QTEST_GUILESS_MAIN(TestCreateCaseOutbox)
#include "tst_createcaseoutbox.moc"
