#include "DataGenerator.h"

#include "auth/Accounts.h"
#include "data/Catalog.h"
#include "data/DataSet.h"
#include "data/RichText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace osm::sim {

namespace {

struct Text
{
    int businessType; // index into Catalog::businessTypes
    const char *text;
};

// Brief descriptions, Chinese and English, each about one problem type.
const Text kDescriptions[] = {
    {0, "ECS 实例 i-7f3a 无法通过 SSH 登录，提示 Connection refused"},
    {0, "Cannot log in to ECS instance web-01 via VNC after resetting the password"},
    {1, "云服务器 CPU 使用率持续 100%，业务响应变慢"},
    {1, "Disk IOPS on ecs-db-02 is far below the advertised value"},
    {2, "OBS 桶 backup-2026 返回 403 AccessDenied"},
    {2, "How do I grant a sub-user read-only access to a single OBS bucket?"},
    {3, "RDS MySQL 实例连接数打满，应用报 Too many connections"},
    {3, "RDS PostgreSQL read replica keeps disconnecting every few minutes"},
    {4, "VPC 对等连接建立后两个子网之间 ping 不通"},
    {4, "ELB health check fails although the backend servers answer on port 8080"},
    {5, "申请提升 cn-north-4 区域 ECS 实例配额到 200"},
    {5, "Please raise the EIP quota in cn-south-1 to 50"},
    {6, "包年包月续费活动的折扣规则咨询"},
    {6, "Question about the invoice for March: duplicated line item for OBS traffic"},
    {0, "Windows 云服务器远程桌面连接超时"},
    {3, "数据库备份恢复到新实例失败，错误码 DBS.280238"},
    {4, "NAT gateway SNAT rule does not work for the new subnet"},
    {1, "Memory usage of the CCE node grows until the pod is OOM-killed"},
};

const char *const kEngineerReplies[] = {
    "您好，我是华为云技术支持工程师，已收到您的问题，正在为您排查。",
    "Hello, this is Huawei Cloud technical support. We are looking into the issue and will update you shortly.",
    "请提供实例 ID 及问题出现的具体时间，便于我们定位。",
    "Could you please share the instance ID and the time (with time zone) when the problem started?",
    "经排查，问题原因是安全组未放通 22 端口，请添加入方向规则后重试。",
    "The root cause was a misconfigured route table; we have corrected it on our side. Please verify.",
    "配额已调整完成，请刷新控制台查看。",
    "We have escalated the case to the product team and will reply within 24 hours.",
};

const char *const kCustomerReplies[] = {
    "好的，谢谢，实例 ID 是 i-7f3a2b1c，问题从昨天 21:00 开始出现。",
    "Thanks, the instance is ecs-web-01 in cn-south-1. It started around 09:30 GMT+8.",
    "已按建议修改，问题解决了，谢谢！",
    "The problem is still there after the change. Please check again.",
    "附件是报错截图，请查看。",
    "Any update on this? Our production service is affected.",
};

const char *const kAttachmentNames[] = {
    "error-screenshot.png", "系统日志.log", "network-trace.pcap", "配置说明.docx", "metrics-export.xlsx", "console.txt",
};

struct LabelSeed
{
    const char *name;
    const char *color;
};

const LabelSeed kLabels[] = {
    {"紧急", "#E53935"}, {"生产环境", "#FB8C00"}, {"VIP", "#8E24AA"}, {"待跟进", "#1E88E5"},
    {"billing", "#43A047"}, {"network", "#00ACC1"}, {"数据库", "#6D4C41"}, {"security", "#546E7A"},
};

struct UserSeed
{
    const char *name;
    bool mainAccount;
};

const UserSeed kUsers[] = {
    {"demo", false}, {"zhang.wei", false}, {"li.na", false}, {"ops-admin", false}, {"alice.chen", false},
};

// Every status of the reference, weighted roughly like a real tenant's history (sums to kCaseCount).
const std::pair<int, int> kStatusWeights[] = {
    {0, 6}, {1, 16}, {2, 6}, {3, 14}, {4, 4}, {5, 3}, {12, 3}, {13, 3}, {17, 5},
};

bool isOpen(int status)
{
    return status == 0 || status == 1 || status == 2 || status == 5 || status == 17;
}

} // namespace

