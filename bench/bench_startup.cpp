// Figure 6 of issue 8: process start to the first painted main window, offscreen, against a minimal Qt Widgets
// window (a QWidget of the same size). Each start is a child process of this program (--minimal or --main), timed
// by the parent from QProcess::start() to the child's "painted" line, so both include loading the libraries.
//   --main: ui::MainWindow on an ApiClient whose network answers in memory: list_cases says 10,000 cases and
//           gives each page of them, every other request gets an empty object. Painted = the case list's first
//           paint with rows in it.
// The local cache store (core/store) is not read here: at the time of writing MainWindow does not yet show the
// cached list before the first answer (see docs/performance.md).
#include "BenchSupport.h"
#include "CannedNetwork.h"

#include "net/ApiClient.h"
#include "net/RateLimiter.h"
#include "windows/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QTimeZone>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>
#include <QUrlQuery>

using namespace osm;

namespace {

constexpr int kCases = 10000;

QByteArray listPage(const QNetworkRequest &request)
{
    const QUrlQuery query(request.url());
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    const int limit = std::max(1, query.queryItemValue(QStringLiteral("limit")).toInt());
    QJsonArray list;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int n = offset; n < std::min(kCases, offset + limit); ++n)
        list.append(QJsonObject{{QStringLiteral("incident_id"), QStringLiteral("TS2026%1").arg(n, 12, 10, QLatin1Char('0'))},
                                {QStringLiteral("simple_description"), QStringLiteral("case %1: instance cannot be reached").arg(n)},
                                {QStringLiteral("status"), n % 5},
                                {QStringLiteral("product_category_name"), QStringLiteral("Elastic Cloud Server")},
                                {QStringLiteral("xcustomer_name"), QStringLiteral("user%1").arg(n % 40)},
                                {QStringLiteral("create_time"), start.addSecs(qint64(n) * 600).toString(Qt::ISODate)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("count"), kCases}, {QStringLiteral("incident_info_list"), list}})
        .toJson(QJsonDocument::Compact);
}

// Prints "painted" once, after the first paint `isIt` accepts has been handled.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<bool(QObject *)> isIt) : m_isIt(std::move(isIt)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && m_isIt(watched)) {
            m_done = true;
            QTimer::singleShot(0, [] { // the paint itself runs first
                std::printf("painted\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    std::function<bool(QObject *)> m_isIt;
    bool m_done = false;
};

int child(bool minimal, int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (minimal) {
        QWidget window;
        FirstPaint first([&window](QObject *o) { return o == &window; });
        app.installEventFilter(&first);
        window.resize(1200, 720);
        window.show();
        return app.exec();
    }
    const QUrl base(QStringLiteral("https://osm.bench.invalid"));
    bench::CannedNetwork network([](const QNetworkRequest &request) {
        return request.url().path() == QLatin1String("/v2/servicerequest/cases") ? listPage(request) : QByteArray("{}");
    });
    Credentials c;
    c.accessKey = QStringLiteral("BENCHAK");
    c.secretKey = QStringLiteral("BENCHSK");
    c.domainId = QStringLiteral("0d5c1e2f3a4b4c5d8e9f00112233aabb");
    ApiClient client(Endpoint{base, base}, c);
    client.setNetworkAccessManager(&network);
    client.setRateLimiter(RateLimiter(1e9, 1000000));
    ui::MainWindow window(&client);
    const auto *list = window.findChild<QTableView *>(QStringLiteral("caseList"));
    if (!list)
        return 3;
    FirstPaint first([list](QObject *o) { return o == list->viewport() && list->model()->rowCount() > 0; });
    app.installEventFilter(&first);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && (qstrcmp(argv[1], "--minimal") == 0 || qstrcmp(argv[1], "--main") == 0))
        return child(qstrcmp(argv[1], "--minimal") == 0, argc, argv);

    QCoreApplication app(argc, argv);
    const int reps = bench::repetitions(5);
    const auto start = [](const char *mode) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), QDir::tempPath() + QStringLiteral("/osm-bench-startup")); // no real settings
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        process.start(QCoreApplication::applicationFilePath(), {QLatin1String(mode)});
        double ms = -1;
        bench::spinUntil([&] {
            if (ms < 0 && process.canReadLine() && process.readLine().startsWith("painted"))
                ms = double(clock.nsecsElapsed()) / 1e6;
            return process.state() == QProcess::NotRunning;
        }, 120000);
        return ms;
    };
    start("--minimal"); // warm the file cache for both
    start("--main");
    QList<double> minimal, main;
    for (int rep = 0; rep < reps; ++rep) { // alternating
        minimal.append(start("--minimal"));
        main.append(start("--main"));
    }
    const double minimalMs = bench::median(minimal), mainMs = bench::median(main);
    bench::report("6.startup.minimal-window", minimalMs, "ms", "reference");
    bench::report("6.startup.main-window", mainMs, "ms", "<=2x minimal", mainMs / minimalMs,
                  bench::verdict(mainMs > 0 && mainMs <= 2 * minimalMs));
    return 0;
}
