// The fault matrix (issue 9): every fault the simulator can inject, and the three the client can cause itself
// (an expired token, a wrong SK, a clock more than 15 minutes off), against a read and each kind of write
// (message, attachment upload, case action, create case). For each: what the user is told (Error::userMessage,
// specific to the fault), how many times the request reached the simulator (a write that may have arrived is
// never posted again; 429/503 and a refused signature are safe to repeat: nothing was done), and that the
// next call succeeds once the fault is gone, with the same client unless the credentials were wrong.
#include "DemoCredentials.h"
#include "Server.h"
#include "api/CaseQueries.h"
#include "api/Attachments.h"
#include "api/CaseWrites.h"
#include "api/Messages.h"
#include "data/Catalog.h"
#include "data/UrgeRules.h"
#include "net/ApiClient.h"
#include "net/ResponseInterpreter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;

namespace {

enum class Op { Read, Message, Upload, CaseAction, CreateCase };
enum class FaultCase { Latency, Http500, Http503, RateLimit, DropMidBody, Truncated, HtmlPage, BusinessError,
                       TokenExpired, WrongSk, ClockSkew };

const char *opName(Op op)
{
    switch (op) {
    case Op::Read: return "read";
    case Op::Message: return "message";
    case Op::Upload: return "upload";
    case Op::CaseAction: return "case-action";
    case Op::CreateCase: return "create-case";
    }
    return "";
}

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

struct Expectation
{
    bool ok = false;
    Error::Category category = Error::Category::None;
    int requests = 1;  // how many times the operation's request reached the simulator
    QString message;   // a phrase of the English userMessage() that names this fault
};

// What the pipeline promises for a fault: reads are repeated until they succeed; writes only when the server
// says it did nothing (429, 503) or the gateway refused them before the service (401).
Expectation expect(Op op, FaultCase fault)
{
    const bool write = op != Op::Read;
    auto failed = [](Error::Category category, const char *message) {
        return Expectation{false, category, 1, QString::fromUtf8(message)};
    };
    const Expectation recovered{true, Error::Category::None, 2, {}};
    switch (fault) {
    case FaultCase::Latency:
        return write ? failed(Error::Category::Timeout, "did not answer in time") : recovered;
    case FaultCase::Http500:
        return write ? failed(Error::Category::Api, "internal error") : recovered;
    case FaultCase::DropMidBody:
        return write ? failed(Error::Category::Network, "connection was lost") : recovered;
    case FaultCase::Truncated:
        return write ? failed(Error::Category::MalformedBody, "could not read") : recovered;
    case FaultCase::HtmlPage:
        return write ? failed(Error::Category::Http, "HTTP 502") : recovered;
    case FaultCase::BusinessError:
        return failed(Error::Category::Api, "status does not allow");
    case FaultCase::WrongSk:
        return failed(Error::Category::Auth, "signature was rejected");
    case FaultCase::Http503:
    case FaultCase::RateLimit:
    case FaultCase::TokenExpired:
    case FaultCase::ClockSkew:
        return recovered;
    }
    return {};
}

template <typename T>
Error errorOf(QFuture<Result<T>> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return Error(Error::Category::Timeout).setDetail(QStringLiteral("test wait"));
    return future.result().ok() ? Error() : future.result().error();
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    QTemporaryDir m_dir;
    QString m_caseId; // an open case of the demo account in no group: any identity may write to it

    Endpoint endpoint() const { return {m_server->baseUrl(), m_server->baseUrl()}; }

    std::unique_ptr<ApiClient> client(FaultCase fault) const
    {
        Credentials credentials;
        if (fault == FaultCase::TokenExpired) {
            credentials.method = Credentials::Method::Password;
            credentials.iamDomain = QString::fromLatin1(sim::demo::kDomainName);
            credentials.iamUser = QString::fromLatin1(sim::demo::kUserName);
            credentials.password = QString::fromLatin1(sim::demo::kPassword);
        } else {
            credentials.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
            credentials.secretKey = fault == FaultCase::WrongSk ? QStringLiteral("wrong-secret-key-0000000000000000000000")
                                                                : QString::fromLatin1(sim::demo::kSecretKey);
            credentials.domainId = QString::fromLatin1(sim::demo::kDomainId);
        }
        auto apiClient = std::make_unique<ApiClient>(endpoint(), credentials);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        apiClient->setRetryPolicy(fast);
        return apiClient;
    }

    std::pair<QByteArray, QString> requestOf(Op op) const
    {
        switch (op) {
        case Op::Read: return {"GET", QStringLiteral("/v2/servicerequest/cases")};
        case Op::Message: return {"POST", QStringLiteral("/v2/servicerequest/cases/%1/message").arg(m_caseId)};
        case Op::Upload: return {"POST", QStringLiteral("/v2/servicerequest/accessorys")};
        case Op::CaseAction: return {"POST", QStringLiteral("/v2/servicerequest/cases/%1/action").arg(m_caseId)};
        case Op::CreateCase: return {"POST", QStringLiteral("/v2/servicerequest/cases")};
        }
        return {};
    }

    int received(Op op) const
    {
        const auto [method, path] = requestOf(op);
        int n = 0;
        for (const auto &request : m_server->requests())
            n += request.method == method && request.path == path;
        return n;
    }

    Error run(Op op, ApiClient &apiClient)
    {
        switch (op) {
        case Op::Read: {
            api::ListCasesParams params;
            params.limit = 10;
            return errorOf(api::listCases(apiClient, params));
        }
        case Op::Message:
            return errorOf(api::createMessage(apiClient, {m_caseId, QStringLiteral("fault matrix"), {}, {}}));
        case Op::Upload: {
            api::UploadAccessoryParams params;
            params.filePath = m_dir.filePath(QStringLiteral("trace.log"));
            return errorOf(api::uploadAccessory(apiClient, params));
        }
        case Op::CaseAction: {
            api::RunCaseActionParams params;
            params.caseId = m_caseId;
            params.action = api::CaseAction::Press;
            return errorOf(api::runCaseAction(apiClient, params));
        }
        case Op::CreateCase: {
            const sim::Catalog::Entry &type = sim::Catalog::instance().businessTypes.at(0);
            api::CreateCaseParams params;
            params.incidentSubTypeId = QStringLiteral("2");
            params.productCategoryId = type.parentId;
            params.businessTypeId = type.id;
            params.regionId = QStringLiteral("cn-north-4");
            params.simpleDescription = QStringLiteral("fault matrix");
            return errorOf(api::createCase(apiClient, params));
        }
        }
        return {};
    }

    void inject(Op op, FaultCase fault, ApiClient &apiClient)
    {
        const auto [method, path] = requestOf(op);
        sim::Fault f;
        f.remaining = 1;
        f.pathPrefix = path;
        f.method = method;
        switch (fault) {
        case FaultCase::Latency:
            f.kind = sim::Fault::Kind::Latency;
            f.latencyMs = 8000;
            apiClient.setRequestTimeoutMs(2500); // generous: the repeated read must fit in it on a loaded machine
            break;
        case FaultCase::Http500: f.kind = sim::Fault::Kind::HttpError; f.status = 500; f.retryAfter = 0; break;
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
            apiClient.setClockOffsetMs(-20 * 60 * 1000); // our clock 20 minutes behind the server's
            return;
        case FaultCase::WrongSk:
            return; // in the credentials
        }
        m_server->faults().add(f);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(QStringLiteral("trace.log")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x'));
    }

    void init()
    {
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        // Urging is allowed at any time, so that the case action can be repeated.
        sim::UrgeRules::of(*m_server).setMinCaseAgeMs(0);
        sim::UrgeRules::of(*m_server).setMinIntervalMs(0);
        m_caseId.clear();
        for (const sim::CaseRecord &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1 && c.groupId.isEmpty()) {
                m_caseId = c.incidentId;
                break;
            }
        }
        QVERIFY(!m_caseId.isEmpty());
    }

    void cleanup() { m_server.reset(); }

    void fault_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("fault");
        for (Op op : {Op::Read, Op::Message, Op::Upload, Op::CaseAction, Op::CreateCase}) {
            for (int f = int(FaultCase::Latency); f <= int(FaultCase::ClockSkew); ++f)
                QTest::addRow("%s/%s", opName(op), faultName(FaultCase(f))) << int(op) << f;
        }
    }

