#pragma once

#include "api/Feedback.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace osm {
class ApiClient;
}

namespace osm::ui {

// Tools ▸ Report (5.16.1 create_report_feedback): reports an intellectual-property infringement or illegal
// information on Huawei Cloud. The evidence files (1-3) are uploaded as attachments when added; the texts
// keep the table's limits (line fields cannot grow past them, the description counts as typed); the report is
// checked before it is sent, and nothing is sent while a limit is broken.
class ReportFeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kContentMaxLength = 5000; // content and ip_content
    static constexpr int kMaxFiles = 3;

    explicit ReportFeedbackDialog(ApiClient *client, QWidget *parent = nullptr);

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *reportTypeCombo() const { return m_reportType; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    QLabel *contentCounter() const { return m_counter; }
    QLineEdit *complaintNameEdit() const { return m_complaintName; }
    QLineEdit *complaintProductEdit() const { return m_complaintProduct; }
    QListWidget *fileList() const { return m_files; }
    QPushButton *removeFileButton() const { return m_removeFile; }
    QGroupBox *rightBox() const { return m_ipBox; }
    QComboBox *ipTypeCombo() const { return m_ipType; }
    QLineEdit *ipContentEdit() const { return m_ipContent; }
    QLineEdit *contactNameEdit() const { return m_contactName; }
    QLineEdit *contactMobileEdit() const { return m_contactMobile; }
    QLineEdit *contactMailEdit() const { return m_contactMail; }
    QComboBox *idTypeCombo() const { return m_idType; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *sendButton() const;

    // Uploads these files as evidence (at most kMaxFiles in all); each one's attachment id joins the report.
    void addFiles(const QStringList &paths);
    bool isUploading() const { return m_uploads > 0; }
    QStringList accessoryIds() const;

    // The report as typed.
    api::ReportFeedbackParams params() const;
    // What stops sending, in words; empty when the report can be sent.
    QString problem() const;
    // Sends the report unless problem() says no; accepts the dialog when the server took it.
    void send();

    // Cancelled (not sent): the evidence already uploaded is deleted on the server (5.5.3).
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void chooseFiles();
    void removeFile();

    ApiClient *m_client;
    QComboBox *m_type;
    QComboBox *m_reportType;
    QLineEdit *m_title;
    QPlainTextEdit *m_content;
    QLabel *m_counter;
    QLineEdit *m_complaintName;
    QLineEdit *m_complaintProduct;
    QListWidget *m_files;
    QPushButton *m_addFile;
    QPushButton *m_removeFile;
    QFormLayout *m_reportForm;
    QGroupBox *m_ipBox;
    QFormLayout *m_ipForm;
    QComboBox *m_ipType;
    QLineEdit *m_ipArea;
    QLineEdit *m_ipNumber;
    QLineEdit *m_ipContent;
    QGroupBox *m_contactBox;
    QFormLayout *m_contactForm;
    QLineEdit *m_contactName;
    QLineEdit *m_contactMobile;
    QLineEdit *m_contactMail;
    QLineEdit *m_contactArea;
    QLineEdit *m_contactAddress;
    QComboBox *m_idType;
    QLineEdit *m_company;
    QLineEdit *m_otherWay;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    int m_uploads = 0;
    bool m_sending = false;
    QString m_serverProblem; // the last refusal, until something changes
};

} // namespace osm::ui
