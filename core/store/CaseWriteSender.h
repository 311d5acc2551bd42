#pragma once

#include "OutboxSender.h"
#include "model/Acknowledgement.h"
#include "net/ApiClient.h"
#include "net/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QPointer>

namespace osm {

// The common course of an outbox item that is one write request on a case (case action, rating, label,
// relation and contact changes; each kind's sender derives from this):
//
//  1. the typed request is rebuilt from the payload — {"operation": <endpoints.json id>, "params": {the
//     params' fields, under the API's names}} — and validated again (a refused one fails at once);
//  2. when an earlier attempt may have reached the server (the "posting" mark, recorded just before each
//     request, is still there: a crash, a dropped connection, the client destroyed, no answer read), the
//     sender's verify() checks the server first; it calls alreadyDone() or send();
//  3. send() records the mark, sends the request, and on a refusal (isRefusal(): proof that nothing was
//     done) clears the mark again so that the user's Retry does not look first.
//
// A refused look in verify() proves nothing: the mark stays and the next attempt looks again.
class CaseWriteSender : public OutboxSender
{
    Q_OBJECT

public:
    using OutboxSender::OutboxSender;

    void start(ApiClient &client, const OutboxItem &item) final;

    // The payload keys shared by the kinds.
    static QString operationKey();
    static QString paramsKey();
    static QString postingKey();
    // {"operation": operation, "params": params} for a new item of `kind` on `caseId`.
    static OutboxItem makeItem(OutboxItem::Kind kind, const QString &caseId, const QString &operation,
                               const QJsonObject &params);

protected:
    // Rebuilds the typed request from the item's payload (operation and params) and validates it.
    virtual Error load(const OutboxItem &item) = 0;
    // Checks whether the earlier, uncertain attempt took effect: alreadyDone() if so, else send() (which
    // may send less than the item says: what is still missing), or failed() when the look was refused.
    virtual void verify() = 0;
    // The request itself (load() succeeded).
    virtual QFuture<Result<Acknowledgement>> post(ApiClient &client) = 0;

    void send();
    // load()'s error for a payload this version cannot read (written by another version, or damaged).
    static Error unreadable();
    void alreadyDone() { Q_EMIT succeeded(); }
    ApiClient *client() const { return m_client; }
    const OutboxItem &item() const { return m_item; }

private:
    QPointer<ApiClient> m_client;
    OutboxItem m_item;
};

} // namespace osm
