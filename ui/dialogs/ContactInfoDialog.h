#pragma once

#include "api/CaseWrites.h"
#include "model/CaseExtInfo.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace osm::ui {

// Changes the reminder contact of a case (5.3.1 update_case_contact_info): country code, mobile, e-mail,
// contact time and the CC e-mails (extension_map.remindCCEmail). Only what was changed is sent; the API
// cannot empty a field (each takes 1 character or more), except the CC list, which may be cleared.
class ContactInfoDialog : public QDialog
{
    Q_OBJECT

public:
    ContactInfoDialog(const QString &caseId, const CaseExtInfo &current, QWidget *parent = nullptr);

    // The CC e-mails used most recently (5.11.6 show_cc_emails), offered with one click.
    void setRecentCcEmails(const QStringList &emails);

    QLineEdit *areaCodeEdit() const { return m_areaCode; }
    QLineEdit *mobileEdit() const { return m_mobile; }
    QLineEdit *mailEdit() const { return m_mail; }
    QLineEdit *remindTimeEdit() const { return m_remindTime; }
    QLineEdit *ccEmailsEdit() const { return m_ccEmails; }

    // The request for what changed; `hasChanges()` false when nothing did.
    api::UpdateContactInfoParams params(const QString &groupId) const;
    bool hasChanges() const;

    // The CC text split on commas and semicolons, trimmed.
    static QStringList splitEmails(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    QString m_caseId;
    CaseExtInfo m_current;
    QStringList m_recent;
    QLabel *m_intro;
    QFormLayout *m_form;
    QLineEdit *m_areaCode;
    QLineEdit *m_mobile;
    QLineEdit *m_mail;
    QLineEdit *m_remindTime;
    QLineEdit *m_ccEmails;
    QPushButton *m_useRecent;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace osm::ui
