#include "AccessoryLimits.h"

#include "JsonRead.h"

namespace osm {

AccessoryLimits AccessoryLimits::fromJson(const QJsonObject &json)
{
    AccessoryLimits limits;
    const QJsonObject vo = json::object(json.value(QLatin1String("accessory_limit")));
    limits.limitCount = static_cast<int>(json::integer(vo.value(QLatin1String("limit_count"))));
    limits.limitSizeMb = static_cast<int>(json::integer(vo.value(QLatin1String("limit_size"))));
    limits.limitZipDecompressSizeMb =
        static_cast<int>(json::integer(vo.value(QLatin1String("limit_zip_decompress_size"))));
    // "jpg,jpeg,png" (also ".JPG", blanks, or a JSON array): lower case, no dots, no duplicates.
    for (QString type : json::stringList(vo.value(QLatin1String("limit_file_type")))) {
        type = type.trimmed().toLower();
        while (type.startsWith(QLatin1Char('.')))
            type.remove(0, 1);
        if (!type.isEmpty() && !limits.limitFileTypes.contains(type))
            limits.limitFileTypes.append(type);
    }
    return limits;
}

QJsonObject AccessoryLimits::toJson() const
{
    return QJsonObject{
        {QLatin1String("accessory_limit"),
         QJsonObject{
             {QLatin1String("limit_count"), QString::number(limitCount)},
             {QLatin1String("limit_size"), QString::number(limitSizeMb)},
             {QLatin1String("limit_file_type"), limitFileTypes.join(QLatin1Char(','))},
             {QLatin1String("limit_zip_decompress_size"), QString::number(limitZipDecompressSizeMb)},
         }},
    };
}

bool AccessoryLimits::allowsExtension(const QString &extension) const
{
    return limitFileTypes.isEmpty() || limitFileTypes.contains(extension.toLower());
}

} // namespace osm
