#include "ContactVerificationRow.h"

#include "net/WhenReady.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace osm::ui {

ContactVerificationRow::ContactVerificationRow(ApiClient *client, int contactWay, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_statusLabel(new QLabel(this)),
      m_codeEdit(new QLineEdit(this)),
      m_sendButton(new QPushButton(this)),
      m_verifyButton(new QPushButton(this))
{
    m_contact.contactWay = contactWay;
    const QString prefix = contactWay == VerifiedContact::Email ? QStringLiteral("mail") : QStringLiteral("mobile");
    setObjectName(prefix + QStringLiteral("Verification"));
    m_statusLabel->setObjectName(prefix + QStringLiteral("VerificationStatus"));
    m_codeEdit->setObjectName(prefix + QStringLiteral("CodeEdit"));
    m_sendButton->setObjectName(prefix + QStringLiteral("SendCodeButton"));
    m_verifyButton->setObjectName(prefix + QStringLiteral("VerifyButton"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_codeEdit->setMaxLength(6); // verify_code: exactly 6 characters
    m_codeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9A-Za-z]{0,6}$")), m_codeEdit));
    m_codeEdit->setMaximumWidth(m_codeEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) * 2);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(m_sendButton);
    layout->addWidget(m_codeEdit);
    layout->addWidget(m_verifyButton);

    m_resendTimer.setInterval(1000);
    connect(&m_resendTimer, &QTimer::timeout, this, [this] {
        if (--m_resendLeft <= 0)
            m_resendTimer.stop();
        updateWidgets();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &ContactVerificationRow::sendCode);
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { verifyCode(m_codeEdit->text()); });
    connect(m_codeEdit, &QLineEdit::returnPressed, this, [this] { verifyCode(m_codeEdit->text()); });
    connect(m_codeEdit, &QLineEdit::textChanged, this, &ContactVerificationRow::updateWidgets);
    retranslateUi();
    updateWidgets();
}

void ContactVerificationRow::setContact(const QString &value, const QString &areaCode)
{
    const QString trimmed = value.trimmed();
    const QString code = m_contact.contactWay == VerifiedContact::Phone ? areaCode : QString();
    if (trimmed == m_contact.contactValue && code == m_contact.areaCode && m_state != State::Failed)
        return;
    m_contact.contactValue = trimmed;
    m_contact.areaCode = code;
    m_verifiedCode.clear();
    m_codeEdit->clear();
    ++m_generation;
    check();
}

bool ContactVerificationRow::isSatisfied() const
{
    return m_state == State::Empty || m_state == State::NotNeeded || m_state == State::Verified;
}

void ContactVerificationRow::check()
{
    if (m_contact.contactValue.isEmpty()) {
        setState(State::Empty);
        return;
    }
    if (const Error invalid = m_contact.validate()) {
        setState(State::Failed, invalid.userMessage());
        return;
    }
    setState(State::Checking);
    const int generation = m_generation;
    whenReady(api::checkNeedVerify(*m_client, m_contact), this,
              [this, generation](const Result<VerificationNeed> &result) {
                  if (generation != m_generation)
                      return;
                  if (!result.ok())
                      setState(State::Failed, result.error().userMessage());
                  else
                      setState(result->needVerifyCode ? State::NeedsCode : State::NotNeeded);
              });
}

void ContactVerificationRow::sendCode()
{
    if (m_contact.contactValue.isEmpty() || m_resendLeft > 0)
        return;
    const int generation = m_generation;
    m_sendButton->setEnabled(false);
    whenReady(api::sendVerifyCode(*m_client, m_contact), this,
              [this, generation](const Result<Acknowledgement> &result) {
                  if (generation != m_generation)
                      return;
                  if (result.ok()) {
                      // A minute before the next send (OSM.01010024); the code is valid five minutes.
                      m_resendLeft = kResendSeconds;
                      m_resendTimer.start();
                      setState(State::CodeSent);
                      m_codeEdit->setFocus();
                      return;
                  }
                  const QString code = result.error().code();
                  if (code == QLatin1String("OSM.01010024")) {
                      m_resendLeft = kResendSeconds;
                      m_resendTimer.start();
                  }
                  // A code sent earlier may still be valid: let the user enter it.
                  setState(m_state == State::CodeSent ? State::CodeSent : State::NeedsCode,
                           result.error().userMessage());
              });
}

void ContactVerificationRow::verifyCode(const QString &code)
{
    if (m_state != State::CodeSent && m_state != State::NeedsCode)
        return;
    api::VerifyContactParams params;
    params.contact = m_contact;
    params.verifyCode = code.trimmed();
    if (const Error invalid = params.validate()) {
        setState(m_state, tr("The code has six characters."));
        return;
    }
    const int generation = m_generation;
    const State before = m_state;
    setState(State::Verifying);
    whenReady(api::verifyContact(*m_client, params), this,
              [this, generation, before, sent = params.verifyCode](const Result<Acknowledgement> &result) {
                  if (generation != m_generation)
                      return;
                  if (result.ok()) {
                      m_verifiedCode = sent;
                      m_resendTimer.stop();
                      m_resendLeft = 0;
                      setState(State::Verified);
                  } else {
                      setState(before, result.error().userMessage());
                  }
              });
}

void ContactVerificationRow::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    updateWidgets();
    Q_EMIT stateChanged(state);
}

