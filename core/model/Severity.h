#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// SeverityV2Do (5.8.9 list_severities): a severity a new case can be given.
struct Severity
{
    QString language;     // language, 1-32, "zh-cn"
    QString severityName; // severity_name, 1-32, localised by X-Language
    QString severityId;   // severity_id, 1-32

    static Severity fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Severity &, const Severity &) = default;
};

} // namespace osm
