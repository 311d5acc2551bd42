// Server::stop()/restart(): the simulator goes away as a real server would (refused connections, open ones
// dropped) and comes back on the same port with the same data — the demo's offline scenario (issue 7).
#include "Server.h"
#include "SimClient.h"

#include <QTcpServer>
#include <QtTest>

using namespace osm;
using namespace osm::sim;

namespace {
const QString kCases = QStringLiteral("/v2/servicerequest/cases");
}

class TestSimRestart : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    SimClient *m_client = nullptr;

    SimClient::Reply list() { return m_client->get(kCases, {{QStringLiteral("limit"), QStringLiteral("10")}}); }
    SimClient::Reply messages(const QString &caseId)
    {
        return m_client->get(kCases + QLatin1Char('/') + caseId + QStringLiteral("/messages"),
                             {{QStringLiteral("limit"), QStringLiteral("100")}});
    }

private Q_SLOTS:
    void init()
    {
        m_server = new Server;
        QVERIFY(m_server->listen(0) > 0);
        m_client = new SimClient(*m_server);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void stopRefusesAndRestartKeepsTheData()
    {
        QVERIFY(m_server->isListening());
        QCOMPARE(list().status, 200); // leaves a keep-alive connection open
        const quint16 port = m_server->port();
        const QString caseId = m_server->dataSet().cases().first().incidentId;
        const QString text = QStringLiteral("written before the simulator stopped");
        m_server->addEngineerReply(caseId, text);

        QSignalSpy changed(m_server, &Server::listeningChanged);
        m_server->stop();
        QVERIFY(!m_server->isListening());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toBool(), false);
        QCOMPARE(m_server->port(), port); // the address stays what clients know
        const int before = int(m_server->requests().size());
        const SimClient::Reply refused = list();
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(int(m_server->requests().size()), before); // nothing reached it
        m_server->stop(); // twice is harmless
        QCOMPARE(changed.size(), 1);

        QVERIFY(m_server->restart());
        QVERIFY(m_server->isListening());
        QCOMPARE(m_server->port(), port);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toBool(), true);
        QCOMPARE(list().status, 200);
        const SimClient::Reply thread = messages(caseId);
        QCOMPARE(thread.status, 200);
        QVERIFY2(thread.body.contains(text.toUtf8()), thread.body.constData());
        QVERIFY(m_server->restart()); // already listening: nothing to do
        QCOMPARE(changed.size(), 2);
    }

    void stopDropsARequestBeingAnswered()
    {
        // An answer delayed by the fault injector: the connection is gone before it is written.
        m_server->faults().addLatency(300, 1);
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(m_server->baseUrl().resolved(QUrl(kCases))));
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 5000); // arrived, answer pending
        m_server->stop();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
        QTest::qWait(400); // the delayed handler runs against the closed socket without harm
        QVERIFY(m_server->restart());
        QCOMPARE(list().status, 200);
    }

    void restartFailsWhileThePortIsTaken()
    {
        const quint16 port = m_server->port();
        m_server->stop();
        {
            QTcpServer squatter;
            QVERIFY(squatter.listen(QHostAddress::LocalHost, port));
            QVERIFY(!m_server->restart());
            QVERIFY(!m_server->isListening());
            QCOMPARE(m_server->port(), port);
        }
        QVERIFY(m_server->restart());
        QCOMPARE(list().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimRestart)
#include "tst_simrestart.moc"
