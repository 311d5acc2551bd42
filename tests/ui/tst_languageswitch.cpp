// Switching the language while windows are open (issue 6): the main window, its menus, the filter bar, the
// views and the case list's headers retranslate at once; Settings ▸ Language names every language in itself
// and asks for the one chosen; Arabic mirrors the layout; in Chinese no English source text stays visible.
#include "DemoCredentials.h"
#include "Language.h"
#include "Server.h"
#include "models/CaseListModel.h"
#include "models/CaseViewsModel.h"
#include "net/ApiClient.h"
#include "widgets/CaseFilterBar.h"
#include "windows/MainWindow.h"

#include <QAbstractButton>
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
        Credentials credentials;
        credentials.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
        credentials.secretKey = QString::fromLatin1(sim::demo::kSecretKey);
        credentials.domainId = QString::fromLatin1(sim::demo::kDomainId);
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
