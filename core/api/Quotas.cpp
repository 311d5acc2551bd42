#include "Quotas.h"

#include "Operation.h"

namespace osm::api {

namespace {
const Operation kShowCaseQuota{"show_case_quota", "GET", "/v2/servicerequest/quotas"};
}

QFuture<Result<CaseQuota>> showCaseQuota(ApiClient &client, const ShowCaseQuotaParams &params)
{
    return run<CaseQuota>(client, kShowCaseQuota, {}, params.query(), params.validate());
}

} // namespace osm::api
