// End to end: the core pipeline against osm-sim on a loopback port. Covers the signed request as the
// simulator receives it, domain-id lookup, token sign-in with expiry and 401 re-auth, the retry policy on
// real faults, error mapping, and that no secret reaches a log line.
#include "DemoCredentials.h"
#include "Server.h"
#include "api/CaseQueries.h"
#include "api/Messages.h"
#include "net/ApiClient.h"
#include "net/Signer.h"
#include "net/TokenAuthenticator.h"

#include <QLoggingCategory>

#include <QSignalSpy>
#include <QTest>

using namespace osm;

namespace {

QStringList g_logLines;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

template <typename T>
Result<T> wait(QFuture<Result<T>> future, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return Result<T>(Error(Error::Category::Timeout).setDetail(QStringLiteral("test wait")));
    return future.result();
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;

    Endpoint endpoint() const { return {m_server->baseUrl(), m_server->baseUrl()}; }

    static Credentials akSk(const QString &sk = QString::fromLatin1(sim::demo::kSecretKey))
    {
        Credentials credentials;
        credentials.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
        credentials.secretKey = sk;
        credentials.domainId = QString::fromLatin1(sim::demo::kDomainId);
        return credentials;
    }

    static Credentials password(const QString &password = QString::fromLatin1(sim::demo::kPassword))
    {
        Credentials credentials;
        credentials.method = Credentials::Method::Password;
        credentials.iamDomain = QString::fromLatin1(sim::demo::kDomainName);
        credentials.iamUser = QString::fromLatin1(sim::demo::kUserName);
        credentials.password = password;
        return credentials;
    }

    static RetryPolicy fastRetries()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 100;
        return policy;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
    }

    void cleanup() { m_server.reset(); }

    void signedRequestAsTheSimulatorReceivesIt()
    {
        ApiClient client(endpoint(), akSk());
        client.setLanguage(QStringLiteral("zh-cn"));
        client.setTimeZone(QStringLiteral("GMT+8"));
        api::ListCasesParams params;
        params.searchKey = {QStringLiteral("登录 失败"), QStringLiteral("a+b@c")};
        params.limit = 100;
        const auto result = wait(api::listCases(client, params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));

        const auto received = m_server->requests();
        QVERIFY(!received.isEmpty());
        const auto &request = received.last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases"));
        QCOMPARE(request.header("X-Domain-Id"), QByteArray(sim::demo::kDomainId));
        QCOMPARE(request.header("X-Language"), QByteArray("zh-cn"));
        QCOMPARE(request.header("X-Time-Zone"), QByteArray("GMT+8"));
        QVERIFY(request.header("Authorization").startsWith("SDK-HMAC-SHA256 Access=" + QByteArray(sim::demo::kAccessKey)));
        QVERIFY(!request.header("X-Sdk-Date").isEmpty());
        QVERIFY(request.header("User-Agent").startsWith("OSMDesk/"));
        // Repeated keys for arrays, decoded exactly as they were meant.
        const QueryItems query = Signer::decodeQuery(request.rawQuery);
        QCOMPARE(query.count({QStringLiteral("search_key"), QStringLiteral("登录 失败")}), 1);
        QCOMPARE(query.count({QStringLiteral("search_key"), QStringLiteral("a+b@c")}), 1);
        QCOMPARE(query.count({QStringLiteral("limit"), QStringLiteral("100")}), 1);
    }

