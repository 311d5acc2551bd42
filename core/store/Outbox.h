#pragma once

#include "OutboxItem.h"
#include "OutboxQueue.h"
#include "sync/PollBackoff.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <QTimer>

namespace osm {

class ApiClient;
class LocalStore;
class OutboxSender;

// The persistent outbox of one profile: every write is recorded (OutboxQueue, in the LocalStore) before its
// request and removed only when the server confirms it. Items go out one at a time, in order per case: a
// case's item waits for the ones before it.
//
// Failures: a network error (or timeout) means offline — everything waits, with backoff, and goes on at the
// next success or retryNow(). A 5xx/429 or a garbled answer is retried with the same backoff. An Auth error
// (token expired and IAM refused a new one) also pauses the outbox; each later attempt signs in again
// through the ApiClient's authenticator, and the first that gets a token carries on. A refusal (isRefusal:
// a business error or invalid input) marks the item Failed with the server's code and message; it waits for
// the user (retry, edit = take it back, discard), and the case's later items wait behind it.
//
// Each kind has its sender (OutboxSender, one object per attempt; see makeSender): how it resumes a
// half-finished attempt without posting twice is the sender's rule (MessageSender: uploads recorded one by
// one, the thread re-read before a message is posted again; the single-request case writes — CaseActionSender,
// RatingSender, LabelChangeSender, RelationChangeSender, ContactChangeSender, on CaseWriteSender — check the
// case's status, evaluation, labels or relations first). Their items are made by each sender's static
// makeItem(), which validates first.
class Outbox : public QObject
{
    Q_OBJECT

public:
    explicit Outbox(LocalStore &store, QObject *parent = nullptr);
    ~Outbox() override;

    bool isReady() const { return m_queue.isReady(); }
    LocalStore &store() const { return m_store; }

    // The client the items go out through; none (or destroyed) pauses the outbox. A request in flight when
    // its client goes away is treated as uncertain (see above).
    void setClient(ApiClient *client);
    // Offline/backoff pacing: starts at minimumMs after a failure, doubling up to maximumMs.
    void setBackoff(int minimumMs, int maximumMs);

    // Records a message (content, optional group id) with copies of `files`. 0 when the store failed.
    qint64 enqueueMessage(const QString &caseId, const QString &content, const QStringList &files,
                          const QString &groupId = {});
    qint64 enqueue(OutboxItem item);

    QList<OutboxItem> items(const QString &caseId = {}) const { return m_queue.items(caseId); }
    std::optional<OutboxItem> item(qint64 id) const { return m_queue.item(id); }
    int count() const { return int(m_queue.items().size()); }

    bool isOffline() const { return m_offline; }
    bool isWaitingForSignIn() const { return m_waitingForSignIn; }
    qint64 currentItemId() const { return m_currentId; }

    // Everything waiting goes now (the network is back, the user asked).
    void retryNow();
    // A Failed (or waiting) item goes again at once.
    bool retry(qint64 id);
    // Removes an item that is not being sent, with its files.
    bool discard(qint64 id);

Q_SIGNALS:
    void itemAdded(const osm::OutboxItem &item);
    void itemChanged(const osm::OutboxItem &item);
    // The server confirmed it; the item is gone from the store when this is emitted.
    void itemSent(const osm::OutboxItem &item);
    void itemRemoved(qint64 id, const QString &caseId);
    void offlineChanged(bool offline);

private:
    void recoverInterrupted();
    void schedule(int delayMs = 0);
    void sendNext();
    static std::unique_ptr<OutboxSender> makeSender(OutboxItem::Kind kind);
    void begin(OutboxItem item);
    void abandonCurrent();
    void dropSender();
    void succeed();
    void fail(const Error &error);
    void setOffline(bool offline);
    void save(const OutboxItem &item);

    LocalStore &m_store;
    OutboxQueue m_queue;
    QPointer<ApiClient> m_client;
    PollBackoff m_backoff{2000, 120000};
    QTimer m_timer;
    QDateTime m_holdUntil; // offline / signing in: nothing goes before this
    bool m_offline = false;
    bool m_waitingForSignIn = false;
    qint64 m_currentId = 0;    // the item being sent, 0 when idle
    OutboxItem m_current;
    std::unique_ptr<OutboxSender> m_sender; // the current attempt; deleted with it, so late answers are not seen
};

} // namespace osm
