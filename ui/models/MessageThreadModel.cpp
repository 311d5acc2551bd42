#include "MessageThreadModel.h"

#include "api/Messages.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace osm::ui {

namespace {

// Whether a message from the server is the copy of one the user just sent: same side, same visible text.
bool sameText(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

} // namespace

MessageThreadModel::MessageThreadModel(QObject *parent) : QAbstractListModel(parent) {}

void MessageThreadModel::setClient(ApiClient *client)
{
    m_client = client;
    reload();
}

void MessageThreadModel::setCaseId(const QString &caseId)
{
    m_caseId = caseId;
    reload();
}

void MessageThreadModel::reload()
{
    ++m_generation;
    // Another thread (or the first one): the one place a reset is right.
    beginResetModel();
    m_rows.clear();
    m_cachedOlder.clear();
    m_total = -1;
    m_hasOlder = false;
    m_loaded = false;
    endResetModel();
    setLoading(false);
    loadNewestPage();
}

void MessageThreadModel::loadNewestPage()
{
    if (!m_client || m_caseId.isEmpty())
        return;
    api::ListMessagesParams params;
    params.limit = m_pageSize;
    params.trimOsmRichTextLabel = false; // the markup is sanitised here, not trusted to a server-side strip
    setLoading(true);
    const quint64 generation = m_generation;
    whenReady(api::listMessages(*m_client, m_caseId, params), this, [this, generation](const Result<MessageList> &result) {
        if (generation != m_generation)
            return;
        // Rows first, then "loading finished": whoever reacts to the latter sees the page.
        if (result.ok())
            takeFirstPage(result->messages, result->count);
        setLoading(false);
        if (!result.ok())
            Q_EMIT loadFailed(result.error());
    });
}

void MessageThreadModel::showCached(const QList<Message> &oldestFirst)
{
    if (m_loaded || !m_rows.isEmpty() || oldestFirst.isEmpty())
        return;
    const qsizetype shown = std::min<qsizetype>(oldestFirst.size(), std::max(1, m_pageSize));
    m_cachedOlder = oldestFirst.first(oldestFirst.size() - shown);
    beginInsertRows({}, 0, int(shown) - 1);
    m_rows.reserve(shown);
    for (const Message &message : oldestFirst.last(shown))
        m_rows.append(rowFor(message));
    endInsertRows();
}

void MessageThreadModel::showCachedOlder()
{
    // The newest page of what waits, minus what the server has brought in the meantime.
    const qsizetype taken = std::min<qsizetype>(m_cachedOlder.size(), std::max(1, m_pageSize));
    QList<Row> fresh;
    for (const Message &message : m_cachedOlder.last(taken)) {
        if (rowOf(message.messageId) < 0)
            fresh.append(rowFor(message));
    }
    m_cachedOlder.resize(m_cachedOlder.size() - taken);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_rows = fresh + m_rows;
        endInsertRows();
    }
    Q_EMIT olderLoaded(int(fresh.size()));
}

Message *MessageThreadModel::cachedOlder(const QString &messageId)
{
    for (qsizetype i = m_cachedOlder.size() - 1; i >= 0 && !messageId.isEmpty(); --i) {
        if (m_cachedOlder.at(i).messageId == messageId)
            return &m_cachedOlder[i];
    }
    return nullptr;
}

void MessageThreadModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool MessageThreadModel::canLoadOlder() const
{
    if (!m_cachedOlder.isEmpty())
        return true;
    return m_client && m_loaded && !m_loading && m_hasOlder && deliveredCount() > 0;
}

void MessageThreadModel::loadOlder()
{
    if (!canLoadOlder())
        return;
    if (!m_cachedOlder.isEmpty()) {
        showCachedOlder();
        return;
    }
    // The cursor of 5.10.6 is the oldest message held: the first delivered row.
    api::ListMoreMessagesParams params = api::ListMoreMessagesParams::before(m_caseId, m_rows.first().message, m_pageSize);
    params.trimOsmRichTextLabel = false;
    setLoading(true);
    const quint64 generation = m_generation;
    whenReady(api::listMoreMessages(*m_client, params), this, [this, generation](const Result<MessageList> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            takeOlderPage(result->messages);
        setLoading(false);
        if (!result.ok())
            Q_EMIT loadFailed(result.error());
    });
}

void MessageThreadModel::takeFirstPage(const QList<Message> &newestFirst, qint64 total)
{
    // A poll may already have inserted some of these (it can answer before the list does).
    QList<Row> fresh;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        if (Message *waiting = cachedOlder(it->messageId))
            *waiting = *it; // cached, not shown yet: shown as the server has it now
        else if (const int row = rowOf(it->messageId); row < 0)
            fresh.append(rowFor(*it));
        else if (!(m_rows.at(row).message == *it) && m_rows.at(row).delivery == Delivered) {
            m_rows[row] = rowFor(*it); // a cached copy the server has changed since (withdrawn)
            emitRowChanged(row);
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const Row &a, const Row &b) { return a.message.createTime < b.message.createTime; });
    m_total = total;
    m_hasOlder = newestFirst.size() >= m_pageSize && total > newestFirst.size();
    m_loaded = true;
    if (!fresh.isEmpty() && !m_rows.isEmpty() && m_rows.first().message.createTime < fresh.last().message.createTime) {
        // Rows from the cache are there: each new one goes to its place in time (before the pending ones).
        for (Row &row : fresh) {
            int at = firstPendingRow();
            while (at > 0 && row.message.createTime < m_rows.at(at - 1).message.createTime)
                --at;
            beginInsertRows({}, at, at);
            m_rows.insert(at, std::move(row));
            endInsertRows();
        }
    } else if (!fresh.isEmpty()) {
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_rows = fresh + m_rows;
        endInsertRows();
    }
}

