#include "Language.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace osm::i18n {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// A locale with no exact catalogue falls back to a shipped one of the same language and script
// (zh_HK and zh_MO read Traditional Chinese, zh_SG Simplified; pt_PT gets pt_BR).
QString fallbackFor(const QLocale &locale)
{
    const QString language = QLocale::languageToCode(locale.language());
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    for (const QString &shipped : shippedLanguages()) {
        if (shipped.section(QLatin1Char('_'), 0, 0) == language)
            return shipped;
    }
    return {};
}

// Loads `name`_<language> (or the fallback's) from `dir` and installs it as `slot`; returns the catalogue
// loaded, empty when there is none.
QString install(QPointer<QTranslator> &slot, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), dir)
        && !translator->load(name + QLatin1Char('_') + fallbackFor(locale), dir)) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    slot = translator;
    return QFileInfo(translator->filePath()).completeBaseName();
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("ja"),    QStringLiteral("ko"),
            QStringLiteral("de"),    QStringLiteral("fr"),    QStringLiteral("es"),    QStringLiteral("pt_BR"),
            QStringLiteral("ru"),    QStringLiteral("ar")};
}

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.mid(int(qstrlen("--language=")));
    }
    return {};
}

QLocale localeFor(const QString &code)
{
    if (code.trimmed().isEmpty())
        return QLocale::system();
    QString name = code.trimmed();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QLocale(name); // QLocale(name) is QLocale::c() when the name means nothing
}

Applied applyLanguage(const QLocale &locale)
{
    // Qt's -reverse mirrors whatever the language says: remember it before any catalogue is installed.
    static const bool forcedReverse = QGuiApplication::layoutDirection() == Qt::RightToLeft;

    Applied applied;
    QLocale::setDefault(locale);

    uninstall(qtTranslator());
    uninstall(appTranslator());

    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        // Qt's own strings (standard buttons, context menus, QLineEdit's undo/redo...), then OSM Desk's own,
        // embedded by qt_add_translations under :/i18n.
        applied.qtCatalogue = install(qtTranslator(), locale, QStringLiteral("qtbase"),
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        applied.catalogue = install(appTranslator(), locale, QStringLiteral("osmdesk"), kResourceDir);
    }

    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    applied.direction = (rtl != forcedReverse) ? Qt::RightToLeft : Qt::LeftToRight;
    QGuiApplication::setLayoutDirection(applied.direction);
    return applied;
}

} // namespace osm::i18n
