#include "DataSet.h"

#include "data/DataGenerator.h"
#include "data/RichText.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace osm::sim {

namespace {

constexpr int kFormatVersion = 1;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QJsonObject caseToJson(const CaseRecord &c)
{
    QJsonArray labels;
    for (int id : c.labelIds)
        labels.append(id);
    QJsonArray satisfaction;
    for (const auto &s : c.satisfaction)
        satisfaction.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("value"), s.value}});
    return QJsonObject{
        {QStringLiteral("incident_id"), c.incidentId},
        {QStringLiteral("customer_id"), c.customerId},
        {QStringLiteral("xcustomer_id"), c.xcustomerId},
        {QStringLiteral("xcustomer_name"), c.xcustomerName},
        {QStringLiteral("group_id"), c.groupId},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("simple_description"), c.simpleDescription},
        {QStringLiteral("case_type_id"), c.caseTypeId},
        {QStringLiteral("sub_type_id"), c.subTypeId},
        {QStringLiteral("product_category_id"), c.productCategoryId},
        {QStringLiteral("business_type_id"), c.businessTypeId},
        {QStringLiteral("problem_type_id"), c.problemTypeId},
        {QStringLiteral("region_id"), c.regionId},
        {QStringLiteral("severity_id"), c.severityId},
        {QStringLiteral("source_id"), c.sourceId},
        {QStringLiteral("service_type"), c.serviceType},
        {QStringLiteral("root_cause"), c.rootCause},
        {QStringLiteral("resolution"), c.resolution},
        {QStringLiteral("judgement"), c.judgement},
        {QStringLiteral("business_ownership"), c.businessOwnership},
        {QStringLiteral("create_time_ms"), double(c.createTimeMs)},
        {QStringLiteral("confirmed_time_ms"), double(c.confirmedTimeMs)},
        {QStringLiteral("label_ids"), labels},
        {QStringLiteral("related_ids"), toArray(c.relatedIds)},
        {QStringLiteral("satisfaction"), satisfaction},
        {QStringLiteral("engineer_online"), c.engineerOnline},
        {QStringLiteral("area_code"), c.areaCode},
        {QStringLiteral("remind_mobile"), c.remindMobile},
        {QStringLiteral("remind_mail"), c.remindMail},
        {QStringLiteral("contact_type"), c.contactType},
        {QStringLiteral("remind_time"), c.remindTime},
        {QStringLiteral("cc_email"), c.ccEmail},
        {QStringLiteral("commodity_id"), c.commodityId},
    };
}

