#include "Labels.h"

#include "Operation.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace osm::api {

namespace {
const Operation kCreateLabel{"create_label", "POST", "/v2/servicerequest/labels"};
const Operation kListLabels{"list_labels", "GET", "/v2/servicerequest/labels"};
const Operation kDeleteLabel{"delete_label", "DELETE", "/v2/servicerequest/labels/{label_id}"};
const Operation kUpdateLabel{"update_label", "PUT", "/v2/servicerequest/labels/{label_id}"};
const Operation kListCaseLabels{"list_case_labels", "GET", "/v2/servicerequest/cases/{case_id}/labels"};
const Operation kAddCaseLabels{"add_case_labels", "POST", "/v2/servicerequest/cases/{case_id}/labels"};
const Operation kDeleteCaseLabels{"delete_case_labels", "DELETE", "/v2/servicerequest/cases/{case_id}/labels"};

constexpr qint64 kMaxInteger = 2147483647; // the tables' "max value 2147483647"

Error labelIdError(qint64 labelId)
{
    return Validator().range("label_id", labelId, 0, kMaxInteger).error();
}

QList<int> withoutDuplicates(const QList<int> &ids)
{
    QList<int> unique;
    for (int id : ids) {
        if (!unique.contains(id))
            unique.append(id);
    }
    return unique;
}
} // namespace

Error LabelParams::validate() const
{
    // 5.9.1 documents "#000000"; the 5.9.4 example's "1" (a "colour id") is not accepted from us.
    static const QRegularExpression hex(QStringLiteral("^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"));
    return Validator()
        .required("name", name)
        .maxLength("name", name, 64)
        .required("color", color)
        .maxLength("color", color, 7)
        .pattern("color", color, hex,
                 QCoreApplication::translate("osm::api::Labels",
                                             "it must be a colour written as #RRGGBB, such as #1E88E5."))
        .error();
}

QJsonObject LabelParams::body() const
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("color"), color}};
}

QFuture<Result<Acknowledgement>> createLabel(ApiClient &client, const LabelParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kCreateLabel, {}, {}, params.validate(), &body);
}

Error ListLabelsParams::validate() const
{
    return Validator()
        .range("offset", offset, 0, kMaxInteger)
        .range("limit", limit, 0, 100)
        .maxLength("name", name, 64)
        .range("label_id", labelId, 0, kMaxInteger)
        .error();
}

QueryItems ListLabelsParams::query() const
{
    return QueryBuilder()
        .add("offset", offset)
        .add("limit", limit)
        .add("name", name)
        .add("label_id", labelId)
        .items();
}

QFuture<Result<LabelList>> listLabels(ApiClient &client, const ListLabelsParams &params)
{
    return run<LabelList>(client, kListLabels, {}, params.query(), params.validate());
}

QFuture<Result<Acknowledgement>> deleteLabel(ApiClient &client, qint64 labelId)
{
    return run<Acknowledgement>(client, kDeleteLabel, {QString::number(labelId)}, {}, labelIdError(labelId));
}

QFuture<Result<Acknowledgement>> updateLabel(ApiClient &client, qint64 labelId, const LabelParams &params)
{
    Error invalid = labelIdError(labelId);
    if (!invalid)
        invalid = params.validate();
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kUpdateLabel, {QString::number(labelId)}, {}, invalid, &body);
}

QFuture<Result<CaseLabelList>> listCaseLabels(ApiClient &client, const QString &caseId)
{
    return run<CaseLabelList>(client, kListCaseLabels, {caseId}, {}, Validator().caseId(caseId).error());
}

Error CaseLabelsParams::validate() const
{
    const QList<int> ids = withoutDuplicates(labelIds);
    Validator validator;
    validator.caseId(caseId).minItems("label_ids", ids.size(), 1).maxItems("label_ids", ids.size(), 5);
    for (int id : ids)
        validator.range("label_ids", id, 0, kMaxInteger);
    return validator.error();
}

QueryItems CaseLabelsParams::query() const
{
    return QueryBuilder().add("label_ids", withoutDuplicates(labelIds)).items();
}

QFuture<Result<Acknowledgement>> addCaseLabels(ApiClient &client, const CaseLabelsParams &params)
{
    return run<Acknowledgement>(client, kAddCaseLabels, {params.caseId}, params.query(), params.validate());
}

QFuture<Result<Acknowledgement>> deleteCaseLabels(ApiClient &client, const CaseLabelsParams &params)
{
    return run<Acknowledgement>(client, kDeleteCaseLabels, {params.caseId}, params.query(), params.validate());
}

} // namespace osm::api
