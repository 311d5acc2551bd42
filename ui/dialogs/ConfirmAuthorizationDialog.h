#pragma once

#include "model/AuthorizationInfo.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

// Agreeing to an authorization request (5.6.5 confirm_authorization): per host the port, account and
// password the engineer may use, each checkable first with 5.6.1 verify-host; the validity period; an
// optional IAM agency (5.11.1); the caller's login type (5.6.3) for information. The dialog sends the
// request itself, keeps what was typed when the server refuses, and closes on success.
// Passwords stay in the password fields and the request body; they are never shown or logged.
class ConfirmAuthorizationDialog : public QDialog
{
    Q_OBJECT

public:
    struct HostRow
    {
        qint64 detailId = 0;
        QSpinBox *port = nullptr;
        QLineEdit *account = nullptr;
        QLineEdit *password = nullptr;
        QPushButton *check = nullptr;
        QLabel *result = nullptr;
        QString name; // the instance's name (or id), from the server
        QList<QLabel *> captions; // port, account, password
    };

    ConfirmAuthorizationDialog(ApiClient *client, const AuthorizationInfo &info, const QString &groupId,
                               QWidget *parent = nullptr);

    const QList<HostRow> &hostRows() const { return m_hosts; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    QComboBox *agencyBox() const { return m_agency; }
    QPushButton *agreeButton() const;
    QString message() const;

Q_SIGNALS:
    // The server agreed; the dialog closes next.
    void confirmed(const QString &authorizationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void checkHost(int row);
    void agree();
    void setBusy(bool busy);
    void showMessage(const QString &text);

    QPointer<ApiClient> m_client;
    AuthorizationInfo m_info;
    QString m_groupId;
    QList<HostRow> m_hosts;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_until;
    QComboBox *m_agency;
    QLabel *m_loginType;
    QString m_loginTypeValue; // as the server sent it (5.6.3)
    QLabel *m_intro;
    QLabel *m_consoles;
    QStringList m_consoleRegions; // one entry per console item ("" when it names no region)
    QList<QLabel *> m_formCaptions; // from, until, agency, login type
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace osm::ui
