#include "net/RateLimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRate()
    {
        osm::RateLimiter limiter(10.0, 3); // 10 per second, bursts of 3
        QCOMPARE(limiter.acquire(0), 0);
        QCOMPARE(limiter.acquire(0), 0);
        QCOMPARE(limiter.acquire(0), 0);
        QCOMPARE(limiter.acquire(0), 100); // the next token comes in 100 ms
        QCOMPARE(limiter.acquire(100), 0);
        QVERIFY(limiter.acquire(100) > 0);
    }

    void holdStopsEverything()
    {
        osm::RateLimiter limiter(10.0, 5);
        limiter.holdUntil(5000);
        QCOMPARE(limiter.acquire(1000), 4000);
        QCOMPARE(limiter.acquire(5000), 0);
        limiter.holdUntil(100); // an earlier hold does not shorten a later one
        QCOMPARE(limiter.heldUntil(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
