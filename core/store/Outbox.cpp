#include "Outbox.h"

#include "LocalStore.h"
#include "CreateCaseSender.h"
#include "CaseActionSender.h"
#include "ContactChangeSender.h"
#include "LabelChangeSender.h"
#include "MessageSender.h"
#include "OutboxSender.h"
#include "RatingSender.h"
#include "RelationChangeSender.h"
#include "net/ApiClient.h"

#include <QSet>

namespace osm {

Outbox::Outbox(LocalStore &store, QObject *parent) : QObject(parent), m_store(store), m_queue(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::sendNext);
    recoverInterrupted();
}

// An item being sent stays "sending" in the store: the next start resumes it by its sender's rule.
Outbox::~Outbox() = default;

void Outbox::recoverInterrupted()
{
    // A previous run ended during a send. Whether its request arrived is unknown: the progress recorded in
    // the payload (see OutboxSender) tells the next attempt what to check first.
    const QList<OutboxItem> all = m_queue.items();
    for (OutboxItem item : all) {
        if (item.state != OutboxItem::State::Sending)
            continue;
        item.state = OutboxItem::State::Pending;
        m_queue.update(item);
    }
}

void Outbox::setClient(ApiClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    abandonCurrent();
    m_client = client;
    if (client) {
        connect(client, &QObject::destroyed, this, [this] { setClient(nullptr); });
        schedule(0);
    }
}

void Outbox::setBackoff(int minimumMs, int maximumMs)
{
    m_backoff.setRange(minimumMs, maximumMs);
}

qint64 Outbox::enqueueMessage(const QString &caseId, const QString &content, const QStringList &files,
                              const QString &groupId)
{
    return enqueue(MessageSender::makeItem(caseId, content, files, groupId));
}

qint64 Outbox::enqueue(OutboxItem item)
{
    const std::optional<OutboxItem> added = m_queue.add(std::move(item));
    if (!added)
        return 0;
    Q_EMIT itemAdded(*added);
    schedule(0);
    return added->id;
}

void Outbox::retryNow()
{
    m_holdUntil = {};
    m_backoff.reset();
    const QList<OutboxItem> all = m_queue.items();
    for (OutboxItem item : all) {
        if (item.state == OutboxItem::State::Pending && item.nextAttemptAt.isValid()) {
            item.nextAttemptAt = {};
            m_queue.update(item);
        }
    }
    schedule(0);
}

bool Outbox::retry(qint64 id)
{
    std::optional<OutboxItem> item = m_queue.item(id);
    if (!item || id == m_currentId)
        return false;
    item->state = OutboxItem::State::Pending;
    item->nextAttemptAt = {};
    save(*item);
    m_holdUntil = {};
    schedule(0);
    return true;
}

bool Outbox::discard(qint64 id)
{
    const std::optional<OutboxItem> item = m_queue.item(id);
    if (!item || id == m_currentId)
        return false;
    m_queue.remove(id);
    Q_EMIT itemRemoved(id, item->caseId);
    schedule(0);
    return true;
}

void Outbox::save(const OutboxItem &item)
{
    m_queue.update(item);
    Q_EMIT itemChanged(item);
}

void Outbox::schedule(int delayMs)
{
    m_timer.start(std::max(0, delayMs));
}

std::unique_ptr<OutboxSender> Outbox::makeSender(OutboxItem::Kind kind)
{
    switch (kind) {
    case OutboxItem::Kind::Message:
        return std::make_unique<MessageSender>();
    case OutboxItem::Kind::CreateCase:
        return std::make_unique<CreateCaseSender>();
    case OutboxItem::Kind::CaseAction:
        return std::make_unique<CaseActionSender>();
    case OutboxItem::Kind::Rating:
        return std::make_unique<RatingSender>();
    case OutboxItem::Kind::LabelChange:
        return std::make_unique<LabelChangeSender>();
    case OutboxItem::Kind::RelationChange:
        return std::make_unique<RelationChangeSender>();
    case OutboxItem::Kind::ContactChange:
        return std::make_unique<ContactChangeSender>();
    default:
        return nullptr; // no sender yet: the item stays Pending
    }
}

