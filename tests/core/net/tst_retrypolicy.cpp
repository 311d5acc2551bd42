// What the pipeline repeats, and what it never does: a POST that may have reached the server.
#include "net/RetryPolicy.h"

#include <QTest>

using osm::Error;
using osm::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

    static RetryPolicy::Failure failure(Error::Category category, int status = 0, bool reached = true)
    {
        Error error(category);
        error.setHttpStatus(status);
        return {error, reached, std::nullopt};
    }

private Q_SLOTS:
    void retriesIdempotentTransportFailures_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        using C = Error::Category;
        QTest::newRow("GET network") << QByteArray("GET") << int(C::Network) << 0 << true;
        QTest::newRow("GET timeout") << QByteArray("GET") << int(C::Timeout) << 0 << true;
        QTest::newRow("GET 500") << QByteArray("GET") << int(C::Http) << 500 << true;
        QTest::newRow("GET 502") << QByteArray("GET") << int(C::Http) << 502 << true;
        QTest::newRow("GET truncated body") << QByteArray("GET") << int(C::MalformedBody) << 200 << true;
        QTest::newRow("PUT timeout") << QByteArray("PUT") << int(C::Timeout) << 0 << true;
        QTest::newRow("DELETE 500") << QByteArray("DELETE") << int(C::Http) << 500 << true;
        QTest::newRow("GET 404") << QByteArray("GET") << int(C::Http) << 404 << false;
        QTest::newRow("GET 400 OSM.0001") << QByteArray("GET") << int(C::Api) << 400 << false;
        QTest::newRow("GET business error 200") << QByteArray("GET") << int(C::Api) << 200 << false;
        QTest::newRow("GET 401") << QByteArray("GET") << int(C::Auth) << 401 << false;
        QTest::newRow("POST network after sending") << QByteArray("POST") << int(C::Network) << 0 << false;
        QTest::newRow("POST timeout") << QByteArray("POST") << int(C::Timeout) << 0 << false;
        QTest::newRow("POST 500") << QByteArray("POST") << int(C::Http) << 500 << false;
        QTest::newRow("POST 502") << QByteArray("POST") << int(C::Http) << 502 << false;
        QTest::newRow("POST 429") << QByteArray("POST") << int(C::Http) << 429 << true;
        QTest::newRow("POST 503") << QByteArray("POST") << int(C::Http) << 503 << true;
        QTest::newRow("GET 429") << QByteArray("GET") << int(C::Http) << 429 << true;
    }

    void retriesIdempotentTransportFailures()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, category);
        QFETCH(int, status);
        QFETCH(bool, retried);
        const RetryPolicy policy;
        const auto delay = policy.delayBeforeRetry(method, failure(Error::Category(category), status), 1, 0.5);
        QCOMPARE(delay.has_value(), retried);
    }

    void postThatNeverLeftIsRetried()
    {
        const RetryPolicy policy;
        QVERIFY(policy.delayBeforeRetry("POST", failure(Error::Category::Network, 0, false), 1, 0.0));
        QVERIFY(!policy.delayBeforeRetry("POST", failure(Error::Category::Tls, 0, false), 1, 0.0));
    }

    void backoffGrowsWithJitterAndStops()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 8000;
        policy.maxAttempts = 6;
        const auto f = failure(Error::Category::Network);
        QCOMPARE(*policy.delayBeforeRetry("GET", f, 1, 0.0), 500);
        QCOMPARE(*policy.delayBeforeRetry("GET", f, 1, 0.999), 999);
        QCOMPARE(*policy.delayBeforeRetry("GET", f, 2, 0.0), 1000);
        QCOMPARE(*policy.delayBeforeRetry("GET", f, 3, 0.0), 2000);
        QCOMPARE(*policy.delayBeforeRetry("GET", f, 5, 0.0), 4000); // capped at 8000
        QVERIFY(!policy.delayBeforeRetry("GET", f, 6, 0.0));       // attempts used up
    }

    void honoursRetryAfter()
    {
        const RetryPolicy policy;
        auto f = failure(Error::Category::Http, 429);
        f.retryAfterMs = 7000;
        QCOMPARE(*policy.delayBeforeRetry("GET", f, 1, 0.3), 7000);
    }

    void parsesRetryAfter()
    {
        QCOMPARE(RetryPolicy::parseRetryAfter("5").value_or(-1), 5000);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ").value_or(-1), 0);
        QVERIFY(!RetryPolicy::parseRetryAfter("").has_value());
        QVERIFY(!RetryPolicy::parseRetryAfter("soon").has_value());
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        const QByteArray httpDate =
            QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        const int ms = RetryPolicy::parseRetryAfter(httpDate).value_or(-1);
        QVERIFY2(ms > 55000 && ms <= 60000, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
