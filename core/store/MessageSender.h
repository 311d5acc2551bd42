#pragma once

#include "OutboxSender.h"

#include <QPointer>

namespace osm {

// Sends an outbox item of Kind::Message: each staged file is uploaded (accessory_from=message), its id
// recorded at once so that a retry does not upload it again, then create_message.
//
// No idempotency key exists in the API, so a message whose create_message may have reached the server (the
// request was started — marked before it goes — and no answer was read: a crash, a dropped connection, the
// client destroyed) is first looked for in the thread (list_messages: a customer message with the same text
// and attachment names, created after the item) and only sent again when absent.
class MessageSender : public OutboxSender
{
    Q_OBJECT

public:
    using OutboxSender::OutboxSender;

    void start(ApiClient &client, const OutboxItem &item) override;

    static OutboxItem makeItem(const QString &caseId, const QString &content, const QStringList &files,
                               const QString &groupId);

private:
    void nextStep();
    void verify();
    void post();
    void record();

    QPointer<ApiClient> m_client;
    OutboxItem m_item;
};

} // namespace osm