void Outbox::sendNext()
{
    if (m_currentId != 0 || !m_client || !isReady())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_holdUntil.isValid() && now < m_holdUntil) {
        schedule(int(now.msecsTo(m_holdUntil)));
        return;
    }
    const QList<OutboxItem> all = m_queue.items();
    QSet<QString> seenCases;
    qint64 soonestMs = -1;
    for (const OutboxItem &item : all) {
        // Only the first item of each case may go: the others wait for it, whatever its state. Items of no
        // case (new cases) do not wait for each other.
        if (!item.caseId.isEmpty() && seenCases.contains(item.caseId))
            continue;
        seenCases.insert(item.caseId);
        if (item.state == OutboxItem::State::Failed)
            continue;
        if (item.nextAttemptAt.isValid() && item.nextAttemptAt > now) {
            const qint64 wait = now.msecsTo(item.nextAttemptAt);
            soonestMs = soonestMs < 0 ? wait : std::min(soonestMs, wait);
            continue;
        }
        begin(item);
        return;
    }
    if (soonestMs >= 0)
        schedule(int(soonestMs));
}

void Outbox::begin(OutboxItem item)
{
    std::unique_ptr<OutboxSender> sender = makeSender(item.kind);
    if (!sender)
        return;
    m_currentId = item.id;
    item.state = OutboxItem::State::Sending;
    ++item.attempts;
    m_current = item;
    save(m_current);
    m_sender = std::move(sender);
    connect(m_sender.get(), &OutboxSender::progressed, this, [this](const OutboxItem &progress) {
        m_current.payload = progress.payload; // the sender records only its own progress
        save(m_current);
    });
    connect(m_sender.get(), &OutboxSender::succeeded, this, &Outbox::succeed);
    connect(m_sender.get(), &OutboxSender::failed, this, &Outbox::fail);
    m_sender->start(*m_client, m_current);
}

void Outbox::dropSender()
{
    if (!m_sender)
        return;
    // Deleted later: we may be inside one of its signals. Disconnected now: whatever it still hears is ignored.
    disconnect(m_sender.get(), nullptr, this, nullptr);
    m_sender.release()->deleteLater();
}

void Outbox::abandonCurrent()
{
    if (m_currentId == 0)
        return;
    // Back in line, its recorded progress (uploaded ids, the "started" mark) kept for the next attempt.
    dropSender();
    m_current.state = OutboxItem::State::Pending;
    save(m_current);
    m_currentId = 0;
}

void Outbox::succeed()
{
    dropSender();
    OutboxItem sent = m_current;
    sent.state = OutboxItem::State::Sent;
    m_queue.remove(sent.id);
    m_currentId = 0;
    m_holdUntil = {};
    m_backoff.reset();
    m_waitingForSignIn = false;
    setOffline(false);
    Q_EMIT itemSent(sent);
    schedule(0);
}

void Outbox::fail(const Error &error)
{
    dropSender();
    OutboxItem item = m_current;
    m_currentId = 0;
    item.errorCode = error.code();
    item.errorMessage = error.userMessage();
    if (isRefusal(error)) {
        // Refused: it waits for the user; the server is reachable.
        item.state = OutboxItem::State::Failed;
        item.nextAttemptAt = {};
        m_waitingForSignIn = false;
        m_backoff.reset();
        setOffline(false);
        save(item);
        schedule(0); // other cases go on
        return;
    }
    switch (error.category()) {
    case Error::Category::Network:
    case Error::Category::Timeout:
        setOffline(true);
        break;
    case Error::Category::Auth:
    case Error::Category::Credentials:
        m_waitingForSignIn = true;
        break;
    default: // HTTP 5xx (even with the service's error body), 429, a garbled answer, TLS, cancelled: later
        break;
    }
    const int wait = m_backoff.interval();
    m_backoff.backOff();
    item.state = OutboxItem::State::Pending;
    item.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(wait);
    m_holdUntil = item.nextAttemptAt; // offline or signing in concerns every item
    save(item);
    schedule(wait);
}

void Outbox::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

} // namespace osm
