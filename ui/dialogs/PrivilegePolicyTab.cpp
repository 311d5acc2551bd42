#include "PrivilegePolicyTab.h"

#include "api/Privileges.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

// The row's restriction: unknown until 5.4.1 answered.
constexpr int kPolicyRole = Qt::UserRole;

} // namespace

PrivilegePolicyTab::PrivilegePolicyTab(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_intro(new QLabel), m_list(new QTreeWidget), m_restrict(new QPushButton),
      m_lift(new QPushButton), m_status(new QLabel)
{
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("privilegeList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    // The reference's own identifiers: they are what the administrator grants in IAM, so they are not translated.
    for (const QLatin1StringView id : {api::Privilege::Export, api::Privilege::CreateCase, api::Privilege::AssumeCaseAll})
        new QTreeWidgetItem(m_list, {QString(id), QString()});
    m_restrict->setObjectName(QStringLiteral("privilegeRestrict"));
    m_lift->setObjectName(QStringLiteral("privilegeLift"));
    m_status->setObjectName(QStringLiteral("privilegeStatus"));
    m_status->setTextFormat(Qt::PlainText); // server text
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restrict);
    buttons->addWidget(m_lift);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &PrivilegePolicyTab::updateButtons);
    connect(m_restrict, &QPushButton::clicked, this, [this] { setRestriction(true); });
    connect(m_lift, &QPushButton::clicked, this, [this] { setRestriction(false); });
    retranslate();
    m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        loadPolicy(row);
}

void PrivilegePolicyTab::loadPolicy(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    api::PrivilegeQuery query;
    query.privilege = item->text(PrivilegeColumn);
    whenReady(api::showPrivilegePolicy(*m_client, query), this, [this, row](const Result<PrivilegePolicy> &result) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (result.ok())
            item->setData(RestrictionColumn, kPolicyRole, result->policySwitch);
        else
            m_status->setText(result.error().userMessage());
        retranslate();
        updateButtons();
    });
}

void PrivilegePolicyTab::setRestriction(bool on)
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_busy)
        return;
    api::CreatePrivilegeParams params;
    params.operation = on ? api::CreatePrivilegeParams::Action::Create : api::CreatePrivilegeParams::Action::Delete;
    params.privilege = item->text(PrivilegeColumn);
    m_busy = true;
    m_status->clear();
    updateButtons();
    const int row = m_list->indexOfTopLevelItem(item);
    whenReady(api::createPrivilege(*m_client, params), this, [this, row](const Result<Acknowledgement> &result) {
        m_busy = false;
        if (!result.ok())
            m_status->setText(result.error().userMessage()); // e.g. a sub-user may not switch restrictions
        loadPolicy(row); // show what the server holds now, not what was asked for
        updateButtons();
    });
}

void PrivilegePolicyTab::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QVariant policy = item ? item->data(RestrictionColumn, kPolicyRole) : QVariant();
    m_restrict->setEnabled(!m_busy && item && !(policy.isValid() && policy.toBool()));
    m_lift->setEnabled(!m_busy && item && !(policy.isValid() && !policy.toBool()));
}

void PrivilegePolicyTab::retranslate()
{
    m_intro->setText(tr("Restrictions the main account switches on for its IAM users: a restricted privilege is "
                        "held only by the users it is granted to."));
    m_list->setHeaderLabels({tr("Privilege"), tr("Restriction")});
    m_list->setAccessibleName(tr("Privileges"));
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const QVariant policy = item->data(RestrictionColumn, kPolicyRole);
        //: whether the restriction of a privilege is switched on
        item->setText(RestrictionColumn, !policy.isValid() ? tr("Loading…") : policy.toBool() ? tr("On") : tr("Off"));
    }
    m_restrict->setText(tr("&Restrict"));
    m_lift->setText(tr("&Lift Restriction"));
}

void PrivilegePolicyTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace osm::ui
