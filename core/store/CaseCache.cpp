#include "CaseCache.h"

#include "LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace osm {

const QString CaseCache::kComponent = QStringLiteral("cache");

namespace {

// An FTS5 index kept in step with its table by triggers ("external content": the text is stored once).
QStringList indexed(const QString &table, const QString &columns)
{
    const QString fts = table + QStringLiteral("_fts");
    QStringList oldValues, newValues;
    for (const QString &column : columns.split(QLatin1Char(','))) {
        oldValues.append(QStringLiteral("old.") + column.trimmed());
        newValues.append(QStringLiteral("new.") + column.trimmed());
    }
    const QString remove = QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.id, %3);")
                               .arg(fts, columns, oldValues.join(QLatin1Char(',')));
    const QString add = QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.id, %3);")
                            .arg(fts, columns, newValues.join(QLatin1Char(',')));
    return {
        // trigram: matches any substring of three characters or more, Chinese included; case-insensitive.
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                       "tokenize='trigram')")
            .arg(fts, columns, table),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %1 BEGIN %2 END").arg(table, add),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %1 BEGIN %2 END").arg(table, remove),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE ON %1 BEGIN %2 %3 END").arg(table, remove, add),
    };
}

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = [] {
        QStringList v1 = {
            QStringLiteral("CREATE TABLE cache_cases (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL UNIQUE, "
                           "description TEXT NOT NULL, json TEXT NOT NULL, as_of INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE cache_list_rows (list_key TEXT NOT NULL, position INTEGER NOT NULL, "
                           "case_id TEXT NOT NULL, PRIMARY KEY (list_key, case_id))"),
            QStringLiteral("CREATE INDEX cache_list_rows_order ON cache_list_rows (list_key, position)"),
            QStringLiteral("CREATE TABLE cache_details (case_id TEXT PRIMARY KEY, json TEXT NOT NULL, "
                           "as_of INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE cache_messages (id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, "
                           "case_id TEXT NOT NULL, create_time INTEGER, text TEXT NOT NULL, json TEXT NOT NULL, "
                           "as_of INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX cache_messages_case ON cache_messages (case_id, create_time)"),
            QStringLiteral("CREATE TABLE cache_attachments (id INTEGER PRIMARY KEY, accessory_id TEXT NOT NULL "
                           "UNIQUE, case_id TEXT NOT NULL, message_id TEXT, name TEXT NOT NULL, "
                           "as_of INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX cache_attachments_case ON cache_attachments (case_id)"),
            QStringLiteral("CREATE TABLE cache_lists (name TEXT PRIMARY KEY, json TEXT NOT NULL, "
                           "as_of INTEGER NOT NULL)"),
        };
        v1 += indexed(QStringLiteral("cache_cases"), QStringLiteral("case_id, description"));
        v1 += indexed(QStringLiteral("cache_messages"), QStringLiteral("text"));
        v1 += indexed(QStringLiteral("cache_attachments"), QStringLiteral("name"));
        return QList<QStringList>{v1};
    }();
    return steps;
}

const QStringList kTables = {QStringLiteral("cache_cases_fts"),  QStringLiteral("cache_messages_fts"),
                             QStringLiteral("cache_attachments_fts"), QStringLiteral("cache_cases"),
                             QStringLiteral("cache_list_rows"),  QStringLiteral("cache_details"),
                             QStringLiteral("cache_messages"),   QStringLiteral("cache_attachments"),
                             QStringLiteral("cache_lists")};

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QDateTime timeOf(const QVariant &msecs)
{
    return msecs.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC);
}

QVariant msecsOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A write of several statements: committed together or not at all.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

CaseCache::CaseCache(LocalStore &store) : m_store(store) {}

bool CaseCache::fail(const QString &what, const QString &why) const
{
    m_errorText = QStringLiteral("cache: %1: %2").arg(what, why);
    return false;
}

bool CaseCache::open()
{
    if (!m_store.migrate(kComponent, migrations()))
        return fail(QStringLiteral("open"), m_store.errorText());
    return true;
}

