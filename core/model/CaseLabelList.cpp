#include "CaseLabelList.h"

#include "JsonRead.h"

namespace osm {

QList<int> CaseLabelList::labelIds() const
{
    QList<int> ids;
    for (const Label &label : labels)
        ids.append(label.labelId);
    return ids;
}

CaseLabelList CaseLabelList::fromJson(const QJsonObject &json)
{
    CaseLabelList list;
    // label_list is what the case list (5.11.9) calls the same objects.
    list.labels = json::objects<Label>(json::field(json, {"case_label_list", "label_list"}));
    return list;
}

QJsonObject CaseLabelList::toJson() const
{
    return QJsonObject{{QLatin1String("case_label_list"), json::toArray(labels)}};
}

} // namespace osm
