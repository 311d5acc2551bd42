#include "CaseSummary.h"

#include "JsonRead.h"

#include <QSet>

namespace osm {

namespace {
// The IncidentInfoV2 fields CaseSummary models; anything else is kept in `extra`.
const QSet<QString> kModelled = {
    QStringLiteral("xcustomer_id"),
    QStringLiteral("xcustomer_name"),
    QStringLiteral("status"),
    QStringLiteral("incident_id"),
    QStringLiteral("business_type_name"),
    QStringLiteral("product_category_name"),
    QStringLiteral("incident_service_type"),
    QStringLiteral("incident_type_name"),
    QStringLiteral("customer_id"),
    QStringLiteral("dc_name"),
    QStringLiteral("simple_description"),
    QStringLiteral("root_cause"),
    QStringLiteral("resolution"),
    QStringLiteral("create_time"),
    QStringLiteral("confirmed_time"),
    QStringLiteral("label_list"),
    QStringLiteral("gray"),
    QStringLiteral("type"),
};
} // namespace

CaseSummary CaseSummary::fromJson(const QJsonObject &json)
{
    qsizetype modelledPresent = 0;
    const auto v = [&json, &modelledPresent](const char *name) {
        const QJsonValue value = json.value(QLatin1StringView(name));
        if (!value.isUndefined())
            ++modelledPresent;
        return value;
    };
    CaseSummary c;
    c.xcustomerId = json::string(v("xcustomer_id"));
    c.xcustomerName = json::string(v("xcustomer_name"));
    c.status = static_cast<int>(json::integer(v("status")));
    c.incidentId = json::string(v("incident_id"));
    c.businessTypeName = json::string(v("business_type_name"));
    c.productCategoryName = json::string(v("product_category_name"));
    c.incidentServiceType = json::string(v("incident_service_type"));
    c.incidentTypeName = json::string(v("incident_type_name"));
    c.customerId = json::string(v("customer_id"));
    c.dcName = json::string(v("dc_name"));
    c.simpleDescription = json::string(v("simple_description"));
    c.rootCause = json::string(v("root_cause"));
    c.resolution = json::string(v("resolution"));
    // In UTC: a QDateTime with an offset from UTC is a heap allocation, one in UTC is not (and toJson writes
    // UTC anyway).
    c.createTime = json::timestamp(v("create_time")).toUTC();
    c.confirmedTime = json::timestamp(v("confirmed_time")).toUTC();
    c.labels = json::objects<Label>(v("label_list"));
    c.gray = json::boolean(v("gray"));
    c.type = static_cast<int>(json::integer(v("type")));
    // Usually every field is modelled: the keys (each built as a QString) are read only when some are not.
    if (json.size() > modelledPresent) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!kModelled.contains(it.key()))
                c.extra.insert(it.key(), it.value());
        }
    }
    return c;
}

QJsonObject CaseSummary::toJson() const
{
    return json::merged(extra, QJsonObject{
                                   {QLatin1String("xcustomer_id"), xcustomerId},
                                   {QLatin1String("xcustomer_name"), xcustomerName},
                                   {QLatin1String("status"), status},
                                   {QLatin1String("incident_id"), incidentId},
                                   {QLatin1String("business_type_name"), businessTypeName},
                                   {QLatin1String("product_category_name"), productCategoryName},
                                   {QLatin1String("incident_service_type"), incidentServiceType},
                                   {QLatin1String("incident_type_name"), incidentTypeName},
                                   {QLatin1String("customer_id"), customerId},
                                   {QLatin1String("dc_name"), dcName},
                                   {QLatin1String("simple_description"), simpleDescription},
                                   {QLatin1String("root_cause"), rootCause},
                                   {QLatin1String("resolution"), resolution},
                                   {QLatin1String("create_time"), json::isoText(createTime)},
                                   {QLatin1String("confirmed_time"), json::isoText(confirmedTime)},
                                   {QLatin1String("label_list"), json::toArray(labels)},
                                   {QLatin1String("gray"), gray},
                                   {QLatin1String("type"), type},
                               });
}

} // namespace osm
