#include "DiagnoseRoutes.h"

#include "DemoCredentials.h"
#include "Server.h"
#include "data/DiagnoseBook.h"
#include "http/BodyReader.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <limits>

namespace osm::sim {

namespace {

constexpr int kUnlimited = std::numeric_limits<int>::max(); // fields the tables give no length
const QString kPrefix = QStringLiteral("/v2.0/servicerequest/diagnose");

// Business errors (appendix 7.1), HTTP 200.
Response paramValidationFailed()
{
    return Response::osmError(200, QStringLiteral("OSM.01010001"), QStringLiteral("Param validation failed."));
}

Response regionNotFound()
{
    return Response::osmError(200, QStringLiteral("OSM.01010033"), QStringLiteral("The regionId does not exist."));
}

QString hexId(const QString &seed, int length)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex().left(length));
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// The advice pages of a check (fictional: example.com), per site and language.
QString adviceUrl(const QString &checkId, const char *site)
{
    return QStringLiteral("https://example.com/osm-sim/diagnose/%1/%2").arg(QLatin1String(site), checkId);
}

// 5.15.6 list_diagnose_vm_resources: offset is a 1-based page ("default 1"), limit its size ("default 5").
Response listVmResources(Request &r)
{
    Params p(r);
    BodyReader body(p, p.bodyObject(true));
    const QString projectId = body.string(QStringLiteral("project_id"), 1, kUnlimited, true);
    const QString region = body.string(QStringLiteral("region"), 0, kUnlimited);
    const qint64 offset = body.integer(QStringLiteral("offset"), 1, std::numeric_limits<int>::max()).value_or(1);
    const qint64 limit = body.integer(QStringLiteral("limit"), 1, 100).value_or(5);
    const QString vmId = body.string(QStringLiteral("vm_id"), 0, kUnlimited);
    const QString eip = body.string(QStringLiteral("eip"), 0, kUnlimited);
    const QString vmName = body.string(QStringLiteral("vm_name"), 0, kUnlimited);
    if (!p.ok())
        return p.error();
    if (!region.isEmpty() && !DiagnoseBook::regions().contains(region))
        return regionNotFound();

    QList<DiagnoseBook::Vm> matches;
    // The demo account has one project; another project holds no VMs.
    if (projectId == QLatin1String(demo::kProjectId)) {
        for (const DiagnoseBook::Vm &vm : DiagnoseBook::vms(region)) {
            if ((vmId.isEmpty() || vm.id == vmId) && (eip.isEmpty() || vm.publicIp == eip || vm.privateIp == eip)
                && (vmName.isEmpty() || vm.name.contains(vmName, Qt::CaseInsensitive)))
                matches.append(vm);
        }
    }
    QJsonArray result;
    for (qint64 i = (offset - 1) * limit; i < matches.size() && i < offset * limit; ++i) {
        const DiagnoseBook::Vm &vm = matches.at(i);
        const QString network = QUuid::createUuidV5(QUuid(), QStringLiteral("vpc:") + vm.region).toString(QUuid::WithoutBraces);
        const QString mac = QStringLiteral("fa:16:3e:%1:%2:%3").arg(hexId(vm.id, 2), hexId(vm.id + QLatin1Char('m'), 2),
                                                                 hexId(vm.id + QLatin1Char('n'), 2));
        QJsonArray addresses{QJsonObject{
            {QStringLiteral("version"), QStringLiteral("4")},
            {QStringLiteral("addr"), vm.privateIp},
            {QStringLiteral("primary"), QStringLiteral("true")},
            {QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), mac},
            {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("fixed")},
            {QStringLiteral("OS-EXT-IPS:port_id"), QUuid::createUuidV5(QUuid(), QStringLiteral("port:") + vm.id).toString(QUuid::WithoutBraces)},
        }};
        addresses.append(QJsonObject{
            {QStringLiteral("version"), QStringLiteral("4")},
            {QStringLiteral("addr"), vm.publicIp},
            {QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), mac},
            {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("floating")},
        });
        // The example's shape: numbers as strings in flavor, tenant_id/user_id (the table: tenantId/userId).
        result.append(QJsonObject{
            {QStringLiteral("id"), vm.id},
            {QStringLiteral("name"), vm.name},
            {QStringLiteral("addresses"), QJsonObject{{network, addresses}}},
            {QStringLiteral("flavor"), QJsonObject{
                 {QStringLiteral("disk"), QStringLiteral("0")},
                 {QStringLiteral("vcpus"), QString::number(vm.vcpus)},
                 {QStringLiteral("ram"), QString::number(vm.ramMb)},
                 {QStringLiteral("id"), vm.flavor},
                 {QStringLiteral("name"), vm.flavor},
                 {QStringLiteral("gpus"), QStringLiteral("[]")},
                 {QStringLiteral("asic_accelerators"), QStringLiteral("[]")},
             }},
            {QStringLiteral("status"), vm.status},
            {QStringLiteral("progress"), QStringLiteral("0")},
            {QStringLiteral("metadata"), QJsonObject{
                 {QStringLiteral("image_name"), vm.imageName},
                 {QStringLiteral("os_type"), vm.osType},
                 {QStringLiteral("os_bit"), QStringLiteral("64")},
                 {QStringLiteral("vpc_id"), network},
                 {QStringLiteral("charging_mode"), QStringLiteral("0")},
             }},
            {QStringLiteral("tenant_id"), projectId},
            {QStringLiteral("user_id"), hexId(r.identity.domainId, 32)},
            {QStringLiteral("public_ip_address"), vm.publicIp},
            {QStringLiteral("fault"), vm.fault},
            {QStringLiteral("accessIPv4"), vm.privateIp},
            {QStringLiteral("accessIPv6"), QString()},
            {QStringLiteral("hostId"), vm.hostId},
        });
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), matches.size()}, {QStringLiteral("result"), result}});
}

