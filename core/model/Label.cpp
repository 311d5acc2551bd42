#include "Label.h"

#include "JsonRead.h"

namespace osm {

Label Label::fromJson(const QJsonObject &json)
{
    Label label;
    label.labelId = static_cast<int>(json::integer(json.value(QLatin1String("label_id"))));
    label.name = json::string(json.value(QLatin1String("name")));
    label.color = json::string(json.value(QLatin1String("color")));
    return label;
}

QJsonObject Label::toJson() const
{
    return QJsonObject{
        {QLatin1String("label_id"), labelId},
        {QLatin1String("name"), name},
        {QLatin1String("color"), color},
    };
}

} // namespace osm
