#pragma once

#include "ApiCall.h"
#include "ApiRequest.h"
#include "Credentials.h"
#include "Endpoint.h"
#include "RateLimiter.h"
#include "Result.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QPromise>
#include <QTimer>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace osm {

class Authenticator;

// The one request pipeline of an account. Every call goes through send(): authentication (AK/SK signature
// or IAM token), X-Language, X-Time-Zone, User-Agent, Content-Type, a per-request timeout, the retry
// policy, and one rate limiter per account. Runs on the thread that owns it, asynchronously.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(Endpoint endpoint, Credentials credentials, QObject *parent = nullptr);
    ~ApiClient() override;

    // The pipeline's entry point. The returned call belongs to the client and emits finished() once.
    ApiCall *send(ApiRequest request);

    // A typed call: `read` turns the JSON body of a success into T.
    template <typename T>
    QFuture<Result<T>> call(ApiRequest request, std::function<T(const QJsonValue &)> read);

    const Endpoint &endpoint() const { return m_endpoint; }
    Credentials::Method authMethod() const { return m_method; }

    void setLanguage(const QString &xLanguage) { m_language = xLanguage; }
    QString language() const { return m_language; }
    void setTimeZone(const QString &xTimeZone) { m_timeZone = xTimeZone; }
    QString timeZone() const { return m_timeZone; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    void setRateLimiter(const RateLimiter &limiter) { m_limiter = limiter; }
    void setMaxConcurrent(int max) { m_maxConcurrent = max; }
    // The largest answer kept in memory (JSON, error pages); a larger one is refused as it arrives, before it
    // exhausts memory. Downloads streamed to disk (ApiRequest::streamResponse) are not bound by it.
    static constexpr qint64 kDefaultMaxResponseBytes = 64 * 1024 * 1024;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    // The server's clock minus ours, for X-Sdk-Date. Also learnt by itself: a signature refused while the
    // server's Date is more than kMaxClockSkewMs away from ours is sent again once with the server's time.
    void setClockOffsetMs(qint64 offsetMs) { m_clockOffsetMs = offsetMs; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    static constexpr qint64 kMaxClockSkewMs = 5 * 60 * 1000;
    // When > 0, replaces every request's own timeout (ApiRequest::timeoutMs), e.g. for a slow link or a test.
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }

    // The X-Language value for a UI locale: zh-cn for Chinese, en-us otherwise (what OSM documents).
    static QString xLanguageFor(const QLocale &locale);
    // The system time zone as OSM writes it: GMT+8, GMT-5, GMT+5:30.
    static QString xTimeZoneFor(const QDateTime &now);
    static QByteArray userAgent();

Q_SIGNALS:
    // The account id was looked up through IAM; the profile should remember it.
    void domainIdResolved(const QString &domainId);
    // A request could not authenticate (signature rejected, sign-in failed).
    void authenticationFailed(const osm::Error &error);

private:
    friend class ApiCall;
    struct Attempt
    {
        QPointer<ApiCall> call;
        QNetworkReply *reply = nullptr;
        QTimer *timeout = nullptr;
        bool timedOut = false;
        bool streaming = false; // the body goes to ApiCall::bodyReceived (ApiRequest::streamResponse)
        bool tooLarge = false;  // aborted because the answer exceeds m_maxResponseBytes
        QElapsedTimer started;
    };

    void enqueue(ApiCall *call);
    void scheduleDispatch(qint64 delayMs);
    void dispatch();
    void start(ApiCall *call);
    void onReplyFinished(QNetworkReply *reply);
    void streamBody(QNetworkReply *reply);
    void checkResponseSize(QNetworkReply *reply, qint64 received);
    void handleFailure(ApiCall *call, const Error &error, bool reachedServer, const QByteArray &retryAfter);
    void abortCall(ApiCall *call);
    QUrl urlFor(const ApiRequest &request) const;
    bool correctClockFrom(const QByteArray &httpDate);
    QDateTime now() const;

    Endpoint m_endpoint;
    QString m_endpointProblem; // Endpoint::check() once: the endpoint never changes
    Credentials::Method m_method;
    Authenticator *m_auth = nullptr;
    QNetworkAccessManager *m_manager = nullptr;
    QString m_language = QStringLiteral("en-us");
    QString m_timeZone;
    RetryPolicy m_retryPolicy;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    qint64 m_clockOffsetMs = 0;
    int m_maxConcurrent = 6;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    int m_requestTimeoutMs = 0;
    QList<QPointer<ApiCall>> m_queue;
    QHash<QNetworkReply *, Attempt> m_inFlight;
    QTimer m_dispatchTimer;
};

template <typename T>
QFuture<Result<T>> ApiClient::call(ApiRequest request, std::function<T(const QJsonValue &)> read)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    ApiCall *apiCall = send(std::move(request));
    connect(apiCall, &ApiCall::finished, apiCall, [promise, apiCall, read = std::move(read)] {
        if (apiCall->ok())
            promise->addResult(Result<T>(read(apiCall->json())));
        else
            promise->addResult(Result<T>(apiCall->error()));
        promise->finish();
    });
    return future;
}

} // namespace osm