    void fault()
    {
        QFETCH(int, op);
        QFETCH(int, fault);
        const Op operation = Op(op);
        const FaultCase faultCase = FaultCase(fault);
        const Expectation expected = expect(operation, faultCase);

        std::unique_ptr<ApiClient> apiClient = client(faultCase);
        if (faultCase == FaultCase::TokenExpired) // signed in before the token expires
            QVERIFY(!errorOf(api::countCasesByStatus(*apiClient)));
        inject(operation, faultCase, *apiClient);

        const Error error = run(operation, *apiClient);
        if (expected.ok) {
            QVERIFY2(!error, qPrintable(error.detailedMessage()));
        } else {
            QVERIFY(error);
            QCOMPARE(Error::categoryName(error.category()), Error::categoryName(expected.category));
            const QString message = error.userMessage();
            QVERIFY2(message.contains(expected.message), qPrintable(message));
        }
        QCOMPARE(received(operation), expected.requests);

        // The fault ends: the next call succeeds, by itself (the same client) unless the SK was wrong.
        m_server->faults().clear();
        apiClient->setRequestTimeoutMs(0);
        if (faultCase == FaultCase::WrongSk)
            apiClient = client(FaultCase::Http500); // any fault name with the right AK/SK
        const Error next = run(operation, *apiClient);
        QVERIFY2(!next, qPrintable(next.detailedMessage()));
        QCOMPARE(received(operation), expected.requests + 1);
    }

    void aClockSkewIsLearntOnce()
    {
        std::unique_ptr<ApiClient> apiClient = client(FaultCase::ClockSkew);
        apiClient->setClockOffsetMs(30 * 60 * 1000); // 30 minutes ahead
        QVERIFY(!errorOf(api::countCasesByStatus(*apiClient)));
        QVERIFY(qAbs(apiClient->clockOffsetMs()) < ApiClient::kMaxClockSkewMs);
        const int before = int(m_server->requests().size());
        QVERIFY(!errorOf(api::countCasesByStatus(*apiClient)));
        QCOMPARE(int(m_server->requests().size()), before + 1); // signed right the first time now
    }

    void theUserMessagesAreTranslatable()
    {
        // Each message the matrix asserts comes from a tr() context the translators see: osm::Error or the
        // error catalogue, never the server's own text.
        const Error lost = Error(Error::Category::Network, ResponseInterpreter::kConnectionLost);
        QVERIFY(lost.userMessage() != Error(Error::Category::Network).userMessage());
        const Error tooLarge = Error(Error::Category::MalformedBody, ResponseInterpreter::kResponseTooLarge);
        QVERIFY(tooLarge.userMessage() != Error(Error::Category::MalformedBody).userMessage());
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
