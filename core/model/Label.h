#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// LabelInfo / CaseLabelInfo (5.9, 5.11.9 label_list): a tenant's case label.
struct Label
{
    int labelId = 0; // label_id
    QString name;    // name, 1-64
    QString color;   // color, 1-7 characters such as "#000000"

    static Label fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Label &, const Label &) = default;
};

} // namespace osm
