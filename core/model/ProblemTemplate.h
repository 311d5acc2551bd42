#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// IncidentTempV2 (5.8.4 list_problem_templates): a description template of a problem type.
struct ProblemTemplate
{
    QString templateId;      // incident_template_id, 1-64
    QString templateName;    // incident_template_name, 1-64
    QString templateContent; // incident_template_content, 1-128

    static ProblemTemplate fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ProblemTemplate &, const ProblemTemplate &) = default;
};

} // namespace osm
