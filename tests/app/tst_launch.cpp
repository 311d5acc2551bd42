// How a start of osmdesk reaches the running one: the osmdesk:// links and case ids it accepts (and the ones it
// refuses), and the local-socket hand-over between two SingleInstance objects, as two processes would do it.
#include "LaunchRequest.h"
#include "SingleInstance.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

using osm::app::LaunchRequest;
using osm::app::SingleInstance;

class TestLaunch : public QObject
{
    Q_OBJECT

    static QString uniqueName() { return QStringLiteral("osmdesk-test-") + QUuid::createUuid().toString(QUuid::Id128); }

private Q_SLOTS:
    void acceptsCaseLinksAndIds_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("caseId");
        QTest::newRow("none") << QStringList{} << QString();
        QTest::newRow("link") << QStringList{QStringLiteral("osmdesk://case/CS20261123000042")}
                              << QStringLiteral("CS20261123000042");
        QTest::newRow("trailing slash") << QStringList{QStringLiteral("osmdesk://case/ab-12_C/")}
                                        << QStringLiteral("ab-12_C");
        QTest::newRow("no authority") << QStringList{QStringLiteral("osmdesk:case/X1")} << QStringLiteral("X1");
        QTest::newRow("upper-case scheme") << QStringList{QStringLiteral("OSMDESK://CASE/X2")} << QStringLiteral("X2");
        QTest::newRow("bare id") << QStringList{QStringLiteral("CS1")} << QStringLiteral("CS1");
    }
    void acceptsCaseLinksAndIds()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, caseId);
        QString error;
        const auto request = LaunchRequest::fromArguments(arguments, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->caseId, caseId);
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("other scheme") << QStringList{QStringLiteral("https://case/X1")};
        QTest::newRow("other object") << QStringList{QStringLiteral("osmdesk://label/3")};
        QTest::newRow("path escape") << QStringList{QStringLiteral("osmdesk://case/../../etc")};
        QTest::newRow("encoded slash") << QStringList{QStringLiteral("osmdesk://case/a%2Fb")};
        QTest::newRow("too long") << QStringList{QStringLiteral("osmdesk://case/") + QString(33, QLatin1Char('a'))};
        QTest::newRow("extra part") << QStringList{QStringLiteral("osmdesk://case/X1/messages")};
        QTest::newRow("two cases") << QStringList{QStringLiteral("X1"), QStringLiteral("X2")};
        QTest::newRow("spaces") << QStringList{QStringLiteral("X 1")};
        QTest::newRow("empty id") << QStringList{QStringLiteral("osmdesk://case/")};
    }
    void refusesAnythingElse()
    {
        QFETCH(QStringList, arguments);
        QString error;
        QVERIFY(!LaunchRequest::fromArguments(arguments, &error));
        QVERIFY(error.contains(QLatin1String("osmdesk://case/")));
    }

    void messageRoundTrip()
    {
        const LaunchRequest request{QStringLiteral("CS77"), {}};
        QCOMPARE(LaunchRequest::fromMessage(request.toMessage()), request);
        QCOMPARE(LaunchRequest::fromMessage(LaunchRequest{}.toMessage()), LaunchRequest{});
        QVERIFY(!LaunchRequest::fromMessage("not json"));
        QVERIFY(!LaunchRequest::fromMessage("{\"case\":\"../x\"}"));
        // --profile travels with it (a running instance switches to that profile).
        const LaunchRequest withProfile{QStringLiteral("CS77"), QStringLiteral("work")};
        QCOMPARE(LaunchRequest::fromMessage(withProfile.toMessage()), withProfile);
        QCOMPARE(LaunchRequest::fromMessage(withProfile.toMessage())->profileId, QStringLiteral("work"));
    }

    void secondStartIsHandedToTheFirst()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(!first.forwardToRunning(LaunchRequest{}.toMessage(), 300)); // nobody is running yet
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::messageReceived);

        // The second start blocks in forwardToRunning while the first answers from its event loop: run the
        // second on a thread, as it would run in its own process.
        SingleInstance second(name);
        const QByteArray message = LaunchRequest{QStringLiteral("CS42"), {}}.toMessage();
        bool delivered = false;
        QThread *sender = QThread::create([&] { delivered = second.forwardToRunning(message, 5000); });
        sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(sender->isFinished(), 10000);
        delete sender;
        QVERIFY(delivered);
        QCOMPARE(received.size(), 1);
        QCOMPARE(LaunchRequest::fromMessage(received.first().first().toByteArray())->caseId, QStringLiteral("CS42"));
    }

    void leftoverSocketOfACrashedInstanceIsReplaced()
    {
        const QString name = uniqueName();
        SingleInstance instance(name);
        QFile leftover(instance.socketPath());
        QVERIFY(leftover.open(QIODevice::WriteOnly)); // what a crash leaves: a file nobody listens on
        leftover.close();
        QVERIFY(!instance.forwardToRunning(LaunchRequest{}.toMessage(), 300));
        QVERIFY(instance.listen());
    }

    void aLiveInstanceWinningTheRaceKeepsItsSocket()
    {
        // Two starts at once: both found nobody running, the first listened meanwhile; the second must
        // neither take over nor remove the first one's socket.
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(first.listen());
        SingleInstance second(name);
        QVERIFY(!second.listen());

        QSignalSpy received(&first, &SingleInstance::messageReceived);
        SingleInstance third(name);
        bool delivered = false;
        QThread *sender = QThread::create([&] { delivered = third.forwardToRunning(LaunchRequest{}.toMessage(), 5000); });
        sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(sender->isFinished(), 10000);
        delete sender;
        QVERIFY(delivered);
        QCOMPARE(received.size(), 1);
    }

    void instancesOfOtherNamesAreIndependent()
    {
        SingleInstance demo(uniqueName());
        QVERIFY(demo.listen());
        SingleInstance real(uniqueName());
        QVERIFY(!real.forwardToRunning(LaunchRequest{}.toMessage(), 300));
    }
};

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