    void firstOperationsEndToEnd()
    {
        ApiClient client(endpoint(), akSk());
        api::ListCasesParams params;
        params.limit = 100;
        const auto list = wait(api::listCases(client, params));
        QVERIFY2(list.ok(), qPrintable(list.error().detailedMessage()));
        QVERIFY(list->count > 0);
        QVERIFY(!list->cases.isEmpty());
        const QString caseId = list->cases.first().incidentId;

        const auto detail = wait(api::showCaseDetail(client, caseId));
        QVERIFY2(detail.ok(), qPrintable(detail.error().detailedMessage()));

        const auto messages = wait(api::listMessages(client, caseId));
        QVERIFY2(messages.ok(), qPrintable(messages.error().detailedMessage()));

        const auto counts = wait(api::countCasesByStatus(client));
        QVERIFY2(counts.ok(), qPrintable(counts.error().detailedMessage()));
        QVERIFY(counts->total() > 0);

        const auto unread = wait(api::listUnreadMessages(client, {caseId}));
        QVERIFY2(unread.ok(), qPrintable(unread.error().detailedMessage()));

        api::PollInstantMessagesParams poll;
        poll.caseIds = {caseId};
        const auto first = wait(api::pollInstantMessages(client, poll));
        QVERIFY2(first.ok(), qPrintable(first.error().detailedMessage()));
        QVERIFY(!first->lastMessageTimeId.isEmpty());
    }

    void businessErrorWithHttp200()
    {
        ApiClient client(endpoint(), akSk());
        const auto detail = wait(api::showCaseDetail(client, QStringLiteral("TT-NO-SUCH-CASE")));
        QVERIFY(!detail.ok());
        QCOMPARE(detail.error().category(), Error::Category::Api);
        QCOMPARE(detail.error().code(), QStringLiteral("OSM.01010015"));
        QCOMPARE(detail.error().httpStatus(), 200);
        QVERIFY(!detail.error().requestId().isEmpty());
    }

    void validationFailsBeforeSending()
    {
        ApiClient client(endpoint(), akSk());
        api::ListCasesParams params;
        params.limit = 101;
        const int before = int(m_server->requests().size());
        const auto result = wait(api::listCases(client, params));
        QCOMPARE(result.error().category(), Error::Category::Validation);
        QCOMPARE(result.error().field(), QStringLiteral("limit"));
        QCOMPARE(int(m_server->requests().size()), before);
    }

    void plainHttpOnlyToLoopback()
    {
        ApiClient client(Endpoint{QUrl(QStringLiteral("http://osm.example.com")), m_server->baseUrl()}, akSk());
        const auto result = wait(api::countCasesByStatus(client));
        QCOMPARE(result.error().category(), Error::Category::Tls);
        QCOMPARE(result.error().code(), QStringLiteral("insecure-endpoint"));
        QVERIFY(result.error().userMessage().contains(QLatin1String("https")));
        QVERIFY(m_server->requests().isEmpty());
    }