// 5.15.5 start_diagnose_job: ECS and remote login need params vm_id or eip (the description says eip, the
// example vm_id), RDS instanceId (or instance_id); region_id defaults to cn-south-1.
Response startJob(Server &server, Request &r)
{
    Params p(r);
    BodyReader body(p, p.bodyObject(true));
    const std::optional<qint64> type = body.integer(QStringLiteral("type"), 1, 4, true);
    const std::optional<QMap<QString, QString>> params = body.stringMap(QStringLiteral("params"), true);
    QString region = body.string(QStringLiteral("region_id"), 0, 64);
    if (!p.ok())
        return p.error();
    if (region.isEmpty())
        region = DiagnoseBook::regions().first();
    if (!DiagnoseBook::regions().contains(region))
        return regionNotFound();
    const auto given = [&params](const char *key) { return !params->value(QLatin1String(key)).trimmed().isEmpty(); };
    const bool hasTarget = *type == DiagnoseBook::kNetworkHealth
                           || (*type == DiagnoseBook::kRds ? given("instanceId") || given("instance_id")
                                                            : given("vm_id") || given("eip"));
    if (!hasTarget)
        return paramValidationFailed();
    const DiagnoseBook::Job &job = DiagnoseBook::of(server).start(r.identity.domainId, int(*type), region, *params);
    // job_id is a String here (an Integer in 5.15.3).
    return Response::json(QJsonObject{{QStringLiteral("job_id"), QString::number(job.id)}});
}

