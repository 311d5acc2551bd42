// Switching the language while windows are open (issue 6): the main window, its menus, the filter bar, the
// views and the case list's headers retranslate at once; Settings ▸ Language names every language in itself
// and asks for the one chosen; Arabic mirrors the layout; in Chinese no English source text stays visible.
#include "DemoCredentials.h"
#include "Language.h"
#include "Server.h"
#include "account/MemoryCredentialStore.h"
#include "account/ProfileStore.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/CreateCaseWizard.h"
#include "dialogs/ProfileDialog.h"
#include "windows/CaseWindow.h"
#include "models/CaseListModel.h"
#include "models/CaseViewsModel.h"
#include "net/ApiClient.h"
#include "widgets/CaseFilterBar.h"
#include "windows/MainWindow.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace osm;
using osm::ui::CaseListModel;
using osm::ui::MainWindow;
using osm::MemoryCredentialStore;
using osm::ProfileStore;

namespace {

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// Every text a user reads in the window's own widgets and actions, keyed by where it is shown.
QHash<QString, QString> visibleTexts(MainWindow &window)
{
    QHash<QString, QString> texts;
    const auto add = [&texts](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(where, text);
    };
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (!action->objectName().isEmpty() && !action->objectName().startsWith(QLatin1String("language_")))
            add(QStringLiteral("action ") + action->objectName(), action->text());
    }
    const QList<QMenu *> menus = window.findChildren<QMenu *>();
    for (QMenu *menu : menus)
        add(QStringLiteral("menu ") + menu->objectName(), menu->title());
    const QList<QAbstractButton *> buttons = window.findChildren<QAbstractButton *>();
    for (int i = 0; i < buttons.size(); ++i)
        add(QStringLiteral("button %1").arg(i), buttons.at(i)->text());
    const QList<QLineEdit *> edits = window.findChildren<QLineEdit *>();
    for (int i = 0; i < edits.size(); ++i)
        add(QStringLiteral("placeholder %1").arg(i), edits.at(i)->placeholderText());
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (int i = 0; i < widgets.size(); ++i)
        add(QStringLiteral("accessible %1").arg(i), widgets.at(i)->accessibleName());
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        add(QStringLiteral("header %1").arg(column), window.caseModel()->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < window.viewsModel()->rowCount(); ++row)
        add(QStringLiteral("view %1").arg(row), window.viewsModel()->index(row).data().toString());
    return texts;
}


// The chrome of a window — window title, buttons, group titles, actions, menus, placeholders, accessible
// names — by where it is shown. Labels are left out: in these windows they mostly show the server's data.
QHash<QString, QString> chromeTexts(QWidget &root)
{
    QHash<QString, QString> texts;
    const auto add = [&texts](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(where, text);
    };
    add(QStringLiteral("title"), root.windowTitle());
    const QList<QAbstractButton *> buttons = root.findChildren<QAbstractButton *>();
    for (int i = 0; i < buttons.size(); ++i)
        add(QStringLiteral("button %1").arg(i), buttons.at(i)->text());
    const QList<QGroupBox *> groups = root.findChildren<QGroupBox *>();
    for (int i = 0; i < groups.size(); ++i)
        add(QStringLiteral("group %1").arg(i), groups.at(i)->title());
    const QList<QAction *> actions = root.findChildren<QAction *>();
    for (int i = 0; i < actions.size(); ++i) {
        if (!actions.at(i)->objectName().startsWith(QLatin1String("language_")))
            add(QStringLiteral("action %1").arg(i), actions.at(i)->text());
    }
    const QList<QMenu *> menus = root.findChildren<QMenu *>();
    for (int i = 0; i < menus.size(); ++i)
        add(QStringLiteral("menu %1").arg(i), menus.at(i)->title());
    const QList<QWidget *> widgets = root.findChildren<QWidget *>();
    for (int i = 0; i < widgets.size(); ++i) {
        add(QStringLiteral("accessible %1").arg(i), widgets.at(i)->accessibleName());
        if (auto *edit = qobject_cast<QLineEdit *>(widgets.at(i)))
            add(QStringLiteral("placeholder %1").arg(i), edit->placeholderText());
    }
    return texts;
}