bool CaseCache::clear()
{
    QSqlDatabase db = m_store.database();
    {
        Transaction transaction(db);
        QSqlQuery query(db);
        for (const QString &table : kTables) {
            if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table)))
                return fail(QStringLiteral("clear"), query.lastError().text());
        }
        query.prepare(QStringLiteral("DELETE FROM store_schema WHERE component = ?"));
        query.addBindValue(kComponent);
        if (!query.exec() || !transaction.commit())
            return fail(QStringLiteral("clear"), query.lastError().text());
    }
    return open(); // the same tables, empty
}

bool CaseCache::putListPage(const QString &listKey, int offset, const QList<CaseSummary> &cases,
                            const QDateTime &asOf)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    QSqlQuery query(db);
    if (offset == 0) {
        query.prepare(QStringLiteral("DELETE FROM cache_list_rows WHERE list_key = ?"));
        query.addBindValue(listKey);
        if (!query.exec())
            return fail(QStringLiteral("list"), query.lastError().text());
    }
    QSqlQuery putCase(db);
    putCase.prepare(QStringLiteral(
        "INSERT INTO cache_cases (case_id, description, json, as_of) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (case_id) DO UPDATE SET description = excluded.description, json = excluded.json, "
        "as_of = excluded.as_of"));
    QSqlQuery putRow(db);
    putRow.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO cache_list_rows (list_key, position, case_id) VALUES (?, ?, ?)"));
    const QVariant when = msecsOf(asOf);
    for (int i = 0; i < cases.size(); ++i) {
        const CaseSummary &summary = cases.at(i);
        putCase.addBindValue(summary.incidentId);
        putCase.addBindValue(summary.simpleDescription);
        putCase.addBindValue(jsonText(summary.toJson()));
        putCase.addBindValue(when);
        putRow.addBindValue(listKey);
        putRow.addBindValue(offset + i);
        putRow.addBindValue(summary.incidentId);
        if (!putCase.exec())
            return fail(QStringLiteral("case"), putCase.lastError().text());
        if (!putRow.exec())
            return fail(QStringLiteral("list"), putRow.lastError().text());
    }
    if (!transaction.commit())
        return fail(QStringLiteral("list"), db.lastError().text());
    return true;
}

Cached<QList<CaseSummary>> CaseCache::listed(const QString &listKey) const
{
    Cached<QList<CaseSummary>> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT c.json, c.as_of FROM cache_list_rows r JOIN cache_cases c "
                                 "ON c.case_id = r.case_id WHERE r.list_key = ? ORDER BY r.position"));
    query.addBindValue(listKey);
    if (!query.exec()) {
        fail(QStringLiteral("list"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        result.value.append(CaseSummary::fromJson(objectOf(query.value(0))));
        const QDateTime asOf = timeOf(query.value(1));
        if (!result.asOf.isValid() || asOf < result.asOf)
            result.asOf = asOf;
    }
    return result;
}

std::optional<Cached<CaseSummary>> CaseCache::caseSummary(const QString &caseId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT json, as_of FROM cache_cases WHERE case_id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Cached<CaseSummary>{CaseSummary::fromJson(objectOf(query.value(0))), timeOf(query.value(1))};
}

bool CaseCache::putDetail(const CaseDetail &detail, const QDateTime &asOf)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO cache_details (case_id, json, as_of) VALUES (?, ?, ?)"));
    query.addBindValue(detail.incidentId);
    query.addBindValue(jsonText(detail.toJson()));
    query.addBindValue(msecsOf(asOf));
    if (!query.exec())
        return fail(QStringLiteral("detail"), query.lastError().text());
    // The list row's description searched is the newest known.
    query.prepare(QStringLiteral("UPDATE cache_cases SET description = ? WHERE case_id = ? AND description <> ?"));
    query.addBindValue(detail.simpleDescription);
    query.addBindValue(detail.incidentId);
    query.addBindValue(detail.simpleDescription);
    if (!query.exec())
        return fail(QStringLiteral("detail"), query.lastError().text());
    if (!transaction.commit())
        return fail(QStringLiteral("detail"), db.lastError().text());
    return true;
}

std::optional<Cached<CaseDetail>> CaseCache::detail(const QString &caseId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT json, as_of FROM cache_details WHERE case_id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Cached<CaseDetail>{CaseDetail::fromJson(objectOf(query.value(0))), timeOf(query.value(1))};
}

