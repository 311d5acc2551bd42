#include "JsonViews.h"

#include "data/Catalog.h"
#include "data/DataSet.h"
#include "data/RichText.h"
#include "data/TimeFormat.h"

#include <QJsonArray>

namespace osm::sim {

namespace {

QJsonArray accessoryList(const MessageRecord &message)
{
    QJsonArray list;
    for (const Accessory &a : message.accessories)
        list.append(QJsonObject{{QStringLiteral("accessory_id"), a.id}, {QStringLiteral("file_actual_name"), a.name}});
    return list;
}

QString caseTypeName(int caseTypeId, bool english)
{
    return Catalog::nameOf(Catalog::instance().caseTypes, QString::number(caseTypeId), english);
}

} // namespace

QJsonObject JsonViews::label(const Label &label)
{
    return QJsonObject{{QStringLiteral("label_id"), label.id},
                       {QStringLiteral("name"), label.name},
                       {QStringLiteral("color"), label.color}};
}

QJsonObject JsonViews::caseListItem(const CaseRecord &c, const DataSet &data, bool english)
{
    const Catalog &catalog = Catalog::instance();
    QJsonArray labels;
    for (int id : c.labelIds) {
        if (const Label *l = data.findLabel(c.customerId, id))
            labels.append(label(*l));
    }
    return QJsonObject{
        {QStringLiteral("xcustomer_id"), c.xcustomerId},
        {QStringLiteral("xcustomer_name"), c.xcustomerName},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("incident_id"), c.incidentId},
        {QStringLiteral("business_type_name"), Catalog::nameOf(catalog.businessTypes, c.businessTypeId, english)},
        {QStringLiteral("product_category_name"), Catalog::nameOf(catalog.productCategories, c.productCategoryId, english)},
        {QStringLiteral("incident_service_type"), Catalog::nameOf(catalog.serviceTypes, c.serviceType, english)},
        {QStringLiteral("incident_type_name"), caseTypeName(c.caseTypeId, english)},
        {QStringLiteral("customer_id"), c.customerId},
        {QStringLiteral("dc_name"), Catalog::nameOf(catalog.regions, c.regionId, english)},
        {QStringLiteral("simple_description"), c.simpleDescription},
        {QStringLiteral("root_cause"), Catalog::nameOf(catalog.rootCauses, c.rootCause, english)},
        {QStringLiteral("resolution"), c.resolution},
        // String typed, format unstated (example "test"): the chapter 4 string form.
        {QStringLiteral("create_time"), TimeFormat::isoSeconds(c.createTimeMs)},
        {QStringLiteral("confirmed_time"), c.confirmedTimeMs > 0 ? TimeFormat::isoSeconds(c.confirmedTimeMs) : QString()},
        {QStringLiteral("label_list"), labels},
        {QStringLiteral("gray"), false},
        {QStringLiteral("type"), c.caseTypeId},
    };
}

QJsonObject JsonViews::message(const MessageRecord &m, bool trimRichText)
{
    QJsonObject o{
        {QStringLiteral("type"), m.type},
        {QStringLiteral("replier_type"), m.replierType},
        {QStringLiteral("replier"), m.replier},
        {QStringLiteral("content"), trimRichText ? RichText::strip(m.content) : m.content},
        {QStringLiteral("create_time"), TimeFormat::messageTime(m.createTimeMs)},
        {QStringLiteral("replier_name"), m.replierName},
        {QStringLiteral("iam_user_type"), m.iamUserType},
        {QStringLiteral("accessory_list"), accessoryList(m)},
        {QStringLiteral("message_id"), m.messageId},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("display_type"), m.displayType},
    };
    if (!m.extension.isEmpty())
        o.insert(QStringLiteral("extension"), m.extension);
    return o;
}

