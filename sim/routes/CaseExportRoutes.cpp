#include "CaseExportRoutes.h"

#include "Server.h"
#include "data/Catalog.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QTimeZone>

namespace osm::sim {

namespace {

QByteArray csvField(const QString &text)
{
    QString field = text;
    // A cell that starts like a formula is shown as text (CSV injection).
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    field.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + field.toUtf8() + '"';
}

Response exportCases(Server &server, Request &r)
{
    Params p(r);
    const QString language = p.string(QStringLiteral("language"), 32);
    p.string(QStringLiteral("timezone"), 32);
    const QStringList incidentIds =
        p.string(QStringLiteral("incident_id"), 3400).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QDateTime start = p.dateTime(QStringLiteral("query_start_time"));
    const QDateTime end = p.dateTime(QStringLiteral("query_end_time"));
    const QString xCustomerName = p.string(QStringLiteral("x_customer_name"), 64);
    const QString searchKey = p.string(QStringLiteral("search_key"), 64);
    const std::optional<int> status = p.optionalInteger(QStringLiteral("status"), 0, 17);
    if (status && !QList<int>{0, 1, 2, 3, 4, 12, 17}.contains(*status))
        p.fail(QStringLiteral("Parameter status must be one of 0, 1, 2, 3, 4, 12, 17"));
    const QString customerId = p.string(QStringLiteral("customer_id"), 64);
    const QStringList sourceIds = p.array(QStringLiteral("tenant_source_id_list"), 100, 64);
    const QString subCustomerId = p.string(QStringLiteral("sub_customer_id"), 64);
    const int offset = p.integer(QStringLiteral("offset"), -1, -1, 65535);
    const int limit = p.integer(QStringLiteral("limit"), -1, -1, 100);
    const QString productCategoryId = p.string(QStringLiteral("product_category_id"), 64);
    const QString businessTypeId = p.string(QStringLiteral("business_type_id"), 32);
    const QString subTypeId = p.string(QStringLiteral("incident_sub_type_id"), 32);
    const QString rootCause = p.string(QStringLiteral("root_cause"), 32);
    const QString serviceType = p.string(QStringLiteral("incident_service_type"), 32);
    if (!customerId.isEmpty() && customerId != r.identity.domainId)
        p.fail(QStringLiteral("Parameter customer_id is not this account"));
    if (!p.ok())
        return p.error();

    const Catalog &catalog = Catalog::instance();
    QList<const CaseRecord *> hits;
    for (const CaseRecord &c : server.dataSet().cases()) {
        if (c.customerId != r.identity.domainId || (c.status == 13 && !status))
            continue;
        const bool keep =
            (incidentIds.isEmpty() || incidentIds.contains(c.incidentId)) &&
            (!start.isValid() || c.createTimeMs >= start.toMSecsSinceEpoch()) &&
            (!end.isValid() || c.createTimeMs <= end.toMSecsSinceEpoch()) &&
            (xCustomerName.isEmpty() || c.xcustomerName == xCustomerName) &&
            (searchKey.isEmpty() || c.incidentId.contains(searchKey, Qt::CaseInsensitive) ||
             c.simpleDescription.contains(searchKey, Qt::CaseInsensitive)) &&
            (!status || c.status == *status) && (sourceIds.isEmpty() || sourceIds.contains(c.sourceId)) &&
            (subCustomerId.isEmpty() || c.xcustomerId == subCustomerId) &&
            (productCategoryId.isEmpty() || c.productCategoryId == productCategoryId) &&
            (businessTypeId.isEmpty() || c.businessTypeId == businessTypeId) &&
            (subTypeId.isEmpty() || c.subTypeId == subTypeId) &&
            (rootCause.isEmpty() || Catalog::matches(catalog.rootCauses, c.rootCause, rootCause)) &&
            (serviceType.isEmpty() || Catalog::matches(catalog.serviceTypes, c.serviceType, serviceType));
        if (keep)
            hits.append(&c);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const CaseRecord *a, const CaseRecord *b) {
        return a->createTimeMs > b->createTimeMs;
    });
    // offset/limit -1 (the tables' minimum): everything, a choice where the reference is silent.
    const qsizetype first = std::max(0, offset);
    const qsizetype last = limit < 0 ? hits.size() : std::min<qsizetype>(hits.size(), first + limit);

    const bool english =
        language.isEmpty() ? r.wantsEnglish() : language.toLower().startsWith(QLatin1String("en"));
    const QTimeZone zone(Params::timeZoneOffset(r));
    QByteArray csv = "\xEF\xBB\xBF";
    csv += english
               ? "Case ID,Description,Status,Created,Sub-user,Product category ID,Problem type ID\r\n"
               : "\xE5\xB7\xA5\xE5\x8D\x95\xE5\x8F\xB7,\xE9\x97\xAE\xE9\xA2\x98\xE6\x8F\x8F\xE8\xBF\xB0,"
                 "\xE7\x8A\xB6\xE6\x80\x81,\xE5\x88\x9B\xE5\xBB\xBA\xE6\x97\xB6\xE9\x97\xB4,"
                 "\xE5\xAD\x90\xE7\x94\xA8\xE6\x88\xB7,\xE4\xBA\xA7\xE5\x93\x81\xE7\xB1\xBB\xE5\x9E\x8B ID,"
                 "\xE9\x97\xAE\xE9\xA2\x98\xE7\xB1\xBB\xE5\x9E\x8B ID\r\n";
    for (qsizetype i = first; i < last; ++i) {
        const CaseRecord &c = *hits.at(i);
        const QString created = QDateTime::fromMSecsSinceEpoch(c.createTimeMs, zone)
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        csv += csvField(c.incidentId) + ',' + csvField(c.simpleDescription) + ',' +
               QByteArray::number(c.status) + ',' + csvField(created) + ',' + csvField(c.xcustomerName) +
               ',' + csvField(c.productCategoryId) + ',' + csvField(c.businessTypeId) + "\r\n";
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toTimeZone(zone).toString(QStringLiteral("yyyyMMddHHmmss"));
    // 工单导出_<time>.csv in Chinese: the name travels in filename* (RFC 6266).
    const QString name = (english ? QStringLiteral("cases-export_")
                                  : QString::fromUtf8("\xE5\xB7\xA5\xE5\x8D\x95\xE5\xAF\xBC\xE5\x87\xBA_")) +
                         stamp + QStringLiteral(".csv");
    Response response;
    response.status = 200;
    response.setHeader("Content-Type", "text/csv;charset=UTF-8");
    QByteArray ascii = english ? name.toLatin1() : QByteArray("cases-export_") + stamp.toLatin1() + ".csv";
    response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
                                                  name.toUtf8().toPercentEncoding());
    response.body = csv;
    return response;
}

} // namespace

void CaseExportRoutes::registerRoutes(Router &router, Server &server)
{
    router.add("GET", QStringLiteral("/v2/servicerequest/cases/export"), Router::Auth::Osm,
               [&server](Request &r) { return exportCases(server, r); });
}

} // namespace osm::sim
