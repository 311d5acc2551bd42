// Figure 8 of issue 8: what the pollers cost while the user does nothing, with 500 cases in the list and 5
// case windows open. UnreadPoller (5.10.2 list_unread_messages for the listed cases) and one MessagePoller per
// window (5.10.7 poll_instant_messages, as CaseWindow creates them) run against osm-sim in its own process
// (--verbose: one stderr line per request it answers, which is what is counted). The pollers' clock is
// shortened through their setIntervals(): every interval divided by kTimeScale, so one simulated minute
// takes 60/kTimeScale real seconds; requests and bytes per simulated minute are what the real clock would
// give, CPU time per request is real.
//   After kWarmupMinutes (the back-off reaches its idle maximum), kMeasuredMinutes are counted.
// Usage: bench_polling <path to osm-sim>
#include "BenchSupport.h"

#include "DemoCredentials.h"
#include "api/CaseQueries.h"
#include "models/CaseListModel.h"
#include "models/MessagePoller.h"
#include "models/UnreadPoller.h"
#include "net/ApiClient.h"
#include "net/RateLimiter.h"
#include "CannedNetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrlQuery>

#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace osm;

namespace {

constexpr int kListed = 500;
constexpr int kThreads = 5;
constexpr int kTimeScale = 60; // 1 simulated minute = 1 s
constexpr int kWarmupMinutes = 12; // 5 s doubling to 5 min takes about 10
constexpr int kMeasuredMinutes = 10;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Counts the HTTP bytes of every exchange: request line + headers + body, status line + headers + body.
class CountingNetwork : public QNetworkAccessManager
{
public:
    qint64 bytes = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *body) override
    {
        qint64 sent = request.url().toEncoded().size() + 16;
        for (const QByteArray &name : request.rawHeaderList())
            sent += name.size() + request.rawHeader(name).size() + 4;
        if (body)
            sent += body->size();
        bytes += sent;
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            qint64 received = 16 + reply->size() + reply->bytesAvailable();
            for (const auto &[name, value] : reply->rawHeaderPairs())
                received += name.size() + value.size() + 4;
            bytes += received;
        });
        return reply;
    }
};

Credentials demoCredentials()
{
    Credentials c;
    c.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
    c.secretKey = QString::fromLatin1(sim::demo::kSecretKey);
    c.domainId = QString::fromLatin1(sim::demo::kDomainId);
    return c;
}

