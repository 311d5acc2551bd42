// Figure 4 of issue 8: the case list at scale. 100,000 cases enter ui::CaseListModel through its public API
// and the real pipeline (ApiClient, interpreter, CaseList parsing) fed by an in-memory transport; then the
// proxy the main window uses (MainWindow::buildCaseView: ui::CaseListProxyModel on RawValueRole, all columns,
// case-insensitive) sorts by created time and filters by a keyword. Memory per case is the heap the filled
// model holds, divided by its rows.
//
// list_cases takes offset 0..65535 (5.11.9), so paging alone stops at 65,600 cases; the rest arrive the way
// new cases do, through refresh() (first page merged at the top). That limit is the API's, not the model's.
#include "BenchSupport.h"
#include "CannedNetwork.h"

#include "models/CaseListModel.h"
#include "models/CaseListProxyModel.h"
#include "net/ApiClient.h"
#include "net/RateLimiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QUrlQuery>

using namespace osm;

namespace {

constexpr int kCases = 100000;
constexpr int kPage = 100;
const QString kKeyword = QStringLiteral("timeout"); // in about 1 description of 50

// One case as osm-sim lists it (sim/routes/JsonViews.cpp caseListItem), with varied lengths.
QJsonObject caseJson(int n)
{
    static const QStringList products = {QStringLiteral("弹性云服务器 ECS"), QStringLiteral("Object Storage Service"),
                                         QStringLiteral("云数据库 RDS"), QStringLiteral("Virtual Private Cloud")};
    static const QStringList words = {QStringLiteral("instance"), QStringLiteral("无法登录"), QStringLiteral("disk"),
                                      QStringLiteral("扩容失败"), QStringLiteral("network"), QStringLiteral("billing"),
                                      QStringLiteral("安全组"), QStringLiteral("snapshot"), QStringLiteral("quota")};
    QString description;
    for (int w = 0; w < 6 + n % 14; ++w)
        description += words.at((n * 7 + w * 3) % words.size()) + QLatin1Char(' ');
    if (n % 50 == 7)
        description += QStringLiteral("connection timeout");
    QJsonArray labels;
    for (int l = 0; l < n % 3; ++l)
        labels.append(QJsonObject{{QStringLiteral("label_id"), 1 + (n + l) % 20},
                                  {QStringLiteral("name"), QStringLiteral("label-%1").arg((n + l) % 20)},
                                  {QStringLiteral("color"), QStringLiteral("#3377ff")}});
    const QDateTime created = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 1537 % 200000000);
    return QJsonObject{
        {QStringLiteral("xcustomer_id"), QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f%1").arg(n % 10)},
        {QStringLiteral("xcustomer_name"), QStringLiteral("user%1").arg(n % 40)},
        {QStringLiteral("status"), n % 5},
        {QStringLiteral("incident_id"), QStringLiteral("TS2026%1").arg(n, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("business_type_name"), QStringLiteral("Technical issue")},
        {QStringLiteral("product_category_name"), products.at(n % products.size())},
        {QStringLiteral("incident_service_type"), QStringLiteral("Technical support")},
        {QStringLiteral("incident_type_name"), QStringLiteral("Technical issues")},
        {QStringLiteral("customer_id"), QStringLiteral("0d5c1e2f3a4b4c5d8e9f00112233aabb")},
        {QStringLiteral("dc_name"), QStringLiteral("CN South-Guangzhou")},
        {QStringLiteral("simple_description"), description},
        {QStringLiteral("root_cause"), QString()},
        {QStringLiteral("resolution"), QString()},
        {QStringLiteral("create_time"), created.toString(Qt::ISODate)},
        {QStringLiteral("confirmed_time"), QString()},
        {QStringLiteral("label_list"), labels},
        {QStringLiteral("gray"), false},
        {QStringLiteral("type"), 1},
    };
}

// Each answer is the next 100 cases not sent yet: offset pages while paging, new cases while refreshing.
class CaseSource
{
public:
    QByteArray nextPage()
    {
        QJsonArray list;
        for (int i = 0; i < kPage && m_next < kCases; ++i)
            list.append(caseJson(m_next++));
        return QJsonDocument(QJsonObject{{QStringLiteral("count"), kCases}, {QStringLiteral("incident_info_list"), list}})
            .toJson(QJsonDocument::Compact);
    }

private:
    int m_next = 0;
};

Credentials benchCredentials()
{
    Credentials c;
    c.accessKey = QStringLiteral("BENCHAK");
    c.secretKey = QStringLiteral("BENCHSK");
    c.domainId = QStringLiteral("0d5c1e2f3a4b4c5d8e9f00112233aabb");
    return c;
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int reps = bench::repetitions();
    const QUrl base(QStringLiteral("https://osm.bench.invalid"));

    const qint64 heapBefore = bench::heapInUse();
    auto *model = new ui::CaseListModel;
    {
        CaseSource source;
        bench::CannedNetwork network([&](const QNetworkRequest &) { return source.nextPage(); });
        ApiClient client(Endpoint{base, base}, benchCredentials());
        client.setNetworkAccessManager(&network);
        client.setRateLimiter(RateLimiter(1e9, 1000000));

        QElapsedTimer fill;
        fill.start();
        model->setClient(&client);
        const QModelIndex root;
        bool failed = false;
        QObject::connect(model, &ui::CaseListModel::loadFailed, model, [&failed] { failed = true; });
        while (bench::spinUntil([&] { return !model->isLoading(); }) && model->canFetchMore(root) && !failed)
            model->fetchMore(root);
        const int paged = model->rowCount();
        const qint64 pagedMs = fill.elapsed();
        while (model->rowCount() < kCases) {
            const int before = model->rowCount();
            model->refresh();
            bench::spinUntil([&] { return !model->isLoading(); });
            if (model->rowCount() == before)
                break;
        }
        const qint64 fillMs = fill.elapsed();
        std::printf("# %d cases paged (offset limit 65535), %d in all after refreshes, %d requests\n", paged,
                    model->rowCount(), network.requestCount());
        bench::report("4.caselist.fill-paged", double(pagedMs), "ms", "- (65,600 paged)");
        bench::report("4.caselist.fill-refreshed", double(fillMs - pagedMs), "ms", "- (34,400 refreshed)");
        // The client goes at the end of this scope; the model's QPointer forgets it and the rows stay.
        settle();
    }
    settle();
    const int rows = model->rowCount();
    if (rows < kCases)
        std::fprintf(stderr, "bench_caselist: only %d rows\n", rows);
    const double perCase = double(bench::heapInUse() - heapBefore) / std::max(1, rows);
    bench::report("4.caselist.memory-per-case", perCase, "B/case", "<=1024 B", perCase / 1024.0,
                  bench::verdict(perCase <= 1024));

    // The main window's proxy, and side by side the generic QSortFilterProxyModel it replaced (same settings:
    // RawValueRole, all columns, case-insensitive), which asks data() for every column of every row. Times are
    // the thread's CPU time (a loaded machine stretches wall time several-fold); on an idle machine they are
    // the wall time.
    ui::CaseListProxyModel proxy;
    QSortFilterProxyModel generic;
    for (QSortFilterProxyModel *p : {static_cast<QSortFilterProxyModel *>(&proxy), &generic}) {
        p->setSourceModel(model);
        p->setSortRole(ui::CaseListModel::RawValueRole);
        p->setFilterCaseSensitivity(Qt::CaseInsensitive);
        p->setFilterKeyColumn(-1);
    }
    const auto sortMs = [](QSortFilterProxyModel &p) {
        p.sort(-1); // back to source order, untimed
        const double start = bench::threadCpuMs();
        p.sort(ui::CaseListModel::Created, Qt::DescendingOrder);
        return bench::threadCpuMs() - start;
    };
    int matches = 0, genericMatches = 0;
    const auto filterMs = [](QSortFilterProxyModel &p, int &rowsLeft) {
        p.setFilterFixedString(QString()); // all rows again, untimed
        const double start = bench::threadCpuMs();
        p.setFilterFixedString(kKeyword);
        const double ms = bench::threadCpuMs() - start;
        rowsLeft = p.rowCount();
        return ms;
    };
    QList<double> sorts, genericSorts, filters, genericFilters;
    for (int rep = 0; rep < reps; ++rep) { // alternating, so that both see the same machine
        sorts.append(sortMs(proxy));
        genericSorts.append(sortMs(generic));
    }
    for (int rep = 0; rep < reps; ++rep) {
        filters.append(filterMs(proxy, matches));
        genericFilters.append(filterMs(generic, genericMatches));
    }
    const double sort = bench::median(sorts), genericSort = bench::median(genericSorts);
    bench::report("4.caselist.sort-created.generic", genericSort, "ms cpu", "reference (before)");
    bench::report("4.caselist.sort-created", sort, "ms cpu", "<=150 ms", sort / 150.0, bench::verdict(sort <= 150));
    std::printf("# sort: %.1fx faster than the generic proxy\n", genericSort / sort);
    std::printf("# keyword \"%s\": %d of %d rows (generic proxy: %d)\n", qPrintable(kKeyword), matches, rows,
                genericMatches);
    const double filter = bench::median(filters), genericFilter = bench::median(genericFilters);
    bench::report("4.caselist.filter-keyword.generic", genericFilter, "ms cpu", "reference (before)");
    bench::report("4.caselist.filter-keyword", filter, "ms cpu", "<=50 ms", filter / 50.0, bench::verdict(filter <= 50));
    std::printf("# filter: %.1fx faster than the generic proxy\n", genericFilter / filter);
    delete model;
    return 0;
}
