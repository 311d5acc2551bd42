#pragma once

// The end-to-end tests of osmctl: the built binary, run through QProcess against an in-process simulator
// whose event loop keeps serving while osmctl runs.

#include "DemoCredentials.h"
#include "Server.h"
#include "net/ApiClient.h"
#include "net/Signer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace osmtest {

struct CtlRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

// A clean environment: English, an empty home (no profiles of the developer's), no OSM_* variables.
inline QProcessEnvironment ctlEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("OSM_")) || key.startsWith(QLatin1String("LC_")) || key == QLatin1String("LANGUAGE"))
            env.remove(key);
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no real keychain from a test
    return env;
}

inline void addDemoAkSk(QProcessEnvironment &env, bool withDomainId = true)
{
    env.insert(QStringLiteral("OSM_AK"), QString::fromLatin1(osm::sim::demo::kAccessKey));
    env.insert(QStringLiteral("OSM_SK"), QString::fromLatin1(osm::sim::demo::kSecretKey));
    if (withDomainId)
        env.insert(QStringLiteral("OSM_DOMAIN_ID"), QString::fromLatin1(osm::sim::demo::kDomainId));
}

// Runs osmctl with `arguments`, serving the event loop (and so any in-process simulator) meanwhile.
inline CtlRun runCtl(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(OSMCTL_PATH), arguments);
    loop.exec();
    CtlRun run;
    run.finished = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The usual run: --endpoint <simulator> with the demo AK/SK in the environment.
class CtlFixture
{
public:
    CtlFixture()
    {
        port = server.listen(0);
        env = ctlEnvironment(home.path());
        addDemoAkSk(env);
    }

    CtlRun run(const QStringList &arguments)
    {
        return runCtl(QStringList{QStringLiteral("--endpoint"), server.baseUrl().toString()} + arguments, env);
    }

    // The OSM requests the simulator received (the IAM lookups left out).
    QList<osm::sim::RecordedRequest> osmRequests() const
    {
        QList<osm::sim::RecordedRequest> out;
        const QList<osm::sim::RecordedRequest> all = server.requests();
        for (const osm::sim::RecordedRequest &request : all) {
            if (!request.path.startsWith(QLatin1String("/v3/")) && !request.path.startsWith(QLatin1String("/_sim/")))
                out.append(request);
        }
        return out;
    }

    osm::QueryItems lastQuery() const { return osm::Signer::decodeQuery(osmRequests().last().rawQuery); }
    QJsonObject lastBody() const { return QJsonDocument::fromJson(osmRequests().last().body).object(); }

    // A typed call of the core against the same simulator, for the JSON osmctl must print.
    template <typename T>
    osm::Result<T> core(const std::function<QFuture<osm::Result<T>>(osm::ApiClient &)> &call)
    {
        osm::Credentials credentials = osm::sim::demo::akSkCredentials();
        osm::ApiClient client(osm::Endpoint{server.baseUrl(), server.baseUrl()}, credentials);
        QFuture<osm::Result<T>> future = call(client);
        QElapsedTimer timer;
        timer.start();
        while (!future.isFinished() && timer.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return future.isFinished() ? future.result() : osm::Result<T>(osm::Error(osm::Error::Category::Timeout));
    }

    QTemporaryDir home;
    osm::sim::Server server;
    quint16 port = 0;
    QProcessEnvironment env;
};

inline QString demoDomain()
{
    return QString::fromLatin1(osm::sim::demo::kDomainId);
}

// The values of `key` in a decoded query, in order.
inline QStringList queryValues(const osm::QueryItems &query, const QString &key)
{
    QStringList values;
    for (const auto &item : query) {
        if (item.first == key)
            values.append(item.second);
    }
    return values;
}

} // namespace osmtest

// osmctl succeeded: exit 0, nothing on stderr that looks like an error.
#define OSMCTL_VERIFY_OK(run)                                                                                  \
    do {                                                                                                       \
        QVERIFY2((run).finished, "osmctl did not finish");                                                     \
        QVERIFY2((run).exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg((run).exitCode).arg((run).errText()))); \
    } while (false)
