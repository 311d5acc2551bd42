#include "QuotaRoutes.h"

#include "Server.h"
#include "data/QuotaBook.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QJsonObject>

namespace osm::sim {

namespace {

Response showCaseQuota(Server &server, Request &r)
{
    Params p(r);
    const QString productCategoryId = p.string(QStringLiteral("product_category_id"), 64, true);
    const QString businessTypeId = p.string(QStringLiteral("business_type_id"), 32, true);
    if (!p.ok())
        return p.error();
    const std::optional<QuotaBook::Quota> q =
        QuotaBook::of(server).quota(r.identity.domainId, productCategoryId, businessTypeId);
    if (!q)
        return Response::badRequest(QStringLiteral("business_type_id is not a problem type of product_category_id"));
    // special_approval_case_info is one object, as in the example (the table says an array).
    return Response::json(QJsonObject{
        {QStringLiteral("total"), q->total},
        {QStringLiteral("un_used"), q->unUsed},
        {QStringLiteral("measure"), q->measure},
        {QStringLiteral("special_approval_case_info"),
         QJsonObject{{QStringLiteral("used"), q->specialUsed}, {QStringLiteral("max_quota"), q->specialMax}}},
    });
}

} // namespace

void QuotaRoutes::registerRoutes(Router &router, Server &server)
{
    QuotaBook::of(server); // created now, so that it exists before the first case is created
    router.add("GET", QStringLiteral("/v2/servicerequest/quotas"), Router::Auth::Osm,
               [&server](Request &r) { return showCaseQuota(server, r); });
}

} // namespace osm::sim
