#include "Server.h"

#include "HeaderLogGuard.h"

#include "DemoCredentials.h"
#include "http/HttpFront.h"
#include "http/Responder.h"
#include "routes/AttachmentRoutes.h"
#include "routes/CaseExportRoutes.h"
#include "routes/CaseRoutes.h"
#include "routes/CaseWriteRoutes.h"
#include "routes/ConfigRoutes.h"
#include "routes/ConfigurationRoutes.h"
#include "routes/DiagnoseRoutes.h"
#include "routes/FeedbackRoutes.h"
#include "routes/ControlRoutes.h"
#include "routes/IamRoutes.h"
#include "routes/LabelRoutes.h"
#include "routes/MessageRoutes.h"
#include "routes/QuotaRoutes.h"
#include "routes/RelationRoutes.h"
#include "routes/VerifyRoutes.h"
#include "routes/AgreementRoutes.h"
#include "routes/AuthorizationRoutes.h"
#include "routes/PrivilegeRoutes.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>

namespace osm::sim {

namespace {

QByteArray newRequestId()
{
    QByteArray id;
    for (int i = 0; i < 4; ++i)
        id += QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    return id;
}

const QByteArray kProxyPage =
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

} // namespace

Server::Server(QObject *parent)
    : QObject(parent)
    , m_accounts(Accounts::demo())
    , m_verifier(m_accounts, m_tokens)
{
    installHeaderLogGuard();
    m_data.generate(demo::kDefaultSeed, QString::fromLatin1(demo::kDomainId));
    IamRoutes::registerRoutes(m_router, *this);
    CaseRoutes::registerRoutes(m_router, *this);
    CaseWriteRoutes::registerRoutes(m_router, *this);
    MessageRoutes::registerRoutes(m_router, *this);
    LabelRoutes::registerRoutes(m_router, *this);
    RelationRoutes::registerRoutes(m_router, *this);
    ControlRoutes::registerRoutes(m_router, *this);
    ConfigRoutes::registerRoutes(m_router, *this);
    QuotaRoutes::registerRoutes(m_router, *this);
    AttachmentRoutes::registerRoutes(m_router, *this);
    CaseExportRoutes::registerRoutes(m_router, *this);
    VerifyRoutes::registerRoutes(m_router, *this);
    AgreementRoutes::registerRoutes(m_router, *this);
    DiagnoseRoutes::registerRoutes(m_router, *this);
    FeedbackRoutes::registerRoutes(m_router, *this);
    ConfigurationRoutes::registerRoutes(m_router, *this);
    AuthorizationRoutes::registerRoutes(m_router, *this);
    PrivilegeRoutes::registerRoutes(m_router, *this);
}

Server::~Server() = default;

quint16 Server::listen(quint16 port)
{
    if (!m_front)
        m_front = std::make_unique<HttpFront>([this](Request r, Responder w) { handle(std::move(r), std::move(w)); });
    // LocalHost only: the simulator accepts any /_sim control call and must not be reachable from outside.
    m_port = m_front->listen(QHostAddress::LocalHost, port);
    return m_port;
}

void Server::stop()
{
    if (!m_front)
        return;
    // The QTcpServer and its connections are children of the front: they go with it.
    m_front.reset();
    Q_EMIT listeningChanged(false);
}

bool Server::restart()
{
    if (m_front)
        return true;
    const quint16 port = m_port;
    if (port == 0 || listen(port) == 0) {
        m_front.reset();
        m_port = port; // still the one to try again
        return false;
    }
    Q_EMIT listeningChanged(true);
    return true;
}

bool Server::isListening() const
{
    return m_front && !m_front->servers().isEmpty();
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool Server::useDataFile(const QString &path, quint32 seed, QString *error)
{
    m_dataFile = path;
    if (QFileInfo::exists(path))
        return m_data.load(path, error);
    m_data.generate(seed, m_accounts.domains().isEmpty() ? QString::fromLatin1(demo::kDomainId)
                                                         : m_accounts.domains().first().id);
    return true;
}

bool Server::save(QString *error) const
{
    if (m_dataFile.isEmpty())
        return true;
    return m_data.saveTo(m_dataFile, error);
}

void Server::handle(Request request, Responder responder)
{
    RecordedRequest record;
    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.method = request.method;
    record.path = request.path;
    record.rawQuery = request.rawQuery;
    record.headers = request.headers;
    record.body = request.body;
    const quint64 serial = m_log.append(std::move(record));
    const QByteArray requestId = newRequestId();

    // Control routes: loopback only, never faulted.
    const bool control = request.path.startsWith(QLatin1String("/_sim/"));
    const std::optional<Fault> fault = control ? std::nullopt : m_faults.take(request.method, request.path);
    const int delay = fault ? fault->latencyMs : 0;
    if (delay <= 0) {
        process(request, responder, fault, requestId, serial);
        return;
    }
    QTimer::singleShot(delay, this, [this, request, responder, fault, requestId, serial]() mutable {
        process(request, responder, fault, requestId, serial);
    });
}

void Server::process(Request &request, Responder &responder, const std::optional<Fault> &fault,
                     const QByteArray &requestId, quint64 serial)
{
    if (!responder.isConnected()) {
        finish(serial, request, 0, requestId); // the client gave up while we waited
        return;
    }
    Response response;
    bool canned = false;
    if (fault) {
        switch (fault->kind) {
        case Fault::Kind::Drop:
            responder.drop();
            finish(serial, request, 0, requestId);
            return;
        case Fault::Kind::HttpError: {
            const int status = fault->status > 0 ? fault->status : 500;
            response = Response::osmError(status, fault->errorCode.isEmpty() ? QStringLiteral("OSM.0004") : fault->errorCode,
                                          fault->errorMsg.isEmpty() ? QStringLiteral("Internal server error.") : fault->errorMsg);
            if (fault->retryAfter > 0)
                response.setHeader("Retry-After", QByteArray::number(fault->retryAfter));
            canned = true;
            break;
        }
        case Fault::Kind::RateLimit:
            response = Response::gatewayError(429, QStringLiteral("APIGW.0308"),
                                              QStringLiteral("The throttling threshold has been reached: policy user over ratelimit"));
            response.setHeader("Retry-After", QByteArray::number(qMax(0, fault->retryAfter)));
            canned = true;
            break;
        case Fault::Kind::HtmlError:
            response = Response::html(fault->status > 0 ? fault->status : 502, kProxyPage);
            canned = true;
            break;
        default:
            break;
        }
    }
    if (!canned) {
        const bool refuse = fault && fault->kind == Fault::Kind::BusinessError;
        bool reachedRoute = false;
        response = dispatch(request, &reachedRoute, !refuse);
        // A business error is the service's refusal: only a request that got past the gateway sees it, and
        // nothing was done (the route did not run).
        if (refuse && reachedRoute)
            response = Response::osmError(200, fault->errorCode,
                                          fault->errorMsg.isEmpty() ? QStringLiteral("Operation failed.") : fault->errorMsg);
    }
    Responder::finalize(response, requestId);
    if (fault && fault->kind == Fault::Kind::Truncate)
        responder.sendTruncated(response);
    else if (fault && fault->kind == Fault::Kind::DropMidBody)
        responder.sendHalfThenClose(response);
    else
        responder.send(response);
    finish(serial, request, response.status, requestId);
}

Response Server::dispatch(Request &request, bool *reachedRoute, bool runHandler)
{
    *reachedRoute = false;
    const bool control = request.path.startsWith(QLatin1String("/_sim/"));
    if (control && !request.peer.isLoopback())
        return Response::osmError(403, QStringLiteral("OSM.0003"), QStringLiteral("Control routes are loopback only"));
    const auto match = m_router.match(request.method, request.path);
    if (!match) {
        return Response::gatewayError(404, QStringLiteral("APIGW.0101"),
                                      QStringLiteral("The API does not exist or has not been published in the environment"));
    }
    const RequestVerifier::Result auth = m_verifier.verify(request, match->route->auth, QDateTime::currentDateTimeUtc());
    if (!auth.ok)
        return auth.failure;
    request.identity = auth.identity;
    request.pathParams = match->params;
    *reachedRoute = true;
    return runHandler ? match->route->handler(request) : Response();
}

void Server::finish(quint64 serial, const Request &request, int status, const QByteArray &requestId)
{
    m_log.setOutcome(serial, status, requestId);
    if (m_verbose) {
        const QByteArray line = request.method + ' ' + request.path.toUtf8() + " -> "
                                + (status ? QByteArray::number(status) : QByteArray("dropped")) + '\n';
        std::fputs(line.constData(), stderr);
    }
    if (const RecordedRequest *last = m_log.last(); last && last->serial == serial)
        Q_EMIT requestFinished(*last);
    else if (const auto found = m_log.find(serial))
        Q_EMIT requestFinished(*found);
}

} // namespace osm::sim
