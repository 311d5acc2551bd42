#pragma once

#include "api/VerifyCodes.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace osm {
class ApiClient;
}

namespace osm::ui {

// The verification of one reminder contact (5.13): a phone number or e-mail address that is not one of the
// account's registered (or already verified) contacts needs a code. setContact() asks check_need_verify; when
// a code is needed the row offers "Send Code" (send_verify_code), a field for the six characters and "Verify"
// (verify_contact). The limits are explained as they apply: a code is valid 5 minutes and can be sent once a
// minute (OSM.01010024; the button counts down), the number of sends is limited (OSM.01010036).
class ContactVerificationRow : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        Empty,     // no contact given: nothing to verify
        Checking,  // check_need_verify under way
        NotNeeded, // registered or verified earlier
        NeedsCode, // a code must be sent and entered
        CodeSent,  // sent, waiting for the user's code
        Verifying, // verify_contact under way
        Verified,  // verified now
        Failed,    // the check itself failed (network…); the submit re-checks
    };
    static constexpr int kResendSeconds = 60; // OSM.01010024: one send a minute

    ContactVerificationRow(ApiClient *client, int contactWay, QWidget *parent = nullptr);

    // The contact to verify; a changed contact starts over (the check runs at once).
    void setContact(const QString &value, const QString &areaCode = {});
    QString contactValue() const { return m_contact.contactValue; }
    State state() const { return m_state; }
    // The contact may be used: nothing given, registered, or verified.
    bool isSatisfied() const;
    // The code that verified the contact (create_case's verify_code), empty otherwise.
    QString verifiedCode() const { return m_verifiedCode; }

    void sendCode();
    void verifyCode(const QString &code);
    QLineEdit *codeEdit() const { return m_codeEdit; }
    QPushButton *sendButton() const { return m_sendButton; }
    QPushButton *verifyButton() const { return m_verifyButton; }
    QString statusText() const;

Q_SIGNALS:
    void stateChanged(State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();
    void setState(State state, const QString &detail = {});
    void updateWidgets();
    void retranslateUi();

    ApiClient *m_client;
    api::ContactParams m_contact;
    State m_state = State::Empty;
    QString m_detail; // an error's userMessage, shown after the state text
    QString m_verifiedCode;
    int m_generation = 0; // answers for an older contact are ignored
    int m_resendLeft = 0;
    QTimer m_resendTimer;
    QLabel *m_statusLabel;
    QLineEdit *m_codeEdit;
    QPushButton *m_sendButton;
    QPushButton *m_verifyButton;
};

} // namespace osm::ui
