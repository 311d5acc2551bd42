// throughConfigCache (issue 7): the create-case wizard's configuration lists are saved as the server answers
// them and answered from the local cache when the server cannot be reached; other errors are not hidden.
#include "DemoCredentials.h"
#include "Server.h"
#include "api/Config.h"
#include "models/ConfigListCache.h"
#include "net/ApiClient.h"
#include "store/CaseCache.h"
#include "store/LocalStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace osm;

class TestConfigListCache : public QObject
{
    Q_OBJECT

    template <typename T>
    static Result<T> wait(QFuture<Result<T>> future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20000))
            return {}; // Cancelled: no answer in time
        return future.result();
    }

private Q_SLOTS:
    void savedAnswersServeWhileOffline()
    {
        QTemporaryDir dir;
        sim::Server server;
        QVERIFY(server.listen(0) > 0);
        ApiClient client(Endpoint{server.baseUrl(), server.baseUrl()}, sim::demo::akSkCredentials());
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        LocalStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.sqlite"))));
        QObject context;

        // Nothing saved yet and the server away: the network error passes through.
        server.stop();
        const Result<RegionList> none =
            wait(ui::throughConfigCache(&store, QStringLiteral("regions"), api::listRegions(client), &context));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().category(), Error::Category::Network);
        QVERIFY(server.restart());

        const Result<RegionList> online =
            wait(ui::throughConfigCache(&store, QStringLiteral("regions"), api::listRegions(client), &context));
        QVERIFY(online.ok());
        QVERIFY(!online->regions.isEmpty());
        CaseCache cache(store);
        QVERIFY(cache.open());
        QVERIFY(cache.list(QStringLiteral("config/regions")).has_value());

        // A server error is the server's word: not replaced by the saved list.
        server.faults().addHttpError(500, 1);
        const Result<RegionList> refused =
            wait(ui::throughConfigCache(&store, QStringLiteral("regions"), api::listRegions(client), &context));
        QVERIFY(!refused.ok());

        server.stop();
        const Result<RegionList> offline =
            wait(ui::throughConfigCache(&store, QStringLiteral("regions"), api::listRegions(client), &context));
        QVERIFY(offline.ok());
        QCOMPARE(offline.value(), online.value());
        // Another list has its own name: nothing saved for it.
        const Result<CaseCategoryList> other = wait(ui::throughConfigCache(
            &store, QStringLiteral("categories"), api::listCaseCategories(client), &context));
        QVERIFY(!other.ok());

        // Without a store the fetch is the answer.
        const Result<RegionList> direct = wait(ui::throughConfigCache(nullptr, QStringLiteral("regions"),
                                                                      api::listRegions(client), &context));
        QVERIFY(!direct.ok());
    }
};

QTEST_GUILESS_MAIN(TestConfigListCache)
#include "tst_configlistcache.moc"