void MessageThreadModel::takeOlderPage(const QList<Message> &newestFirst)
{
    QList<Row> fresh;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        if (rowOf(it->messageId) < 0)
            fresh.append(rowFor(*it));
    }
    // A short page is the last; a page of nothing new as well (stop rather than ask forever).
    m_hasOlder = newestFirst.size() >= m_pageSize && !fresh.isEmpty();
    if (!fresh.isEmpty()) {
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_rows = fresh + m_rows;
        endInsertRows();
    }
    Q_EMIT olderLoaded(int(fresh.size()));
}

bool MessageThreadModel::applyPoll(const InstantMessagePoll &poll)
{
    bool changed = false;
    int arrived = 0;
    bool fromSupport = false;
    for (const InstantMessagePoll::CaseMessages &news : poll.caseMessages) {
        if (news.incidentId != m_caseId)
            continue;
        for (const Message &message : news.messages) {
            if (insertFromServer(message)) {
                ++arrived;
                fromSupport = fromSupport || message.isFromSupport();
            }
            changed = true;
        }
        for (const InstantMessagePoll::MessageUpdate &update : news.updates) {
            if (update.status != InstantMessagePoll::MessageUpdate::Withdrawn)
                continue; // "read" changes nothing that is shown
            if (Message *waiting = cachedOlder(update.messageId))
                waiting->status = kWithdrawnStatus;
            const int row = rowOf(update.messageId);
            if (row >= 0 && m_rows.at(row).message.status != kWithdrawnStatus) {
                m_rows[row].message.status = kWithdrawnStatus;
                emitRowChanged(row);
                changed = true;
            }
        }
    }
    if (arrived > 0)
        Q_EMIT messagesArrived(arrived, fromSupport);
    return changed;
}

// Returns true when a row was inserted (false when the message was known or took over a pending row).
bool MessageThreadModel::insertFromServer(const Message &message)
{
    if (Message *waiting = cachedOlder(message.messageId)) {
        *waiting = message;
        return false;
    }
    if (const int row = rowOf(message.messageId); row >= 0) {
        Row updated = rowFor(message);
        if (!(updated.message == m_rows.at(row).message)) {
            m_rows[row] = updated;
            emitRowChanged(row);
        }
        return false;
    }
    Row row = rowFor(message);
    if (!message.isFromSupport()) {
        for (int i = firstPendingRow(); i < m_rows.size(); ++i) {
            if (sameText(m_rows.at(i).text.plainText, row.text.plainText)) {
                m_rows[i] = row; // the server's copy of what the user sent
                emitRowChanged(i);
                return false;
            }
        }
    }
    // Sorted by time among the delivered rows; the ones being sent stay below.
    const int end = firstPendingRow();
    int at = end;
    while (at > 0 && m_rows.at(at - 1).message.createTime > message.createTime)
        --at;
    beginInsertRows({}, at, at);
    m_rows.insert(at, row);
    endInsertRows();
    if (m_total >= 0)
        ++m_total;
    return true;
}

QString MessageThreadModel::addPending(const QString &text, const QStringList &files)
{
    Row row;
    row.localId = QStringLiteral("local-%1").arg(++m_nextLocalId);
    row.delivery = Sending;
    row.files = files;
    row.message.type = Message::CustomerMessage;
    row.message.content = text;
    row.message.createTime = QDateTime::currentDateTimeUtc();
    row.message.displayType = QString(Message::DisplayNormal);
    for (const QString &file : files) {
        Accessory accessory;
        accessory.fileActualName = file.section(QLatin1Char('/'), -1);
        row.message.accessories.append(accessory);
    }
    row.text = RichTextSanitizer::fromPlainText(text);
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
    return row.localId;
}

void MessageThreadModel::setPendingSent(const QString &localId)
{
    if (const int row = rowOfLocal(localId); row >= 0 && m_rows.at(row).delivery == Sending) {
        m_rows[row].delivery = Sent;
        emitRowChanged(row);
    }
}

void MessageThreadModel::removePending(const QString &localId)
{
    if (const int row = rowOfLocal(localId); row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void MessageThreadModel::setWithdrawn(const QString &messageId)
{
    if (const int row = rowOf(messageId); row >= 0 && m_rows.at(row).message.status != kWithdrawnStatus) {
        m_rows[row].message.status = kWithdrawnStatus;
        emitRowChanged(row);
    }
}

int MessageThreadModel::rowOf(const QString &messageId) const
{
    if (messageId.isEmpty())
        return -1;
    // Searched from the bottom: what polls and withdrawals touch is nearly always recent.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).message.messageId == messageId)
            return row;
    }
    return -1;
}

int MessageThreadModel::rowOfLocal(const QString &localId) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).localId == localId && m_rows.at(row).delivery != Delivered)
            return row;
    }
    return -1;
}

