#include "ConfirmAuthorizationDialog.h"

#include "api/Authorizations.h"
#include "api/CaseQueries.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace osm::ui {

ConfirmAuthorizationDialog::ConfirmAuthorizationDialog(ApiClient *client, const AuthorizationInfo &info,
                                                       const QString &groupId, QWidget *parent)
    : QDialog(parent), m_client(client), m_info(info), m_groupId(groupId), m_from(new QDateTimeEdit(this)),
      m_until(new QDateTimeEdit(this)), m_agency(new QComboBox(this)), m_loginType(new QLabel(this)),
      m_intro(new QLabel(this)), m_consoles(new QLabel(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("confirmAuthorizationDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    // One group per host; console items need no input and are listed once.
    for (const AuthorizationDetail &d : info.details) {
        if (!d.isHost()) {
            m_consoleRegions.append(d.regionId);
            continue;
        }
        const int index = int(m_hosts.size());
        HostRow row;
        row.name = d.instanceName.isEmpty() ? d.instanceId : d.instanceName;
        auto *box = new QGroupBox(row.name, this);
        auto *grid = new QGridLayout(box);
        row.detailId = d.id;
        row.port = new QSpinBox(box);
        row.port->setRange(1, 65535); // port 1..65535
        row.port->setValue(d.port > 0 ? d.port : 22);
        row.account = new QLineEdit(d.account, box);
        row.account->setMaxLength(64);
        row.password = new QLineEdit(box);
        row.password->setEchoMode(QLineEdit::Password);
        row.password->setMaxLength(10240);
        row.check = new QPushButton(box);
        row.result = new QLabel(box);
        row.result->setTextFormat(Qt::PlainText);
        row.result->setWordWrap(true);
        for (QWidget *buddy : {static_cast<QWidget *>(row.port), static_cast<QWidget *>(row.account),
                               static_cast<QWidget *>(row.password)}) {
            auto *caption = new QLabel(box);
            caption->setBuddy(buddy);
            row.captions.append(caption);
        }
        grid->addWidget(row.captions.at(0), 0, 0);
        grid->addWidget(row.port, 0, 1);
        grid->addWidget(row.captions.at(1), 0, 2);
        grid->addWidget(row.account, 0, 3);
        grid->addWidget(row.captions.at(2), 1, 0);
        grid->addWidget(row.password, 1, 1, 1, 3);
        grid->addWidget(row.check, 1, 4);
        grid->addWidget(row.result, 2, 0, 1, 5);
        grid->setColumnStretch(3, 1);
        connect(row.check, &QPushButton::clicked, this, [this, index] { checkHost(index); });
        m_hosts.append(row);
        layout->addWidget(box);
    }
    m_consoles->setWordWrap(true);
    m_consoles->setVisible(!m_consoleRegions.isEmpty());
    layout->addWidget(m_consoles);

    // The period: from now for a day by default (the simulator accepts at most 30 days).
    auto *form = new QFormLayout;
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime start = now.addSecs(-now.time().second()); // whole minutes
    for (QDateTimeEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_from->setDateTime(start);
    m_until->setDateTime(start.addDays(1));
    m_agency->addItem(QString(), QString()); // "No agency"
    m_loginType->setTextFormat(Qt::PlainText);
    for (QWidget *field : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_until),
                           static_cast<QWidget *>(m_agency), static_cast<QWidget *>(m_loginType)}) {
        auto *caption = new QLabel(this);
        caption->setBuddy(field);
        m_formCaptions.append(caption);
        form->addRow(caption, field);
    }
    layout->addLayout(form);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConfirmAuthorizationDialog::agree);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    retranslateUi();
    if (!m_hosts.isEmpty())
        m_hosts.first().password->setFocus(); // the one thing the user must type

    if (!m_client)
        return;
    // The account's agencies (5.11.1) to agree through, valid ones only; and how the caller signed in (5.6.3).
    whenReady(api::listAgencies(*m_client), this, [this](const Result<AgencyList> &result) {
        if (!result.ok())
            return; // the agency is optional: agreeing works without the list
        for (const Agency &agency : result->agencies) {
            if (agency.valid && !agency.id.isEmpty())
                m_agency->addItem(agency.trustDomainName.isEmpty() ? agency.name
                                                                   : QStringLiteral("%1 (%2)").arg(agency.name, agency.trustDomainName),
                                  agency.id);
        }
    });
    whenReady(api::showLoginType(*m_client), this, [this](const Result<LoginType> &result) {
        if (!result.ok())
            return;
        m_loginTypeValue = result->loginType;
        retranslateUi();
    });
}

