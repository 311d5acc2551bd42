#include "Outbox.h"

#include "LocalStore.h"
#include "api/Attachments.h"
#include "api/Messages.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace osm {

namespace {

const QString kContent = QStringLiteral("content");
const QString kGroupId = QStringLiteral("group_id");
const QString kUploaded = QStringLiteral("uploaded"); // file index → accessory id, as each upload succeeds
const QString kPosting = QStringLiteral("posting");   // create_message was started: it may have arrived

// A message the server lists may have been created a little before our clock says the item was.
constexpr int kClockSlackSeconds = 300;

bool sameText(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

} // namespace

Outbox::Outbox(LocalStore &store, QObject *parent) : QObject(parent), m_store(store), m_queue(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::sendNext);
    recoverInterrupted();
}

Outbox::~Outbox() = default; // an item being sent stays "sending" in the store: the next start checks it

void Outbox::recoverInterrupted()
{
    // A previous run ended during a send. Whether its request arrived is unknown: the "posting" mark in the
    // payload makes the next attempt look for it on the server first.
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
    ++m_generation;
    if (m_currentId != 0) {
        // Abandoned mid-send: back in line, its progress (uploaded ids, posting mark) kept.
        m_current.state = OutboxItem::State::Pending;
        save(m_current);
        m_currentId = 0;
    }
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
    OutboxItem item;
    item.kind = OutboxItem::Kind::Message;
    item.caseId = caseId;
    item.payload.insert(kContent, content);
    if (!groupId.isEmpty())
        item.payload.insert(kGroupId, groupId);
    item.files = files;
    return enqueue(item);
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

bool Outbox::isCurrent(quint64 generation) const
{
    return generation == m_generation && m_currentId != 0 && m_client;
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
        // Only the first item of each case may go: the others wait for it, whatever its state.
        if (seenCases.contains(item.caseId))
            continue;
        seenCases.insert(item.caseId);
        if (item.kind != OutboxItem::Kind::Message || item.state == OutboxItem::State::Failed)
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
    ++m_generation;
    m_currentId = item.id;
    item.state = OutboxItem::State::Sending;
    ++item.attempts;
    m_current = item;
    save(m_current);
    sendMessageStep();
}

void Outbox::sendMessageStep()
{
    const QJsonObject uploaded = m_current.payload.value(kUploaded).toObject();
    for (int i = 0; i < m_current.files.size(); ++i) {
        if (uploaded.contains(QString::number(i)))
            continue;
        api::UploadAccessoryParams params;
        params.filePath = m_current.files.at(i);
        params.accessoryFrom = QLatin1String(api::kAccessoryFromMessage);
        if (!QFileInfo(params.filePath).isFile()) {
            fail(Error::validation(QStringLiteral("file"), tr("A staged file of this message is missing.")));
            return;
        }
        const quint64 generation = m_generation;
        whenReady(api::uploadAccessory(*m_client, params), this,
                  [this, generation, i](const Result<UploadedAccessory> &result) {
                      if (!isCurrent(generation))
                          return;
                      if (!result.ok()) {
                          fail(result.error()); // an upload repeated costs only an unused id
                          return;
                      }
                      QJsonObject ids = m_current.payload.value(kUploaded).toObject();
                      ids.insert(QString::number(i), result->accessoryId);
                      m_current.payload.insert(kUploaded, ids);
                      save(m_current); // recorded before anything else: a retry does not upload it again
                      sendMessageStep();
                  });
        return;
    }
    if (m_current.payload.value(kPosting).toBool())
        verifyMessage();
    else
        postMessage();
}

void Outbox::verifyMessage()
{
    api::ListMessagesParams params;
    params.limit = 100;
    params.groupId = m_current.payload.value(kGroupId).toString();
    const quint64 generation = m_generation;
    whenReady(api::listMessages(*m_client, m_current.caseId, params), this,
              [this, generation](const Result<MessageList> &result) {
                  if (!isCurrent(generation))
                      return;
                  if (!result.ok()) {
                      fail(result.error());
                      return;
                  }
                  QStringList names;
                  for (const QString &file : std::as_const(m_current.files))
                      names.append(QFileInfo(file).fileName());
                  names.sort();
                  const QDateTime after = m_current.createdAt.addSecs(-kClockSlackSeconds);
                  const MessageList &list = result.value();
                  for (const Message &message : list.messages) {
                      if (message.type != Message::CustomerMessage || !sameText(message.content, m_current.content()))
                          continue;
                      if (message.createTime.isValid() && message.createTime < after)
                          continue;
                      QStringList sent;
                      for (const Accessory &accessory : message.accessories)
                          sent.append(accessory.fileActualName);
                      sent.sort();
                      if (sent == names) {
                          succeed(); // the earlier attempt arrived: not posted twice
                          return;
                      }
                  }
                  postMessage();
              });
}

void Outbox::postMessage()
{
    api::CreateMessageParams params;
    params.caseId = m_current.caseId;
    params.content = m_current.content();
    params.groupId = m_current.payload.value(kGroupId).toString();
    const QJsonObject uploaded = m_current.payload.value(kUploaded).toObject();
    for (int i = 0; i < m_current.files.size(); ++i)
        params.accessoryIds.append(uploaded.value(QString::number(i)).toString());
    if (const Error error = params.validate()) {
        fail(error);
        return;
    }
    // Recorded before the request: from now on a lost answer means "look before sending again".
    m_current.payload.insert(kPosting, true);
    save(m_current);
    const quint64 generation = m_generation;
    whenReady(api::createMessage(*m_client, params), this, [this, generation](const Result<Acknowledgement> &result) {
        if (!isCurrent(generation))
            return;
        if (result.ok())
            succeed();
        else
            fail(result.error(), true);
    });
}

void Outbox::succeed()
{
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

void Outbox::fail(const Error &error, bool postRefused)
{
    OutboxItem item = m_current;
    m_currentId = 0;
    item.errorCode = error.code();
    item.errorMessage = error.userMessage();
    switch (error.category()) {
    case Error::Category::Api:
    case Error::Category::Validation:
        // Refused: it waits for the user; the server is reachable. Only a refused create_message proves that
        // nothing was posted; a refused look at the thread proves nothing, so the next try still looks first.
        if (postRefused)
            item.payload.remove(kPosting);
        item.state = OutboxItem::State::Failed;
        item.nextAttemptAt = {};
        m_waitingForSignIn = false;
        m_backoff.reset();
        setOffline(false);
        save(item);
        schedule(0); // other cases go on
        return;
    case Error::Category::Network:
    case Error::Category::Timeout:
        setOffline(true);
        break;
    case Error::Category::Auth:
    case Error::Category::Credentials:
        m_waitingForSignIn = true;
        break;
    default: // HTTP 5xx/429, a garbled answer, TLS, cancelled: try again later
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
