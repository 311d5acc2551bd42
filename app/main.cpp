// osmdesk: the desktop application. Thin: parse the command line, wire the objects, run.
#include "DesktopSession.h"
#include "Language.h"
#include "LaunchRequest.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OSMDesk"));
    QApplication::setApplicationName(QStringLiteral("osmdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("OSM Desk"));
    QApplication::setApplicationVersion(QStringLiteral(OSM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.osmdesk.OsmDesk"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/osmdesk-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    // The system's language unless --language names another; sets the QLocale default, the translators
    // (OSM Desk's and Qt's own) and the layout direction (right-to-left for Arabic; -reverse still works).
    // --language is for this run only; otherwise the one chosen in Settings ▸ Language.
    // A saved choice that no longer names a language (edited by hand, or from a newer version) falls back
    // to the system's; only a mistyped --language is the user's error to report.
    const QString requested = osm::i18n::languageArgument(QCoreApplication::arguments());
    QString languageCode = requested.isEmpty() ? osm::app::DesktopSession::savedLanguageCode() : requested;
    if (requested.isEmpty() && osm::i18n::localeFor(languageCode).language() == QLocale::C)
        languageCode.clear();
    const QLocale locale = osm::i18n::localeFor(languageCode);
    osm::i18n::applyLanguage(locale);

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
    const QCommandLineOption language(
        QStringLiteral("language"),
        //: <code> stays as it is: it names the option's value on the command line.
        QCoreApplication::translate("main", "Use the language <code> (for example zh_CN, ja, de, ar) instead of "
                                            "the system's."),
        QStringLiteral("code"));
    parser.addOptions({demo, profile, selfTest, language});
    parser.addPositionalArgument(
        QStringLiteral("case"),
        QCoreApplication::translate("main", "A case to open: its id, or a link such as osmdesk://case/<case id>."),
        QStringLiteral("[case]"));
    parser.process(app);

    if (!languageCode.isEmpty() && locale.language() == QLocale::C) {
        std::fprintf(stderr, "osmdesk: %s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language \"%1\"; available: %2.")
                                    .arg(languageCode,
                                         QStringLiteral("en, ") + osm::i18n::shippedLanguages().join(QStringLiteral(", ")))));
        return 2;
    }

    QString requestError;
    std::optional<osm::app::LaunchRequest> request =
        osm::app::LaunchRequest::fromArguments(parser.positionalArguments(), &requestError);
    if (!request) {
        std::fprintf(stderr, "osmdesk: %s\n", qPrintable(requestError));
        return 2;
    }
    if (!parser.isSet(demo))
        request->profileId = parser.value(profile); // a running instance switches to it

    // A second start hands its request to the running instance (self-tests run side by side, so never).
    osm::app::SingleInstance instance(parser.isSet(demo) ? QStringLiteral("osmdesk-demo") : QStringLiteral("osmdesk"));
    if (!parser.isSet(selfTest)) {
        if (instance.forwardToRunning(request->toMessage()))
            return 0;
        // Lost the race to a start at the same moment: hand over to that one instead.
        if (!instance.listen() && instance.forwardToRunning(request->toMessage()))
            return 0;
    }

    osm::app::DesktopSession session;
    QObject::connect(&instance, &osm::app::SingleInstance::messageReceived, &session,
                     [&session](const QByteArray &message) {
                         if (const auto forwarded = osm::app::LaunchRequest::fromMessage(message))
                             session.handleLaunchRequest(*forwarded);
                     });
    session.setSelfTest(parser.isSet(selfTest));
    session.setLanguageCode(languageCode);
    if (parser.isSet(demo))
        session.startDemo();
    else
        session.startWithProfile(parser.value(profile));
    session.handleLaunchRequest(*request);
    return app.exec();
}
