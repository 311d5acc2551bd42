#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace osm {

// The answer of 5.14.1 show_configuration: one configuration item. The example's "error_code": 0 (a number
// where the table says String) means success and never reaches this type; a failing code becomes an Error.
struct Configuration
{
    QString configKey;   // config_key, 1-128
    QString configValue; // config_value, 0-65535 (e.g. "test1,test2" for case.create-case.diagnose-list)

    // config_value as the comma-separated list the documented key holds ("test1,test2" → [test1, test2]).
    QStringList values() const;

    static Configuration fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // config_key, config_value (error_code/error_msg are the pipeline's)

    friend bool operator==(const Configuration &, const Configuration &) = default;
};

} // namespace osm
