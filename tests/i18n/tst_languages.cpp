// Every shipped catalogue loads from :/i18n through the same code osmdesk runs (osm::i18n::applyLanguage),
// translates, picks the right plural forms, and Arabic lays the application out right-to-left.
#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTest>

namespace {

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

const char *const kMainWindow = "osm::ui::MainWindow";

} // namespace

class LanguagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { osm::i18n::applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The list in the code, the list in CMake and the embedded catalogues agree.
    void shippedMatchesResources()
    {
        QStringList expected = QStringLiteral(OSM_LANGUAGES).split(QLatin1Char('|'));
        QStringList shipped = osm::i18n::shippedLanguages();
        expected.sort();
        shipped.sort();
        QCOMPARE(shipped, expected);
        QStringList embedded = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files);
        QStringList wanted;
        for (const QString &lang : shipped)
            wanted << QStringLiteral("osmdesk_%1.qm").arg(lang);
        embedded.sort();
        wanted.sort();
        QCOMPARE(embedded, wanted);
    }

    void eachLanguageTranslates_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &lang : osm::i18n::shippedLanguages())
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void eachLanguageTranslates()
    {
        QFETCH(QString, language);
        const osm::i18n::Applied applied = osm::i18n::applyLanguage(osm::i18n::localeFor(language));
        QCOMPARE(applied.catalogue, QStringLiteral("osmdesk_") + language);
        QCOMPARE(QLocale().name(), language.contains(QLatin1Char('_')) ? language : QLocale(language).name());

        const QString refresh = translated(kMainWindow, "&Refresh");
        QVERIFY2(refresh != QLatin1String("&Refresh"), qPrintable(refresh));
        QVERIFY2(refresh.contains(QLatin1Char('&')), qPrintable(refresh)); // the accelerator survives
        const QString cases = translated(kMainWindow, "%n case(s)", 7);
        QVERIFY2(cases != QLatin1String("7 case(s)") && cases.contains(QLatin1Char('7')), qPrintable(cases));
        QVERIFY(translated("osm::ErrorCatalog", "You have urged this case too often. Wait a while before urging it again.")
                != QLatin1String("You have urged this case too often. Wait a while before urging it again."));

        // Qt's own catalogue comes along where the system has one (Debian ships no qtbase_fr).
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (QFileInfo::exists(QDir(qtDir).filePath(QStringLiteral("qtbase_%1.qm").arg(language))))
            QCOMPARE(applied.qtCatalogue, QStringLiteral("qtbase_") + language);

        const Qt::LayoutDirection expected = language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
        QCOMPARE(applied.direction, expected);
        QCOMPARE(QGuiApplication::layoutDirection(), expected);
    }

    void knownTranslations()
    {
        osm::i18n::applyLanguage(QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(translated(kMainWindow, "&Refresh"), QStringLiteral("刷新(&R)"));
        QCOMPARE(translated("osm::ui::CaseListModel", "Submitter"), QStringLiteral("提单人"));
        osm::i18n::applyLanguage(QLocale(QStringLiteral("de")));
        QCOMPARE(translated(kMainWindow, "&Refresh"), QStringLiteral("&Aktualisieren"));
    }

    void pluralForms()
    {
        osm::i18n::applyLanguage(QLocale(QStringLiteral("ru")));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 1), QStringLiteral("1 обращение"));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 3), QStringLiteral("3 обращения"));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 11), QStringLiteral("11 обращений"));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 21), QStringLiteral("21 обращение"));
        osm::i18n::applyLanguage(QLocale(QStringLiteral("ar")));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 2), QStringLiteral("طلبا دعم")); // dual
        QCOMPARE(translated(kMainWindow, "%n case(s)", 11), QStringLiteral("11 طلب دعم"));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 5), QStringLiteral("5 طلبات دعم"));
        osm::i18n::applyLanguage(QLocale(QStringLiteral("fr")));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 0), QStringLiteral("0 dossier"));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 2), QStringLiteral("2 dossiers"));
    }

    void arabicIsRightToLeft()
    {
        const osm::i18n::Applied applied = osm::i18n::applyLanguage(osm::i18n::localeFor(QStringLiteral("ar")));
        QCOMPARE(applied.direction, Qt::RightToLeft);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QGuiApplication::isRightToLeft(), true);
        // Switching back restores left-to-right.
        osm::i18n::applyLanguage(QLocale(QStringLiteral("ja")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void englishNeedsNoCatalogue()
    {
        const osm::i18n::Applied applied = osm::i18n::applyLanguage(osm::i18n::localeFor(QStringLiteral("en")));
        QVERIFY(applied.catalogue.isEmpty());
        QCOMPARE(translated(kMainWindow, "&Refresh"), QStringLiteral("&Refresh"));
        QCOMPARE(translated(kMainWindow, "%n case(s)", 1), QStringLiteral("1 case(s)"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void codesAndFallbacks()
    {
        QCOMPARE(osm::i18n::localeFor(QStringLiteral("zh-TW")).name(), QStringLiteral("zh_TW"));
        QCOMPARE(osm::i18n::localeFor(QStringLiteral("pt_BR")).name(), QStringLiteral("pt_BR"));
        QCOMPARE(osm::i18n::localeFor(QStringLiteral("nonsense")).language(), QLocale::C);
        QCOMPARE(osm::i18n::localeFor(QString()), QLocale::system());
        QCOMPARE(osm::i18n::applyLanguage(QLocale(QStringLiteral("zh_HK"))).catalogue, QStringLiteral("osmdesk_zh_TW"));
        QCOMPARE(osm::i18n::applyLanguage(QLocale(QStringLiteral("zh_SG"))).catalogue, QStringLiteral("osmdesk_zh_CN"));
        QCOMPARE(osm::i18n::applyLanguage(QLocale(QStringLiteral("pt_PT"))).catalogue, QStringLiteral("osmdesk_pt_BR"));
        QCOMPARE(osm::i18n::applyLanguage(QLocale(QStringLiteral("de_CH"))).catalogue, QStringLiteral("osmdesk_de"));
        QCOMPARE(osm::i18n::applyLanguage(QLocale(QStringLiteral("ar_EG"))).direction, Qt::RightToLeft);
    }
};

QTEST_MAIN(LanguagesTest)
#include "tst_languages.moc"
