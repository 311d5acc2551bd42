#include "CaseWriteSender.h"

#include "net/ApiClient.h"
#include "net/WhenReady.h"

namespace osm {

QString CaseWriteSender::operationKey()
{
    return QStringLiteral("operation");
}

QString CaseWriteSender::paramsKey()
{
    return QStringLiteral("params");
}

QString CaseWriteSender::postingKey()
{
    return QStringLiteral("posting"); // the same mark as MessageSender's
}

OutboxItem CaseWriteSender::makeItem(OutboxItem::Kind kind, const QString &caseId, const QString &operation,
                                     const QJsonObject &params)
{
    OutboxItem item;
    item.kind = kind;
    item.caseId = caseId;
    item.payload.insert(operationKey(), operation);
    item.payload.insert(paramsKey(), params);
    return item;
}

Error CaseWriteSender::unreadable()
{
    return Error::validation(operationKey(), tr("This queued change cannot be read. Discard it and make it again."));
}

void CaseWriteSender::start(ApiClient &client, const OutboxItem &item)
{
    m_client = &client;
    m_item = item;
    if (const Error error = load(item)) {
        Q_EMIT failed(error); // a Validation error: the item waits for the user
        return;
    }
    if (m_item.payload.value(postingKey()).toBool())
        verify();
    else
        send();
}

void CaseWriteSender::send()
{
    if (!m_client)
        return; // the Outbox deletes this sender when its client goes
    // Recorded before the request: from now on a lost answer means "check before sending again".
    m_item.payload.insert(postingKey(), true);
    Q_EMIT progressed(m_item);
    whenReady(post(*m_client), this, [this](const Result<Acknowledgement> &result) {
        if (result.ok()) {
            Q_EMIT succeeded();
            return;
        }
        if (isRefusal(result.error())) {
            // Refused: nothing was done, so the next try need not check first.
            m_item.payload.remove(postingKey());
            Q_EMIT progressed(m_item);
        }
        Q_EMIT failed(result.error());
    });
}

} // namespace osm
