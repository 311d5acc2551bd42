// The fault matrix for writes as the desktop app makes them (issue 9): a reply with an attachment goes through
// the persistent outbox while the simulator injects one fault into its create_message or its upload. For each
// fault: what the user sees on the waiting item (a translated sentence naming the fault), that nothing typed or
// attached is lost while it waits (text and staged file in the store), that the reply is posted exactly once
// with its file, and that the outbox recovers by itself when the fault ends — except where only the user can
// act: a business refusal (Retry) and a wrong secret key (new credentials).
#include "DemoCredentials.h"
#include "Server.h"
#include "api/CaseQueries.h"
#include "net/ApiClient.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;

namespace {

enum class Step { Message, Upload };
enum class FaultCase { Latency, Http500, Http503, RateLimit, DropMidBody, Truncated, HtmlPage, BusinessError,
                       TokenExpired, WrongSk, ClockSkew };

const char *faultName(FaultCase fault)
{
    switch (fault) {
    case FaultCase::Latency: return "latency";
    case FaultCase::Http500: return "500";
    case FaultCase::Http503: return "503";
    case FaultCase::RateLimit: return "429";
    case FaultCase::DropMidBody: return "drop-mid-body";
    case FaultCase::Truncated: return "truncated-json";
    case FaultCase::HtmlPage: return "html-page";
    case FaultCase::BusinessError: return "business-error";
    case FaultCase::TokenExpired: return "token-expired";
    case FaultCase::WrongSk: return "wrong-sk";
    case FaultCase::ClockSkew: return "clock-skew";
    }
    return "";
}

// The phrase of the English sentence the waiting item shows; empty when the pipeline absorbs the fault
// (it repeats what the server did not do, renews the token, corrects the clock) and the user sees nothing.
QString visibleMessage(FaultCase fault)
{
    switch (fault) {
    case FaultCase::Latency: return QStringLiteral("did not answer in time");
    case FaultCase::Http500: return QStringLiteral("internal error");
    case FaultCase::DropMidBody: return QStringLiteral("connection was lost");
    case FaultCase::Truncated: return QStringLiteral("could not read");
    case FaultCase::HtmlPage: return QStringLiteral("HTTP 502");
    case FaultCase::BusinessError: return QStringLiteral("status does not allow");
    case FaultCase::WrongSk: return QStringLiteral("signature was rejected");
    case FaultCase::Http503:
    case FaultCase::RateLimit:
    case FaultCase::TokenExpired:
    case FaultCase::ClockSkew:
        return {};
    }
    return {};
}

const QString kUploads = QStringLiteral("/v2/servicerequest/accessorys");

} // namespace

class TestOutboxFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caseId;

    QString messagePath() const { return QStringLiteral("/v2/servicerequest/cases/%1/message").arg(m_caseId); }

    std::unique_ptr<ApiClient> makeClient(FaultCase fault) const
    {
        Credentials credentials = sim::demo::akSkCredentials();
        if (fault == FaultCase::TokenExpired)
            credentials = sim::demo::passwordCredentials();
        else if (fault == FaultCase::WrongSk)
            credentials.secretKey = QStringLiteral("wrong-secret-key-0000000000000000000000");
        auto client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
        RetryPolicy fast; // the app's policy, with short waits
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        client->setRetryPolicy(fast);
        return client;
    }

    void inject(Step step, FaultCase fault, ApiClient &client)
    {
        sim::Fault f;
        f.remaining = 1;
        f.method = "POST";
        f.pathPrefix = step == Step::Message ? messagePath() : kUploads;
        switch (fault) {
        case FaultCase::Latency:
            f.kind = sim::Fault::Kind::Latency;
            f.latencyMs = 8000;
            client.setRequestTimeoutMs(2500);
            break;
        case FaultCase::Http500: f.kind = sim::Fault::Kind::HttpError; f.status = 500; break;
        case FaultCase::Http503: f.kind = sim::Fault::Kind::HttpError; f.status = 503; f.retryAfter = 1; break;
        case FaultCase::RateLimit: f.kind = sim::Fault::Kind::RateLimit; f.retryAfter = 1; break;
        case FaultCase::DropMidBody: f.kind = sim::Fault::Kind::DropMidBody; break;
        case FaultCase::Truncated: f.kind = sim::Fault::Kind::Truncate; break;
        case FaultCase::HtmlPage: f.kind = sim::Fault::Kind::HtmlError; f.status = 502; break;
        case FaultCase::BusinessError:
            f.kind = sim::Fault::Kind::BusinessError;
            f.errorCode = QStringLiteral("OSM.01010034");
            break;
        case FaultCase::TokenExpired:
            m_server->expireTokens(); // the client still holds the token it signed in with
            return;
        case FaultCase::ClockSkew:
            client.setClockOffsetMs(-20 * 60 * 1000);
            return;
        case FaultCase::WrongSk:
            return; // in the credentials
        }
        m_server->faults().add(f);
    }

    QList<sim::MessageRecord> postedWith(const QString &content) const
    {
        QList<sim::MessageRecord> found;
        const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(m_caseId);
        for (const auto &message : messages)
            if (message.content == content)
                found.append(message);
        return found;
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
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1 && c.groupId.isEmpty()) {
                m_caseId = c.incidentId;
                break;
            }
        }
        QVERIFY(!m_caseId.isEmpty());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void fault_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("fault");
        for (Step step : {Step::Message, Step::Upload}) {
            for (int f = int(FaultCase::Latency); f <= int(FaultCase::ClockSkew); ++f)
                QTest::addRow("%s/%s", step == Step::Message ? "message" : "upload", faultName(FaultCase(f)))
                    << int(step) << f;
        }
    }

    void fault()
    {
        QFETCH(int, step);
        QFETCH(int, fault);
        const FaultCase faultCase = FaultCase(fault);
        const QString expected = visibleMessage(faultCase);

        const QString original = m_dir->filePath(QStringLiteral("trace.log"));
        {
            QFile file(original);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(16 * 1024, 'x'));
        }
        LocalStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("profile.sqlite"))));
        Outbox outbox(store);
        outbox.setBackoff(100, 400);
        std::unique_ptr<ApiClient> client = makeClient(faultCase);
        if (faultCase == FaultCase::TokenExpired) { // signed in before the token expires
            QFuture<Result<StatusCounts>> read = api::countCasesByStatus(*client);
            QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 10000);
            QVERIFY(read.result().ok());
        }
        inject(Step(step), faultCase, *client);

        const QString content = QStringLiteral("Reply through fault %1.").arg(QLatin1String(faultName(faultCase)));
        QSignalSpy sent(&outbox, &Outbox::itemSent);
        outbox.setClient(client.get());
        const qint64 id = outbox.enqueueMessage(m_caseId, content, {original});
        QVERIFY(id > 0);
        QVERIFY(QFile::remove(original)); // what the user attached is the outbox's copy from now on

        if (!expected.isEmpty()) {
            // The item waits, and says why in words that name the fault.
            QTRY_VERIFY_WITH_TIMEOUT(sent.size() == 1 || !outbox.item(id)->errorMessage.isEmpty(), 20000);
            QCOMPARE(sent.size(), 0);
            const OutboxItem waiting = *outbox.item(id);
            QVERIFY2(waiting.errorMessage.contains(expected), qPrintable(waiting.errorMessage));
            // Nothing typed or attached is lost while it waits.
            QCOMPARE(waiting.content(), content);
            QCOMPARE(waiting.files.size(), 1);
            QCOMPARE(QFileInfo(waiting.files.first()).size(), 16 * 1024);

            m_server->faults().clear();
            client->setRequestTimeoutMs(0);
            if (faultCase == FaultCase::BusinessError) {
                QTRY_COMPARE(outbox.item(id)->state, OutboxItem::State::Failed); // the user decides
                QVERIFY(outbox.retry(id));
            } else if (faultCase == FaultCase::WrongSk) {
                QVERIFY(outbox.item(id)->state != OutboxItem::State::Failed); // waits for new credentials
                client = makeClient(FaultCase::Http500);                    // the right secret key
                outbox.setClient(client.get());
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000); // by itself, once the fault is gone
        QVERIFY(!outbox.item(id));
        const QList<sim::MessageRecord> posted = postedWith(content);
        QCOMPARE(posted.size(), 1);
        QCOMPARE(posted.first().accessories.size(), 1);
        QCOMPARE(posted.first().accessories.first().name, QStringLiteral("trace.log"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outboxfaults.moc"