QString ContactVerificationRow::statusText() const
{
    QString text;
    switch (m_state) {
    case State::Empty:
        break;
    case State::Checking:
        text = tr("Checking whether this contact needs verification…");
        break;
    case State::NotNeeded:
        text = tr("Registered or verified earlier: no code needed.");
        break;
    case State::NeedsCode:
        text = tr("This contact is not a registered one: send a code to it and enter the code here.");
        break;
    case State::CodeSent:
        text = tr("A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited "
                  "number of times a day.");
        break;
    case State::Verifying:
        text = tr("Verifying…");
        break;
    case State::Verified:
        text = tr("Verified.");
        break;
    case State::Failed:
        text = tr("Could not check this contact.");
        break;
    }
    if (!m_detail.isEmpty())
        text = text.isEmpty() ? m_detail : tr("%1 %2", "state, then the error that came with it").arg(text, m_detail);
    return text;
}

void ContactVerificationRow::updateWidgets()
{
    const bool codeStage = m_state == State::NeedsCode || m_state == State::CodeSent;
    m_statusLabel->setText(statusText());
    setVisible(m_state != State::Empty);
    m_sendButton->setVisible(codeStage || m_state == State::Verifying);
    m_codeEdit->setVisible(codeStage || m_state == State::Verifying);
    m_verifyButton->setVisible(codeStage || m_state == State::Verifying);
    m_sendButton->setEnabled(codeStage && m_resendLeft <= 0);
    m_sendButton->setText(m_resendLeft > 0 ? tr("Send Again in %n s", nullptr, m_resendLeft)
                                           : (m_state == State::CodeSent ? tr("Send &Again") : tr("Send &Code")));
    m_verifyButton->setEnabled(codeStage && m_codeEdit->text().trimmed().size() == 6);
}

void ContactVerificationRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContactVerificationRow::retranslateUi()
{
    const bool mail = m_contact.contactWay == VerifiedContact::Email;
    m_statusLabel->setAccessibleName(mail ? tr("E-mail verification status") : tr("Mobile verification status"));
    m_codeEdit->setAccessibleName(mail ? tr("Code sent to the e-mail address") : tr("Code sent to the mobile number"));
    m_codeEdit->setPlaceholderText(tr("6-character code"));
    m_sendButton->setAccessibleName(mail ? tr("Send a code to the e-mail address") : tr("Send a code to the mobile number"));
    m_verifyButton->setText(tr("Veri&fy"));
    m_verifyButton->setAccessibleName(mail ? tr("Verify the e-mail address") : tr("Verify the mobile number"));
    updateWidgets();
}

} // namespace osm::ui
