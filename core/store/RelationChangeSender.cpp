#include "RelationChangeSender.h"

#include "model/RelatedCaseList.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QJsonArray>

namespace osm {

namespace {

const QString kCreate = QStringLiteral("create_case_relation");
const QString kDelete = QStringLiteral("delete_case_relation");
const QString kRelatedIdList = QStringLiteral("related_id_list");
const QString kRelatedId = QStringLiteral("related_id");
const QString kGroupId = QStringLiteral("group_id");

QJsonObject paramsOfItem(const OutboxItem &item)
{
    return item.payload.value(CaseWriteSender::paramsKey()).toObject();
}

} // namespace

Result<OutboxItem> RelationChangeSender::makeItem(const api::CreateCaseRelationParams &params)
{
    if (const Error error = params.validate())
        return error;
    return CaseWriteSender::makeItem(
        OutboxItem::Kind::RelationChange, params.caseId, kCreate,
        {{kRelatedIdList, QJsonArray::fromStringList(params.relatedIdList)}, {kGroupId, params.groupId}});
}

Result<OutboxItem> RelationChangeSender::makeItem(const api::DeleteCaseRelationParams &params)
{
    if (const Error error = params.validate())
        return error;
    return CaseWriteSender::makeItem(OutboxItem::Kind::RelationChange, params.caseId, kDelete,
                                     {{kRelatedId, params.relatedId}, {kGroupId, params.groupId}});
}

bool RelationChangeSender::isCreate(const OutboxItem &item)
{
    return item.payload.value(operationKey()).toString() == kCreate;
}

QStringList RelationChangeSender::relatedIdsOf(const OutboxItem &item)
{
    const QJsonObject params = paramsOfItem(item);
    if (!isCreate(item))
        return {params.value(kRelatedId).toString()};
    QStringList ids;
    const QJsonArray list = params.value(kRelatedIdList).toArray();
    for (const QJsonValue &id : list)
        ids.append(id.toString());
    return ids;
}

Error RelationChangeSender::load(const OutboxItem &queued)
{
    const QString operation = queued.payload.value(operationKey()).toString();
    const QJsonObject params = paramsOfItem(queued);
    if (queued.kind != OutboxItem::Kind::RelationChange || (operation != kCreate && operation != kDelete))
        return unreadable();
    m_create = operation == kCreate;
    if (m_create) {
        m_createParams.caseId = queued.caseId;
        m_createParams.relatedIdList = relatedIdsOf(queued);
        m_createParams.groupId = params.value(kGroupId).toString();
        return m_createParams.validate();
    }
    m_deleteParams.caseId = queued.caseId;
    m_deleteParams.relatedId = params.value(kRelatedId).toString();
    m_deleteParams.groupId = params.value(kGroupId).toString();
    return m_deleteParams.validate();
}

QFuture<Result<Acknowledgement>> RelationChangeSender::post(ApiClient &client)
{
    return m_create ? api::createCaseRelation(client, m_createParams) : api::deleteCaseRelation(client, m_deleteParams);
}

void RelationChangeSender::verify()
{
    const QString caseId = m_create ? m_createParams.caseId : m_deleteParams.caseId;
    whenReady(api::listCaseRelations(*client(), caseId), this, [this](const Result<RelatedCaseList> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error()); // a refused look proves nothing: the mark stays
            return;
        }
        const QStringList related = result->caseIds();
        if (!m_create) {
            if (related.contains(m_deleteParams.relatedId))
                send();
            else
                alreadyDone();
            return;
        }
        QStringList missing;
        for (const QString &id : std::as_const(m_createParams.relatedIdList)) {
            if (!related.contains(id))
                missing.append(id);
        }
        if (missing.isEmpty()) {
            alreadyDone();
            return;
        }
        m_createParams.relatedIdList = missing;
        send();
    });
}

} // namespace osm
