#include "ApiClient.h"

#include "AkSkAuthenticator.h"
#include "Logging.h"
#include "MultipartStream.h"
#include "ResponseInterpreter.h"
#include "Signer.h"
#include "TokenAuthenticator.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimeZone>

namespace osm {

namespace {
constexpr qint64 kStreamBufferBytes = 1024 * 1024; // what a streamed download may hold in memory

// A 2xx answer that is a file, for a request that streams files to disk. Error statuses and JSON answers
// (business errors come with 200) are not files: they stay with the reply for the interpreter.
bool isFileAnswer(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool file = reply->hasRawHeader("Content-Disposition")
                      || !reply->rawHeader("Content-Type").toLower().contains("json");
    return status >= 200 && status < 300 && file;
}
}

ApiClient::ApiClient(Endpoint endpoint, Credentials credentials, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_endpointProblem(m_endpoint.check()),
      m_method(credentials.method),
      m_timeZone(xTimeZoneFor(QDateTime::currentDateTime()))
{
    if (credentials.method == Credentials::Method::AkSk) {
        auto *auth = new AkSkAuthenticator(std::move(credentials), this);
        connect(auth, &AkSkAuthenticator::domainIdResolved, this, &ApiClient::domainIdResolved);
        m_auth = auth;
    } else {
        m_auth = new TokenAuthenticator(std::move(credentials), this);
    }
    m_manager = new QNetworkAccessManager(this);
    m_clock.start();
    m_dispatchTimer.setSingleShot(true);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &ApiClient::dispatch);
}

ApiClient::~ApiClient()
{
    // Replies still running are aborted by the manager; make sure no handler touches a dead client.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
        it.key()->disconnect(this);
}

void ApiClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
}

ApiCall *ApiClient::send(ApiRequest request)
{
    auto *call = new ApiCall(std::move(request), this);
    // Signatures and tokens never travel in clear text, except to this computer (the simulator).
    if (!m_endpointProblem.isEmpty()) {
        const Error error =
            Error(Error::Category::Tls, QStringLiteral("insecure-endpoint")).setDetail(m_endpointProblem);
        QTimer::singleShot(0, call, [call, error] { call->finish(error, {}, {}, 0, {}); });
        return call;
    }
    if (call->request().auth == ApiRequest::Auth::Account) {
        QPointer<ApiCall> guard(call);
        m_auth->prepare(*this, [this, guard](const Error &error) {
            if (!guard)
                return;
            if (error) {
                // Deferred, so that the caller has connected to finished() before it fires.
                QTimer::singleShot(0, guard, [this, guard, error] {
                    Q_EMIT authenticationFailed(error);
                    guard->finish(error, {}, {}, error.httpStatus(), {});
                });
                return;
            }
            enqueue(guard);
        });
    } else {
        enqueue(call);
    }
    return call;
}

void ApiClient::enqueue(ApiCall *call)
{
    m_queue.append(call);
    scheduleDispatch(0);
}

void ApiClient::scheduleDispatch(qint64 delayMs)
{
    const int delay = static_cast<int>(std::max<qint64>(0, delayMs));
    if (!m_dispatchTimer.isActive() || m_dispatchTimer.remainingTime() > delay)
        m_dispatchTimer.start(delay);
}

void ApiClient::dispatch()
{
    m_queue.removeAll(nullptr);
    while (m_inFlight.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        // User actions go before the poller's background requests.
        qsizetype index = 0;
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i)->request().priority == ApiRequest::Priority::User) {
                index = i;
                break;
            }
        }
        const qint64 wait = m_limiter.acquire(m_clock.elapsed());
        if (wait > 0) {
            scheduleDispatch(wait);
            return;
        }
        ApiCall *call = m_queue.takeAt(index);
        start(call);
    }
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = request.service == ApiRequest::Service::Iam ? m_endpoint.iam : m_endpoint.osm;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path, QUrl::DecodedMode);
    // The wire query and the signed query come from the same pairs (see Signer::wireQuery).
    url.setQuery(QString::fromLatin1(Signer::wireQuery(request.query)), QUrl::StrictMode);
    return url;
}

