#include "DiagnoseBook.h"

#include "DemoCredentials.h"
#include "Server.h"
#include "data/Catalog.h"

#include <QCryptographicHash>
#include <QUuid>

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-diagnose-book");

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A VM of the demo account. Every region holds the first n of these (7, 3, 2, 1 in the Catalog's order).
struct VmTemplate
{
    const char *name;
    const char *status;
    const char *fault;
    const char *flavor;
    int vcpus;
    int ramMb;
    const char *osType;
    const char *image;
    QStringList abnormal;
};

const QList<VmTemplate> &vmTemplates()
{
    static const QList<VmTemplate> templates{
        {"ecs-web-01", "ACTIVE", "", "s6.large.2", 2, 4096, "Linux", "EulerOS 2.10 64bit", {}},
        {"ecs-web-02", "ACTIVE", "CPU usage high", "s6.large.2", 2, 4096, "Linux", "EulerOS 2.10 64bit",
         {QStringLiteral("ecs_cpu_usage")}},
        {"ecs-db-01", "ACTIVE", "Disk almost full", "s6.xlarge.2", 4, 8192, "Linux", "CentOS 7.9 64bit",
         {QStringLiteral("ecs_disk_usage")}},
        {"ecs-jump-host", "ACTIVE", "SSH port not listening", "s6.medium.2", 1, 2048, "Linux", "Ubuntu 22.04 64bit",
         {QStringLiteral("ecs_security_group"), QStringLiteral("login_port_listen"),
          QStringLiteral("login_security_group")}},
        {"ecs-batch-01", "SHUTOFF", "Instance stopped", "c7.large.2", 2, 4096, "Linux", "EulerOS 2.10 64bit",
         {QStringLiteral("ecs_instance_status"), QStringLiteral("login_instance_running")}},
        {"ecs-cache-01", "ACTIVE", "", "m6.large.8", 2, 16384, "Linux", "CentOS 7.9 64bit", {}},
        {"ecs-win-01", "ACTIVE", "Memory usage high", "s6.xlarge.2", 4, 8192, "Windows", "Windows Server 2019 64bit",
         {QStringLiteral("ecs_memory_usage")}},
    };
    return templates;
}

int vmCount(int regionIndex)
{
    static const int counts[] = {7, 3, 2, 1};
    return regionIndex < 4 ? counts[regionIndex] : 1;
}

// A deterministic number from text (qHash is seeded per process).
quint8 digest(const QString &text)
{
    return quint8(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).at(0));
}

