#include "Catalog.h"

#include <QCryptographicHash>

namespace osm::sim {

namespace {

QString hashId(const char *text)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(text), QCryptographicHash::Md5).toHex());
}

} // namespace

const Catalog &Catalog::instance()
{
    static const Catalog catalog;
    return catalog;
}

Catalog::Catalog()
{
    subTypes = {
        {QStringLiteral("1"), QStringLiteral("公共基础类"), QStringLiteral("General infrastructure"), {}, 0},
        {QStringLiteral("2"), QStringLiteral("技术类"), QStringLiteral("Technical"), {}, 0},
        {QStringLiteral("3"), QStringLiteral("账务类"), QStringLiteral("Billing and account"), {}, 0},
    };
    productCategories = {
        {hashId("pc:ecs"), QStringLiteral("弹性云服务器 ECS"), QStringLiteral("Elastic Cloud Server (ECS)"), QStringLiteral("2"), 0},
        {hashId("pc:obs"), QStringLiteral("对象存储服务 OBS"), QStringLiteral("Object Storage Service (OBS)"), QStringLiteral("2"), 0},
        {hashId("pc:rds"), QStringLiteral("云数据库 RDS"), QStringLiteral("Relational Database Service (RDS)"), QStringLiteral("2"), 0},
        {hashId("pc:vpc"), QStringLiteral("虚拟私有云 VPC"), QStringLiteral("Virtual Private Cloud (VPC)"), QStringLiteral("2"), 0},
        {hashId("pc:quota"), QStringLiteral("配额类"), QStringLiteral("Quotas"), QStringLiteral("1"), 0},
        {hashId("pc:billing"), QStringLiteral("费用与账单"), QStringLiteral("Billing"), QStringLiteral("3"), 0},
    };
    businessTypes = {
        {hashId("bt:ecs-login"), QStringLiteral("无法登录云服务器"), QStringLiteral("Cannot log in to the server"), productCategories[0].id, 5},
        {hashId("bt:ecs-perf"), QStringLiteral("性能问题"), QStringLiteral("Performance problem"), productCategories[0].id, 5},
        {hashId("bt:obs-access"), QStringLiteral("访问与权限"), QStringLiteral("Access and permissions"), productCategories[1].id, 0},
        {hashId("bt:rds-conn"), QStringLiteral("数据库连接异常"), QStringLiteral("Database connection failure"), productCategories[2].id, 5},
        {hashId("bt:vpc-net"), QStringLiteral("网络不通"), QStringLiteral("Network unreachable"), productCategories[3].id, 5},
        {hashId("bt:quota-raise"), QStringLiteral("配额申请"), QStringLiteral("Quota increase"), productCategories[4].id, 0},
        {hashId("bt:billing-question"), QStringLiteral("活动规则咨询"), QStringLiteral("Pricing and promotion questions"), productCategories[5].id, 0},
    };
    caseTypes = {
        {QStringLiteral("0"), QStringLiteral("咨询类"), QStringLiteral("Consultation"), {}, 0},
        {QStringLiteral("5"), QStringLiteral("故障报障"), QStringLiteral("Fault report"), {}, 5},
    };
    regions = {
        {QStringLiteral("cn-south-1"), QStringLiteral("华南-广州"), QStringLiteral("CN South-Guangzhou"), {}, 0},
        {QStringLiteral("cn-north-4"), QStringLiteral("华北-北京四"), QStringLiteral("CN North-Beijing4"), {}, 0},
        {QStringLiteral("cn-east-3"), QStringLiteral("华东-上海一"), QStringLiteral("CN East-Shanghai1"), {}, 0},
        {QStringLiteral("ap-southeast-1"), QStringLiteral("中国-香港"), QStringLiteral("CN-Hong Kong"), {}, 0},
    };
    severities = {
        {QStringLiteral("1"), QStringLiteral("一般"), QStringLiteral("Minor"), {}, 0},
        {QStringLiteral("2"), QStringLiteral("重要"), QStringLiteral("Major"), {}, 0},
        {QStringLiteral("3"), QStringLiteral("紧急"), QStringLiteral("Critical"), {}, 0},
    };
    sources = {
        {hashId("src:console"), QStringLiteral("用户中心"), QStringLiteral("User center"), {}, 0},
        {hashId("src:api"), QStringLiteral("API"), QStringLiteral("API"), {}, 0},
    };
    rootCauses = {
        {QStringLiteral("PRODUCT_DEFECT"), QStringLiteral("产品缺陷"), QStringLiteral("Product defect"), {}, 0},
        {QStringLiteral("USAGE"), QStringLiteral("用户使用问题"), QStringLiteral("Usage question"), {}, 0},
        {QStringLiteral("CONFIG"), QStringLiteral("配置问题"), QStringLiteral("Configuration issue"), {}, 0},
        {QStringLiteral("EXTERNAL"), QStringLiteral("外部原因"), QStringLiteral("External cause"), {}, 0},
    };
    serviceTypes = {
        {QStringLiteral("TECH"), QStringLiteral("技术服务"), QStringLiteral("Technical service"), {}, 0},
        {QStringLiteral("BILLING"), QStringLiteral("账务服务"), QStringLiteral("Billing service"), {}, 0},
    };
}

const Catalog::Entry *Catalog::find(const QList<Entry> &list, const QString &id)
{
    for (const Entry &entry : list) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QString Catalog::nameOf(const QList<Entry> &list, const QString &id, bool english)
{
    const Entry *entry = find(list, id);
    return entry ? entry->name(english) : QString();
}

bool Catalog::matches(const QList<Entry> &list, const QString &id, const QString &value)
{
    if (id == value)
        return true;
    const Entry *entry = find(list, id);
    return entry && (entry->zh == value || entry->en == value);
}

} // namespace osm::sim