QDateTime ApiClient::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void ApiClient::start(ApiCall *call)
{
    const ApiRequest &request = call->request();
    ++call->m_attempts;
    const QUrl url = urlFor(request);

    HeaderList headers;
    if (!request.contentType.isEmpty())
        headers.append({"Content-Type", request.contentType});
    if (request.service == ApiRequest::Service::Osm) {
        headers.append({"X-Language", m_language.toUtf8()});
        headers.append({"X-Time-Zone", m_timeZone.toUtf8()});
    }
    headers.append(request.headers);
    if (request.auth != ApiRequest::Auth::None)
        m_auth->authorize(request, url, headers, Signer::payloadHash(request.body), now());

    QNetworkRequest networkRequest(url);
    for (const auto &[name, value] : std::as_const(headers))
        networkRequest.setRawHeader(name, value);
    networkRequest.setRawHeader("User-Agent", userAgent());
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (!request.multipart.isEmpty()) {
        // Opened afresh for every attempt: the files are read from disk while they are sent.
        QString problem;
        MultipartStream *multipart = MultipartStream::open(request.multipart, &problem);
        if (!multipart) {
            const Error error = Error::validation(QStringLiteral("file"), problem);
            QPointer<ApiCall> guard(call);
            QTimer::singleShot(0, this, [this, guard, error] {
                scheduleDispatch(0);
                if (guard)
                    guard->finish(error, {}, {}, 0, {});
            });
            return;
        }
        // Streamed, not buffered by QNAM: that needs the length up front.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, multipart->length());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_manager->sendCustomRequest(networkRequest, request.method, multipart);
        multipart->setParent(reply);
    } else if (request.method == "GET") {
        reply = m_manager->get(networkRequest);
    } else {
        reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    }
    Attempt attempt;
    attempt.call = call;
    attempt.reply = reply;
    attempt.started.start();
    attempt.timeout = new QTimer(reply);
    attempt.timeout->setSingleShot(true);
    connect(attempt.timeout, &QTimer::timeout, reply, [this, reply] {
        if (auto it = m_inFlight.find(reply); it != m_inFlight.end()) {
            it->timedOut = true;
            reply->abort();
        }
    });
    attempt.timeout->start(m_requestTimeoutMs > 0 ? m_requestTimeoutMs : request.timeoutMs);
    m_inFlight.insert(reply, attempt);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    connect(reply, &QNetworkReply::downloadProgress, call, &ApiCall::downloadProgress);
    // The size is checked up front (Content-Length) and counted as the bytes arrive (chunked, or lying).
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { checkResponseSize(reply, 0); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64) { checkResponseSize(reply, received); });
    if (const auto *stream = reply->findChild<MultipartStream *>(QString(), Qt::FindDirectChildrenOnly)) {
        // QNAM does not know the length of a sequential body: report the stream's own.
        const qint64 length = stream->length();
        connect(reply, &QNetworkReply::uploadProgress, call,
                [call, length](qint64 sent, qint64) { Q_EMIT call->uploadProgress(sent, length); });
    } else {
        connect(reply, &QNetworkReply::uploadProgress, call, &ApiCall::uploadProgress);
    }
    if (request.streamResponse || !request.multipart.isEmpty()) {
        // A long transfer times out when it stalls, not because it is large.
        QTimer *timeout = attempt.timeout;
        connect(reply, &QNetworkReply::downloadProgress, timeout, [timeout] { timeout->start(); });
        connect(reply, &QNetworkReply::uploadProgress, timeout, [timeout] { timeout->start(); });
    }
    if (request.streamResponse) {
        reply->setReadBufferSize(kStreamBufferBytes); // the network waits while the disk catches up
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] { streamBody(reply); });
    }
}

void ApiClient::streamBody(QNetworkReply *reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end() || !it->call)
        return;
    if (!it->streaming) {
        if (!isFileAnswer(reply))
            return;
        it->streaming = true;
        QPointer<ApiCall> call = it->call;
        Q_EMIT call->responseStarted(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                     reply->rawHeaderPairs());
        if (!call || !m_inFlight.contains(reply))
            return; // aborted by a receiver
    }
    const QPointer<ApiCall> call = m_inFlight.value(reply).call;
    if (call)
        Q_EMIT call->bodyReceived(reply->readAll());
}

void ApiClient::checkResponseSize(QNetworkReply *reply, qint64 received)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end() || it->tooLarge || it->streaming || !it->call)
        return;
    if (it->call->request().streamResponse && isFileAnswer(reply))
        return; // goes to disk as it arrives
    bool known = false;
    const qint64 announced = reply->rawHeader("Content-Length").toLongLong(&known);
    if (std::max(received, known ? announced : 0) <= m_maxResponseBytes)
        return;
    it->tooLarge = true;
    // Queued: aborting from inside QNAM's own signal makes it report the error twice. Until then at most
    // the chunk being read arrives.
    QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
}

