#pragma once

#include "CaseWriteSender.h"
#include "api/Relations.h"

namespace osm {

// Sends an outbox item of Kind::RelationChange: 5.12.1 create_case_relation or 5.12.2 delete_case_relation.
// Payload: {"operation": "create_case_relation", "params": {"related_id_list": [...], "group_id"}} or
// {"operation": "delete_case_relation", "params": {"related_id", "group_id"}}.
//
// A relation created twice may be refused (at most 3 relations, OSM.01010043, and the reference does not say
// that a repeated one is ignored), so an earlier attempt that may have arrived is checked with 5.12.3
// list_case_relations: the cases already related are dropped from a create (none left: done); a delete
// whose case is no longer related is done.
class RelationChangeSender : public CaseWriteSender
{
    Q_OBJECT

public:
    using CaseWriteSender::CaseWriteSender;

    // Validated items, or the Validator's error (nothing is queued then).
    static Result<OutboxItem> makeItem(const api::CreateCaseRelationParams &params);
    static Result<OutboxItem> makeItem(const api::DeleteCaseRelationParams &params);
    // Whether the item relates (true) or unrelates (false) the cases, and which.
    static bool isCreate(const OutboxItem &item);
    static QStringList relatedIdsOf(const OutboxItem &item);

protected:
    Error load(const OutboxItem &queued) override;
    void verify() override;
    QFuture<Result<Acknowledgement>> post(ApiClient &client) override;

private:
    bool m_create = true;
    api::CreateCaseRelationParams m_createParams;
    api::DeleteCaseRelationParams m_deleteParams;
};

} // namespace osm
