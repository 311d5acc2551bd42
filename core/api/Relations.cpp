#include "Relations.h"

#include "Operation.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace osm::api {

namespace {
const Operation kCreateCaseRelation{"create_case_relation", "POST", "/v2/servicerequest/cases/{case_id}/relations"};
const Operation kDeleteCaseRelation{"delete_case_relation", "DELETE", "/v2/servicerequest/cases/{case_id}/relations"};
const Operation kListCaseRelations{"list_case_relations", "GET", "/v2/servicerequest/cases/{case_id}/relations"};

// OSM.01010044, checked before sending.
Error selfRelation(const char *field)
{
    return Error::validation(QString::fromLatin1(field),
                             QCoreApplication::translate("osm::api::Relations", "a case cannot be related to itself."));
}

QStringList withoutDuplicates(QStringList ids)
{
    ids.removeDuplicates(); // keeps the first of each, in order
    return ids;
}
} // namespace

Error CreateCaseRelationParams::validate() const
{
    const QStringList ids = withoutDuplicates(relatedIdList);
    Validator validator;
    validator.caseId(caseId).minItems("related_id_list", ids.size(), 1).maxItems("related_id_list", ids.size(), 3);
    for (const QString &id : ids)
        validator.required("related_id_list", id);
    validator.eachMaxLength("related_id_list", ids, 64).required("group_id", groupId).maxLength("group_id", groupId, 64);
    if (validator.error())
        return validator.error();
    if (ids.contains(caseId))
        return selfRelation("related_id_list");
    return {};
}

QJsonObject CreateCaseRelationParams::body() const
{
    return QJsonObject{{QStringLiteral("related_id_list"), QJsonArray::fromStringList(withoutDuplicates(relatedIdList))},
                       {QStringLiteral("group_id"), groupId}};
}

QFuture<Result<Acknowledgement>> createCaseRelation(ApiClient &client, const CreateCaseRelationParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kCreateCaseRelation, {params.caseId}, {}, params.validate(), &body);
}

Error DeleteCaseRelationParams::validate() const
{
    const Error error = Validator()
                            .caseId(caseId)
                            .required("related_id", relatedId)
                            .maxLength("related_id", relatedId, 64)
                            .required("group_id", groupId)
                            .maxLength("group_id", groupId, 64)
                            .error();
    if (error)
        return error;
    if (relatedId == caseId)
        return selfRelation("related_id");
    return {};
}

QJsonObject DeleteCaseRelationParams::body() const
{
    return QJsonObject{{QStringLiteral("related_id"), relatedId}, {QStringLiteral("group_id"), groupId}};
}

QFuture<Result<Acknowledgement>> deleteCaseRelation(ApiClient &client, const DeleteCaseRelationParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kDeleteCaseRelation, {params.caseId}, {}, params.validate(), &body);
}

QFuture<Result<RelatedCaseList>> listCaseRelations(ApiClient &client, const QString &caseId)
{
    return run<RelatedCaseList>(client, kListCaseRelations, {caseId}, {}, Validator().caseId(caseId).error());
}

} // namespace osm::api
