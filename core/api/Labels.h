#pragma once

#include "model/Acknowledgement.h"
#include "model/CaseLabelList.h"
#include "model/LabelList.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <QJsonObject>
#include <optional>

namespace osm::api {

// 5.9 labels: a tenant's labels (at most 30, unique names) and their attachment to cases (at most 5 per case).

// The body of 5.9.1 create_label and 5.9.4 update_label.
struct LabelParams
{
    QString name;  // name, required, 1-64 characters
    QString color; // color, required, 1-7 characters: "#RRGGBB" (or "#RGB"), the form 5.9.1 documents

    Error validate() const;
    QJsonObject body() const;
};

// 5.9.1 create_label. The answer carries no id: list_labels (by name) finds the new label.
QFuture<Result<Acknowledgement>> createLabel(ApiClient &client, const LabelParams &params);

// 5.9.2 list_labels
struct ListLabelsParams
{
    std::optional<qint64> offset;  // 0..2147483647, default 0
    std::optional<qint64> limit;   // 0..100, default 10
    QString name;                  // ≤ 64, fuzzy match
    std::optional<qint64> labelId; // label_id, 0..2147483647

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<LabelList>> listLabels(ApiClient &client, const ListLabelsParams &params = {});

// 5.9.3 delete_label: also detaches it from every case.
QFuture<Result<Acknowledgement>> deleteLabel(ApiClient &client, qint64 labelId);

// 5.9.4 update_label: name and colour together (both are required).
QFuture<Result<Acknowledgement>> updateLabel(ApiClient &client, qint64 labelId, const LabelParams &params);

// 5.9.5 list_case_labels
QFuture<Result<CaseLabelList>> listCaseLabels(ApiClient &client, const QString &caseId);

// The parameters of 5.9.6 add_case_labels and 5.9.7 delete_case_labels.
struct CaseLabelsParams
{
    QString caseId;        // path case_id, 1-32
    QList<int> labelIds;   // label_ids, 1-5 ids ≥ 0, sent as repeated query keys; duplicates are sent once

    Error validate() const;
    QueryItems query() const;
};

// 5.9.6 add_case_labels: a case holds at most 5 labels (OSM.01010042 when the sum would be more).
QFuture<Result<Acknowledgement>> addCaseLabels(ApiClient &client, const CaseLabelsParams &params);

// 5.9.7 delete_case_labels
QFuture<Result<Acknowledgement>> deleteCaseLabels(ApiClient &client, const CaseLabelsParams &params);

} // namespace osm::api
