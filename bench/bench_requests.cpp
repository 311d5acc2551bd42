// Figure 1 of issue 8: request overhead of the core pipeline against a bare QNetworkAccessManager floor.
// Both send GET /v2/servicerequest/cases?limit=100 to the same osm-sim (started by bench/run.sh, URL as the
// first argument), 1,000 times in a row and 1,000 times six at a time, in alternating repetitions of the same
// run. The floor sends one precomputed signed request and only reads the bytes; the pipeline signs every
// request, adds its headers, interprets the answer and parses it into a typed CaseList.
#include "BenchSupport.h"

#include "DemoCredentials.h"
#include "api/CaseQueries.h"
#include "net/ApiClient.h"
#include "net/RateLimiter.h"
#include "net/Signer.h"
#include "net/WhenReady.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace osm;

namespace {

constexpr int kRequests = 1000;
constexpr int kConcurrency = 6;
const QString kPath = QStringLiteral("/v2/servicerequest/cases");

// Keeps `inFlight` requests outstanding until `total` have finished; `sendOne(done)` starts one request and
// calls done(ok) when it ends. Returns requests per second, or NaN when any failed.
double drive(int total, int inFlight, const std::function<void(std::function<void(bool)>)> &sendOne)
{
    int started = 0;
    int finished = 0;
    int failures = 0;
    std::function<void()> next;
    next = [&] {
        if (started >= total)
            return;
        ++started;
        sendOne([&](bool ok) {
            ++finished;
            if (!ok)
                ++failures;
            next();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < inFlight; ++i)
        next();
    if (!bench::spinUntil([&] { return finished >= total; }) || failures > 0) {
        std::fprintf(stderr, "bench_requests: %d of %d requests failed or timed out\n", failures + total - finished,
                     total);
        return bench::kNoRatio;
    }
    return total * 1000.0 / std::max<qint64>(1, clock.elapsed());
}

// The floor: the request the pipeline would send, signed once, sent as is; the body is read, not parsed.
class Floor
{
public:
    explicit Floor(const QUrl &base)
    {
        QUrl url = base;
        url.setPath(kPath);
        url.setQuery(QStringLiteral("limit=100"));
        const QByteArray date = Signer::formatDate(QDateTime::currentDateTimeUtc());
        HeaderList headers{{"Content-Type", "application/json"},
                           {"X-Language", "en-us"},
                           {"X-Time-Zone", "GMT+0"},
                           {"X-Domain-Id", sim::demo::kDomainId}};
        Signer::Input input;
        input.method = "GET";
        input.host = url.host() + QLatin1Char(':') + QString::number(url.port());
        input.path = kPath;
        input.query = {{QStringLiteral("limit"), QStringLiteral("100")}};
        input.headers = headers;
        input.payloadHash = Signer::payloadHash({});
        input.sdkDate = date;
        const Signer::Output out = Signer::sign(input, sim::demo::kAccessKey, sim::demo::kSecretKey);
        headers.append({"X-Sdk-Date", date});
        headers.append({"Authorization", out.authorization});
        m_request = QNetworkRequest(url);
        for (const auto &[name, value] : std::as_const(headers))
            m_request.setRawHeader(name, value);
        m_request.setRawHeader("User-Agent", ApiClient::userAgent());
        m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    }

    void send(std::function<void(bool)> done)
    {
        QNetworkReply *reply = m_manager.get(m_request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, done = std::move(done)] {
            const QByteArray body = reply->readAll();
            m_lastBody = body;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            done(status == 200 && !body.isEmpty());
        });
    }

    const QByteArray &lastBody() const { return m_lastBody; }

private:
    QNetworkAccessManager m_manager;
    QNetworkRequest m_request;
    QByteArray m_lastBody;
};

// Diagnostic for figure 1: what parsing one answer costs on its own (JSON document, then CaseList::fromJson).
double parseMicroseconds(const QByteArray &body)
{
    constexpr int kParses = 200;
    QElapsedTimer clock;
    clock.start();
    qsizetype cases = 0;
    for (int i = 0; i < kParses; ++i)
        cases += CaseList::fromJson(QJsonDocument::fromJson(body).object()).cases.size();
    if (cases == 0)
        return bench::kNoRatio;
    return double(clock.nsecsElapsed()) / 1e3 / kParses;
}

// The pipeline: api::listCases through an ApiClient, as the case list sends it.
class Pipeline
{
public:
    explicit Pipeline(const QUrl &base)
        : m_client(Endpoint{base, base}, credentials())
    {
        m_client.setTimeZone(QStringLiteral("GMT+0"));
        // The account's token bucket (20/s) is a policy, not overhead: both sides run unthrottled here.
        m_client.setRateLimiter(RateLimiter(1e9, 1000000));
        m_params.limit = 100;
    }

    void send(std::function<void(bool)> done)
    {
        whenReady(api::listCases(m_client, m_params), &m_client, [done = std::move(done)](const Result<CaseList> &result) {
            done(result.ok() && !result->cases.isEmpty());
        });
    }

private:
    static Credentials credentials()
    {
        Credentials c;
        c.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
        c.secretKey = QString::fromLatin1(sim::demo::kSecretKey);
        c.domainId = QString::fromLatin1(sim::demo::kDomainId);
        return c;
    }

    ApiClient m_client;
    api::ListCasesParams m_params;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_requests http://127.0.0.1:PORT\n");
        return 2;
    }
    const QUrl base(QString::fromLocal8Bit(argv[1]));
    const int reps = bench::repetitions();

    for (const auto &[mode, inFlight] : {std::pair{"sequential", 1}, std::pair{"concurrent6", kConcurrency}}) {
        // Warm-up: connections open, caches filled, the simulator's first-request costs paid.
        Floor floor(base);
        Pipeline pipeline(base);
        drive(50, inFlight, [&](auto done) { floor.send(std::move(done)); });
        drive(50, inFlight, [&](auto done) { pipeline.send(std::move(done)); });
        QList<double> floorRates;
        QList<double> pipelineRates;
        for (int rep = 0; rep < reps; ++rep) { // alternating, so that drift affects both alike
            floorRates.append(drive(kRequests, inFlight, [&](auto done) { floor.send(std::move(done)); }));
            pipelineRates.append(drive(kRequests, inFlight, [&](auto done) { pipeline.send(std::move(done)); }));
        }
        const double floorRate = bench::median(floorRates);
        const double pipelineRate = bench::median(pipelineRates);
        const double ratio = floorRate / pipelineRate; // time per request, pipeline over floor
        const QByteArray floorName = QByteArray("1.requests.") + mode + ".floor";
        const QByteArray pipelineName = QByteArray("1.requests.") + mode + ".pipeline";
        bench::report(floorName.constData(), floorRate, "req/s", "reference");
        bench::report(pipelineName.constData(), pipelineRate, "req/s", "<=1.10x floor time", ratio,
                      bench::verdict(ratio <= 1.10));
        if (inFlight == 1) {
            const double parseUs = bench::medianOf(reps, [&] { return parseMicroseconds(floor.lastBody()); });
            const double extraUs = 1e6 / pipelineRate - 1e6 / floorRate;
            std::printf("# per request: pipeline - floor = %.0f us; parsing one answer (%lld bytes) alone = %.0f us\n",
                        extraUs, static_cast<long long>(floor.lastBody().size()), parseUs);
        }
    }
    return 0;
}
