#include "OutboxQueue.h"

#include "LocalStore.h"
#include "StagedFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace osm {

namespace {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {QStringLiteral("CREATE TABLE outbox_items ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " kind TEXT NOT NULL,"
                        " case_id TEXT NOT NULL DEFAULT '',"
                        " payload TEXT NOT NULL,"
                        " files TEXT NOT NULL DEFAULT '[]',"
                        " state TEXT NOT NULL,"
                        " error_code TEXT NOT NULL DEFAULT '',"
                        " error_message TEXT NOT NULL DEFAULT '',"
                        " attempts INTEGER NOT NULL DEFAULT 0,"
                        " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                        " created_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX outbox_items_case ON outbox_items(case_id, id)")},
    };
    return steps;
}

const QString kColumns = QStringLiteral(
    "id, kind, case_id, payload, files, state, error_code, error_message, attempts, next_attempt_at, created_at");

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse: bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

OutboxItem readRow(const QSqlQuery &query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.kind = OutboxItem::kindFromName(query.value(1).toString());
    item.caseId = query.value(2).toString();
    item.payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    const QJsonArray files = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
    for (const QJsonValue &file : files)
        item.files.append(file.toString());
    item.state = OutboxItem::stateFromName(query.value(5).toString());
    item.errorCode = query.value(6).toString();
    item.errorMessage = query.value(7).toString();
    item.attempts = query.value(8).toInt();
    item.nextAttemptAt = timeOf(query.value(9).toLongLong());
    item.createdAt = timeOf(query.value(10).toLongLong());
    return item;
}

} // namespace

OutboxQueue::OutboxQueue(LocalStore &store) : m_store(store)
{
    m_ready = m_store.isOpen() && m_store.migrate(QStringLiteral("outbox"), migrations());
    if (!m_ready)
        m_errorText = m_store.errorText();
}

QString OutboxQueue::folderOf(qint64 id) const
{
    return StagedFiles::folderFor(m_store, QStringLiteral("outbox"), QString::number(id));
}

std::optional<OutboxItem> OutboxQueue::add(OutboxItem item)
{
    if (!m_ready)
        return std::nullopt;
    if (!item.createdAt.isValid())
        item.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_store.database());
    // The row first (its id names the files' folder), then the copies, then the row's file list.
    query.prepare(QStringLiteral("INSERT INTO outbox_items (kind, case_id, payload, files, state, attempts, "
                                 "next_attempt_at, created_at) VALUES (?, ?, ?, '[]', ?, 0, 0, ?)"));
    query.addBindValue(OutboxItem::kindName(item.kind));
    query.addBindValue(text(item.caseId));
    query.addBindValue(toJsonText(item.payload));
    query.addBindValue(OutboxItem::stateName(OutboxItem::State::Pending));
    query.addBindValue(msOf(item.createdAt));
    if (!query.exec()) {
        m_errorText = query.lastError().text();
        return std::nullopt;
    }
    item.id = query.lastInsertId().toLongLong();
    item.state = OutboxItem::State::Pending;
    const QStringList originals = item.files;
    item.files.clear();
    if (!setFiles(item, originals) || item.files.size() != originals.size()) {
        m_errorText = QStringLiteral("the files of the outbox item could not be copied");
        remove(item.id);
        return std::nullopt;
    }
    return item;
}

bool OutboxQueue::setFiles(OutboxItem &item, const QStringList &files)
{
    const QString folder = folderOf(item.id);
    const QStringList copies = StagedFiles::copyInto(folder, files);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE outbox_items SET files = ? WHERE id = ?"));
    query.addBindValue(toJsonText(copies));
    query.addBindValue(item.id);
    if (!query.exec()) {
        m_errorText = query.lastError().text();
        return false;
    }
    StagedFiles::prune(folder, copies);
    item.files = copies;
    return true;
}

std::optional<OutboxItem> OutboxQueue::item(qint64 id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox_items WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readRow(query);
}

QList<OutboxItem> OutboxQueue::items(const QString &caseId) const
{
    QList<OutboxItem> result;
    if (!m_ready)
        return result;
    QSqlQuery query(m_store.database());
    if (caseId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT %1 FROM outbox_items ORDER BY id").arg(kColumns));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM outbox_items WHERE case_id = ? ORDER BY id").arg(kColumns));
        query.addBindValue(caseId);
    }
    if (!query.exec())
        return result;
    while (query.next())
        result.append(readRow(query));
    return result;
}

bool OutboxQueue::update(const OutboxItem &item)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE outbox_items SET payload = ?, state = ?, error_code = ?, error_message = ?, "
                                 "attempts = ?, next_attempt_at = ? WHERE id = ?"));
    query.addBindValue(toJsonText(item.payload));
    query.addBindValue(OutboxItem::stateName(item.state));
    query.addBindValue(text(item.errorCode));
    query.addBindValue(text(item.errorMessage));
    query.addBindValue(item.attempts);
    query.addBindValue(msOf(item.nextAttemptAt));
    query.addBindValue(item.id);
    if (!query.exec()) {
        m_errorText = query.lastError().text();
        return false;
    }
    return true;
}

bool OutboxQueue::remove(qint64 id)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM outbox_items WHERE id = ?"));
    query.addBindValue(id);
    const bool ok = query.exec();
    if (!ok)
        m_errorText = query.lastError().text();
    StagedFiles::removeFolder(folderOf(id));
    return ok;
}

} // namespace osm
