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

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("ja"),    QStringLiteral("ko"),
            QStringLiteral("de"),    QStringLiteral("fr"),    QStringLiteral("es"),    QStringLiteral("pt_BR"),
            QStringLiteral("ru"),    QStringLiteral("ar")};
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

    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;

    // Qt's own strings (standard buttons, context menus, QLineEdit's undo/redo...).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!english
        && (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)
            || qt->load(QStringLiteral("qtbase_") + fallbackFor(locale), qtDir))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
        applied.qtCatalogue = QFileInfo(qt->filePath()).completeBaseName();
    } else {
        delete qt;
    }

    // OSM Desk's own catalogue, embedded by qt_add_translations under :/i18n.
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!english
        && (app->load(locale, QStringLiteral("osmdesk"), QStringLiteral("_"), kResourceDir)
            || app->load(QStringLiteral("osmdesk_") + fallbackFor(locale), kResourceDir))) {
        QCoreApplication::installTranslator(app);
        appTranslator() = app;
        applied.catalogue = QFileInfo(app->filePath()).completeBaseName();
    } else {
        delete app;
    }

    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    applied.direction = (rtl != forcedReverse) ? Qt::RightToLeft : Qt::LeftToRight;
    QGuiApplication::setLayoutDirection(applied.direction);
    return applied;
}

} // namespace osm::i18n
