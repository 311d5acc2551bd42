// Help ▸ About names the versions actually in use (OSM Desk, the Qt it runs on, QtKeychain) and follows a
// language switch while it is open.
#include "Language.h"
#include "dialogs/AboutDialog.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationVersion(QStringLiteral("9.8.7")); }
    void cleanup() { osm::i18n::applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void namesTheVersionsInUse()
    {
        osm::ui::AboutDialog dialog;
        const QString text = dialog.versionText();
        QVERIFY2(text.contains(QLatin1String("9.8.7")), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(OSM_EXPECTED_QTKEYCHAIN_VERSION)), qPrintable(text));
        auto *versions = dialog.findChild<QLabel *>(QStringLiteral("aboutVersions"));
        QVERIFY(versions);
        QCOMPARE(versions->text(), text);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutLicences"))->text().contains(QLatin1String("LGPL")));
    }

    void followsALanguageSwitch()
    {
        osm::ui::AboutDialog dialog;
        dialog.show();
        const QString english = dialog.windowTitle();
        QCOMPARE(english, QStringLiteral("About OSM Desk"));
        osm::i18n::applyLanguage(QLocale(QLocale::German, QLocale::Germany));
        QTRY_VERIFY(dialog.windowTitle() != english);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("aboutLicences"))->text().contains(QLatin1String("free software")));
        osm::i18n::applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_COMPARE(dialog.windowTitle(), english);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
