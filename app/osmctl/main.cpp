// osmctl: the command-line client of OSM Desk, on the same core, accounts and translations.
#include "Cli.h"
#include "ExitCode.h"
#include "Language.h"
#include "Output.h"
#include "commands/CommandGroups.h"

#include <QCoreApplication>

namespace {

// --language, else the first entry of LANGUAGE (gettext's list, "de:en"), else the system's (LC_ALL, LANG).
QString requestedLanguage(const QStringList &arguments)
{
    if (const QString given = osm::i18n::languageArgument(arguments); !given.isEmpty())
        return given;
    const QString first = qEnvironmentVariable("LANGUAGE").section(QLatin1Char(':'), 0, 0);
    return first.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OSMDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("osmctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSM_VERSION));

    // The same catalogues as the desktop (osmi18n), so the core's error sentences are translated too.
    const QString code = requestedLanguage(QCoreApplication::arguments());
    const QLocale locale = osm::i18n::localeFor(code);
    if (!code.isEmpty() && locale.language() == QLocale::C && code != QLatin1String("C")
        && code != QLatin1String("POSIX")) {
        osm::ctl::Output::toStderr(
            QStringLiteral("osmctl: ")
            + QCoreApplication::translate("osm::ctl::Cli", "Unknown language \"%1\"; available: %2.")
                  .arg(code, QStringLiteral("en, ") + osm::i18n::shippedLanguages().join(QStringLiteral(", ")))
            + QLatin1Char('\n'));
        return osm::ctl::ExitUsage;
    }
    osm::i18n::applyLanguage(locale);

    osm::ctl::Cli cli(osm::ctl::commandGroups());
    return cli.run(QCoreApplication::arguments());
}
