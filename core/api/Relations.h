#pragma once

#include "model/Acknowledgement.h"
#include "model/RelatedCaseList.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <QJsonObject>

namespace osm::api {

// 5.12 related cases: a case is related to at most 3 other cases, never to itself.

// 5.12.1 create_case_relation
struct CreateCaseRelationParams
{
    QString caseId;            // path case_id, 1-32
    QStringList relatedIdList; // related_id_list, 1-3 case ids of 1-64 characters, not case_id; sent once each
    QString groupId;           // group_id, required here (1-64): the IAM group

    Error validate() const;
    // related_id_list as the table's array of strings (the example sends a single string).
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> createCaseRelation(ApiClient &client, const CreateCaseRelationParams &params);

// 5.12.2 delete_case_relation: DELETE with a JSON body.
struct DeleteCaseRelationParams
{
    QString caseId;    // path case_id, 1-32
    QString relatedId; // related_id, required, 1-64, not case_id
    QString groupId;   // group_id, required, 1-64

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> deleteCaseRelation(ApiClient &client, const DeleteCaseRelationParams &params);

// 5.12.3 list_case_relations
QFuture<Result<RelatedCaseList>> listCaseRelations(ApiClient &client, const QString &caseId);

} // namespace osm::api
