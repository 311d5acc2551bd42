#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// The answer of the write endpoints whose table is {error_code, error_msg} and whose example is "无" (none):
// 5.9.1 create_label, 5.9.3 delete_label, 5.9.4 update_label, 5.9.6 add_case_labels, 5.9.7 delete_case_labels,
// 5.12.1 create_case_relation, 5.12.2 delete_case_relation. A failing error_code never gets here (the pipeline
// turns it into an Error, also with HTTP 200); what remains is "", "0" or nothing at all (an empty body or {}).
struct Acknowledgement
{
    QString errorCode; // error_code, 0-32
    QString errorMsg;  // error_msg, 0-32

    static Acknowledgement fromJson(const QJsonObject &json);
    // Writes the table's two fields.
    QJsonObject toJson() const;

    friend bool operator==(const Acknowledgement &, const Acknowledgement &) = default;
};

} // namespace osm
