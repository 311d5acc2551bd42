#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// ConfigName (5.8.8): one name of a satisfaction category, dimension or instance in one language.
struct ConfigName
{
    QString name;     // name, 1-32
    QString language; // language, "zh-cn" / "en-us"

    static ConfigName fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // The name in `language` (case ignored), else the first one; "" for an empty list.
    static QString pick(const QList<ConfigName> &names, const QString &language);

    friend bool operator==(const ConfigName &, const ConfigName &) = default;
};

} // namespace osm
