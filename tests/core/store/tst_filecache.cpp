// FileCache: downloaded files kept beside the store, found again by accessory id; the least recently used go
// when a new one would pass the cap; a file larger than the cap is not kept; a lowered cap evicts at once; a
// file deleted behind the cache's back is a miss (its row forgotten); hostile names and ids never leave the
// cache folder; the index survives a reopen; clear() empties the folder.
#include "store/FileCache.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;

class TestFileCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    int m_sources = 0;
    std::unique_ptr<LocalStore> m_store;

    // A file outside the cache (a finished download) of `size` bytes.
    QString source(qint64 size, const QString &name = QString())
    {
        const QString folder = m_dir.filePath(QStringLiteral("downloads-%1").arg(++m_sources));
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(name.isEmpty() ? QStringLiteral("file.bin") : name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray(size, 'x'));
        return path;
    }

    // Every file under the store's folders, anywhere (to prove nothing was written elsewhere).
    QStringList filesUnder(const QString &root) const
    {
        QStringList found;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(QFileInfo(it.next()).absoluteFilePath());
        return found;
    }

    int rows() const
    {
        QSqlQuery query(m_store->database());
        return query.exec(QStringLiteral("SELECT count(*) FROM file_cache")) && query.next() ? query.value(0).toInt() : -1;
    }

    static bool inside(const QString &folder, const QString &path)
    {
        const QString root = QFileInfo(folder).canonicalFilePath() + QLatin1Char('/');
        return QFileInfo(path).canonicalFilePath().startsWith(root);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QDir(m_dir.filePath(QStringLiteral("stores-%1").arg(++m_stores)))
                                  .filePath(QStringLiteral("profile.sqlite"))));
    }

    void cleanup() { m_store.reset(); }

    void putAndLookup()
    {
        FileCache cache(*m_store);
        QVERIFY2(cache.open(), qPrintable(cache.errorText()));
        QCOMPARE(cache.folder(), m_store->path() + QStringLiteral(".files/downloads"));
        QCOMPARE(cache.capBytes(), FileCache::kDefaultCapBytes);
        QVERIFY(cache.lookup(QStringLiteral("acc-1")).isEmpty());

        const QString original = source(1000, QStringLiteral("report.pdf"));
        const QString kept = cache.put(QStringLiteral("acc-1"), QStringLiteral("case-1"), original, QStringLiteral("report.pdf"));
        QVERIFY(!kept.isEmpty());
        QCOMPARE(QFileInfo(kept).fileName(), QStringLiteral("report.pdf"));
        QVERIFY(inside(cache.folder(), kept));
        QVERIFY(QFileInfo::exists(original)); // copied, not moved
        QCOMPARE(cache.lookup(QStringLiteral("acc-1")), kept);
        QVERIFY(cache.contains(QStringLiteral("acc-1")));
        QCOMPARE(cache.usedBytes(), 1000);
        QCOMPARE(cache.fileCount(), 1);

        // Moved: the source is gone, the cache has it; the name defaults to the source's.
        const QString moved = source(10, QStringLiteral("trace.log"));
        const QString movedKept = cache.put(QStringLiteral("acc-2"), QStringLiteral("case-1"), moved, QString(),
                                            FileCache::Transfer::Move);
        QCOMPARE(QFileInfo(movedKept).fileName(), QStringLiteral("trace.log"));
        QVERIFY(!QFileInfo::exists(moved));
        QCOMPARE(cache.usedBytes(), 1010);

        // A new copy of the same attachment replaces the old one.
        const QString again = cache.put(QStringLiteral("acc-1"), QStringLiteral("case-1"), source(300), QStringLiteral("report-v2.pdf"));
        QCOMPARE(QFileInfo(again).fileName(), QStringLiteral("report-v2.pdf"));
        QVERIFY(!QFileInfo::exists(kept));
        QCOMPARE(cache.usedBytes(), 310);
        QCOMPARE(cache.fileCount(), 2);

        // The index lives in the store: a reopened cache knows the files.
        FileCache reopened(*m_store);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.lookup(QStringLiteral("acc-1")), again);
        QCOMPARE(reopened.usedBytes(), 310);

        QVERIFY(cache.remove(QStringLiteral("acc-2")));
        QVERIFY(!QFileInfo::exists(movedKept));
        QVERIFY(cache.lookup(QStringLiteral("acc-2")).isEmpty());
    }

    void leastRecentlyUsedIsEvictedAtTheCap()
    {
        FileCache cache(*m_store);
        QVERIFY(cache.open());
        cache.setCapBytes(1000);
        const QString a = cache.put(QStringLiteral("a"), QStringLiteral("c"), source(400));
        const QString b = cache.put(QStringLiteral("b"), QStringLiteral("c"), source(400));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QCOMPARE(cache.usedBytes(), 800);
        // "a" used after "b": "b" is now the least recently used.
        QCOMPARE(cache.lookup(QStringLiteral("a")), a);
        const QString c = cache.put(QStringLiteral("c"), QStringLiteral("c"), source(400));
        QVERIFY(!c.isEmpty());
        QVERIFY(cache.lookup(QStringLiteral("b")).isEmpty());
        QVERIFY(!QFileInfo::exists(b));
        QCOMPARE(cache.lookup(QStringLiteral("a")), a);
        QCOMPARE(cache.usedBytes(), 800);
        QCOMPARE(cache.fileCount(), 2);

        // Exactly at the cap fits.
        QVERIFY(!cache.put(QStringLiteral("d"), QStringLiteral("c"), source(200)).isEmpty());
        QCOMPARE(cache.usedBytes(), 1000);
        QCOMPARE(cache.fileCount(), 3);
    }

    void fileLargerThanTheCapIsNotKept()
    {
        FileCache cache(*m_store);
        QVERIFY(cache.open());
        cache.setCapBytes(1000);
        const QString small = cache.put(QStringLiteral("small"), QStringLiteral("c"), source(600));
        QVERIFY(!small.isEmpty());
        const QString big = source(1001);
        QVERIFY(cache.put(QStringLiteral("big"), QStringLiteral("c"), big, QString(), FileCache::Transfer::Move).isEmpty());
        QVERIFY(QFileInfo::exists(big));                            // left where it was
        QCOMPARE(cache.lookup(QStringLiteral("small")), small);     // nothing evicted for it
        QCOMPARE(cache.fileCount(), 1);

        // A cap of 0 keeps nothing at all.
        cache.setCapBytes(0);
        QCOMPARE(cache.fileCount(), 0);
        QVERIFY(cache.put(QStringLiteral("tiny"), QStringLiteral("c"), source(1)).isEmpty());
        QVERIFY(cache.lookup(QStringLiteral("tiny")).isEmpty());
        QCOMPARE(filesUnder(cache.folder()), QStringList());
    }

    void loweredCapEvictsAtOnce()
    {
        FileCache cache(*m_store);
        QVERIFY(cache.open());
        const QString first = cache.put(QStringLiteral("1"), QStringLiteral("c"), source(300));
        const QString second = cache.put(QStringLiteral("2"), QStringLiteral("c"), source(300));
        const QString third = cache.put(QStringLiteral("3"), QStringLiteral("c"), source(300));
        QCOMPARE(cache.lookup(QStringLiteral("1")), first); // the oldest is now the most recently used
        cache.setCapBytes(650);
        QCOMPARE(cache.usedBytes(), 600);
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(QFileInfo::exists(first) && QFileInfo::exists(third));
        cache.setCapBytes(-5);
        QCOMPARE(cache.capBytes(), 0);
        QCOMPARE(cache.fileCount(), 0);
        QCOMPARE(rows(), 0);
    }

    void fileDeletedBehindItsBackIsAMiss()
    {
        FileCache cache(*m_store);
        QVERIFY(cache.open());
        const QString kept = cache.put(QStringLiteral("gone"), QStringLiteral("c"), source(100));
        const QString other = cache.put(QStringLiteral("other"), QStringLiteral("c"), source(50));
        QVERIFY(QFile::remove(kept));
        QVERIFY(cache.lookup(QStringLiteral("gone")).isEmpty());
        QCOMPARE(rows(), 1);
        QCOMPARE(cache.usedBytes(), 50);

        // Gone while the app was closed: forgotten when the cache opens.
        QVERIFY(QFile::remove(other));
        FileCache reopened(*m_store);
        QVERIFY(reopened.open());
        QCOMPARE(rows(), 0);
        QCOMPARE(reopened.usedBytes(), 0);
    }

    void hostileNamesStayInsideTheFolder_data()
    {
        QTest::addColumn<QString>("accessoryId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent") << QStringLiteral("a1") << QStringLiteral("../../../evil.sh") << QStringLiteral("evil.sh");
        QTest::newRow("backslash") << QStringLiteral("a2") << QStringLiteral("..\\..\\evil.bat") << QStringLiteral("evil.bat");
        QTest::newRow("absolute") << QStringLiteral("a3") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("dots") << QStringLiteral("a4") << QStringLiteral("..") << QStringLiteral("file.bin");
        QTest::newRow("hidden") << QStringLiteral("a5") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("device") << QStringLiteral("a6") << QStringLiteral("CON.txt") << QStringLiteral("_CON.txt");
        QTest::newRow("id is a path") << QStringLiteral("../../../outside") << QStringLiteral("x.txt") << QStringLiteral("x.txt");
        QTest::newRow("id is empty-ish") << QStringLiteral("/") << QStringLiteral("y.txt") << QStringLiteral("y.txt");
    }

    void hostileNamesStayInsideTheFolder()
    {
        QFETCH(QString, accessoryId);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        FileCache cache(*m_store);
        QVERIFY(cache.open());
        const QString kept = cache.put(accessoryId, QStringLiteral("c"), source(20), name);
        QVERIFY(!kept.isEmpty());
        QCOMPARE(QFileInfo(kept).fileName(), expected);
        QVERIFY(inside(cache.folder(), kept));
        QCOMPARE(cache.lookup(accessoryId), kept);
        // The only file the store's folders hold besides the database is the one in the cache folder.
        const QStringList all = filesUnder(QFileInfo(m_store->path()).absolutePath());
        for (const QString &file : all)
            QVERIFY2(file.startsWith(QFileInfo(m_store->path()).absoluteFilePath()), qPrintable(file));
        QCOMPARE(filesUnder(cache.folder()), QStringList{QFileInfo(kept).absoluteFilePath()});

        // A row tampered with on disk (a name with a path in it) is refused, not followed.
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral("UPDATE file_cache SET file_name = ? WHERE accessory_id = ?"));
        query.addBindValue(QStringLiteral("../../../../profile.sqlite"));
        query.addBindValue(accessoryId);
        QVERIFY(query.exec());
        QVERIFY(cache.lookup(accessoryId).isEmpty());
        QVERIFY(QFileInfo::exists(m_store->path())); // the database itself untouched
        QCOMPARE(rows(), 0);
    }

    void differentIdsNeverShareAFolder()
    {
        // Sanitised, "x/b" and "b" would both be "b": the folders are hashes of the ids.
        FileCache cache(*m_store);
        QVERIFY(cache.open());
        const QString one = cache.put(QStringLiteral("x/b"), QStringLiteral("c"), source(5), QStringLiteral("same.txt"));
        const QString two = cache.put(QStringLiteral("b"), QStringLiteral("c"), source(7), QStringLiteral("same.txt"));
        QVERIFY(one != two);
        QCOMPARE(QFileInfo(cache.lookup(QStringLiteral("x/b"))).size(), 5);
        QCOMPARE(QFileInfo(cache.lookup(QStringLiteral("b"))).size(), 7);
    }

    void clearEmptiesTheFolder()
    {
        FileCache cache(*m_store);
        QVERIFY(cache.open());
        cache.put(QStringLiteral("1"), QStringLiteral("c"), source(10));
        cache.put(QStringLiteral("2"), QStringLiteral("c"), source(10));
        // A stray file no row names (a copy interrupted by a crash) goes too.
        QDir().mkpath(QDir(cache.folder()).filePath(QStringLiteral("stray")));
        QFile stray(QDir(cache.folder()).filePath(QStringLiteral("stray/left.bin")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QVERIFY(cache.clear());
        QCOMPARE(cache.fileCount(), 0);
        QCOMPARE(cache.usedBytes(), 0);
        QCOMPARE(filesUnder(cache.folder()), QStringList());
        QVERIFY(QFileInfo(cache.folder()).isDir());
        QVERIFY(!cache.put(QStringLiteral("3"), QStringLiteral("c"), source(10)).isEmpty()); // usable again
    }

    void closedStoreIsRefused()
    {
        LocalStore closed;
        FileCache cache(closed);
        QVERIFY(!cache.open());
        QVERIFY(!cache.errorText().isEmpty());
        QVERIFY(cache.put(QStringLiteral("1"), QStringLiteral("c"), source(10)).isEmpty());
        QVERIFY(cache.lookup(QStringLiteral("1")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileCache)
#include "tst_filecache.moc"