// The sources a language's translators left as they are on purpose ("Status" in German, "Region" in
// French...), read from its .ts file.
QSet<QString> sameInTranslation(const QString &language)
{
    QSet<QString> same;
    QFile file(QStringLiteral(OSM_TS_DIR "/osmdesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return same;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (translation == source)
                same.insert(source);
        }
    }
    return same;
}

// Texts that read the same in every language: the product's name, ids and numbers.
bool isLanguageNeutral(const QString &text)
{
    static const QRegularExpression neutral(QStringLiteral("^(OSM Desk|[A-Z0-9._@:/ -]*|.*TS20\\d{6}\\w+.*)$"));
    return neutral.match(text.trimmed()).hasMatch();
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(m_client.get());
        window->setLanguages(i18n::shippedLanguages(), QString());
        window->show();
        if (!QTest::qWaitFor([&] { return !window->caseModel()->isLoading() && window->caseModel()->rowCount() > 0; },
                             10000))
            qWarning("the window did not load its first page");
        return window;
    }

    static void switchTo(const QLocale &locale)
    {
        i18n::applyLanguage(locale);
        QCoreApplication::processEvents(); // QEvent::LanguageChange is posted, then sent down to every widget
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    }

    void init()
    {
        switchTo(QLocale(QLocale::English, QLocale::UnitedStates));
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    void cleanup()
    {
        switchTo(QLocale(QLocale::English, QLocale::UnitedStates));
        m_client.reset();
        m_server.reset();
    }

    void openWindowsRetranslateAtOnce()
    {
        auto window = openWindow();
        QMenu *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QAction *refresh = window->findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(fileMenu && refresh);
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(refresh->text(), QStringLiteral("&Refresh"));
        QCOMPARE(window->caseModel()->headerData(CaseListModel::Description, Qt::Horizontal).toString(),
                 QStringLiteral("Description"));
        QSignalSpy headers(window->caseModel(), &QAbstractItemModel::headerDataChanged);
        const int rows = window->caseModel()->rowCount();

        switchTo(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(translated("osm::ui::MainWindow", "&File") != QLatin1String("&File")); // the catalogue is loaded
        QCOMPARE(fileMenu->title(), translated("osm::ui::MainWindow", "&File"));
        QCOMPARE(refresh->text(), translated("osm::ui::MainWindow", "&Refresh"));
        const QList<QLineEdit *> edits = window->filterBar()->findChildren<QLineEdit *>();
        const auto keywords = std::find_if(edits.cbegin(), edits.cend(), [](QLineEdit *edit) {
            return edit->accessibleName() == translated("osm::ui::CaseFilterBar", "Keywords in description");
        });
        QVERIFY(keywords != edits.cend());
        QCOMPARE((*keywords)->placeholderText(),
                 translated("osm::ui::CaseFilterBar", "Search descriptions (up to three words)"));
        QVERIFY(!headers.isEmpty()); // the list's view asks for its headers again
        QCOMPARE(window->caseModel()->headerData(CaseListModel::Description, Qt::Horizontal).toString(),
                 translated("osm::ui::CaseListModel", "Description"));
        QCOMPARE(window->viewsModel()->index(0).data().toString(), translated("osm::ui::CaseViewsModel", "My cases"));
        QCOMPARE(window->caseModel()->rowCount(), rows); // nothing reloaded, nothing lost

        switchTo(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(refresh->text(), QStringLiteral("&Refresh"));
    }

    void languageMenuNamesEachLanguageInItself()
    {
        auto window = openWindow();
        window->setLanguages(i18n::shippedLanguages(), QStringLiteral("de"));
        const auto action = [&](const char *code) {
            return window->findChild<QAction *>(QStringLiteral("language_") + QLatin1String(code));
        };
        QVERIFY(action("en") && action("de") && action("zh_CN") && action("ar"));
        QCOMPARE(window->findChildren<QAction *>(QRegularExpression(QStringLiteral("^language_"))).size(),
                 i18n::shippedLanguages().size() + 1); // and English
        QVERIFY(action("de")->isChecked());
        QVERIFY(!action("en")->isChecked());
        QCOMPARE(action("de")->text(), QStringLiteral("Deutsch"));
        QCOMPARE(action("zh_CN")->text(), QStringLiteral("简体中文"));
        QCOMPARE(action("zh_TW")->text(), QStringLiteral("繁體中文"));
        QCOMPARE(action("ja")->text(), QStringLiteral("日本語"));

        QSignalSpy requested(window.get(), &MainWindow::languageRequested);
        action("fr")->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("fr"));
    }

    void arabicMirrorsTheLayout()
    {
        auto window = openWindow();
        QCOMPARE(window->layoutDirection(), Qt::LeftToRight);
        switchTo(QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window->filterBar()->layoutDirection(), Qt::RightToLeft);
        switchTo(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(window->layoutDirection(), Qt::LeftToRight);
    }

    // Every window and dialog opens in every shipped language with nothing of its chrome left in English,
    // apart from what the language's translators kept as it is.
    void everyWindowSpeaksEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : i18n::shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyWindowSpeaksEveryLanguage()
    {
        QFETCH(QString, language);
        const QString caseId = m_server->dataSet().cases().first().incidentId;
        QSettings settings;
        ProfileStore profiles(settings);
        MemoryCredentialStore secrets;
        const auto openAll = [&] {
            QList<QWidget *> windows;
            windows.append(new MainWindow(m_client.get()));
            windows.append(new ui::CaseWindow(m_client.get(), caseId));
            windows.append(new ui::CreateCaseWizard(m_client.get()));
            windows.append(new ui::ProfileDialog(profiles, secrets));
            windows.append(new ui::AboutDialog);
            for (QWidget *window : std::as_const(windows))
                window->show();
            QTest::qWait(300); // first answers in: enabled states and lists settle
            return windows;
        };
        const auto textsOf = [](const QList<QWidget *> &windows) {
            QList<QHash<QString, QString>> all;
            for (QWidget *window : windows)
                all.append(chromeTexts(*window));
            return all;
        };

        const QList<QWidget *> englishWindows = openAll();
        const QList<QHash<QString, QString>> english = textsOf(englishWindows);
        qDeleteAll(englishWindows);
        switchTo(QLocale(language));
        const QList<QWidget *> translatedWindows = openAll();
        const QList<QHash<QString, QString>> translated = textsOf(translatedWindows);
        qDeleteAll(translatedWindows);

        const QSet<QString> kept = sameInTranslation(language);
        QStringList untranslated;
        for (qsizetype w = 0; w < english.size(); ++w) {
            for (auto it = english.at(w).cbegin(); it != english.at(w).cend(); ++it) {
                const QString shown = translated.at(w).value(it.key());
                if (shown == it.value() && !isLanguageNeutral(shown) && !kept.contains(shown))
                    untranslated.append(QStringLiteral("window %1 %2: \"%3\"").arg(w).arg(it.key(), shown));
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("; "))));
    }

    void noEnglishTextLeftInChinese()
    {
        auto window = openWindow();
        const QHash<QString, QString> english = visibleTexts(*window);
        QVERIFY(english.size() > 30);
        switchTo(QLocale(QLocale::Chinese, QLocale::China));
        const QHash<QString, QString> chinese = visibleTexts(*window);
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            // The product's name is a proper name, the same in every language.
            if (it.value() == QLatin1String("OSM Desk"))
                continue;
            if (chinese.value(it.key()) == it.value())
                untranslated.append(QStringLiteral("%1: \"%2\"").arg(it.key(), it.value()));
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