// A list_cases page holding `ids`, for the list model (fed in memory: the figure is about the pollers).
QByteArray casePage(const QStringList &ids, int total)
{
    QJsonArray list;
    for (const QString &id : ids)
        list.append(QJsonObject{{QStringLiteral("incident_id"), id}, {QStringLiteral("status"), 1},
                                {QStringLiteral("simple_description"), QStringLiteral("bench case")}});
    return QJsonDocument(QJsonObject{{QStringLiteral("count"), total},
                                     {QStringLiteral("incident_info_list"), list}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_polling <osm-sim>\n");
        return 2;
    }
    QProcess sim;
    int answered = 0, unreadAnswered = 0, pollAnswered = 0;
    QString url;
    QByteArray pending;
    QObject::connect(&sim, &QProcess::readyReadStandardOutput, &sim, [&] {
        const QByteArray out = sim.readAllStandardOutput();
        const qsizetype at = out.indexOf("listening on ");
        if (at >= 0)
            url = QString::fromUtf8(out.mid(at + 13).split(' ').value(0).split('\n').value(0)).trimmed();
    });
    QObject::connect(&sim, &QProcess::readyReadStandardError, &sim, [&] {
        pending += sim.readAllStandardError();
        const qsizetype end = pending.lastIndexOf('\n');
        if (end < 0)
            return;
        for (const QByteArray &line : pending.left(end).split('\n')) {
            answered += line.contains("/v2/servicerequest/") ? 1 : 0;
            unreadAnswered += line.contains("/instant-messages/unread ") ? 1 : 0;
            pollAnswered += line.contains("/instant-messages ->") ? 1 : 0;
        }
        pending.remove(0, end + 1);
    });
    sim.start(QString::fromLocal8Bit(argv[1]), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--verbose")});
    if (!bench::spinUntil([&] { return !url.isEmpty(); }, 20000)) {
        std::fprintf(stderr, "bench_polling: osm-sim did not start\n");
        return 1;
    }
    const QUrl base(url);
    CountingNetwork network;
    ApiClient client(Endpoint{base, base}, demoCredentials());
    client.setNetworkAccessManager(&network);

    // The sim's own cases first (their unread counts are real), then made-up ids up to 500 (answered as unknown).
    QStringList ids;
    {
        api::ListCasesParams params;
        params.limit = 100;
        auto future = api::listCases(client, params);
        bench::spinUntil([&] { return future.isFinished(); });
        const Result<CaseList> result = future.result();
        for (const CaseSummary &c : result.ok() ? result->cases : QList<CaseSummary>())
            ids.append(c.incidentId);
    }
    const qsizetype known = ids.size();
    const QStringList threadIds = ids.mid(0, kThreads);
    for (int n = int(ids.size()); n < kListed; ++n)
        ids.append(QStringLiteral("TS2026BENCH%1").arg(n, 6, 10, QLatin1Char('0')));

    bench::CannedNetwork listNetwork([&](const QNetworkRequest &request) {
        const QUrlQuery query(request.url());
        return casePage(ids.mid(query.queryItemValue(QStringLiteral("offset")).toInt(),
                                query.queryItemValue(QStringLiteral("limit")).toInt()),
                        int(ids.size()));
    });
    ApiClient listClient(Endpoint{base, base}, demoCredentials());
    listClient.setNetworkAccessManager(&listNetwork);
    ui::CaseListModel cases;
    cases.setClient(&listClient); // pages of 100 (list_cases' limit), as the list does while scrolling
    while (bench::spinUntil([&] { return !cases.isLoading(); }) && cases.canFetchMore({}))
        cases.fetchMore({});

    const auto scaled = [](int ms) { return std::max(1, ms / kTimeScale); };
    const int minuteMs = 60000 / kTimeScale;
    const double watched = double(kListed + threadIds.size());
    // One phase: the pollers as the app creates them, with these idle maxima (the minima are the defaults).
    const auto phase = [&](const char *name, int unreadMaxMs, int threadMaxMs) {
        ui::UnreadPoller unread(&client, &cases);
        unread.setIntervals(scaled(ui::UnreadPoller::kDefaultMinimumMs), scaled(unreadMaxMs));
        std::vector<std::unique_ptr<ui::MessagePoller>> threads;
        for (const QString &id : threadIds) {
            threads.push_back(std::make_unique<ui::MessagePoller>(&client, QStringList{id}));
            threads.back()->setIntervals(scaled(ui::MessagePoller::kDefaultMinimumMs), scaled(threadMaxMs));
        }
        const int before = answered;
        unread.start();
        for (const auto &poller : threads)
            poller->start();
        bench::spinUntil([] { return false; }, kWarmupMinutes * minuteMs);
        const int warmupRequests = answered - before;
        const int startRequests = answered, startUnread = unreadAnswered, startPoll = pollAnswered;
        const qint64 startBytes = network.bytes;
        const double startCpu = cpuSeconds();
        bench::spinUntil([] { return false; }, kMeasuredMinutes * minuteMs);
        const double requests = double(answered - startRequests) / kMeasuredMinutes;
        const double unreadRequests = double(unreadAnswered - startUnread) / kMeasuredMinutes;
        const double pollRequests = double(pollAnswered - startPoll) / kMeasuredMinutes;
        const double bytes = double(network.bytes - startBytes) / kMeasuredMinutes;
        const double cpuMs = (cpuSeconds() - startCpu) * 1000.0 / kMeasuredMinutes;
        unread.stop();
        for (const auto &poller : threads)
            poller->stop();
        bench::spinUntil([&] { return !unread.isInFlight(); }, 5000);

        std::printf("# %s: idle maxima unread %d s, thread %d s; %d requests in the first %d minutes\n", name,
                    unreadMaxMs / 1000, threadMaxMs / 1000, warmupRequests, kWarmupMinutes);
        // Target: <= 1 request per 100 watched cases per interval, backing off to <= 1 per 5 minutes when idle.
        const double perHundredPer5Min = requests * 5.0 / (watched / 100.0);
        const QByteArray prefix = QByteArray("8.polling.") + name + '.';
        bench::report((prefix + "requests-per-idle-min").constData(), requests, "req/min", "-");
        bench::report((prefix + "unread-per-idle-min").constData(), unreadRequests, "req/min", "- (list_unread_messages)");
        bench::report((prefix + "threads-per-idle-min").constData(), pollRequests, "req/min", "- (poll_instant_messages)");
        bench::report((prefix + "req-per-100-cases-5min").constData(), perHundredPer5Min, "req", "<=1 per 100 per 5min",
                      perHundredPer5Min, bench::verdict(perHundredPer5Min <= 1.0));
        bench::report((prefix + "bytes-per-idle-min").constData(), bytes / 1024.0, "KiB/min", "-");
        bench::report((prefix + "cpu-per-idle-min").constData(), cpuMs, "ms/min", "- (client process)");
    };
    std::printf("# %d listed cases (%lld known to osm-sim), %lld threads open; clock x%d (1 minute = %d ms)\n",
                cases.rowCount(), (long long)known, (long long)threadIds.size(), kTimeScale, minuteMs);
    phase("before", 2 * 60 * 1000, 60 * 1000); // the maxima before issue 8
    phase("now", ui::UnreadPoller::kDefaultMaximumMs, ui::MessagePoller::kDefaultMaximumMs);
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