int MessageThreadModel::firstPendingRow() const
{
    int row = int(m_rows.size());
    while (row > 0 && m_rows.at(row - 1).delivery != Delivered)
        --row;
    return row;
}

int MessageThreadModel::deliveredCount() const
{
    return firstPendingRow();
}

void MessageThreadModel::emitRowChanged(int row)
{
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

MessageThreadModel::Row MessageThreadModel::rowFor(const Message &message)
{
    Row row;
    row.message = message;
    row.text = RichTextSanitizer::sanitizeMessage(message.content);
    return row;
}

QString MessageThreadModel::authorizationIdOf(const Message &message)
{
    // extension is a JSON text, e.g. {"authorization_id":"…"}; the reference does not spell it out.
    const QJsonObject extension = QJsonDocument::fromJson(message.extension.toUtf8()).object();
    for (const char *key : {"authorization_id", "authorizationId", "auth_id"}) {
        const QJsonValue value = extension.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toInteger());
    }
    return {};
}

qint64 MessageThreadModel::accessorySize(const Accessory &accessory)
{
    // SimpleAccessoryV2 documents no size; use one when a server sends it anyway.
    for (const char *key : {"file_size", "accessory_size", "size", "fileSize"}) {
        const QJsonValue value = accessory.raw.value(QLatin1String(key));
        if (value.isDouble() && value.toDouble() >= 0)
            return qint64(value.toDouble());
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok && parsed >= 0)
            return parsed;
    }
    return -1;
}

int MessageThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString MessageThreadModel::displayText(const Row &row) const
{
    if (row.message.status == kWithdrawnStatus)
        return tr("This message was withdrawn.");
    return row.text.plainText;
}

QString MessageThreadModel::accessibleText(const Row &row) const
{
    const Message &m = row.message;
    const QString author = m.replierName.isEmpty() ? m.replier : m.replierName;
    const QString time = QLocale().toString(m.createTime.toLocalTime(), QLocale::ShortFormat);
    QString text = m.isFromSupport() ? tr("Support: %1, %2: %3").arg(author, time, displayText(row))
                                     : tr("Customer: %1, %2: %3").arg(author, time, displayText(row));
    if (!m.accessories.isEmpty() && m.status != kWithdrawnStatus)
        text += QLatin1Char(' ') + tr("%n attachment(s).", nullptr, int(m.accessories.size()));
    if (row.delivery == Sending)
        text += QLatin1Char(' ') + tr("Sending.");
    return text;
}

QVariant MessageThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Message &m = row.message;
    switch (role) {
    case Qt::DisplayRole: return displayText(row);
    case Qt::AccessibleTextRole: return accessibleText(row);
    case Qt::ToolTipRole: return QLocale().toString(m.createTime.toLocalTime(), QLocale::LongFormat);
    case MessageIdRole: return m.messageId;
    case MessageRole: return QVariant::fromValue(m);
    case SideRole: return m.isFromSupport() ? int(EngineerSide) : int(CustomerSide);
    case AuthorRole: return m.replierName.isEmpty() ? m.replier : m.replierName;
    case CreateTimeRole: return m.createTime;
    case ContentRole: return m.content;
    case SafeHtmlRole: return row.text.html;
    case PlainTextRole: return row.text.plainText;
    case DisplayTypeRole: return m.displayType.isEmpty() ? QString(Message::DisplayNormal) : m.displayType;
    case ExtensionRole: return m.extension;
    case AuthorizationIdRole: return authorizationIdOf(m);
    case AccessoriesRole: {
        QVariantList list;
        for (const Accessory &a : m.accessories)
            list.append(QVariantMap{{QStringLiteral("id"), a.accessoryId},
                                    {QStringLiteral("name"), a.fileActualName},
                                    {QStringLiteral("size"), accessorySize(a)}});
        return list;
    }
    case WithdrawnRole: return m.status == kWithdrawnStatus;
    case DeliveryRole: return int(row.delivery);
    case LocalIdRole: return row.localId;
    case CanWithdrawRole:
        return row.delivery == Delivered && !m.isFromSupport() && m.status != kWithdrawnStatus && !m.messageId.isEmpty();
    case TruncatedRole: return row.text.truncated;
    default: return {};
    }
}

QHash<int, QByteArray> MessageThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(SideRole, "side");
    names.insert(AuthorRole, "author");
    names.insert(CreateTimeRole, "createTime");
    names.insert(ContentRole, "content");
    names.insert(SafeHtmlRole, "safeHtml");
    names.insert(DisplayTypeRole, "displayType");
    names.insert(WithdrawnRole, "withdrawn");
    names.insert(DeliveryRole, "delivery");
    return names;
}

} // namespace osm::ui