bool CaseCache::putMessages(const QString &caseId, const QList<Message> &messages, const QDateTime &asOf)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    QSqlQuery putMessage(db);
    putMessage.prepare(QStringLiteral(
        "INSERT INTO cache_messages (message_id, case_id, create_time, text, json, as_of) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (message_id) DO UPDATE SET case_id = excluded.case_id, create_time = excluded.create_time, "
        "text = excluded.text, json = excluded.json, as_of = excluded.as_of"));
    QSqlQuery putAttachment(db);
    putAttachment.prepare(QStringLiteral(
        "INSERT INTO cache_attachments (accessory_id, case_id, message_id, name, as_of) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (accessory_id) DO UPDATE SET case_id = excluded.case_id, message_id = excluded.message_id, "
        "name = excluded.name, as_of = excluded.as_of"));
    const QVariant when = msecsOf(asOf);
    for (const Message &message : messages) {
        if (message.messageId.isEmpty())
            continue; // not the server's (yet): nothing to key it by
        putMessage.addBindValue(message.messageId);
        putMessage.addBindValue(caseId);
        putMessage.addBindValue(msecsOf(message.createTime));
        putMessage.addBindValue(plainText(message.content));
        putMessage.addBindValue(jsonText(message.toJson()));
        putMessage.addBindValue(when);
        if (!putMessage.exec())
            return fail(QStringLiteral("message"), putMessage.lastError().text());
        for (const Accessory &accessory : message.accessories) {
            if (accessory.accessoryId.isEmpty())
                continue;
            putAttachment.addBindValue(accessory.accessoryId);
            putAttachment.addBindValue(caseId);
            putAttachment.addBindValue(message.messageId);
            putAttachment.addBindValue(accessory.fileActualName);
            putAttachment.addBindValue(when);
            if (!putAttachment.exec())
                return fail(QStringLiteral("attachment"), putAttachment.lastError().text());
        }
    }
    if (!transaction.commit())
        return fail(QStringLiteral("message"), db.lastError().text());
    return true;
}

Cached<QList<Message>> CaseCache::messages(const QString &caseId) const
{
    Cached<QList<Message>> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT json, as_of FROM cache_messages WHERE case_id = ? ORDER BY create_time, id"));
    query.addBindValue(caseId);
    if (!query.exec()) {
        fail(QStringLiteral("messages"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        result.value.append(Message::fromJson(objectOf(query.value(0))));
        const QDateTime asOf = timeOf(query.value(1));
        if (!result.asOf.isValid() || result.asOf < asOf)
            result.asOf = asOf;
    }
    return result;
}

int CaseCache::attachmentCount(const QString &caseId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM cache_attachments WHERE case_id = ?"));
    query.addBindValue(caseId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool CaseCache::putList(const QString &name, const QJsonValue &json, const QDateTime &asOf)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO cache_lists (name, json, as_of) VALUES (?, ?, ?)"));
    query.addBindValue(name);
    // Wrapped, so that an array or a plain value is stored like an object.
    query.addBindValue(jsonText(QJsonObject{{QStringLiteral("value"), json}}));
    query.addBindValue(msecsOf(asOf));
    if (!query.exec())
        return fail(QStringLiteral("list ") + name, query.lastError().text());
    return true;
}

std::optional<Cached<QJsonValue>> CaseCache::list(const QString &name) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT json, as_of FROM cache_lists WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Cached<QJsonValue>{objectOf(query.value(0)).value(QStringLiteral("value")), timeOf(query.value(1))};
}

QString CaseCache::plainText(const QString &content)
{
    static const QRegularExpression lineBreaks(QStringLiteral("<\\s*(br|/p|/div|/li)\\b[^>]*>"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString text = content;
    text.replace(lineBreaks, QStringLiteral("\n"));
    text.remove(tags);
    // Character references: the named ones rich text uses, and numeric ones.
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code <= 0x10FFFF)
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    decoded.replace(QLatin1String("&lt;"), QLatin1String("<"));
    decoded.replace(QLatin1String("&gt;"), QLatin1String(">"));
    decoded.replace(QLatin1String("&quot;"), QLatin1String("\""));
    decoded.replace(QLatin1String("&#39;"), QLatin1String("'"));
    decoded.replace(QLatin1String("&amp;"), QLatin1String("&")); // last: "&amp;lt;" stays "&lt;"
    return decoded.trimmed();
}

} // namespace osm