// 5.15.3 show_diagnose_job: each poll moves the job on (preparing → running → completed/failed).
Response showJob(Server &server, Request &r)
{
    Params p(r);
    const QString jobId = p.string(QStringLiteral("job_id"), 64, true);
    const QString region = p.string(QStringLiteral("region_id"), kUnlimited);
    if (!p.ok())
        return p.error();
    DiagnoseBook &book = DiagnoseBook::of(server);
    DiagnoseBook::Job *job = book.job(r.identity.domainId, jobId);
    if (!job || (!region.isEmpty() && job->region != region))
        return paramValidationFailed();
    QJsonArray items;
    for (const DiagnoseBook::Item &item : book.items(*job)) {
        items.append(QJsonObject{
            {QStringLiteral("status"), item.status},
            {QStringLiteral("visible"), 1},
            {QStringLiteral("resource_id"), item.check.resourceId},
            {QStringLiteral("resource_name"), r.wantsEnglish() ? item.check.resourceEn : item.check.resourceZh},
            {QStringLiteral("check_id"), item.check.id},
            {QStringLiteral("check_name"), r.wantsEnglish() ? item.check.nameEn : item.check.nameZh},
            {QStringLiteral("problem_level"), item.problemLevel},
        });
    }
    const QJsonObject answer{
        {QStringLiteral("status"), book.status(*job)},
        {QStringLiteral("job_id"), job->id}, // an Integer, as the table says
        {QStringLiteral("domain_id"), job->domainId},
        {QStringLiteral("items_result"), items},
        {QStringLiteral("create_time"), job->created.toSecsSinceEpoch()},
    };
    book.countPoll(*job);
    return Response::json(answer);
}

// 5.15.2 show_diagnose_item_results: the chosen items (all without item_ids) of a job as they stand.
Response showItems(Server &server, Request &r)
{
    Params p(r);
    BodyReader body(p, p.bodyObject(true));
    const QString jobId = body.string(QStringLiteral("job_id"), 0, 64);
    // An array in the table, a string in the request example: both are read.
    const QStringList itemIds = body.strings(QStringLiteral("item_ids"), 1, 100, 0, 64, false, true);
    const QString region = body.string(QStringLiteral("region_id"), 0, kUnlimited);
    if (!p.ok())
        return p.error();
    DiagnoseBook &book = DiagnoseBook::of(server);
    const DiagnoseBook::Job *job = book.job(r.identity.domainId, jobId);
    if (!job || (!region.isEmpty() && job->region != region))
        return paramValidationFailed();
    QJsonArray results;
    for (const DiagnoseBook::Item &item : book.items(*job)) {
        if (!itemIds.isEmpty() && !itemIds.contains(item.check.id))
            continue;
        const bool abnormal = item.problemLevel == DiagnoseBook::kAbnormal;
        QString response;
        if (item.problemLevel != DiagnoseBook::kNotExecuted)
            response = abnormal ? item.check.finding : QStringLiteral("OK");
        results.append(QJsonObject{
            {QStringLiteral("status"), item.status},
            {QStringLiteral("level"), item.problemLevel},
            {QStringLiteral("suggestion"), abnormal ? item.check.adviceZh : QString()},
            {QStringLiteral("response"), response},
            {QStringLiteral("check_id"), item.check.id},
            {QStringLiteral("check_name"), item.check.nameZh},
            {QStringLiteral("check_name_en"), item.check.nameEn},
            {QStringLiteral("suggestion_url"), adviceUrl(item.check.id, "zh-cn")},
            {QStringLiteral("suggestion_en"), abnormal ? item.check.adviceEn : QString()},
            {QStringLiteral("suggestion_url_en"), adviceUrl(item.check.id, "en-us")},
            {QStringLiteral("suggestion_url_intl_zh"), adviceUrl(item.check.id, "intl/zh-cn")},
            {QStringLiteral("suggestion_url_intl_en"), adviceUrl(item.check.id, "intl/en-us")},
        });
    }
    // The demo account is on the China site.
    return Response::json(QJsonObject{{QStringLiteral("site"), 0}, {QStringLiteral("item_results"), results}});
}