const QList<DiagnoseBook::Check> &checkTable(int type)
{
    using C = DiagnoseBook::Check;
    static const QList<C> ecs{
        {QStringLiteral("ecs_instance_status"), QStringLiteral("instance"), text("实例"), QStringLiteral("Instance"),
         text("实例运行状态"), QStringLiteral("Instance status"), text("请在控制台启动实例。"),
         QStringLiteral("Start the instance in the console."), QStringLiteral("status SHUTOFF, expected ACTIVE")},
        {QStringLiteral("ecs_cpu_usage"), QStringLiteral("performance"), text("性能"), QStringLiteral("Performance"),
         text("CPU使用率"), QStringLiteral("CPU usage"), text("请排查占用CPU的进程或升级规格。"),
         QStringLiteral("Find the processes using the CPU or choose a larger flavor."),
         QStringLiteral("CPU usage 97% over 5 minutes, threshold 80%")},
        {QStringLiteral("ecs_memory_usage"), QStringLiteral("performance"), text("性能"), QStringLiteral("Performance"),
         text("内存使用率"), QStringLiteral("Memory usage"), text("请排查占用内存的进程或升级规格。"),
         QStringLiteral("Find the processes using the memory or choose a larger flavor."),
         QStringLiteral("memory usage 93%, threshold 85%")},
        {QStringLiteral("ecs_disk_usage"), QStringLiteral("storage"), text("存储"), QStringLiteral("Storage"),
         text("磁盘空间"), QStringLiteral("Disk space"), text("请清理磁盘或扩容。"),
         QStringLiteral("Free disk space or expand the disk."), QStringLiteral("/ is 98% full, threshold 90%")},
        {QStringLiteral("ecs_security_group"), QStringLiteral("network"), text("网络"), QStringLiteral("Network"),
         text("安全组规则"), QStringLiteral("Security group rules"), text("请放通所需端口的入方向规则。"),
         QStringLiteral("Allow inbound traffic to the ports you need."),
         QStringLiteral("no inbound rule allows TCP 22")},
    };
    static const QList<C> rds{
        {QStringLiteral("rds_instance_status"), QStringLiteral("instance"), text("实例"), QStringLiteral("Instance"),
         text("数据库实例状态"), QStringLiteral("DB instance status"), text("请检查实例是否正常运行。"),
         QStringLiteral("Check that the DB instance is running."), QStringLiteral("instance status abnormal")},
        {QStringLiteral("rds_connections"), QStringLiteral("performance"), text("性能"), QStringLiteral("Performance"),
         text("连接数使用率"), QStringLiteral("Connection usage"), text("请检查连接池配置。"),
         QStringLiteral("Check the connection pool settings."), QStringLiteral("connections 1980 of 2000")},
        {QStringLiteral("rds_storage_usage"), QStringLiteral("storage"), text("存储"), QStringLiteral("Storage"),
         text("存储空间使用率"), QStringLiteral("Storage usage"), text("请扩容存储空间。"),
         QStringLiteral("Expand the storage."), QStringLiteral("storage 95% used, threshold 85%")},
        {QStringLiteral("rds_slow_queries"), QStringLiteral("performance"), text("性能"), QStringLiteral("Performance"),
         text("慢SQL"), QStringLiteral("Slow queries"), text("请优化慢SQL或添加索引。"),
         QStringLiteral("Tune the slow queries or add indexes."), QStringLiteral("312 slow queries in the last hour")},
    };
    static const QList<C> login{
        {QStringLiteral("login_instance_running"), QStringLiteral("instance"), text("实例"), QStringLiteral("Instance"),
         text("实例是否运行"), QStringLiteral("Instance running"), text("请先启动实例。"),
         QStringLiteral("Start the instance first."), QStringLiteral("status SHUTOFF")},
        {QStringLiteral("login_port_listen"), QStringLiteral("os"), text("操作系统"), QStringLiteral("Operating system"),
         text("远程登录端口监听"), QStringLiteral("Remote login port listening"), text("请检查sshd服务是否启动。"),
         QStringLiteral("Check that sshd is running."), QStringLiteral("nothing listens on TCP 22")},
        {QStringLiteral("login_security_group"), QStringLiteral("network"), text("网络"), QStringLiteral("Network"),
         text("安全组放通远程登录端口"), QStringLiteral("Security group allows remote login"),
         text("请添加放通22/3389端口的入方向规则。"), QStringLiteral("Allow inbound TCP 22 or 3389."),
         QStringLiteral("no inbound rule for TCP 22/3389")},
        {QStringLiteral("login_eip_bound"), QStringLiteral("network"), text("网络"), QStringLiteral("Network"),
         text("弹性公网IP绑定"), QStringLiteral("EIP bound"), text("请为实例绑定弹性公网IP。"),
         QStringLiteral("Bind an EIP to the instance."), QStringLiteral("no EIP bound")},
    };
    static const QList<C> network{
        {QStringLiteral("net_eip_bandwidth"), QStringLiteral("network"), text("网络"), QStringLiteral("Network"),
         text("公网带宽使用率"), QStringLiteral("EIP bandwidth usage"), text("请扩大带宽。"),
         QStringLiteral("Increase the bandwidth."), QStringLiteral("bandwidth 100% used for 12 minutes")},
        {QStringLiteral("net_route_table"), QStringLiteral("network"), text("网络"), QStringLiteral("Network"),
         text("路由表"), QStringLiteral("Route table"), text("请检查默认路由。"),
         QStringLiteral("Check the default route."), QStringLiteral("no default route in the subnet's table")},
        {QStringLiteral("net_dns"), QStringLiteral("network"), text("网络"), QStringLiteral("Network"),
         text("DNS解析"), QStringLiteral("DNS resolution"), text("请检查子网的DNS服务器配置。"),
         QStringLiteral("Check the subnet's DNS servers."), QStringLiteral("resolving huaweicloud.com timed out")},
    };
    static const QList<C> none;
    switch (type) {
    case DiagnoseBook::kEcs: return ecs;
    case DiagnoseBook::kRds: return rds;
    case DiagnoseBook::kRemoteLogin: return login;
    case DiagnoseBook::kNetworkHealth: return network;
    default: return none;
    }
}
} // namespace

DiagnoseBook::DiagnoseBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
    seedHistory(QString::fromLatin1(demo::kDomainId));
}

