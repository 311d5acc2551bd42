#pragma once

#include "ProblemTemplate.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.4 list_problem_templates.
struct ProblemTemplateList
{
    qint64 totalCount = 0;            // total_count (count is read too)
    QList<ProblemTemplate> templates; // incident_template_list

    static ProblemTemplateList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ProblemTemplateList &, const ProblemTemplateList &) = default;
};

} // namespace osm
