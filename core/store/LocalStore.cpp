#include "LocalStore.h"

#include "net/FileNameSanitizer.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace osm {

namespace {

// SQLite keeps the newest WAL-mode writes beside the file: they belong to it wherever it goes.
const QStringList companionSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm")};

QString uniquePrefix()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("osm-store-%1-").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::defaultPath(const QString &profileId)
{
    const QString name = FileNameSanitizer::sanitize(profileId.isEmpty() ? QStringLiteral("default") : profileId);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("stores/%1.sqlite").arg(name));
}

bool LocalStore::open(const QString &path)
{
    close();
    m_asidePath.clear();
    m_errorText.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_errorText = QStringLiteral("cannot create the folder of %1").arg(path);
        return false;
    }
    const bool existed = QFile::exists(path);
    m_path = path;
    m_connectionPrefix = uniquePrefix();
    if (openConnection() && isReadable()) {
        m_opened = existed ? Opened::Existing : Opened::Created;
        return true;
    }
    if (!existed) {
        close();
        return false; // a new file that cannot be made: nothing to set aside
    }
    if (!setAsideAndRecreate(QStringLiteral("damaged")))
        return false;
    m_opened = Opened::RebuiltAfterDamage;
    return true;
}

void LocalStore::close()
{
    if (m_connectionPrefix.isEmpty())
        return;
    // Only this thread's connection may be touched here; removing the others' closes them once unused.
    if (QSqlDatabase::contains(connectionName()))
        QSqlDatabase::database(connectionName(), false).close();
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names)
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    m_connectionPrefix.clear();
    m_path.clear();
}

QString LocalStore::connectionName() const
{
    return m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase LocalStore::database() const
{
    if (m_connectionPrefix.isEmpty())
        return {};
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return db;
    QSqlQuery pragma(db);
    // WAL: readers never block the writer, and a crash loses no committed transaction. NORMAL syncing is
    // safe with WAL against a crash of the app (only a power cut may lose the last commits).
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

bool LocalStore::openConnection()
{
    const QSqlDatabase db = database();
    if (!db.isOpen()) {
        m_errorText = db.lastError().text();
        return false;
    }
    return true;
}

bool LocalStore::isReadable()
{
    QSqlQuery check(database());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        m_errorText = check.lastError().text();
        return false;
    }
    return true;
}

bool LocalStore::setAsideAndRecreate(const QString &reason)
{
    const QString path = m_path;
    close();
    const QString aside = QStringLiteral("%1.%2-%3").arg(
        path, reason, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    if (!QFile::rename(path, aside)) {
        m_errorText = QStringLiteral("cannot move %1 aside").arg(path);
        return false;
    }
    for (const QString &suffix : companionSuffixes)
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    m_asidePath = aside;
    m_path = path;
    m_connectionPrefix = uniquePrefix();
    if (!openConnection() || !isReadable()) {
        close();
        return false;
    }
    return true;
}

int LocalStore::schemaVersion(const QString &component) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT version FROM store_schema WHERE component = ?"));
    query.addBindValue(component);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool LocalStore::migrate(const QString &component, const QList<QStringList> &steps)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS store_schema (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"))) {
        m_errorText = query.lastError().text();
        return false;
    }
    const int current = schemaVersion(component);
    if (current > steps.size()) {
        m_errorText = QStringLiteral("the %1 tables were written by a newer OSM Desk (version %2, this one knows %3)")
                          .arg(component)
                          .arg(current)
                          .arg(steps.size());
        return false;
    }
    for (int version = current; version < steps.size(); ++version) {
        db.transaction();
        bool ok = true;
        for (const QString &statement : steps.at(version)) {
            if (!query.exec(statement)) {
                m_errorText = QStringLiteral("%1 migration %2: %3").arg(component).arg(version + 1).arg(query.lastError().text());
                ok = false;
                break;
            }
        }
        if (ok) {
            query.prepare(QStringLiteral("INSERT INTO store_schema (component, version) VALUES (?, ?) "
                                         "ON CONFLICT(component) DO UPDATE SET version = excluded.version"));
            query.addBindValue(component);
            query.addBindValue(version + 1);
            ok = query.exec();
            if (!ok)
                m_errorText = query.lastError().text();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace osm
