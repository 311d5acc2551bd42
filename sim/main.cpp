// osm-sim: the OSM API simulator as a stand-alone server (see sim/README.md).
#include "DemoCredentials.h"
#include "Server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1); // async-signal-safe
}

// SIGINT/SIGTERM end the event loop normally, so the data file is saved on the way out.
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFd[1], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "osm-sim: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace osm::sim;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("osm-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local simulator of the Huawei Cloud OSM API, listening on 127.0.0.1 only.\n"
        "Demo credentials: AK %1, SK %2, domain %3 (%4), IAM user %4/%5 password %6.")
                                         .arg(QLatin1String(demo::kAccessKey), QLatin1String(demo::kSecretKey),
                                              QLatin1String(demo::kDomainId), QLatin1String(demo::kDomainName),
                                              QLatin1String(demo::kUserName), QLatin1String(demo::kPassword)));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0 = any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption akOption(QStringLiteral("ak"), QStringLiteral("Access key id accepted."), QStringLiteral("AK"));
    const QCommandLineOption skOption(QStringLiteral("sk"), QStringLiteral("Secret access key of --ak."), QStringLiteral("SK"));
    const QCommandLineOption domainOption(QStringLiteral("domain-id"), QStringLiteral("Account (domain) id."), QStringLiteral("ID"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("IAM user for tokens."), QStringLiteral("DOMAIN/USER"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Password of --user."), QStringLiteral("P"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Load the data set from FILE (generate it when missing) and save it there on exit."), QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated data set."), QStringLiteral("N"), QString::number(demo::kDefaultSeed));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"), QStringLiteral("Token lifetime in seconds (default 86400)."), QStringLiteral("S"), QStringLiteral("86400"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Log method, path and status of every request to stderr."));
    parser.addOptions({portOption, akOption, skOption, domainOption, userOption, passwordOption, dataOption, seedOption,
                       lifetimeOption, verboseOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port must be 0..65535"));
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    const qint64 lifetime = parser.value(lifetimeOption).toLongLong(&ok);
    if (!ok || lifetime <= 0)
        return fail(QStringLiteral("--token-lifetime must be a positive number of seconds"));
    if (parser.isSet(akOption) != parser.isSet(skOption))
        return fail(QStringLiteral("--ak and --sk go together"));
    if (parser.isSet(userOption) != parser.isSet(passwordOption))
        return fail(QStringLiteral("--user and --password go together"));

    QString domainName = QString::fromLatin1(demo::kDomainName);
    QString userName = QString::fromLatin1(demo::kUserName);
    if (parser.isSet(userOption)) {
        const QStringList parts = parser.value(userOption).split(QLatin1Char('/'));
        if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
            return fail(QStringLiteral("--user takes DOMAIN/USER"));
        domainName = parts.at(0);
        userName = parts.at(1);
    }
    const QString domainId = parser.isSet(domainOption) ? parser.value(domainOption) : QString::fromLatin1(demo::kDomainId);

    Server server;
    Accounts &accounts = server.accounts();
    accounts.clear();
    accounts.addDomain(domainId, domainName);
    accounts.addAccessKey(parser.isSet(akOption) ? parser.value(akOption).toUtf8() : QByteArray(demo::kAccessKey),
                          parser.isSet(skOption) ? parser.value(skOption).toUtf8() : QByteArray(demo::kSecretKey), domainId);
    accounts.addUser(domainId, userName, parser.isSet(passwordOption) ? parser.value(passwordOption) : QString::fromLatin1(demo::kPassword));
    server.setTokenLifetime(lifetime);
    server.setVerbose(parser.isSet(verboseOption));

    if (parser.isSet(dataOption)) {
        QString error;
        if (!server.useDataFile(parser.value(dataOption), seed, &error))
            return fail(QStringLiteral("cannot load %1: %2").arg(parser.value(dataOption), error));
    } else if (seed != demo::kDefaultSeed || domainId != QLatin1String(demo::kDomainId)) {
        server.dataSet().generate(seed, domainId);
    }

    const quint16 bound = server.listen(quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port));
    // The first line on stdout: scripts and tests read the port from it.
    std::printf("osm-sim listening on http://127.0.0.1:%u\n", unsigned(bound));
    std::fflush(stdout);

    installSignalHandlers(app);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &server, [&server]() {
        QString error;
        if (!server.save(&error))
            std::fprintf(stderr, "osm-sim: saving the data failed: %s\n", qPrintable(error));
    });
    return app.exec();
}