CaseRecord caseFromJson(const QJsonObject &o)
{
    CaseRecord c;
    c.incidentId = o.value(QStringLiteral("incident_id")).toString();
    c.customerId = o.value(QStringLiteral("customer_id")).toString();
    c.xcustomerId = o.value(QStringLiteral("xcustomer_id")).toString();
    c.xcustomerName = o.value(QStringLiteral("xcustomer_name")).toString();
    c.groupId = o.value(QStringLiteral("group_id")).toString();
    c.status = o.value(QStringLiteral("status")).toInt();
    c.simpleDescription = o.value(QStringLiteral("simple_description")).toString();
    c.caseTypeId = o.value(QStringLiteral("case_type_id")).toInt();
    c.subTypeId = o.value(QStringLiteral("sub_type_id")).toString();
    c.productCategoryId = o.value(QStringLiteral("product_category_id")).toString();
    c.businessTypeId = o.value(QStringLiteral("business_type_id")).toString();
    c.problemTypeId = o.value(QStringLiteral("problem_type_id")).toString();
    c.regionId = o.value(QStringLiteral("region_id")).toString();
    c.severityId = o.value(QStringLiteral("severity_id")).toString();
    c.sourceId = o.value(QStringLiteral("source_id")).toString();
    c.serviceType = o.value(QStringLiteral("service_type")).toString();
    c.rootCause = o.value(QStringLiteral("root_cause")).toString();
    c.resolution = o.value(QStringLiteral("resolution")).toString();
    c.judgement = o.value(QStringLiteral("judgement")).toString();
    c.businessOwnership = o.value(QStringLiteral("business_ownership")).toInt();
    c.createTimeMs = qint64(o.value(QStringLiteral("create_time_ms")).toDouble());
    c.confirmedTimeMs = qint64(o.value(QStringLiteral("confirmed_time_ms")).toDouble());
    for (const QJsonValue &id : o.value(QStringLiteral("label_ids")).toArray())
        c.labelIds.append(id.toInt());
    c.relatedIds = toStringList(o.value(QStringLiteral("related_ids")));
    for (const QJsonValue &s : o.value(QStringLiteral("satisfaction")).toArray())
        c.satisfaction.append({s.toObject().value(QStringLiteral("id")).toInt(),
                               s.toObject().value(QStringLiteral("value")).toInt()});
    c.engineerOnline = o.value(QStringLiteral("engineer_online")).toBool();
    c.areaCode = o.value(QStringLiteral("area_code")).toString();
    c.remindMobile = o.value(QStringLiteral("remind_mobile")).toString();
    c.remindMail = o.value(QStringLiteral("remind_mail")).toString();
    c.contactType = o.value(QStringLiteral("contact_type")).toString();
    c.remindTime = o.value(QStringLiteral("remind_time")).toString();
    c.ccEmail = o.value(QStringLiteral("cc_email")).toString();
    c.commodityId = o.value(QStringLiteral("commodity_id")).toString();
    return c;
}

QJsonObject messageToJson(const MessageRecord &m)
{
    QJsonArray accessories;
    for (const Accessory &a : m.accessories)
        accessories.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("size"), double(a.size)}});
    return QJsonObject{
        {QStringLiteral("message_id"), m.messageId},
        {QStringLiteral("case_id"), m.caseId},
        {QStringLiteral("type"), m.type},
        {QStringLiteral("replier_type"), m.replierType},
        {QStringLiteral("replier"), m.replier},
        {QStringLiteral("replier_name"), m.replierName},
        {QStringLiteral("iam_user_type"), m.iamUserType},
        {QStringLiteral("content"), m.content},
        {QStringLiteral("create_time_ms"), double(m.createTimeMs)},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("display_type"), m.displayType},
        {QStringLiteral("extension"), m.extension},
        {QStringLiteral("accessories"), accessories},
        {QStringLiteral("read"), m.read},
    };
}

MessageRecord messageFromJson(const QJsonObject &o)
{
    MessageRecord m;
    m.messageId = o.value(QStringLiteral("message_id")).toString();
    m.caseId = o.value(QStringLiteral("case_id")).toString();
    m.type = o.value(QStringLiteral("type")).toInt();
    m.replierType = o.value(QStringLiteral("replier_type")).toInt();
    m.replier = o.value(QStringLiteral("replier")).toString();
    m.replierName = o.value(QStringLiteral("replier_name")).toString();
    m.iamUserType = o.value(QStringLiteral("iam_user_type")).toInt();
    m.content = o.value(QStringLiteral("content")).toString();
    m.createTimeMs = qint64(o.value(QStringLiteral("create_time_ms")).toDouble());
    m.status = o.value(QStringLiteral("status")).toInt();
    m.displayType = o.value(QStringLiteral("display_type")).toString(QStringLiteral("NORMAL"));
    m.extension = o.value(QStringLiteral("extension")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("accessories")).toArray()) {
        const QJsonObject a = v.toObject();
        m.accessories.append({a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("name")).toString(),
                              qint64(a.value(QStringLiteral("size")).toDouble())});
    }
    m.read = o.value(QStringLiteral("read")).toBool(true);
    return m;
}

} // namespace

DataSet::DataSet(QObject *parent)
    : QObject(parent)
{
}

