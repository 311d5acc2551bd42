#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace osm {

// The local SQLite database of one account profile (QtSql, WAL mode): the cache, the outbox and the drafts
// each keep their own tables in it. Each part ("component") versions its own schema with migrate(), so
// that the parts evolve independently. A file that SQLite cannot read, or whose schema comes from a newer
// OSM Desk, is moved aside (never deleted: it may hold unsent work) and a new database is started.
class LocalStore
{
public:
    enum class Opened {
        Existing,            // the database was there and is readable
        Created,             // no database yet: a new one
        RebuiltAfterDamage,  // the file was unreadable: set aside (asidePath()), a new one started
    };

    LocalStore() = default;
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // AppDataLocation/stores/<profile>.sqlite, with the profile id made safe as a file name.
    static QString defaultPath(const QString &profileId);

    // Opens (or creates) the database at path; false with errorText() when even a new file cannot be made.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }

    QString path() const { return m_path; }
    Opened opened() const { return m_opened; }
    // Where a damaged or too-new file was moved; empty when nothing was set aside.
    QString asidePath() const { return m_asidePath; }
    QString errorText() const { return m_errorText; }

    // The connection for the calling thread (QtSql connections belong to the thread that made them);
    // made on first use. Invalid when the store is not open.
    QSqlDatabase database() const;

    // Brings a component's tables to the latest version: steps[i] holds the statements that go from
    // version i to i + 1, each step in one transaction. A database written by a newer OSM Desk (a version
    // above steps.size()) is refused: false, with errorText(). The component's data is then unusable and the
    // caller may setAsideAndRecreate().
    bool migrate(const QString &component, const QList<QStringList> &steps);
    int schemaVersion(const QString &component) const;

    // Moves the current file aside (asidePath()) and starts an empty database in its place.
    bool setAsideAndRecreate(const QString &reason);

private:
    bool openConnection();
    bool isReadable();
    QString connectionName() const;

    QString m_path;
    QString m_connectionPrefix;
    Opened m_opened = Opened::Created;
    QString m_asidePath;
    QString m_errorText;
};

} // namespace osm
