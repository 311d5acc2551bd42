#include "ContactChangeSender.h"

#include "net/ApiClient.h"

namespace osm {

namespace {

const QString kOperation = QStringLiteral("update_case_contact_info");

} // namespace

Result<OutboxItem> ContactChangeSender::makeItem(const api::UpdateContactInfoParams &params)
{
    if (const Error error = params.validate())
        return error;
    // The body's fields are the params' fields, under the same names (the case id is the item's).
    return CaseWriteSender::makeItem(OutboxItem::Kind::ContactChange, params.caseId, kOperation, params.body());
}

std::optional<api::UpdateContactInfoParams> ContactChangeSender::paramsOf(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::ContactChange || item.payload.value(operationKey()).toString() != kOperation)
        return std::nullopt;
    const QJsonObject json = item.payload.value(paramsKey()).toObject();
    api::UpdateContactInfoParams params;
    params.caseId = item.caseId;
    params.areaCode = json.value(QLatin1String("area_code")).toString();
    params.remindMobile = json.value(QLatin1String("remind_mobile")).toString();
    params.remindMail = json.value(QLatin1String("remind_mail")).toString();
    params.remindTime = json.value(QLatin1String("remind_time")).toString();
    params.groupId = json.value(QLatin1String("group_id")).toString();
    params.extensionMap = json.value(QLatin1String("extension_map")).toObject();
    return params;
}

Error ContactChangeSender::load(const OutboxItem &queued)
{
    const std::optional<api::UpdateContactInfoParams> params = paramsOf(queued);
    if (!params)
        return unreadable();
    m_params = *params;
    return m_params.validate();
}

QFuture<Result<Acknowledgement>> ContactChangeSender::post(ApiClient &client)
{
    return api::updateCaseContactInfo(client, m_params);
}

} // namespace osm