void ConfirmAuthorizationDialog::retranslateUi()
{
    setWindowTitle(tr("Agree to Authorization %1").arg(m_info.id));
    setAccessibleName(tr("Agree to authorization"));
    m_intro->setText(tr("Huawei Cloud support may access the resources below during the period you set. "
                        "For hosts, give the port, account and password the engineer may use; "
                        "“Check” tries them first."));
    for (HostRow &row : m_hosts) {
        row.port->parentWidget()->setAccessibleName(tr("Host %1").arg(row.name));
        row.captions.at(0)->setText(tr("Port:"));
        row.captions.at(1)->setText(tr("Account:"));
        row.captions.at(2)->setText(tr("Password:"));
        row.port->setAccessibleName(tr("Port"));
        row.account->setAccessibleName(tr("Account"));
        row.password->setAccessibleName(tr("Password"));
        row.check->setText(tr("Check"));
        row.check->setAccessibleName(tr("Check host %1").arg(row.name));
        row.result->setAccessibleName(tr("Check result"));
    }
    QStringList consoles;
    for (const QString &region : std::as_const(m_consoleRegions))
        consoles.append(region.isEmpty() ? tr("Console") : tr("Console (%1)").arg(region));
    m_consoles->setText(tr("Also asked: %1").arg(consoles.join(QLatin1String(", "))));
    m_formCaptions.at(0)->setText(tr("Valid &from:"));
    m_formCaptions.at(1)->setText(tr("Valid &until:"));
    m_formCaptions.at(2)->setText(tr("&Agency:"));
    m_formCaptions.at(3)->setText(tr("Signed in as:"));
    m_from->setAccessibleName(tr("Valid from"));
    m_until->setAccessibleName(tr("Valid until"));
    m_agency->setItemText(0, tr("No agency"));
    m_agency->setAccessibleName(tr("Agency"));
    m_loginType->setAccessibleName(tr("Login type"));
    if (LoginType{m_loginTypeValue}.isFederation())
        m_loginType->setText(tr("Federated user"));
    else if (LoginType{m_loginTypeValue}.isAssumed())
        m_loginType->setText(tr("Delegated access (agency)"));
    else
        m_loginType->setText(m_loginTypeValue);
    m_message->setAccessibleName(tr("Agreement status"));
    agreeButton()->setText(tr("&Agree"));
    agreeButton()->setAccessibleName(tr("Agree"));
}

void ConfirmAuthorizationDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QPushButton *ConfirmAuthorizationDialog::agreeButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ConfirmAuthorizationDialog::message() const
{
    return m_message->text();
}

void ConfirmAuthorizationDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConfirmAuthorizationDialog::checkHost(int index)
{
    const HostRow &row = m_hosts.at(index);
    api::VerifyHostParams params;
    params.authorizationDetailId = row.detailId;
    params.port = row.port->value();
    params.account = row.account->text().trimmed();
    params.password = row.password->text();
    params.groupId = m_groupId;
    if (const Error invalid = params.validate(); invalid.isError()) {
        row.result->setText(invalid.userMessage()); // refused before sending: names the missing field
        return;
    }
    if (!m_client)
        return;
    row.check->setEnabled(false);
    row.result->setText(tr("Checking…"));
    whenReady(api::verifyAuthorizationHost(*m_client, params), this, [this, index](const Result<Acknowledgement> &result) {
        const HostRow &row = m_hosts.at(index);
        row.check->setEnabled(true);
        row.result->setText(result.ok() ? tr("The host accepted this account and password.") : result.error().userMessage());
    });
}

void ConfirmAuthorizationDialog::agree()
{
    const QDateTime from = m_from->dateTime();
    const QDateTime until = m_until->dateTime();
    if (until <= from || until <= QDateTime::currentDateTime()) {
        showMessage(tr("The period must end after it starts, and in the future."));
        return;
    }
    api::ConfirmAuthorizationParams params;
    params.authorizationId = m_info.id;
    for (const AuthorizationDetail &d : std::as_const(m_info.details)) {
        api::AgreeAuthDetail detail;
        detail.authDetailId = d.id;
        for (const HostRow &row : std::as_const(m_hosts)) {
            if (row.detailId == d.id) {
                detail.port = row.port->value();
                detail.account = row.account->text().trimmed();
                detail.password = row.password->text();
            }
        }
        params.details.append(detail);
    }
    params.authEffectiveTime = from;
    params.authExpireTime = until;
    params.groupId = m_groupId;
    params.agencyId = m_agency->currentData().toString();
    if (const Error invalid = params.validate(); invalid.isError()) {
        showMessage(invalid.userMessage());
        return;
    }
    if (!m_client)
        return;
    setBusy(true);
    showMessage(tr("Sending…"));
    whenReady(api::confirmAuthorization(*m_client, params), this, [this](const Result<Acknowledgement> &result) {
        setBusy(false);
        if (!result.ok()) {
            showMessage(tr("The authorization could not be agreed to: %1").arg(result.error().userMessage()));
            return;
        }
        showMessage({});
        Q_EMIT confirmed(m_info.id);
        accept();
    });
}

void ConfirmAuthorizationDialog::setBusy(bool busy)
{
    agreeButton()->setEnabled(!busy);
    for (const HostRow &row : std::as_const(m_hosts)) {
        row.port->setEnabled(!busy);
        row.account->setEnabled(!busy);
        row.password->setEnabled(!busy);
        row.check->setEnabled(!busy);
    }
    m_from->setEnabled(!busy);
    m_until->setEnabled(!busy);
    m_agency->setEnabled(!busy);
}

} // namespace osm::ui