DiagnoseBook &DiagnoseBook::of(Server &server)
{
    if (auto *book = server.findChild<DiagnoseBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new DiagnoseBook(&server);
}

QStringList DiagnoseBook::regions()
{
    QStringList ids;
    for (const Catalog::Entry &region : Catalog::instance().regions)
        ids.append(region.id);
    return ids;
}

const QList<DiagnoseBook::Vm> &DiagnoseBook::allVms()
{
    static const QList<Vm> vms = [] {
        QList<Vm> all;
        const QStringList regionIds = regions();
        for (int r = 0; r < regionIds.size(); ++r) {
            for (int k = 0; k < vmCount(r) && k < vmTemplates().size(); ++k) {
                const VmTemplate &t = vmTemplates().at(k);
                const QString key = regionIds.at(r) + QLatin1Char('/') + QLatin1String(t.name);
                Vm vm;
                vm.region = regionIds.at(r);
                vm.id = QUuid::createUuidV5(QUuid(), QStringLiteral("vm:") + key).toString(QUuid::WithoutBraces);
                vm.name = QLatin1String(t.name);
                vm.privateIp = QStringLiteral("192.168.%1.%2").arg(r).arg(10 + k);
                // Documentation addresses (RFC 5737): nothing real is named.
                vm.publicIp = QStringLiteral("203.0.%1.%2").arg(113 + r).arg(10 + k);
                vm.status = QLatin1String(t.status);
                vm.fault = QLatin1String(t.fault);
                vm.hostId = QString::fromLatin1(QCryptographicHash::hash((QStringLiteral("host:") + key).toUtf8(),
                                                                         QCryptographicHash::Sha256).toHex().left(56));
                vm.flavor = QLatin1String(t.flavor);
                vm.vcpus = t.vcpus;
                vm.ramMb = t.ramMb;
                vm.osType = QLatin1String(t.osType);
                vm.imageName = QLatin1String(t.image);
                vm.abnormalChecks = t.abnormal;
                all.append(vm);
            }
        }
        return all;
    }();
    return vms;
}

QList<DiagnoseBook::Vm> DiagnoseBook::vms(const QString &region)
{
    QList<Vm> result;
    for (const Vm &vm : allVms()) {
        if (region.isEmpty() || vm.region == region)
            result.append(vm);
    }
    return result;
}

const DiagnoseBook::Vm *DiagnoseBook::findVm(const QString &region, const QString &vmId, const QString &eip)
{
    for (const Vm &vm : allVms()) {
        if (vm.region != region)
            continue;
        if ((!vmId.isEmpty() && vm.id == vmId) || (!eip.isEmpty() && (vm.publicIp == eip || vm.privateIp == eip)))
            return &vm;
    }
    return nullptr;
}

QList<DiagnoseBook::Check> DiagnoseBook::checks(int type)
{
    return checkTable(type);
}

QStringList DiagnoseBook::outcome(int type, const QString &region, const QMap<QString, QString> &params,
                                  bool *targetMissing) const
{
    *targetMissing = false;
    const QList<Check> &table = checkTable(type);
    QStringList abnormal;
    if (type == kEcs || type == kRemoteLogin) {
        const Vm *vm = findVm(region, params.value(QStringLiteral("vm_id")), params.value(QStringLiteral("eip")));
        if (!vm) {
            *targetMissing = true;
            return {};
        }
        for (const Check &check : table) {
            if (vm->abnormalChecks.contains(check.id))
                abnormal.append(check.id);
        }
        return abnormal;
    }
    // RDS instances and regional networks are not modelled: one item or none fails, by the target's digest.
    QString target = region;
    if (type == kRds)
        target += params.value(QStringLiteral("instanceId"), params.value(QStringLiteral("instance_id")));
    const int index = digest(target) % (table.size() + 1);
    if (index < table.size())
        abnormal.append(table.at(index).id);
    return abnormal;
}

DiagnoseBook::Job &DiagnoseBook::add(const QString &domainId, int type, const QString &region,
                                     const QMap<QString, QString> &params, const QDateTime &created)
{
    auto job = std::make_unique<Job>();
    job->id = m_nextId++;
    job->domainId = domainId;
    job->type = type;
    job->region = region;
    job->params = params;
    job->created = created;
    job->abnormal = outcome(type, region, params, &job->targetMissing);
    m_jobs.push_back(std::move(job));
    return *m_jobs.back();
}

void DiagnoseBook::seedHistory(const QString &domainId)
{
    // 12 ECS, 3 RDS, 2 remote-login and 1 network diagnosis, a day apart from 2026-03-02 (fixed, so that the
    // records are the same in every run), all finished.
    QDateTime when(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
    const auto seed = [&](int type, const QString &region, const QMap<QString, QString> &params) {
        Job &job = add(domainId, type, region, params, when);
        job.finishedAtStart = true;
        when = when.addSecs(26 * 3600);
    };
    const QList<Vm> south = vms(QStringLiteral("cn-south-1"));
    const QList<Vm> north = vms(QStringLiteral("cn-north-4"));
    for (int i = 0; i < 9; ++i)
        seed(kEcs, south.at(i % south.size()).region, {{QStringLiteral("vm_id"), south.at(i % south.size()).id}});
    for (int i = 0; i < 3; ++i)
        seed(kEcs, north.at(i).region, {{QStringLiteral("vm_id"), north.at(i).id}});
    for (int i = 1; i <= 3; ++i)
        seed(kRds, south.first().region, {{QStringLiteral("instanceId"), QStringLiteral("rds-demo-0%1").arg(i)}});
    seed(kRemoteLogin, south.at(3).region, {{QStringLiteral("vm_id"), south.at(3).id}});
    seed(kRemoteLogin, south.at(0).region, {{QStringLiteral("eip"), south.at(0).publicIp}});
    seed(kNetworkHealth, QStringLiteral("cn-east-3"), {});
}

const DiagnoseBook::Job &DiagnoseBook::start(const QString &domainId, int type, const QString &region,
                                             const QMap<QString, QString> &params)
{
    return add(domainId, type, region, params, QDateTime::currentDateTimeUtc());
}

DiagnoseBook::Job *DiagnoseBook::job(const QString &domainId, const QString &jobId)
{
    for (const auto &job : m_jobs) {
        if (job->domainId == domainId && QString::number(job->id) == jobId.trimmed())
            return job.get();
    }
    return nullptr;
}

int DiagnoseBook::stage(const Job &job) const
{
    if (job.finishedAtStart)
        return kStagesToFinish;
    qint64 stage = job.polls;
    if (m_stageIntervalMs > 0)
        stage += job.created.msecsTo(QDateTime::currentDateTimeUtc()) / m_stageIntervalMs;
    return int(std::min<qint64>(stage, kStagesToFinish));
}

int DiagnoseBook::status(const Job &job) const
{
    switch (stage(job)) {
    case 0: return kPreparing;
    case 1: return kRunning;
    default: return job.targetMissing ? kFailed : kCompleted;
    }
}

QList<DiagnoseBook::Item> DiagnoseBook::items(const Job &job) const
{
    const QList<Check> &table = checkTable(job.type);
    const int now = stage(job);
    // Preparing: nothing has run; running: the first half is done and the next one under way; finished: all.
    qsizetype done = now == 0 ? 0 : now == 1 ? (table.size() + 1) / 2 : table.size();
    if (job.targetMissing)
        done = 0; // nothing to check: the job fails
    QList<Item> result;
    for (qsizetype i = 0; i < table.size(); ++i) {
        Item item{table.at(i), 0, kNotExecuted};
        if (i < done) {
            item.status = 100;
            item.problemLevel = job.abnormal.contains(item.check.id) ? kAbnormal : kNormal;
        } else if (i == done && now == 1 && !job.targetMissing) {
            item.status = 50;
        }
        result.append(item);
    }
    return result;
}

QList<const DiagnoseBook::Job *> DiagnoseBook::history(const QString &domainId, int type, const QString &region) const
{
    QList<const Job *> result;
    for (auto it = m_jobs.rbegin(); it != m_jobs.rend(); ++it) {
        const Job &job = **it;
        if (job.domainId == domainId && job.type == type && (region.isEmpty() || job.region == region))
            result.append(&job);
    }
    return result;
}

DiagnoseBook::FeedbackOutcome DiagnoseBook::feedback(const QString &domainId, int type, const QString &region,
                                                     bool helpful, const QString &content)
{
    Job *found = nullptr;
    for (auto it = m_jobs.rbegin(); it != m_jobs.rend() && !found; ++it) {
        Job &job = **it;
        if (job.domainId == domainId && job.type == type && (region.isEmpty() || job.region == region))
            found = &job;
    }
    if (!found)
        return FeedbackOutcome::NoJob;
    Job &latest = *found;
    if (!finished(latest))
        return FeedbackOutcome::NotFinished;
    if (latest.helpful)
        return FeedbackOutcome::AlreadyGiven;
    latest.helpful = helpful;
    latest.feedback = content;
    return FeedbackOutcome::Recorded;
}

} // namespace osm::sim
