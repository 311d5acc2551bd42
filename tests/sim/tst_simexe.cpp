// The osm-sim executable: the listening line comes first on stdout, and the port answers.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

class TestSimExe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsListeningLineFirst()
    {
        QProcess sim;
        sim.start(QStringLiteral(OSM_SIM_EXE), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(sim.waitForStarted(5000));
        QVERIFY(sim.waitForReadyRead(10000));
        while (!sim.canReadLine() && sim.waitForReadyRead(2000)) {
        }
        const QString line = QString::fromUtf8(sim.readLine()).trimmed();
        const auto m = QRegularExpression(QStringLiteral("^osm-sim listening on http://127\\.0\\.0\\.1:(\\d+)$")).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        const int port = m.captured(1).toInt();
        QVERIFY(port > 0);

        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/_sim/health").arg(port))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        sim.terminate(); // SIGTERM: a clean exit
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void help()
    {
        QProcess sim;
        sim.start(QStringLiteral(OSM_SIM_EXE), {QStringLiteral("--help")});
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitCode(), 0);
        const QByteArray out = sim.readAllStandardOutput();
        QVERIFY(out.contains("--port"));
        QVERIFY(out.contains("DEMOAKOSMDESK0000001"));
    }

    void badArgumentsFail()
    {
        QProcess sim;
        sim.start(QStringLiteral(OSM_SIM_EXE), {QStringLiteral("--ak"), QStringLiteral("X")});
        QVERIFY(sim.waitForFinished(5000));
        QVERIFY(sim.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestSimExe)
#include "tst_simexe.moc"
