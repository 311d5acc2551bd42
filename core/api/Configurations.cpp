#include "Configurations.h"

#include "Operation.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace osm::api {

namespace {
const Operation kShowConfiguration{"show_configuration", "GET", "/v2/servicerequest/configurations/{config_key}"};
}

QFuture<Result<Configuration>> showConfiguration(ApiClient &client, const QString &configKey)
{
    // The key becomes a path segment: characters that would end or split it are refused.
    static const QRegularExpression segment(QStringLiteral("^[^/?#]*$"));
    const Error invalid = Validator()
                              .required("config_key", configKey)
                              .maxLength("config_key", configKey, 128)
                              .pattern("config_key", configKey, segment,
                                       QCoreApplication::translate("osm::api::Configurations",
                                                                   "it may not contain /, ? or #."))
                              .error();
    return run<Configuration>(client, kShowConfiguration, {configKey}, {}, invalid);
}

} // namespace osm::api