void DataSet::generate(quint32 seed, const QString &domainId)
{
    clear();
    DataGenerator(seed).fill(*this, domainId);
    Q_EMIT changed();
}

void DataSet::clear()
{
    m_cases.clear();
    m_messages.clear();
    m_labels.clear();
    m_subUsers.clear();
    m_events.clear();
    m_cursors.clear();
    m_sequence = 0;
}

QJsonObject DataSet::toJson() const
{
    QJsonArray cases;
    for (const CaseRecord &c : m_cases)
        cases.append(caseToJson(c));
    QJsonArray messages;
    for (const MessageRecord &m : m_messages)
        messages.append(messageToJson(m));
    QJsonArray labels;
    for (const Label &l : m_labels)
        labels.append(QJsonObject{{QStringLiteral("label_id"), l.id},
                                  {QStringLiteral("name"), l.name},
                                  {QStringLiteral("color"), l.color},
                                  {QStringLiteral("domain_id"), l.domainId}});
    QJsonArray users;
    for (const SubUser &u : m_subUsers)
        users.append(QJsonObject{{QStringLiteral("id"), u.id},
                                 {QStringLiteral("name"), u.name},
                                 {QStringLiteral("domain_id"), u.domainId}});
    return QJsonObject{{QStringLiteral("format"), kFormatVersion},
                       {QStringLiteral("cases"), cases},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("sub_users"), users}};
}

bool DataSet::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QStringLiteral("format")).toInt() != kFormatVersion) {
        if (error)
            *error = QStringLiteral("not an osm-sim data file (format %1 expected)").arg(kFormatVersion);
        return false;
    }
    clear();
    for (const QJsonValue &v : json.value(QStringLiteral("cases")).toArray())
        m_cases.append(caseFromJson(v.toObject()));
    for (const QJsonValue &v : json.value(QStringLiteral("messages")).toArray())
        m_messages.append(messageFromJson(v.toObject()));
    for (const QJsonValue &v : json.value(QStringLiteral("labels")).toArray()) {
        const QJsonObject o = v.toObject();
        m_labels.append({o.value(QStringLiteral("label_id")).toInt(), o.value(QStringLiteral("name")).toString(),
                         o.value(QStringLiteral("color")).toString(), o.value(QStringLiteral("domain_id")).toString()});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("sub_users")).toArray()) {
        const QJsonObject o = v.toObject();
        m_subUsers.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                           o.value(QStringLiteral("domain_id")).toString()});
    }
    Q_EMIT changed();
    return true;
}

bool DataSet::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    return fromJson(doc.object(), error);
}

bool DataSet::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

CaseRecord *DataSet::findCase(const QString &domainId, const QString &caseId)
{
    for (CaseRecord &c : m_cases) {
        if (c.incidentId == caseId && c.customerId == domainId)
            return &c;
    }
    return nullptr;
}

const CaseRecord *DataSet::findCase(const QString &domainId, const QString &caseId) const
{
    return const_cast<DataSet *>(this)->findCase(domainId, caseId);
}

const CaseRecord *DataSet::findCase(const QString &caseId) const
{
    for (const CaseRecord &c : m_cases) {
        if (c.incidentId == caseId)
            return &c;
    }
    return nullptr;
}

void DataSet::addCase(const CaseRecord &record)
{
    m_cases.append(record);
    Q_EMIT changed();
}

QList<MessageRecord> DataSet::messagesOf(const QString &caseId) const
{
    QList<MessageRecord> out;
    for (const MessageRecord &m : m_messages) {
        if (m.caseId == caseId)
            out.append(m);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const MessageRecord &a, const MessageRecord &b) { return a.createTimeMs < b.createTimeMs; });
    return out;
}

const MessageRecord *DataSet::findMessage(const QString &messageId) const
{
    for (const MessageRecord &m : m_messages) {
        if (m.messageId == messageId)
            return &m;
    }
    return nullptr;
}