QJsonObject JsonViews::caseDetail(const CaseRecord &c, const DataSet &data, bool english, bool trimRichText)
{
    const Catalog &catalog = Catalog::instance();
    QJsonArray messages;
    bool first = true;
    for (const MessageRecord &m : data.messagesOf(c.incidentId)) {
        if (m.status == -1)
            continue; // IncidentMessageV2 has no status: withdrawn messages are left out
        messages.append(QJsonObject{
            {QStringLiteral("type"), m.type},
            {QStringLiteral("replier"), m.replier},
            {QStringLiteral("content"), trimRichText ? RichText::strip(m.content) : m.content},
            {QStringLiteral("message_id"), m.messageId},
            {QStringLiteral("replier_name"), m.replierName},
            {QStringLiteral("create_time"), TimeFormat::isoSeconds(m.createTimeMs)}, // chapter 4 form
            {QStringLiteral("is_first_message"), first ? 1 : 0},                    // only in chapter 4's example
            {QStringLiteral("accessory_list"), accessoryList(m)},
        });
        first = false;
    }
    QJsonArray satisfaction;
    for (const auto &s : c.satisfaction) {
        const bool timeliness = s.id == 1;
        satisfaction.append(QJsonObject{
            {QStringLiteral("satisfaction_id"), s.id},
            {QStringLiteral("satisfaction_value"), s.value},
            {QStringLiteral("satisfaction_name"), timeliness ? (english ? QStringLiteral("Handling timeliness") : QStringLiteral("处理及时性"))
                                                             : (english ? QStringLiteral("Handling result") : QStringLiteral("处理结果"))},
            {QStringLiteral("sat_category_id"), QString::number(s.id)},
            {QStringLiteral("sat_category_name"), timeliness ? (english ? QStringLiteral("Timeliness") : QStringLiteral("及时性"))
                                                             : (english ? QStringLiteral("Result") : QStringLiteral("结果"))},
            {QStringLiteral("parent_category_id"), QStringLiteral("0")},
            {QStringLiteral("instance_name"), QString()},
        });
    }
    // ext_info: an object in the table, an array of one object in the example; the example wins.
    const QJsonArray extInfo{QJsonObject{
        {QStringLiteral("area_code"), c.areaCode},
        {QStringLiteral("remind_mobile"), c.remindMobile},
        {QStringLiteral("remind_mail"), c.remindMail},
        {QStringLiteral("contact_type"), c.contactType},
        {QStringLiteral("remind_time"), c.remindTime},
        {QStringLiteral("cc_email"), c.ccEmail},
        {QStringLiteral("commodity_id"), c.commodityId},
    }};
    return QJsonObject{
        {QStringLiteral("incident_id"), c.incidentId},
        {QStringLiteral("business_type_name"), Catalog::nameOf(catalog.businessTypes, c.businessTypeId, english)},
        {QStringLiteral("incident_type_name"), caseTypeName(c.caseTypeId, english)},
        {QStringLiteral("customer_id"), c.customerId},
        {QStringLiteral("xcustomer_id"), c.xcustomerId},
        {QStringLiteral("xcustomer_name"), c.xcustomerName},
        {QStringLiteral("dc_name"), Catalog::nameOf(catalog.regions, c.regionId, english)},
        {QStringLiteral("simple_description"), c.simpleDescription},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("judgement"), c.judgement},
        {QStringLiteral("incident_sub_type_name"), Catalog::nameOf(catalog.subTypes, c.subTypeId, english)},
        {QStringLiteral("case_type_id"), c.caseTypeId},
        {QStringLiteral("case_subtype_id"), c.subTypeId},
        {QStringLiteral("business_type_id"), c.businessTypeId},
        {QStringLiteral("product_category_id"), c.productCategoryId},
        {QStringLiteral("product_category_name"), Catalog::nameOf(catalog.productCategories, c.productCategoryId, english)},
        {QStringLiteral("problem_type_id"), c.problemTypeId},
        // Timestamp: epoch seconds as numbers, like the example (1640995200).
        {QStringLiteral("confirmed_time"), c.confirmedTimeMs > 0 ? double(TimeFormat::epochSeconds(c.confirmedTimeMs)) : 0.0},
        {QStringLiteral("create_time"), double(TimeFormat::epochSeconds(c.createTimeMs))},
        {QStringLiteral("message_list"), messages},
        {QStringLiteral("incident_satisfaction"), satisfaction},
        {QStringLiteral("severity_name"), Catalog::nameOf(catalog.severities, c.severityId, english)},
        {QStringLiteral("business_ownership"), c.businessOwnership},
        // Long (unit unstated; chapter 4 shows 0): epoch milliseconds, 0 while unresolved.
        {QStringLiteral("resolve_time"), double(c.confirmedTimeMs)},
        {QStringLiteral("ext_info"), extInfo},
        {QStringLiteral("source_name"), Catalog::nameOf(catalog.sources, c.sourceId, english)},
        {QStringLiteral("gray"), false},
        {QStringLiteral("resolution"), c.resolution},
        {QStringLiteral("root_cause"), Catalog::nameOf(catalog.rootCauses, c.rootCause, english)},
        {QStringLiteral("incident_service_type"), Catalog::nameOf(catalog.serviceTypes, c.serviceType, english)},
        {QStringLiteral("is_authorized"), 0}, // only in chapter 4's example
    };
}

} // namespace osm::sim
