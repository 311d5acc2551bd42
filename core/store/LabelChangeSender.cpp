#include "LabelChangeSender.h"

#include "model/CaseLabelList.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QJsonArray>

namespace osm {

namespace {

const QString kAdd = QStringLiteral("add_case_labels");
const QString kRemove = QStringLiteral("delete_case_labels");
const QString kLabelIds = QStringLiteral("label_ids");
const QString kLabelNames = QStringLiteral("label_names");

} // namespace

Result<OutboxItem> LabelChangeSender::makeItem(Change change, const api::CaseLabelsParams &params,
                                               const QStringList &labelNames)
{
    if (const Error error = params.validate())
        return error;
    QJsonArray ids;
    for (int id : params.labelIds)
        ids.append(id);
    OutboxItem item = CaseWriteSender::makeItem(OutboxItem::Kind::LabelChange, params.caseId,
                                                change == Change::Add ? kAdd : kRemove, {{kLabelIds, ids}});
    item.payload.insert(kLabelNames, QJsonArray::fromStringList(labelNames));
    return item;
}

std::optional<LabelChangeSender::Change> LabelChangeSender::changeOf(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::LabelChange)
        return std::nullopt;
    const QString operation = item.payload.value(operationKey()).toString();
    if (operation == kAdd)
        return Change::Add;
    if (operation == kRemove)
        return Change::Remove;
    return std::nullopt;
}

QStringList LabelChangeSender::labelNamesOf(const OutboxItem &item)
{
    QStringList names;
    const QJsonArray list = item.payload.value(kLabelNames).toArray();
    for (const QJsonValue &name : list)
        names.append(name.toString());
    return names;
}

Error LabelChangeSender::load(const OutboxItem &queued)
{
    const std::optional<Change> change = changeOf(queued);
    const QJsonArray ids = queued.payload.value(paramsKey()).toObject().value(kLabelIds).toArray();
    if (!change)
        return unreadable();
    m_change = *change;
    m_params.caseId = queued.caseId;
    m_params.labelIds.clear();
    for (const QJsonValue &id : ids)
        m_params.labelIds.append(id.toInt(-1));
    return m_params.validate();
}

QFuture<Result<Acknowledgement>> LabelChangeSender::post(ApiClient &client)
{
    return m_change == Change::Add ? api::addCaseLabels(client, m_params) : api::deleteCaseLabels(client, m_params);
}

void LabelChangeSender::verify()
{
    whenReady(api::listCaseLabels(*client(), m_params.caseId), this, [this](const Result<CaseLabelList> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error()); // a refused look proves nothing: the mark stays
            return;
        }
        const QList<int> attached = result->labelIds();
        QList<int> missing; // what the request still has to do
        for (int id : std::as_const(m_params.labelIds)) {
            if (attached.contains(id) == (m_change == Change::Remove))
                missing.append(id);
        }
        if (missing.isEmpty()) {
            alreadyDone();
            return;
        }
        m_params.labelIds = missing;
        send();
    });
}

} // namespace osm