int DataSet::unreadCount(const QString &caseId) const
{
    int count = 0;
    for (const MessageRecord &m : m_messages) {
        if (m.caseId == caseId && m.type == 1 && m.status != -1 && !m.read)
            ++count;
    }
    return count;
}

QString DataSet::newId()
{
    QString id;
    for (int i = 0; i < 4; ++i)
        id += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return id;
}

void DataSet::recordEvent(Event::Kind kind, const QString &caseId, const QString &messageId)
{
    m_events.append({nextSequence(), kind, caseId, messageId});
}

QString DataSet::addMessage(MessageRecord message)
{
    if (message.messageId.isEmpty())
        message.messageId = newId();
    if (message.createTimeMs == 0) {
        // Strictly after the case's newest message: 5.10.6 pages by create_time, so two messages of a case
        // written within one millisecond must not share it.
        message.createTimeMs = QDateTime::currentMSecsSinceEpoch();
        for (const MessageRecord &m : std::as_const(m_messages)) {
            if (m.caseId == message.caseId && m.createTimeMs >= message.createTimeMs)
                message.createTimeMs = m.createTimeMs + 1;
        }
    }
    recordEvent(Event::Kind::Message, message.caseId, message.messageId);
    message.sequence = m_sequence;
    m_messages.append(message);
    Q_EMIT messageAdded(message.caseId, message.messageId);
    Q_EMIT changed();
    return message.messageId;
}

QString DataSet::addEngineerReply(const QString &caseId, const QString &text)
{
    if (!findCase(caseId))
        return {};
    MessageRecord m;
    m.caseId = caseId;
    m.type = 1;
    m.replierType = 1;
    m.replier = QStringLiteral("op_svc_hecops");
    m.replierName = QStringLiteral("华为云技术支持");
    m.iamUserType = 0;
    m.content = RichText::isRichText(text) ? text : RichText::wrap(text);
    m.read = false;
    return addMessage(m);
}

QString DataSet::addCustomerMessage(const QString &caseId, const QString &content,
                                    const QList<Accessory> &accessories, const QString &replierId,
                                    const QString &replierName, int iamUserType)
{
    MessageRecord m;
    m.caseId = caseId;
    m.type = 0;
    m.replierType = 0;
    m.replier = replierId;
    m.replierName = replierName;
    m.iamUserType = iamUserType;
    m.content = content;
    m.accessories = accessories;
    return addMessage(m);
}

int DataSet::markRead(const QString &caseId)
{
    int changedCount = 0;
    for (MessageRecord &m : m_messages) {
        if (m.caseId == caseId && m.type == 1 && !m.read) {
            m.read = true;
            recordEvent(Event::Kind::Read, caseId, m.messageId);
            ++changedCount;
        }
    }
    if (changedCount > 0)
        Q_EMIT changed();
    return changedCount;
}

bool DataSet::withdrawMessage(const QString &caseId, const QString &messageId)
{
    for (MessageRecord &m : m_messages) {
        if (m.caseId == caseId && m.messageId == messageId && m.status != -1) {
            m.status = -1;
            recordEvent(Event::Kind::Withdrawn, caseId, messageId);
            Q_EMIT changed();
            return true;
        }
    }
    return false;
}

const Label *DataSet::findLabel(const QString &domainId, int labelId) const
{
    for (const Label &l : m_labels) {
        if (l.id == labelId && l.domainId == domainId)
            return &l;
    }
    return nullptr;
}

QList<DataSet::Event> DataSet::eventsSince(qint64 sequence) const
{
    QList<Event> out;
    for (const Event &e : m_events) {
        if (e.sequence > sequence)
            out.append(e);
    }
    return out;
}

QString DataSet::cursorFor(qint64 sequence)
{
    const QString cursor = newId();
    m_cursors.insert(cursor, sequence);
    return cursor;
}

qint64 DataSet::sequenceOf(const QString &cursor) const
{
    return m_cursors.value(cursor, -1);
}

} // namespace osm::sim
