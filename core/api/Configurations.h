#pragma once

#include "model/Configuration.h"
#include "net/ApiClient.h"

#include <QFuture>

namespace osm::api {

// 5.14 configuration items by key.

// The one key the reference documents: which one-click diagnoses case creation offers.
inline constexpr const char *kDiagnoseListConfigKey = "case.create-case.diagnose-list";

// 5.14.1 show_configuration: config_key is a path parameter, required, 1-128 characters.
QFuture<Result<Configuration>> showConfiguration(ApiClient &client, const QString &configKey);

} // namespace osm::api
