#include "LanguageMenu.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>

namespace osm::ui {

namespace {

// "Deutsch", "简体中文", "Português (Brasil)": the language's name for itself, with the territory where the
// language ships in more than one variant.
QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_')) && !code.startsWith(QLatin1String("zh")))
        name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
    else if (code == QLatin1String("zh_CN"))
        name = QStringLiteral("简体中文");
    else if (code == QLatin1String("zh_TW"))
        name = QStringLiteral("繁體中文");
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent), m_group(new QActionGroup(this)), m_system(new QAction(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    m_system->setCheckable(true);
    m_system->setData(QString());
    m_group->addAction(m_system);
    addAction(m_system);
    addSeparator();
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT languageChosen(action->data().toString()); });
    retranslateUi();
}

void LanguageMenu::setLanguages(const QStringList &codes, const QString &current)
{
    for (QAction *action : m_group->actions()) {
        if (action != m_system) {
            m_group->removeAction(action);
            delete action;
        }
    }
    QStringList all = codes;
    all.prepend(QStringLiteral("en"));
    for (const QString &code : std::as_const(all)) {
        auto *action = new QAction(nativeName(code), this);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
        addAction(action);
    }
    setCurrent(current);
}

void LanguageMenu::setCurrent(const QString &code)
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == code);
}

QString LanguageMenu::current() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    setAccessibleName(tr("Language"));
    m_system->setText(tr("System Language"));
}

} // namespace osm::ui
