#include "ContactInfoDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$"));
    return email.match(text).hasMatch();
}

} // namespace

ContactInfoDialog::ContactInfoDialog(const QString &caseId, const CaseExtInfo &current, QWidget *parent)
    : QDialog(parent), m_caseId(caseId), m_current(current), m_intro(new QLabel), m_form(new QFormLayout),
      m_areaCode(new QLineEdit(current.areaCode)), m_mobile(new QLineEdit(current.remindMobile)),
      m_mail(new QLineEdit(current.remindMail)), m_remindTime(new QLineEdit(current.remindTime)),
      m_ccEmails(new QLineEdit(splitEmails(current.ccEmail).join(QStringLiteral(", ")))),
      m_useRecent(new QPushButton), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("contactInfoDialog"));
    // The limits of 5.3.1's table.
    m_areaCode->setMaxLength(32);
    m_mobile->setMaxLength(32);
    m_mail->setMaxLength(128);
    m_remindTime->setMaxLength(16);
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_useRecent->hide();
    m_form->addRow(new QLabel, m_areaCode);
    m_form->addRow(new QLabel, m_mobile);
    m_form->addRow(new QLabel, m_mail);
    m_form->addRow(new QLabel, m_remindTime);
    auto *ccRow = new QHBoxLayout;
    ccRow->addWidget(m_ccEmails, 1);
    ccRow->addWidget(m_useRecent);
    m_form->addRow(new QLabel, ccRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_areaCode, m_mobile, m_mail, m_remindTime, m_ccEmails})
        connect(edit, &QLineEdit::textChanged, this, &ContactInfoDialog::updateState);
    connect(m_useRecent, &QPushButton::clicked, this,
            [this] { m_ccEmails->setText(m_recent.join(QStringLiteral(", "))); });
    retranslate();
    resize(480, sizeHint().height());
}

QStringList ContactInfoDialog::splitEmails(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList emails = text.split(separators, Qt::SkipEmptyParts);
    for (QString &email : emails)
        email = email.trimmed();
    emails.removeAll(QString());
    return emails;
}

void ContactInfoDialog::setRecentCcEmails(const QStringList &emails)
{
    m_recent = emails;
    m_useRecent->setVisible(!emails.isEmpty());
    retranslate();
}

api::UpdateContactInfoParams ContactInfoDialog::params(const QString &groupId) const
{
    api::UpdateContactInfoParams params;
    params.caseId = m_caseId;
    params.groupId = groupId;
    const auto changed = [](const QLineEdit *edit, const QString &was) {
        const QString now = edit->text().trimmed();
        return now != was && !now.isEmpty() ? now : QString();
    };
    params.areaCode = changed(m_areaCode, m_current.areaCode);
    params.remindMobile = changed(m_mobile, m_current.remindMobile);
    params.remindMail = changed(m_mail, m_current.remindMail);
    params.remindTime = changed(m_remindTime, m_current.remindTime);
    const QStringList cc = splitEmails(m_ccEmails->text());
    if (cc != splitEmails(m_current.ccEmail))
        params.extensionMap.insert(QLatin1String(api::extension::kRemindCcEmail), cc.join(QLatin1Char(',')));
    return params;
}

bool ContactInfoDialog::hasChanges() const
{
    const api::UpdateContactInfoParams p = params({});
    return !p.areaCode.isEmpty() || !p.remindMobile.isEmpty() || !p.remindMail.isEmpty() ||
           !p.remindTime.isEmpty() || !p.extensionMap.isEmpty();
}

void ContactInfoDialog::updateState()
{
    QString problem;
    const QList<std::pair<const QLineEdit *, QString>> kept = {{m_areaCode, m_current.areaCode},
                                                               {m_mobile, m_current.remindMobile},
                                                               {m_mail, m_current.remindMail},
                                                               {m_remindTime, m_current.remindTime}};
    for (const auto &[edit, was] : kept) {
        if (edit->text().trimmed().isEmpty() && !was.isEmpty())
            problem =
                tr("A contact field can be changed but not removed: type a new value or leave the old one.");
    }
    const QString mail = m_mail->text().trimmed();
    if (!mail.isEmpty() && !looksLikeEmail(mail))
        problem = tr("The e-mail address is not valid.");
    const QStringList cc = splitEmails(m_ccEmails->text());
    for (const QString &email : cc) {
        if (!looksLikeEmail(email)) {
            //: %1 is what the user typed as a CC e-mail address
            problem = tr("The CC e-mail address \"%1\" is not valid.").arg(email);
            break;
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && hasChanges());
}

void ContactInfoDialog::retranslate()
{
    setWindowTitle(tr("Contact Information"));
    setAccessibleName(windowTitle());
    m_intro->setText(tr("How support engineers reach you about case %1.").arg(m_caseId));
    const QStringList captions = {tr("Country &code:"), tr("&Mobile:"), tr("&E-mail:"), tr("Contact &time:"),
                                  tr("CC e-&mails:")};
    const QList<QWidget *> fields = {m_areaCode, m_mobile, m_mail, m_remindTime, m_ccEmails};
    for (int i = 0; i < captions.size(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())) {
            label->setText(captions.at(i));
            label->setBuddy(fields.at(i));
        }
    }
    m_areaCode->setAccessibleName(tr("Country code"));
    m_mobile->setAccessibleName(tr("Mobile"));
    m_mail->setAccessibleName(tr("E-mail"));
    m_remindTime->setAccessibleName(tr("Contact time"));
    m_remindTime->setPlaceholderText(tr("e.g. 9:00-18:00"));
    m_ccEmails->setAccessibleName(tr("CC e-mails"));
    m_ccEmails->setPlaceholderText(tr("Addresses separated by commas"));
    m_useRecent->setText(tr("Use &Recent"));
    m_useRecent->setAccessibleName(tr("Use recent CC e-mails"));
    //: %1 is a list of e-mail addresses
    m_useRecent->setToolTip(
        tr("Fill in the CC e-mails used most recently: %1").arg(m_recent.join(QStringLiteral(", "))));
    m_problem->setAccessibleName(tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save contact information"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateState();
}

void ContactInfoDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace osm::ui
