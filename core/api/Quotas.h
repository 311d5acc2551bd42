#pragma once

#include "model/CaseQuota.h"
#include "ProblemTypeKey.h"
#include "net/ApiClient.h"

#include <QFuture>

namespace osm::api {

// 5.7 quotas: how many cases of a product category / problem type may still be created in the period.

// 5.7.1 show_case_quota. Both parameters are required (the request example passes only business_type_id).
using ShowCaseQuotaParams = ProblemTypeKey;
QFuture<Result<CaseQuota>> showCaseQuota(ApiClient &client, const ShowCaseQuotaParams &params);

} // namespace osm::api
