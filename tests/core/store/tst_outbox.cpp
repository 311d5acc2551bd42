// The persistent outbox against the in-process simulator: a message (with attachments) is recorded before its
// requests and removed when the server confirms; it survives the client and the outbox being destroyed
// mid-send, a dropped network, an expired token whose renewal fails for a while, and a restart with an
// item left "sending" — and is posted exactly once in each case. Drafts keep copies of their files.
#include "DemoCredentials.h"
#include "Server.h"
#include "api/Messages.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "store/DraftStore.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;

namespace {

Credentials akSk()
{
    return osm::sim::demo::akSkCredentials();
}

Credentials password()
{
    Credentials credentials;
    credentials.method = Credentials::Method::Password;
    credentials.iamDomain = QString::fromLatin1(sim::demo::kDomainName);
    credentials.iamUser = QString::fromLatin1(sim::demo::kUserName);
    credentials.password = QString::fromLatin1(sim::demo::kPassword);
    return credentials;
}

const QString kUploads = QStringLiteral("/v2/servicerequest/accessorys");

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caseId;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("profile.sqlite")); }

    std::unique_ptr<ApiClient> makeClient(const Credentials &credentials = akSk()) const
    {
        auto client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
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

    // A closed case refuses messages (OSM.01010034, HTTP 200): a real business refusal, nothing posted.
    // (The simulator's BusinessError fault answers after the route ran, so it would post.)
    void setCaseStatus(int status)
    {
        for (auto &c : m_server->dataSet().cases())
            if (c.incidentId == m_caseId)
                c.status = status;
    }

    QString messagePath() const { return QStringLiteral("/v2/servicerequest/cases/%1/message").arg(m_caseId); }

    // Requests the simulator answered with 200 (a dropped or abandoned one has status 0).
    int answered(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == method && request.path == path && request.status == 200;
        return n;
    }

    int postedWith(const QString &content) const
    {
        int n = 0;
        const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(m_caseId);
        for (const auto &message : messages)
            n += message.content == content;
        return n;
    }

    const sim::MessageRecord *posted(const QString &content) const
    {
        static sim::MessageRecord found;
        const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(m_caseId);
        for (const auto &message : messages) {
            if (message.content == content) {
                found = message;
                return &found;
            }
        }
        return nullptr;
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
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1) {
                m_caseId = c.incidentId;
                break;
            }
        }
        QVERIFY(!m_caseId.isEmpty());
    }

    void cleanup() { m_server.reset(); m_dir.reset(); }

    void recordedBeforeSendingAndKeptAcrossRestart()
    {
        const QString original = makeFile(QStringLiteral("trace.log"));
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            auto outbox = makeOutbox(store);
            QVERIFY(outbox->isReady());
            QVERIFY(outbox->enqueueMessage(m_caseId, QStringLiteral("Queued offline."), {original}) > 0);
        }
        QVERIFY(QFile::remove(original)); // the user may delete it: the outbox has a copy
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto outbox = makeOutbox(store);
        const QList<OutboxItem> items = outbox->items(m_caseId);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().content(), QStringLiteral("Queued offline."));
        QCOMPARE(items.first().state, OutboxItem::State::Pending);
        QCOMPARE(items.first().files.size(), 1);
        QVERIFY(items.first().files.first().startsWith(dbPath() + QStringLiteral(".files/")));
        QCOMPARE(QFileInfo(items.first().files.first()).fileName(), QStringLiteral("trace.log"));
        QVERIFY(QFileInfo::exists(items.first().files.first()));

        // Sent once a client is there; the item and its copies go.
        auto client = makeClient();
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(outbox->items().isEmpty());
        QVERIFY(!QFileInfo::exists(items.first().files.first()));
        const sim::MessageRecord *message = posted(QStringLiteral("Queued offline."));
        QVERIFY(message);
        QCOMPARE(message->accessories.size(), 1);
        QCOMPARE(answered("POST", messagePath()), 1);
    }

    void clientAndOutboxDestroyedMidSendSendOnce_data()
    {
        QTest::addColumn<QString>("slowPath");
        QTest::newRow("during an upload") << kUploads;
        QTest::newRow("during create_message") << QStringLiteral("message");
    }

    void clientAndOutboxDestroyedMidSendSendOnce()
    {
        QFETCH(QString, slowPath);
        const QString path = slowPath == QLatin1String("message") ? messagePath() : slowPath;
        const QString content = QStringLiteral("Sent exactly once.");
        const QString file = makeFile(QStringLiteral("a.txt"));
        m_server->faults().addLatency(1500, 1, path);
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            auto client = makeClient();
            auto outbox = makeOutbox(store);
            outbox->setClient(client.get());
            QVERIFY(outbox->enqueueMessage(m_caseId, content, {file}) > 0);
            // The slow request has reached the simulator: destroy everything now.
            QTRY_VERIFY([&] {
                const QList<sim::RecordedRequest> all = m_server->requests();
                return !all.isEmpty() && all.last().path == path;
            }());
            QCOMPARE(outbox->items().first().state, OutboxItem::State::Sending);
            client.reset(); // first the client (its request is abandoned), then the outbox
        }
        // Not synchronisation: the abandoned request gets its chance to post (it must not) before we count.
        QTest::qWait(1700);
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto outbox = makeOutbox(store);
        QCOMPARE(outbox->items().size(), 1);
        QCOMPARE(outbox->items().first().state, OutboxItem::State::Pending); // "sending" was recovered
        auto client = makeClient();
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(postedWith(content), 1);
        QCOMPARE(answered("POST", messagePath()), 1);
        QCOMPARE(posted(content)->accessories.size(), 1);
    }

    void answerLostAfterTheServerPostedIsNotPostedTwice()
    {
        // create_message arrives and is carried out, but the connection drops before the answer.
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        outbox->setClient(client.get());
        m_server->faults().addDropMidBody(1, messagePath());
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        const QString content = QStringLiteral("The answer was lost.");
        QVERIFY(outbox->enqueueMessage(m_caseId, content, {}) > 0);
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(postedWith(content), 1);
        // One create_message only; the second attempt looked in the thread and found it.
        int creates = 0;
        for (const auto &request : m_server->requests())
            creates += request.method == "POST" && request.path == messagePath();
        QCOMPARE(creates, 1);
        QVERIFY(answered("GET", QStringLiteral("/v2/servicerequest/cases/%1/messages").arg(m_caseId)) >= 1);
    }

    void refusedLookAtTheThreadStillLooksBeforeTheRetry()
    {
        // create_message is carried out but its answer is lost; the look at the thread that follows is
        // refused (the item waits for the user). The user's Retry must look again, not post blindly.
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        outbox->setClient(client.get());
        m_server->faults().addDropMidBody(1, messagePath());
        osm::sim::Fault refusedLook;
        refusedLook.kind = osm::sim::Fault::Kind::BusinessError;
        refusedLook.method = "GET";
        refusedLook.remaining = 1;
        refusedLook.pathPrefix = messagePath();
        refusedLook.errorCode = QStringLiteral("OSM.01010001");
        m_server->faults().add(refusedLook);
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        const QString content = QStringLiteral("Looked at twice, posted once.");
        const qint64 id = outbox->enqueueMessage(m_caseId, content, {});
        QVERIFY(id > 0);
        QTRY_COMPARE(outbox->item(id)->state, OutboxItem::State::Failed);
        QCOMPARE(postedWith(content), 1);

        QVERIFY(outbox->retry(id));
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(postedWith(content), 1);
        QCOMPARE(answered("POST", messagePath()), 1);
    }

    void networkDropWithTwoAttachmentsLosesNothing()
    {
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        outbox->setClient(client.get());
        const QString first = makeFile(QStringLiteral("first.log"), QByteArray(4096, 'a'));
        const QString second = makeFile(QStringLiteral("second.log"), QByteArray(4096, 'b'));
        const QString content = QStringLiteral("Two logs, one message.");
        QSignalSpy offline(outbox.get(), &Outbox::offlineChanged);
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        // The first upload goes through, then the network is gone.
        QSignalSpy changed(outbox.get(), &Outbox::itemChanged);
        // Slow uploads, so that the network is surely gone before create_message, however loaded the machine.
        m_server->faults().addLatency(1500, -1, kUploads);
        QVERIFY(outbox->enqueueMessage(m_caseId, content, {first, second}) > 0);
        QTRY_VERIFY(answered("POST", kUploads) >= 1);
        m_server->faults().addDrop(-1);
        QTRY_VERIFY(outbox->isOffline());
        // Between attempts the stored item says it waits, and why.
        QTRY_VERIFY(outbox->items().first().state == OutboxItem::State::Pending
                    && !outbox->items().first().errorMessage.isEmpty());
        QVERIFY(QFile::remove(first) && QFile::remove(second)); // the originals are not needed any more
        QTRY_VERIFY(outbox->items().first().attempts >= 4); // it keeps trying, with backoff
        QCOMPARE(sent.size(), 0);
        QCOMPARE(outbox->items().size(), 1);
        QVERIFY(outbox->items().first().state != OutboxItem::State::Failed); // waiting, not given up
        QCOMPARE(postedWith(content), 0);

        m_server->faults().clear(); // the network is back
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(!outbox->isOffline());
        QCOMPARE(offline.size(), 2);
        QCOMPARE(postedWith(content), 1);
        QCOMPARE(answered("POST", messagePath()), 1);
        QCOMPARE(answered("POST", kUploads), 2); // each file uploaded once
        QStringList names;
        for (const auto &accessory : posted(content)->accessories)
            names.append(accessory.name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("first.log"), QStringLiteral("second.log")}));
    }

    void expiredTokenWaitsForSignIn()
    {
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient(password());
        bool done = false;
        bool signedIn = false;
        whenReady(api::listMessages(*client, m_caseId), this, [&](const Result<MessageList> &r) {
            done = true;
            signedIn = r.ok();
        });
        QTRY_VERIFY(done);
        QVERIFY(signedIn);
        auto outbox = makeOutbox(store);
        // Items wait (no client yet); meanwhile the token expires and IAM refuses the next two sign-ins.
        QVERIFY(outbox->enqueueMessage(m_caseId, QStringLiteral("After re-auth 1."), {}) > 0);
        QVERIFY(outbox->enqueueMessage(m_caseId, QStringLiteral("After re-auth 2."), {}) > 0);
        m_server->expireTokens();
        m_server->faults().addHttpError(401, 2, QStringLiteral("/v3/auth/tokens"));
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_VERIFY(outbox->isWaitingForSignIn());
        QCOMPARE(outbox->items().size(), 2);
        QTRY_COMPARE(sent.size(), 2);
        QVERIFY(!outbox->isWaitingForSignIn());
        QCOMPARE(sent.at(0).at(0).value<OutboxItem>().content(), QStringLiteral("After re-auth 1.")); // in order
        QCOMPARE(postedWith(QStringLiteral("After re-auth 1.")), 1);
        QCOMPARE(postedWith(QStringLiteral("After re-auth 2.")), 1);
    }

    void restartWithSendingItem_data()
    {
        QTest::addColumn<bool>("arrived");
        QTest::newRow("the request had reached the server") << true;
        QTest::newRow("it had not") << false;
    }

    void restartWithSendingItem()
    {
        QFETCH(bool, arrived);
        const QString content = QStringLiteral("Left sending by a crash.");
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            auto outbox = makeOutbox(store);
            QVERIFY(outbox->enqueueMessage(m_caseId, content, {}) > 0);
            // What a crash right after create_message went out leaves behind.
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE outbox_items SET state = 'sending', payload = json_set(payload, '$.posting', json('true'))")));
        }
        if (arrived) {
            auto client = makeClient();
            api::CreateMessageParams params;
            params.caseId = m_caseId;
            params.content = content;
            bool done = false;
            whenReady(api::createMessage(*client, params), this, [&](const Result<Acknowledgement> &) { done = true; });
            QTRY_VERIFY(done);
            QCOMPARE(postedWith(content), 1);
        }
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto outbox = makeOutbox(store);
        auto client = makeClient();
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(postedWith(content), 1);
        QCOMPARE(answered("POST", messagePath()), 1);
    }

    void businessErrorWaitsForTheUserAndHoldsTheCase()
    {
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto client = makeClient();
        auto outbox = makeOutbox(store);
        setCaseStatus(4);
        const qint64 first = outbox->enqueueMessage(m_caseId, QStringLiteral("First."), {});
        const qint64 second = outbox->enqueueMessage(m_caseId, QStringLiteral("Second."), {});
        QSignalSpy sent(outbox.get(), &Outbox::itemSent);
        outbox->setClient(client.get());
        QTRY_COMPARE(outbox->item(first)->state, OutboxItem::State::Failed);
        QCOMPARE(outbox->item(first)->errorCode, QStringLiteral("OSM.01010034"));
        QVERIFY(!outbox->item(first)->errorMessage.isEmpty());
        QTest::qWait(300);
        QCOMPARE(outbox->item(second)->state, OutboxItem::State::Pending); // waits behind the failed one
        QCOMPARE(sent.size(), 0);
        setCaseStatus(1); // reopened
        QVERIFY(outbox->retry(first));
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).at(0).value<OutboxItem>().id, first);
        QCOMPARE(postedWith(QStringLiteral("First.")), 1);
        QCOMPARE(postedWith(QStringLiteral("Second.")), 1);
    }

    void discardRemovesItemAndFiles()
    {
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        auto outbox = makeOutbox(store);
        const qint64 id = outbox->enqueueMessage(m_caseId, QStringLiteral("Never mind."), {makeFile(QStringLiteral("x.txt"))});
        const QString copy = outbox->item(id)->files.first();
        QVERIFY(QFileInfo::exists(copy));
        QVERIFY(outbox->discard(id));
        QVERIFY(!outbox->item(id));
        QVERIFY(!QFileInfo::exists(copy));
    }

    void draftKeepsCopiesOfItsFiles()
    {
        const QString original = makeFile(QStringLiteral("draft.log"));
        {
            LocalStore store;
            QVERIFY(store.open(dbPath()));
            DraftStore drafts(store);
            QVERIFY(drafts.isReady());
            const QStringList stored = drafts.save(m_caseId, QStringLiteral("Half written"), {original});
            QCOMPARE(stored.size(), 1);
            QVERIFY(stored.first() != original);
            // Saving again with the copies copies nothing more.
            QCOMPARE(drafts.save(m_caseId, QStringLiteral("Half written, more"), stored), stored);
        }
        QVERIFY(QFile::remove(original));
        LocalStore store;
        QVERIFY(store.open(dbPath()));
        DraftStore drafts(store);
        const auto draft = drafts.load(m_caseId);
        QVERIFY(draft);
        QCOMPARE(draft->text, QStringLiteral("Half written, more"));
        QCOMPARE(draft->files.size(), 1);
        QCOMPARE(QFileInfo(draft->files.first()).fileName(), QStringLiteral("draft.log"));
        QVERIFY(QFileInfo::exists(draft->files.first()));
        drafts.remove(m_caseId);
        QVERIFY(!drafts.load(m_caseId));
        QVERIFY(!QFileInfo::exists(draft->files.first()));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
