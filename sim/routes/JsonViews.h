#pragma once

#include "data/CaseRecord.h"
#include "data/Label.h"
#include "data/MessageRecord.h"

#include <QJsonObject>

namespace osm::sim {

class DataSet;

// The response objects of the reference, field for field as its tables and examples show them
// (including where the two disagree; each deviation is commented where it is made).
class JsonViews
{
public:
    // IncidentInfoV2 (5.11.9 list_cases)
    static QJsonObject caseListItem(const CaseRecord &record, const DataSet &data, bool english);
    // IncidentDetailInfoV2 (5.11.4 show_case_detail)
    static QJsonObject caseDetail(const CaseRecord &record, const DataSet &data, bool english, bool trimRichText);
    // QueryMessageInfoV2 (5.10.5 list_messages, 5.10.7 poll)
    static QJsonObject message(const MessageRecord &message, bool trimRichText);
    // LabelInfo
    static QJsonObject label(const Label &label);
};

} // namespace osm::sim
