#include "Acknowledgement.h"

#include "JsonRead.h"

namespace osm {

Acknowledgement Acknowledgement::fromJson(const QJsonObject &json)
{
    Acknowledgement ack;
    ack.errorCode = json::string(json.value(QLatin1String("error_code")));
    ack.errorMsg = json::string(json::field(json, {"error_msg", "error_message"}));
    return ack;
}

QJsonObject Acknowledgement::toJson() const
{
    return QJsonObject{
        {QLatin1String("error_code"), errorCode},
        {QLatin1String("error_msg"), errorMsg},
    };
}

} // namespace osm
