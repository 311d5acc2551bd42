#include "FileCache.h"

#include "LocalStore.h"
#include "net/FileNameSanitizer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace osm {

const QString FileCache::kComponent = QStringLiteral("files");

namespace {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE file_cache (accessory_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, "
                           "file_name TEXT NOT NULL, size INTEGER NOT NULL, last_used INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX file_cache_lru ON file_cache (last_used)"),
        },
    };
    return steps;
}

// `path` names an entry directly inside `folder` (no "..", no link out of it is followed to decide).
bool directlyInside(const QString &folder, const QString &path)
{
    return QFileInfo(path).absolutePath() == QFileInfo(folder).absoluteFilePath();
}

} // namespace

FileCache::FileCache(LocalStore &store) : m_store(store) {}

bool FileCache::fail(const QString &what, const QString &why) const
{
    m_errorText = QStringLiteral("file cache: %1: %2").arg(what, why);
    return false;
}

QString FileCache::folder() const
{
    return QDir(m_store.path() + QStringLiteral(".files")).filePath(QStringLiteral("downloads"));
}

QString FileCache::entryFolder(const QString &accessoryId) const
{
    // The id is the server's: a hash names the folder, so that no id can reach outside the cache or share
    // another id's folder (sanitising "a/b" and "b" would give both "b").
    const QByteArray hash = QCryptographicHash::hash(accessoryId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(folder()).filePath(QString::fromLatin1(hash.left(32)));
}

QString FileCache::pathOf(const QString &accessoryId, const QString &fileName) const
{
    const QString entry = entryFolder(accessoryId);
    const QString path = QDir(entry).filePath(fileName);
    // The name is sanitised before it is stored; checked again here, since the table is a file on disk too.
    if (fileName.isEmpty() || fileName != FileNameSanitizer::sanitize(fileName) || !directlyInside(entry, path)
        || !directlyInside(folder(), entry))
        return {};
    return path;
}

bool FileCache::open()
{
    m_open = false;
    if (!m_store.isOpen())
        return fail(QStringLiteral("open"), QStringLiteral("the store is not open"));
    if (!m_store.migrate(kComponent, migrations()))
        return fail(QStringLiteral("open"), m_store.errorText());
    if (!QDir().mkpath(folder()))
        return fail(QStringLiteral("open"), QStringLiteral("cannot create %1").arg(folder()));
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT max(last_used) FROM file_cache")) && query.next())
        m_lastUse = query.value(0).toLongLong();
    m_open = true;
    forgetMissing();
    return true;
}

qint64 FileCache::nextUse()
{
    m_lastUse = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastUse + 1);
    return m_lastUse;
}

qint64 FileCache::usedBytes() const
{
    QSqlQuery query(m_store.database());
    return m_open && query.exec(QStringLiteral("SELECT coalesce(sum(size), 0) FROM file_cache")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

int FileCache::fileCount() const
{
    QSqlQuery query(m_store.database());
    return m_open && query.exec(QStringLiteral("SELECT count(*) FROM file_cache")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

void FileCache::setCapBytes(qint64 bytes)
{
    m_capBytes = std::max<qint64>(0, bytes);
    if (m_open)
        evictFor(0);
}

bool FileCache::evictFor(qint64 incomingBytes)
{
    qint64 used = usedBytes();
    QStringList victims;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT accessory_id, size FROM file_cache ORDER BY last_used")))
        return fail(QStringLiteral("evict"), query.lastError().text());
    while (used + incomingBytes > m_capBytes && query.next()) {
        victims.append(query.value(0).toString());
        used -= query.value(1).toLongLong();
    }
    query.finish();
    for (const QString &id : std::as_const(victims))
        remove(id);
    return used + incomingBytes <= m_capBytes;
}

QString FileCache::put(const QString &accessoryId, const QString &caseId, const QString &sourceFile,
                       const QString &name, Transfer transfer)
{
    const QFileInfo source(sourceFile);
    if (!m_open || accessoryId.isEmpty() || !source.isFile() || !source.isReadable())
        return {};
    const qint64 size = source.size();
    if (size > m_capBytes)
        return {}; // would push out everything and still not fit (a cap of 0 keeps nothing)
    const QString fileName = FileNameSanitizer::sanitize(name, source.fileName());
    const QString target = pathOf(accessoryId, fileName);
    if (target.isEmpty())
        return {};
    remove(accessoryId); // a new copy replaces the old one (and frees its room first)
    if (!evictFor(size))
        return {};
    if (!QDir().mkpath(entryFolder(accessoryId)))
        return {};
    const bool stored = transfer == Transfer::Move ? QFile::rename(source.absoluteFilePath(), target)
                                                   : QFile::copy(source.absoluteFilePath(), target);
    if (!stored) {
        QDir(entryFolder(accessoryId)).removeRecursively();
        return {};
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO file_cache (accessory_id, case_id, file_name, size, last_used) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(accessoryId);
    query.addBindValue(caseId);
    query.addBindValue(fileName);
    query.addBindValue(size);
    query.addBindValue(nextUse());
    if (!query.exec()) {
        fail(QStringLiteral("put"), query.lastError().text());
        if (transfer == Transfer::Move)
            QFile::rename(target, source.absoluteFilePath()); // "left as it was"
        QDir(entryFolder(accessoryId)).removeRecursively();
        return {};
    }
    return target;
}

QString FileCache::lookup(const QString &accessoryId)
{
    if (!m_open || accessoryId.isEmpty())
        return {};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT file_name FROM file_cache WHERE accessory_id = ?"));
    query.addBindValue(accessoryId);
    if (!query.exec() || !query.next())
        return {};
    const QString path = pathOf(accessoryId, query.value(0).toString());
    query.finish();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        remove(accessoryId); // deleted behind our back (or a row that no longer makes sense)
        return {};
    }
    query.prepare(QStringLiteral("UPDATE file_cache SET last_used = ? WHERE accessory_id = ?"));
    query.addBindValue(nextUse());
    query.addBindValue(accessoryId);
    if (!query.exec())
        fail(QStringLiteral("lookup"), query.lastError().text());
    return path;
}

bool FileCache::contains(const QString &accessoryId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM file_cache WHERE accessory_id = ?"));
    query.addBindValue(accessoryId);
    return m_open && query.exec() && query.next();
}

bool FileCache::remove(const QString &accessoryId)
{
    if (!m_open || accessoryId.isEmpty())
        return false;
    QDir(entryFolder(accessoryId)).removeRecursively();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM file_cache WHERE accessory_id = ?"));
    query.addBindValue(accessoryId);
    if (!query.exec())
        return fail(QStringLiteral("remove"), query.lastError().text());
    return true;
}

void FileCache::forgetMissing()
{
    QStringList missing;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT accessory_id, file_name FROM file_cache")))
        return;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QString path = pathOf(id, query.value(1).toString());
        if (path.isEmpty() || !QFileInfo(path).isFile())
            missing.append(id);
    }
    query.finish();
    for (const QString &id : std::as_const(missing))
        remove(id);
}

bool FileCache::clear()
{
    if (!m_open)
        return fail(QStringLiteral("clear"), QStringLiteral("not open"));
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("DELETE FROM file_cache")))
        return fail(QStringLiteral("clear"), query.lastError().text());
    // Also what no row names any more (a copy a crash left half-way).
    QDir(folder()).removeRecursively();
    if (!QDir().mkpath(folder()))
        return fail(QStringLiteral("clear"), QStringLiteral("cannot create %1").arg(folder()));
    return true;
}

} // namespace osm
