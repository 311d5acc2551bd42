// LocalStore: one SQLite file per profile in WAL mode, per-component migrations, and a damaged or too-new
// file set aside (never deleted) with a fresh database in its place.
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using osm::LocalStore;

class TestLocalStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

    static const QList<QStringList> &notesV2()
    {
        static const QList<QStringList> steps = {
            {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")},
            {QStringLiteral("ALTER TABLE notes ADD COLUMN case_id TEXT"),
             QStringLiteral("CREATE INDEX notes_case ON notes(case_id)")},
        };
        return steps;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createsInWalMode()
    {
        LocalStore store;
        QVERIFY2(store.open(pathOf(QStringLiteral("new/a.sqlite"))), qPrintable(store.errorText()));
        QCOMPARE(store.opened(), LocalStore::Opened::Created);
        QSqlQuery mode(store.database());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        store.close();

        LocalStore again;
        QVERIFY(again.open(pathOf(QStringLiteral("new/a.sqlite"))));
        QCOMPARE(again.opened(), LocalStore::Opened::Existing);
        QVERIFY(again.asidePath().isEmpty());
    }

    void migratesStepByStepAndKeepsData()
    {
        const QString path = pathOf(QStringLiteral("migrate.sqlite"));
        {
            LocalStore store;
            QVERIFY(store.open(path));
            QVERIFY2(store.migrate(QStringLiteral("notes"), notesV2().mid(0, 1)), qPrintable(store.errorText()));
            QCOMPARE(store.schemaVersion(QStringLiteral("notes")), 1);
            QSqlQuery insert(store.database());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('kept')")));
        }
        LocalStore store; // a newer build knows two steps: only the second runs
        QVERIFY(store.open(path));
        QVERIFY2(store.migrate(QStringLiteral("notes"), notesV2()), qPrintable(store.errorText()));
        QCOMPARE(store.schemaVersion(QStringLiteral("notes")), 2);
        QSqlQuery read(store.database());
        QVERIFY(read.exec(QStringLiteral("SELECT text, case_id FROM notes")) && read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("kept"));
        QVERIFY(read.value(1).isNull());
        // Running it again changes nothing; another component has its own version.
        QVERIFY(store.migrate(QStringLiteral("notes"), notesV2()));
        QCOMPARE(store.schemaVersion(QStringLiteral("other")), 0);
    }

    void failedStepRollsBack()
    {
        LocalStore store;
        QVERIFY(store.open(pathOf(QStringLiteral("rollback.sqlite"))));
        const QList<QStringList> broken = {
            {QStringLiteral("CREATE TABLE t (a INTEGER)"), QStringLiteral("THIS IS NOT SQL")}};
        QVERIFY(!store.migrate(QStringLiteral("broken"), broken));
        QVERIFY(store.errorText().contains(QLatin1String("broken migration 1")));
        QCOMPARE(store.schemaVersion(QStringLiteral("broken")), 0);
        QVERIFY(!store.database().tables().contains(QStringLiteral("t")));
    }

    void refusesASchemaFromANewerVersion()
    {
        const QString path = pathOf(QStringLiteral("newer.sqlite"));
        {
            LocalStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.migrate(QStringLiteral("notes"), notesV2()));
        }
        LocalStore older;
        QVERIFY(older.open(path));
        QVERIFY(!older.migrate(QStringLiteral("notes"), notesV2().mid(0, 1)));
        QVERIFY(older.errorText().contains(QLatin1String("newer")));
        // The caller keeps the file (it may hold unsent work) and starts afresh.
        QVERIFY(older.setAsideAndRecreate(QStringLiteral("newer")));
        QVERIFY(QFile::exists(older.asidePath()));
        QVERIFY(older.asidePath().contains(QLatin1String(".newer-")));
        QVERIFY(older.migrate(QStringLiteral("notes"), notesV2().mid(0, 1)));
        QCOMPARE(older.schemaVersion(QStringLiteral("notes")), 1);
    }

    void damagedFileIsSetAsideNotDeleted()
    {
        const QString path = pathOf(QStringLiteral("damaged.sqlite"));
        const QByteArray garbage = QByteArray("this is not a database ").repeated(200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        LocalStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorText()));
        QCOMPARE(store.opened(), LocalStore::Opened::RebuiltAfterDamage);
        QFile aside(store.asidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage);
        QVERIFY(store.migrate(QStringLiteral("notes"), notesV2()));
    }

    void eachThreadHasItsOwnConnection()
    {
        LocalStore store;
        QVERIFY(store.open(pathOf(QStringLiteral("threads.sqlite"))));
        QVERIFY(store.migrate(QStringLiteral("notes"), notesV2()));
        QSqlQuery insert(store.database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('from the GUI thread')")));
        const QString guiConnection = store.database().connectionName();
        const auto [count, workerConnection] = QtConcurrent::run([&store] {
                                                    QSqlQuery read(store.database());
                                                    read.exec(QStringLiteral("SELECT count(*) FROM notes"));
                                                    read.next();
                                                    return std::pair(read.value(0).toInt(),
                                                                     store.database().connectionName());
                                                }).result();
        QCOMPARE(count, 1);
        QVERIFY(workerConnection != guiConnection);
    }

    void defaultPathIsPerProfileAndSafe()
    {
        const QString a = LocalStore::defaultPath(QStringLiteral("work"));
        const QString b = LocalStore::defaultPath(QStringLiteral("../../etc/passwd"));
        QVERIFY(a.endsWith(QLatin1String("/stores/work.sqlite")));
        QCOMPARE(QFileInfo(b).absolutePath(), QFileInfo(a).absolutePath());
    }

    void ftsFiveIsAvailable()
    {
        // Local search (issue 7) relies on SQLite's FTS5 in Debian's Qt SQLite plugin.
        LocalStore store;
        QVERIFY(store.open(pathOf(QStringLiteral("fts.sqlite"))));
        QSqlQuery query(store.database());
        QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram')")),
                 qPrintable(query.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