void ApiClient::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return; // aborted by the caller
    const Attempt attempt = *it;
    m_inFlight.erase(it);
    scheduleDispatch(0);
    ApiCall *call = attempt.call;
    if (!call)
        return;

    ResponseInterpreter::Input input;
    input.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    input.networkError = reply->error();
    input.networkErrorText = reply->errorString();
    input.timedOut = attempt.timedOut;
    const bool readable = reply->isOpen() && !attempt.tooLarge; // not after an abort (timeout, too large)
    if (readable && attempt.streaming)
        Q_EMIT call->bodyReceived(reply->readAll()); // the rest of a streamed file; nothing is kept
    else if (readable)
        input.body = reply->readAll();
    input.contentType = reply->rawHeader("Content-Type");
    input.requestId = reply->rawHeader("X-Request-Id");
    input.expectJson = call->request().expectJson;
    ResponseInterpreter::Output out = ResponseInterpreter::interpret(input);
    if (attempt.tooLarge) {
        out.error = Error(Error::Category::MalformedBody, ResponseInterpreter::kResponseTooLarge)
                        .setHttpStatus(input.httpStatus)
                        .setRequestId(QString::fromLatin1(input.requestId))
                        .setDetail(QStringLiteral("more than %1 bytes").arg(m_maxResponseBytes));
        out.reachedServer = true;
    }

    qCInfo(lcNet).noquote() << call->request().method << call->request().path << "->" << input.httpStatus
                            << Error::categoryName(out.error.category()) << out.error.code() << "in"
                            << attempt.started.elapsed() << "ms, request id" << input.requestId;

    if (!out.error) {
        call->finish({}, out.json, call->request().expectJson ? QByteArray() : input.body, input.httpStatus,
                     reply->rawHeaderPairs());
        return;
    }
    // A signature refused because our clock is off (the gateway allows 15 minutes): sent again once, signed
    // with the server's time. Safe for any method: the gateway refused it before the service saw it.
    if (input.httpStatus == 401 && m_method == Credentials::Method::AkSk && !call->m_clockCorrected
        && correctClockFrom(reply->rawHeader("Date"))) {
        call->m_clockCorrected = true;
        enqueue(call);
        return;
    }
    // A token that expired or was revoked is fetched again once, without the caller noticing.
    if (input.httpStatus == 401 && call->request().auth == ApiRequest::Auth::Account && !call->m_reauthenticated
        && m_auth->invalidate()) {
        call->m_reauthenticated = true;
        QPointer<ApiCall> guard(call);
        m_auth->prepare(*this, [this, guard](const Error &error) {
            if (!guard)
                return;
            if (error) {
                Q_EMIT authenticationFailed(error);
                guard->finish(error, {}, {}, error.httpStatus(), {});
            } else {
                enqueue(guard);
            }
        });
        return;
    }
    Error error = out.error;
    handleFailure(call, error, out.reachedServer, reply->rawHeader("Retry-After"));
}

bool ApiClient::correctClockFrom(const QByteArray &httpDate)
{
    QDateTime server = QLocale::c().toDateTime(QString::fromLatin1(httpDate.trimmed()),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!server.isValid())
        return false;
    server.setTimeZone(QTimeZone::utc());
    const qint64 skew = now().msecsTo(server);
    if (std::abs(skew) <= kMaxClockSkewMs)
        return false;
    m_clockOffsetMs += skew;
    qCInfo(lcNet) << "clock differs from the server's by" << skew / 1000 << "s; signing with the server's time";
    return true;
}

void ApiClient::handleFailure(ApiCall *call, const Error &error, bool reachedServer, const QByteArray &retryAfter)
{
    RetryPolicy::Failure failure{error, reachedServer, RetryPolicy::parseRetryAfter(retryAfter)};
    if (error.httpStatus() == 429)
        m_limiter.holdUntil(m_clock.elapsed() + failure.retryAfterMs.value_or(1000));

    const double jitter = QRandomGenerator::global()->generateDouble();
    if (const auto delay = m_retryPolicy.delayBeforeRetry(call->request().method, failure, call->m_attempts, jitter)) {
        Q_EMIT call->retrying(*delay, error);
        QPointer<ApiCall> guard(call);
        QTimer::singleShot(*delay, this, [this, guard] {
            if (guard)
                enqueue(guard);
        });
        return;
    }
    if (error.category() == Error::Category::Auth)
        Q_EMIT authenticationFailed(error);
    call->finish(error, {}, {}, error.httpStatus(), {});
}

void ApiClient::abortCall(ApiCall *call)
{
    m_queue.removeAll(call);
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->call == call) {
            QNetworkReply *reply = it.key();
            m_inFlight.erase(it);
            reply->abort();
            break;
        }
    }
    QPointer<ApiCall> guard(call);
    QTimer::singleShot(0, this, [guard] {
        if (guard)
            guard->finish(Error(Error::Category::Cancelled), {}, {}, 0, {});
    });
}

QString ApiClient::xLanguageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh-cn") : QStringLiteral("en-us");
}

QString ApiClient::xTimeZoneFor(const QDateTime &now)
{
    const int offset = now.offsetFromUtc();
    const int hours = std::abs(offset) / 3600;
    const int minutes = (std::abs(offset) % 3600) / 60;
    QString zone = QStringLiteral("GMT%1%2").arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(hours);
    if (minutes)
        zone += QStringLiteral(":%1").arg(minutes, 2, 10, QLatin1Char('0'));
    return zone;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("OSMDesk/" OSM_VERSION " (Qt ") + qVersion() + "; "
           + QSysInfo::productType().toUtf8() + ')';
}

} // namespace osm