DataGenerator::DataGenerator(quint32 seed)
    : m_rng(seed)
{
}

QDateTime DataGenerator::anchor()
{
    return QDateTime(QDate(2026, 4, 1), QTime(8, 0), QTimeZone::utc());
}

QString DataGenerator::hexId()
{
    QString id;
    for (int i = 0; i < 4; ++i)
        id += QStringLiteral("%1").arg(m_rng.generate(), 8, 16, QLatin1Char('0'));
    return id;
}

QString DataGenerator::caseId(qint64 createTimeMs)
{
    // Shaped like the reference's TS202603275SQAIEFGS0404: TS + date + digit + 8 letters + 4 digits.
    QString id = QStringLiteral("TS") + QDateTime::fromMSecsSinceEpoch(createTimeMs, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd"));
    id += QChar(u'0' + pick(10));
    for (int i = 0; i < 8; ++i)
        id += QChar(u'A' + pick(26));
    id += QStringLiteral("%1").arg(pick(10000), 4, 10, QLatin1Char('0'));
    return id;
}

void DataGenerator::fill(DataSet &data, const QString &domainId)
{
    const Catalog &catalog = Catalog::instance();

    // Sub-users; "demo" has the id the IAM demo user gets, so a token user sees its own cases.
    for (const UserSeed &user : kUsers) {
        const QString name = QString::fromUtf8(user.name);
        data.m_subUsers.append({Accounts::stableId(QStringLiteral("user:") + domainId + QLatin1Char('/') + name), name, domainId});
    }
    const QStringList groups = {Accounts::stableId(QStringLiteral("group:ops:") + domainId),
                                Accounts::stableId(QStringLiteral("group:dev:") + domainId)};

    int labelId = 1001;
    for (const LabelSeed &label : kLabels)
        data.m_labels.append({labelId++, QString::fromUtf8(label.name), QString::fromLatin1(label.color), domainId});

    QList<int> statuses;
    for (const auto &[status, weight] : kStatusWeights) {
        for (int i = 0; i < weight; ++i)
            statuses.append(status);
    }
    for (qsizetype i = statuses.size() - 1; i > 0; --i) // Fisher-Yates with the seeded generator
        statuses.swapItemsAt(i, pick(int(i) + 1));

    QList<qint64> times;
    const qint64 anchorMs = anchor().toMSecsSinceEpoch();
    for (int i = 0; i < kCaseCount; ++i)
        times.append(anchorMs - qint64(pick(120 * 24 * 60)) * 60 * 1000 - pick(60000));
    std::sort(times.begin(), times.end());

    const int descriptionCount = int(std::size(kDescriptions));
    for (int i = 0; i < kCaseCount; ++i) {
        CaseRecord c;
        c.createTimeMs = times.at(i);
        c.incidentId = caseId(c.createTimeMs);
        c.customerId = domainId;
        const DataSet::SubUser &user = data.m_subUsers.at(pick(int(data.m_subUsers.size())));
        c.xcustomerId = user.id;
        c.xcustomerName = user.name;
        if (chance(35))
            c.groupId = groups.at(pick(int(groups.size())));
        c.status = statuses.at(i);
        const Text &description = kDescriptions[i < descriptionCount ? i : pick(descriptionCount)];
        c.simpleDescription = QString::fromUtf8(description.text);
        const Catalog::Entry &business = catalog.businessTypes.at(description.businessType);
        c.businessTypeId = business.id;
        c.caseTypeId = business.caseTypeId;
        c.productCategoryId = business.parentId;
        c.subTypeId = Catalog::find(catalog.productCategories, business.parentId)->parentId;
        c.problemTypeId = QString::number(description.businessType + 1);
        c.regionId = catalog.regions.at(pick(int(catalog.regions.size()))).id;
        c.severityId = catalog.severities.at(pick(int(catalog.severities.size()))).id;
        c.sourceId = catalog.sources.at(chance(80) ? 0 : 1).id;
        c.serviceType = c.subTypeId == QLatin1String("3") ? QStringLiteral("BILLING") : QStringLiteral("TECH");
        if (c.status == 3 || c.status == 2 || c.status == 17) {
            c.rootCause = catalog.rootCauses.at(pick(int(catalog.rootCauses.size()))).id;
            c.resolution = c.simpleDescription.at(0).unicode() > 0x2000 ? QStringLiteral("已协助客户调整配置，问题已解决。")
                                                                         : QStringLiteral("Configuration corrected; the customer confirmed the fix.");
        }
        if (c.status == 3) {
            c.confirmedTimeMs = c.createTimeMs + qint64(1 + pick(72)) * 3600 * 1000;
            if (chance(60)) {
                c.satisfaction = {{1, 3 + pick(3)}, {3, 3 + pick(3)}};
                c.judgement = chance(50) ? QStringLiteral("处理很及时，感谢！") : QStringLiteral("Quick and helpful.");
            }
        }
        c.engineerOnline = isOpen(c.status) && chance(60);
        c.areaCode = QStringLiteral("86");
        c.remindMobile = QStringLiteral("138****%1").arg(pick(10000), 4, 10, QLatin1Char('0'));
        c.remindMail = c.xcustomerName.left(1) + QStringLiteral("***@example.com");
        c.contactType = QStringLiteral("0,1,2");
        c.remindTime = QStringLiteral("0");
        c.ccEmail = chance(20) ? QStringLiteral("ops@example.com") : QString();
        const int labelCount = i == 7 ? 5 : (chance(45) ? 1 + pick(3) : 0); // one case carries the maximum of 5
        QList<int> labelIds;
        while (labelIds.size() < labelCount) {
            const int id = data.m_labels.at(pick(int(data.m_labels.size()))).id;
            if (!labelIds.contains(id))
                labelIds.append(id);
        }
        std::sort(labelIds.begin(), labelIds.end());
        c.labelIds = labelIds;
        data.m_cases.append(c);
    }

    // Relations (at most 3 per case, never to itself).
    for (int i = 0; i < 8; ++i) {
        CaseRecord &c = data.m_cases[pick(kCaseCount)];
        const int count = 1 + pick(3);
        for (int k = 0; k < count && c.relatedIds.size() < 3; ++k) {
            const QString other = data.m_cases.at(pick(kCaseCount)).incidentId;
            if (other != c.incidentId && !c.relatedIds.contains(other))
                c.relatedIds.append(other);
        }
    }

    // Messages. The first message of a case is the customer's description.
    const QStringList displayTypes = {QStringLiteral("QA_BOT"), QStringLiteral("EXT_PARAM_REQUEST"), QStringLiteral("AUTH")};
    int specialIndex = 0;
    for (int i = 0; i < kCaseCount; ++i) {
        const CaseRecord &c = data.m_cases.at(i);
        qint64 t = c.createTimeMs;
        auto addAccessories = [&](MessageRecord &m) {
            const int count = chance(25) ? 1 + pick(2) : 0;
            for (int k = 0; k < count; ++k)
                m.accessories.append({hexId(), QString::fromUtf8(kAttachmentNames[pick(int(std::size(kAttachmentNames)))]),
                                      qint64(1024 + pick(4 * 1024 * 1024))});
        };
        MessageRecord first;
        first.messageId = hexId();
        first.caseId = c.incidentId;
        first.type = first.replierType = 0;
        first.replier = c.xcustomerId;
        first.replierName = c.xcustomerName;
        first.iamUserType = 1;
        first.content = RichText::wrap(c.simpleDescription);
        first.createTimeMs = t;
        addAccessories(first);
        data.m_messages.append(first);

        if (c.status == 0)
            continue; // not accepted yet: nobody answered
        const int replies = 1 + pick(6);
        const bool unreadTail = (c.status == 1 || c.status == 2 || c.status == 17) && chance(45);
        for (int k = 0; k < replies; ++k) {
            t += qint64(5 + pick(600)) * 60 * 1000;
            MessageRecord m;
            m.messageId = hexId();
            m.caseId = c.incidentId;
            m.createTimeMs = t;
            const bool engineer = (k % 2 == 0);
            if (engineer) {
                m.type = m.replierType = 1;
                m.replier = QStringLiteral("op_svc_hecops");
                m.replierName = QStringLiteral("华为云技术支持");
                m.content = RichText::wrap(QString::fromUtf8(kEngineerReplies[pick(int(std::size(kEngineerReplies)))]));
                // Make sure every display type appears, then sprinkle more.
                if (specialIndex < displayTypes.size() * 2 || chance(8)) {
                    m.displayType = displayTypes.at(specialIndex++ % displayTypes.size());
                    if (m.displayType == QLatin1String("QA_BOT")) {
                        m.replier = QStringLiteral("qa_bot");
                        m.replierName = QStringLiteral("智能客服");
                        m.content = RichText::wrap(QStringLiteral("您好，我是智能客服。您可以尝试：1. 检查安全组规则；2. 重启实例。"));
                    } else if (m.displayType == QLatin1String("EXT_PARAM_REQUEST")) {
                        m.content = RichText::wrap(QStringLiteral("请补充以下信息：实例 ID、故障发生时间。"));
                        m.extension = QString::fromUtf8(QJsonDocument(QJsonObject{
                            {QStringLiteral("param_keys"), QJsonArray{QStringLiteral("instance_id"), QStringLiteral("occur_time")}}})
                                                            .toJson(QJsonDocument::Compact));
                    } else {
                        m.content = RichText::wrap(QStringLiteral("为定位问题，需要您授权我们登录实例 ecs-web-01。"));
                        m.extension = QString::fromUtf8(QJsonDocument(QJsonObject{
                            {QStringLiteral("authorization_id"), hexId()}}).toJson(QJsonDocument::Compact));
                    }
                }
                m.read = !(unreadTail && k >= replies - 2);
            } else {
                m.type = m.replierType = 0;
                m.replier = c.xcustomerId;
                m.replierName = c.xcustomerName;
                m.iamUserType = 1;
                m.content = RichText::wrap(QString::fromUtf8(kCustomerReplies[pick(int(std::size(kCustomerReplies)))]));
                if (chance(12))
                    m.status = -1; // withdrawn by the customer
            }
            addAccessories(m);
            data.m_messages.append(m);
        }
    }

    // Whatever the seed, at least one withdrawn message and one unread reply exist.
    const auto hasWithdrawn = std::any_of(data.m_messages.cbegin(), data.m_messages.cend(),
                                          [](const MessageRecord &m) { return m.status == -1; });
    const auto hasUnread = std::any_of(data.m_messages.cbegin(), data.m_messages.cend(),
                                       [](const MessageRecord &m) { return !m.read; });
    for (qsizetype i = data.m_messages.size() - 1; i > 0 && !(hasWithdrawn && hasUnread); --i) {
        MessageRecord &m = data.m_messages[i];
        const CaseRecord *c = data.findCase(m.caseId);
        if (!hasWithdrawn && m.type == 0 && m.sequence == 0 && data.m_messages.at(i - 1).caseId == m.caseId) {
            m.status = -1;
            break;
        }
        if (!hasUnread && m.type == 1 && c && (c->status == 1 || c->status == 17)) {
            m.read = false;
            break;
        }
    }
}

} // namespace osm::sim