    void wrongSecretKeyIsSignatureRejected()
    {
        ApiClient client(endpoint(), akSk(QStringLiteral("wrong-secret-key-0000000000000000000000")));
        QSignalSpy authFailed(&client, &ApiClient::authenticationFailed);
        const auto result = wait(api::countCasesByStatus(client));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().category(), Error::Category::Auth);
        QCOMPARE(result.error().httpStatus(), 401);
        QVERIFY(result.error().code().startsWith(QLatin1String("APIGW.")));
        QVERIFY2(result.error().userMessage().contains(QLatin1String("signature was rejected")),
                 qPrintable(result.error().userMessage()));
        QCOMPARE(authFailed.size(), 1);
        QCOMPARE(int(m_server->requests().size()), 1); // never repeated
    }

    void domainIdLookedUpOnceAndRemembered()
    {
        Credentials credentials = akSk();
        credentials.domainId.clear();
        ApiClient client(endpoint(), credentials);
        QSignalSpy resolved(&client, &ApiClient::domainIdResolved);
        auto a = api::countCasesByStatus(client);
        auto b = api::listCases(client, {});
        QVERIFY(wait(a).ok());
        QVERIFY(wait(b).ok());
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().first().toString(), QString::fromLatin1(sim::demo::kDomainId));
        int lookups = 0;
        for (const auto &request : m_server->requests()) {
            if (request.path == QLatin1String("/v3/auth/domains")) {
                ++lookups;
                QVERIFY(request.header("X-Domain-Id").isEmpty());
            } else {
                QCOMPARE(request.header("X-Domain-Id"), QByteArray(sim::demo::kDomainId));
            }
        }
        QCOMPARE(lookups, 1);
    }

    void passwordSignInCachesTokenAndRenewsAfter401()
    {
        ApiClient client(endpoint(), password());
        QVERIFY(wait(api::countCasesByStatus(client)).ok());
        QVERIFY(wait(api::countCasesByStatus(client)).ok());
        auto tokenRequests = [this] {
            int n = 0;
            for (const auto &request : m_server->requests())
                n += request.path == QLatin1String("/v3/auth/tokens");
            return n;
        };
        QCOMPARE(tokenRequests(), 1); // cached between calls
        const QByteArray firstToken = m_server->requests().last().header("X-Auth-Token");
        QVERIFY(!firstToken.isEmpty());

        // The server forgets every token: the next call signs in again once, and the caller never notices.
        m_server->expireTokens();
        const auto after = wait(api::countCasesByStatus(client));
        QVERIFY2(after.ok(), qPrintable(after.error().detailedMessage()));
        QCOMPARE(tokenRequests(), 2);
        QVERIFY(m_server->requests().last().header("X-Auth-Token") != firstToken);
    }

    void tokenRenewedBeforeItExpires()
    {
        // Tokens that live less than the renewal margin are fetched again for every call, never sent stale.
        m_server->setTokenLifetime(TokenAuthenticator::kRenewMarginSeconds - 60);
        ApiClient client(endpoint(), password());
        QVERIFY(wait(api::countCasesByStatus(client)).ok());
        QVERIFY(wait(api::countCasesByStatus(client)).ok());
        int tokenRequests = 0;
        for (const auto &request : m_server->requests())
            tokenRequests += request.path == QLatin1String("/v3/auth/tokens");
        QCOMPARE(tokenRequests, 2);
    }

    void temporaryKeySendsSignedSecurityToken()
    {
        Credentials credentials = akSk();
        credentials.securityToken = QStringLiteral("temporary-security-token-0001");
        ApiClient client(endpoint(), credentials);
        QVERIFY(wait(api::countCasesByStatus(client)).ok());
        const auto request = m_server->requests().last(); // a copy: requests() returns a temporary
        QCOMPARE(request.header("X-Security-Token"), QByteArray("temporary-security-token-0001"));
        const auto authorization = Signer::parseAuthorization(request.header("Authorization"));
        QVERIFY(authorization.signedHeaders.contains("x-security-token"));
    }

    void wrongPasswordIsSignInFailed()
    {
        ApiClient client(endpoint(), password(QStringLiteral("not-the-password")));
        const auto result = wait(api::countCasesByStatus(client));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().category(), Error::Category::Auth);
        QCOMPARE(result.error().code(), QStringLiteral("iam.signin"));
        QVERIFY2(result.error().userMessage().contains(QLatin1String("Sign-in failed")),
                 qPrintable(result.error().userMessage()));
    }

    void retriesReadsThrough503And500()
    {
        ApiClient client(endpoint(), akSk());
        client.setRetryPolicy(fastRetries());
        m_server->faults().addHttpError(503, 1, QStringLiteral("/v2/servicerequest/cases/count"));
        m_server->faults().addHttpError(500, 1, QStringLiteral("/v2/servicerequest/cases/count"));
        const auto result = wait(api::countCasesByStatus(client));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        QCOMPARE(int(m_server->requests().size()), 3);
    }

    void honoursRetryAfterOn429()
    {
        ApiClient client(endpoint(), akSk());
        client.setRetryPolicy(fastRetries());
        m_server->faults().addRateLimit(1, 1);
        QElapsedTimer timer;
        timer.start();
        const auto result = wait(api::countCasesByStatus(client));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(int(m_server->requests().size()), 2);
    }

    void retriesDroppedAndTruncatedReads()
    {
        ApiClient client(endpoint(), akSk());
        client.setRetryPolicy(fastRetries());
        m_server->faults().addDropMidBody(1);
        m_server->faults().addTruncate(1);
        const auto result = wait(api::countCasesByStatus(client));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        QCOMPARE(int(m_server->requests().size()), 3);
    }

    void retriesAfterConnectionDroppedWithoutAnswer()
    {
        ApiClient client(endpoint(), akSk());
        client.setRetryPolicy(fastRetries());
        // QNetworkAccessManager itself re-sends twice when a connection closes before any byte: three drops
        // are what the pipeline gets to see as one failed attempt.
        m_server->faults().addDrop(3);
        const auto result = wait(api::countCasesByStatus(client));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        QVERIFY(m_server->requests().size() >= 4);
    }

    void givesUpWithAClearErrorWhenFaultsPersist()
    {
        ApiClient client(endpoint(), akSk());
        client.setRetryPolicy(fastRetries());
        m_server->faults().addHtmlError(502, -1);
        const auto result = wait(api::countCasesByStatus(client));
        QCOMPARE(result.error().category(), Error::Category::Http);
        QCOMPARE(result.error().httpStatus(), 502);
        QCOMPARE(int(m_server->requests().size()), fastRetries().maxAttempts);
    }

    void postIsNeverRepeatedAfterItMayHaveArrived()
    {
        ApiClient client(endpoint(), akSk());
        client.setRetryPolicy(fastRetries());
        m_server->faults().addHttpError(500, 1);
        ApiRequest post;
        post.method = "POST";
        post.path = QStringLiteral("/v2/servicerequest/cases/TT-1/instant-messages/unread");
        ApiCall *call = client.send(post);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->error().httpStatus(), 500);
        QCOMPARE(int(m_server->requests().size()), 1);
    }

    void timeoutIsReportedAsTimeout()
    {
        ApiClient client(endpoint(), akSk());
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        m_server->faults().addLatency(2000, 1);
        ApiRequest request;
        request.path = QStringLiteral("/v2/servicerequest/cases/count");
        request.timeoutMs = 300;
        ApiCall *call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->error().category(), Error::Category::Timeout);
    }

    void abortCancelsTheCall()
    {
        ApiClient client(endpoint(), akSk());
        m_server->faults().addLatency(2000, 1);
        ApiRequest request;
        request.path = QStringLiteral("/v2/servicerequest/cases/count");
        ApiCall *call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QTimer::singleShot(100, call, &ApiCall::abort);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call->error().category(), Error::Category::Cancelled);
    }

    void noSecretInAnyLogLine()
    {
        g_logLines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        {
            ApiClient signing(endpoint(), akSk());
            wait(api::countCasesByStatus(signing));
            ApiClient wrong(endpoint(), akSk(QStringLiteral("wrong-secret-key-0000000000000000000000")));
            wait(api::countCasesByStatus(wrong));
            ApiClient token(endpoint(), password());
            wait(api::countCasesByStatus(token));
            ApiClient badPassword(endpoint(), password(QStringLiteral("not-the-password")));
            wait(api::countCasesByStatus(badPassword));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_logLines.isEmpty()); // logging really was on
        QByteArray tokens;
        for (const auto &request : m_server->requests())
            tokens += request.header("X-Auth-Token");
        QVERIFY(!tokens.isEmpty());
        const QString all = g_logLines.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QLatin1String(sim::demo::kSecretKey)));
        QVERIFY(!all.contains(QLatin1String(sim::demo::kPassword)));
        QVERIFY(!all.contains(QLatin1String("not-the-password")));
        for (const auto &request : m_server->requests()) {
            const QByteArray token = request.header("X-Auth-Token");
            if (!token.isEmpty())
                QVERIFY2(!all.contains(QString::fromLatin1(token)), qPrintable(g_logLines.filter(QString::fromLatin1(token)).join(QLatin1Char(10)).left(400)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