// 5.15.4 list_diagnose_records: newest first; type defaults to 1 (ECS) as the table says.
Response listRecords(Server &server, Request &r)
{
    Params p(r);
    const int pageSize = p.integer(QStringLiteral("page_size"), 10, 1, 100);
    const int pageNo = p.integer(QStringLiteral("page_no"), 1, 1, std::numeric_limits<int>::max());
    const int type = p.integer(QStringLiteral("type"), DiagnoseBook::kEcs, 1, 4);
    const QString region = p.string(QStringLiteral("region_id"), kUnlimited);
    if (!p.ok())
        return p.error();
    DiagnoseBook &book = DiagnoseBook::of(server);
    const QList<const DiagnoseBook::Job *> jobs = book.history(r.identity.domainId, type, region);
    QJsonArray records;
    const qint64 first = qint64(pageNo - 1) * pageSize;
    for (qint64 i = first; i < jobs.size() && i < first + pageSize; ++i) {
        const DiagnoseBook::Job &job = *jobs.at(i);
        QJsonArray abnormal;
        for (const DiagnoseBook::Item &item : book.items(job)) {
            if (item.problemLevel == DiagnoseBook::kAbnormal)
                abnormal.append(item.check.id);
        }
        records.append(QJsonObject{
            {QStringLiteral("id"), hexId(QStringLiteral("record:%1").arg(job.id), 32)},
            {QStringLiteral("status"), QString::number(book.status(job))}, // a String here
            {QStringLiteral("params"), stringMap(job.params)},
            {QStringLiteral("domain_id"), job.domainId},
            {QStringLiteral("create_time"), job.created.toSecsSinceEpoch()},
            {QStringLiteral("job_id"), QString::number(job.id)},
            {QStringLiteral("abnormal_items"), abnormal},
            {QStringLiteral("red_count"), abnormal.size()},
            {QStringLiteral("region"), job.region},
        });
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), jobs.size()}, {QStringLiteral("records"), records}});
}

// 5.15.1 create_diagnose_feedback: about the account's latest job of the type; once per job, when finished.
Response feedback(Server &server, Request &r)
{
    Params p(r);
    BodyReader body(p, p.bodyObject(true));
    const std::optional<qint64> type = body.integer(QStringLiteral("type"), 1, 4, true);
    const QString content = body.string(QStringLiteral("content"), 0, 10000);
    const std::optional<bool> helpful = body.boolean(QStringLiteral("is_helpful"), true);
    const QString region = body.string(QStringLiteral("region_id"), 0, kUnlimited);
    if (!p.ok())
        return p.error();
    switch (DiagnoseBook::of(server).feedback(r.identity.domainId, int(*type), region, *helpful, content)) {
    case DiagnoseBook::FeedbackOutcome::Recorded:
        return Response::empty();
    case DiagnoseBook::FeedbackOutcome::NoJob:
        return paramValidationFailed();
    case DiagnoseBook::FeedbackOutcome::NotFinished:
        return Response::osmError(200, QStringLiteral("OSM.01010034"),
                                  QStringLiteral("The status is illegal for this operation."));
    case DiagnoseBook::FeedbackOutcome::AlreadyGiven:
        break;
    }
    return Response::osmError(200, QStringLiteral("OSM.01010019"), QStringLiteral("The operation is illegal."));
}

} // namespace

void DiagnoseRoutes::registerRoutes(Router &router, Server &server)
{
    DiagnoseBook::of(server);
    router.add("POST", kPrefix + QStringLiteral("/job/vm/resources"), Router::Auth::Osm,
               [](Request &r) { return listVmResources(r); });
    router.add("POST", kPrefix + QStringLiteral("/job/start"), Router::Auth::Osm,
               [&server](Request &r) { return startJob(server, r); });
    router.add("GET", kPrefix + QStringLiteral("/job"), Router::Auth::Osm,
               [&server](Request &r) { return showJob(server, r); });
    router.add("POST", kPrefix + QStringLiteral("/job/show-items"), Router::Auth::Osm,
               [&server](Request &r) { return showItems(server, r); });
    router.add("GET", kPrefix + QStringLiteral("/records"), Router::Auth::Osm,
               [&server](Request &r) { return listRecords(server, r); });
    router.add("POST", kPrefix + QStringLiteral("/feedback"), Router::Auth::Osm,
               [&server](Request &r) { return feedback(server, r); });
}

} // namespace osm::sim
