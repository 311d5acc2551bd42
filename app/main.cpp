// osmdesk: the desktop application. Thin: parse the command line, wire the objects, run.
#include "DesktopSession.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OSMDesk"));
    QApplication::setApplicationName(QStringLiteral("osmdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("OSM Desk"));
    QApplication::setApplicationVersion(QStringLiteral(OSM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage Huawei Cloud support cases through the OSM API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Run against the built-in OSM simulator."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Sign in with the account profile <id>."),
                                     QStringLiteral("id"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Exit after the first page of cases has loaded (for tests)."));
    parser.addOptions({demo, profile, selfTest});
    parser.process(app);

    osm::app::DesktopSession session;
    session.setSelfTest(parser.isSet(selfTest));
    if (parser.isSet(demo))
        session.startDemo();
    else
        session.startWithProfile(parser.value(profile));
    return app.exec();
}
