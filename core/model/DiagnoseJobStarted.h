#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// The answer of 5.15.5 start_diagnose_job: the id to poll with 5.15.3 show_diagnose_job. A String here
// (1-64), an Integer in 5.15.3's answer: read as text in both places.
struct DiagnoseJobStarted
{
    QString jobId; // job_id

    static DiagnoseJobStarted fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseJobStarted &, const DiagnoseJobStarted &) = default;
};

} // namespace osm
