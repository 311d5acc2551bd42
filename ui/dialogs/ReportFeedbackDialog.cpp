#include "ReportFeedbackDialog.h"

#include "api/Attachments.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

constexpr int kAccessoryIdRole = Qt::UserRole;

QLineEdit *limitedEdit(int maxLength)
{
    auto *edit = new QLineEdit;
    edit->setMaxLength(maxLength);
    return edit;
}

// The widget a row's caption names: the field, or the first widget of a field that is a layout.
QWidget *firstWidget(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (item->widget())
        return item->widget();
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (QWidget *widget = firstWidget(layout->itemAt(i)))
                return widget;
        }
    }
    return nullptr;
}

// Sets the captions of a form's rows, in order, each label the buddy of its field (for the & shortcut).
void setCaptions(QFormLayout *form, const QStringList &captions)
{
    for (int i = 0; i < captions.size() && i < form->rowCount(); ++i) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(i, QFormLayout::LabelRole)->widget());
        if (!label)
            continue;
        label->setText(captions.at(i));
        label->setBuddy(firstWidget(form->itemAt(i, QFormLayout::FieldRole)));
    }
}

} // namespace

ReportFeedbackDialog::ReportFeedbackDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent), m_client(client), m_type(new QComboBox), m_reportType(new QComboBox),
      m_title(limitedEdit(2048)), m_content(new QPlainTextEdit), m_counter(new QLabel),
      m_complaintName(limitedEdit(255)), m_complaintProduct(limitedEdit(255)), m_files(new QListWidget),
      m_addFile(new QPushButton), m_removeFile(new QPushButton), m_reportForm(new QFormLayout),
      m_ipBox(new QGroupBox), m_ipForm(new QFormLayout(m_ipBox)), m_ipType(new QComboBox),
      m_ipArea(limitedEdit(128)), m_ipNumber(limitedEdit(512)), m_ipContent(limitedEdit(kContentMaxLength)),
      m_contactBox(new QGroupBox), m_contactForm(new QFormLayout(m_contactBox)), m_contactName(limitedEdit(512)),
      m_contactMobile(limitedEdit(32)), m_contactMail(limitedEdit(128)), m_contactArea(limitedEdit(128)),
      m_contactAddress(limitedEdit(512)), m_idType(new QComboBox), m_company(limitedEdit(512)),
      m_otherWay(limitedEdit(512)), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("reportFeedbackDialog"));
    m_type->addItem(QString(), QString::fromLatin1(api::ReportFeedbackParams::kInfringement));
    m_type->addItem(QString(), QString::fromLatin1(api::ReportFeedbackParams::kIllegal));
    m_reportType->addItem(QString(), QString());
    for (const QString &value : api::ReportFeedbackParams::reportTypes())
        m_reportType->addItem(QString(), value);
    for (const char *value : {"copyright", "trademark", "patent", "other"})
        m_ipType->addItem(QString(), QString::fromLatin1(value));
    for (int idType : {api::ReportContacts::kIndividual, api::ReportContacts::kEnterprise,
                       api::ReportContacts::kAuthorizedAgent, api::ReportContacts::kLawyer,
                       api::ReportContacts::kRightOwner})
        m_idType->addItem(QString(), idType);
    m_content->setObjectName(QStringLiteral("reportContent"));
    m_content->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("reportContentCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_files->setObjectName(QStringLiteral("reportFiles"));
    m_files->setMaximumHeight(m_files->fontMetrics().height() * 5);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFile);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch(1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_files, 1);
    fileRow->addLayout(fileButtons);
    auto *contentColumn = new QVBoxLayout;
    contentColumn->addWidget(m_content);
    contentColumn->addWidget(m_counter);

    m_reportForm->addRow(new QLabel, m_type);
    m_reportForm->addRow(new QLabel, m_reportType);
    m_reportForm->addRow(new QLabel, m_title);
    m_reportForm->addRow(new QLabel, contentColumn);
    m_reportForm->addRow(new QLabel, m_complaintName);
    m_reportForm->addRow(new QLabel, m_complaintProduct);
    m_reportForm->addRow(new QLabel, fileRow);
    m_ipForm->addRow(new QLabel, m_ipType);
    m_ipForm->addRow(new QLabel, m_ipArea);
    m_ipForm->addRow(new QLabel, m_ipNumber);
    m_ipForm->addRow(new QLabel, m_ipContent);
    for (QLineEdit *edit : {m_contactName, m_contactMobile, m_contactMail, m_contactArea, m_contactAddress})
        m_contactForm->addRow(new QLabel, edit);
    m_contactForm->addRow(new QLabel, m_idType);
    m_contactForm->addRow(new QLabel, m_company);
    m_contactForm->addRow(new QLabel, m_otherWay);

    // A long form: it scrolls rather than growing past the screen.
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(m_reportForm);
    pageLayout->addWidget(m_ipBox);
    pageLayout->addWidget(m_contactBox);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportFeedbackDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addFile, &QPushButton::clicked, this, &ReportFeedbackDialog::chooseFiles);
    connect(m_removeFile, &QPushButton::clicked, this, &ReportFeedbackDialog::removeFile);
    connect(m_files, &QListWidget::currentRowChanged, this, &ReportFeedbackDialog::updateState);
    // A change may answer the server's last refusal: it is shown until then.
    const auto edited = [this] {
        m_serverProblem.clear();
        updateState();
    };
    connect(m_content, &QPlainTextEdit::textChanged, this, edited);
    for (QComboBox *combo : {m_type, m_reportType, m_ipType, m_idType})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, edited);
    retranslate();
    resize(620, 640);
}

QPushButton *ReportFeedbackDialog::sendButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList ReportFeedbackDialog::accessoryIds() const
{
    QStringList ids;
    for (int i = 0; i < m_files->count(); ++i)
        ids.append(m_files->item(i)->data(kAccessoryIdRole).toString());
    return ids;
}

void ReportFeedbackDialog::done(int result)
{
    if (result != QDialog::Accepted) {
        const QStringList ids = accessoryIds();
        for (const QString &id : ids) {
            if (!id.isEmpty())
                api::deleteAccessory(*m_client, id); // unanswered on purpose: unused attachments expire anyway
        }
        m_files->clear();
    }
    QDialog::done(result);
}

api::ReportFeedbackParams ReportFeedbackDialog::params() const
{
    api::ReportFeedbackParams params;
    params.type = m_type->currentData().toString();
    params.reportType = m_reportType->currentData().toString();
    params.title = m_title->text().trimmed();
    params.content = m_content->toPlainText().trimmed();
    params.complaintName = m_complaintName->text().trimmed();
    params.complaintProductName = m_complaintProduct->text().trimmed();
    params.files = accessoryIds();
    if (params.infringement()) {
        api::IntellectualProperty ip;
        ip.ipType = m_ipType->currentData().toString();
        ip.ipArea = m_ipArea->text().trimmed();
        ip.ipNumber = m_ipNumber->text().trimmed();
        ip.ipContent = m_ipContent->text().trimmed();
        params.ip = ip;
    }
    params.contacts.name = m_contactName->text().trimmed();
    params.contacts.mobile = m_contactMobile->text().trimmed();
    params.contacts.mail = m_contactMail->text().trimmed();
    params.contacts.area = m_contactArea->text().trimmed();
    params.contacts.address = m_contactAddress->text().trimmed();
    params.contacts.idType = m_idType->currentData().toInt();
    params.contacts.companyName = m_company->text().trimmed();
    params.contacts.otherWay = m_otherWay->text().trimmed();
    return params;
}

QString ReportFeedbackDialog::problem() const
{
    const api::ReportFeedbackParams report = params();
    if (report.content.isEmpty())
        return tr("Describe what you are reporting.");
    if (report.content.size() > kContentMaxLength)
        return tr("The description is %n character(s) too long.", nullptr,
                  int(report.content.size() - kContentMaxLength));
    if (report.files.isEmpty() && m_uploads == 0)
        return tr("Add at least one file as evidence.");
    if (report.infringement() && report.ip && report.ip->ipContent.isEmpty())
        return tr("Describe the right that is infringed.");
    if (report.infringement() &&
        (report.contacts.name.isEmpty() || report.contacts.mobile.isEmpty() || report.contacts.mail.isEmpty()))
        return tr("An infringement report needs your name, mobile number and e-mail address.");
    if (m_uploads > 0)
        return tr("Waiting for the files to upload…");
    if (const Error error = report.validate())
        return error.userMessage();
    return m_serverProblem;
}

void ReportFeedbackDialog::send()
{
    if (m_sending || !problem().isEmpty())
        return; // nothing leaves while a limit is broken
    const api::ReportFeedbackParams report = params();
    m_sending = true;
    updateState();
    whenReady(api::createReportFeedback(*m_client, report), this, [this](const Result<Acknowledgement> &result) {
        m_sending = false;
        if (result.ok()) {
            accept();
            return;
        }
        m_serverProblem = result.error().userMessage();
        updateState();
    });
}

void ReportFeedbackDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (m_files->count() + m_uploads >= kMaxFiles)
            break;
        api::UploadAccessoryParams upload;
        upload.filePath = path;
        ++m_uploads;
        whenReady(api::uploadAccessory(*m_client, upload), this,
                  [this, name = QFileInfo(path).fileName()](const Result<UploadedAccessory> &result) {
                      --m_uploads;
                      if (result.ok()) {
                          auto *item = new QListWidgetItem(name, m_files);
                          item->setData(kAccessoryIdRole, result->accessoryId);
                          m_serverProblem.clear();
                      } else {
                          //: %1 is a file name, %2 why it could not be uploaded
                          m_serverProblem = tr("Could not upload %1: %2").arg(name, result.error().userMessage());
                      }
                      updateState();
                  });
    }
    updateState();
}

void ReportFeedbackDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Evidence"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void ReportFeedbackDialog::removeFile()
{
    QListWidgetItem *item = m_files->currentItem();
    if (!item)
        return;
    // 5.5.3: the file was uploaded when added and is no longer part of the report, so it is deleted on the
    // server too. A failed delete needs no word: an attachment no case or report uses expires there anyway.
    const QString accessoryId = item->data(kAccessoryIdRole).toString();
    delete item;
    if (!accessoryId.isEmpty())
        api::deleteAccessory(*m_client, accessoryId);
    updateState();
}

void ReportFeedbackDialog::updateState()
{
    const bool infringement = m_type->currentData().toString() == QLatin1String(api::ReportFeedbackParams::kInfringement);
    m_ipBox->setVisible(infringement);
    const qsizetype length = m_content->toPlainText().trimmed().size();
    //: characters typed / the limit
    m_counter->setText(tr("%1 / %2").arg(length).arg(kContentMaxLength));
    m_counter->setStyleSheet(length > kContentMaxLength ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                        : QString());
    m_addFile->setEnabled(m_files->count() + m_uploads < kMaxFiles);
    m_removeFile->setEnabled(m_files->currentItem() != nullptr);
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    sendButton()->setEnabled(text.isEmpty() && !m_sending);
}

void ReportFeedbackDialog::retranslate()
{
    setWindowTitle(tr("Report Infringement or Illegal Information"));
    m_type->setItemText(0, tr("Intellectual-property infringement"));
    m_type->setItemText(1, tr("Illegal information"));
    const QStringList reportTypeNames = {
        tr("Not specified"),  tr("Pornography"),         tr("Gambling"),
        tr("Political breach"), tr("Fraud"),             tr("Virtual currency"),
        tr("Proxy server"),   tr("Website without ICP filing"), tr("Sensitive information"),
        tr("Violence or terrorism"), tr("Rumour"),       tr("Insulting heroes and martyrs"),
        tr("Religion"),       tr("Harm to minors"),      tr("Cyberattack"),
        tr("Spam")};
    for (int i = 0; i < m_reportType->count() && i < reportTypeNames.size(); ++i)
        m_reportType->setItemText(i, reportTypeNames.at(i));
    const QStringList ipTypeNames = {tr("Copyright"), tr("Trademark"), tr("Patent"), tr("Other")};
    for (int i = 0; i < ipTypeNames.size(); ++i)
        m_ipType->setItemText(i, ipTypeNames.at(i));
    const QStringList idTypeNames = {tr("Individual"), tr("Enterprise"), tr("Authorized agent"), tr("Lawyer"),
                                     tr("Right owner")};
    for (int i = 0; i < idTypeNames.size(); ++i)
        m_idType->setItemText(i, idTypeNames.at(i));

    setCaptions(m_reportForm, {tr("&Report:"), tr("C&ategory:"), tr("&Title:"), tr("&Description:"),
                               tr("Reported &party:"), tr("Reported p&roduct:"), tr("&Evidence:")});
    m_type->setAccessibleName(tr("Report"));
    m_reportType->setAccessibleName(tr("Category"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Product or service; website address"));
    m_content->setAccessibleName(tr("Description"));
    m_content->setPlaceholderText(tr("What is infringing or illegal, and where it can be seen"));
    m_counter->setAccessibleName(tr("Description length"));
    m_complaintName->setAccessibleName(tr("Reported party"));
    m_complaintName->setPlaceholderText(tr("The party or merchant reported (optional)"));
    m_complaintProduct->setAccessibleName(tr("Reported product"));
    m_complaintProduct->setPlaceholderText(tr("The infringing product or service (optional)"));
    m_files->setAccessibleName(tr("Evidence files"));
    //: %1 is the largest number of files
    m_files->setToolTip(tr("One to %1 files that show what you report").arg(kMaxFiles));
    m_addFile->setText(tr("&Add…"));
    m_removeFile->setText(tr("Re&move"));

    m_ipBox->setTitle(tr("Infringed right"));
    setCaptions(m_ipForm, {tr("&Kind:"), tr("Registered &in:"), tr("Registration &number:"), tr("Des&cription:")});
    m_ipType->setAccessibleName(tr("Kind of right"));
    m_ipArea->setAccessibleName(tr("Registered in"));
    m_ipArea->setPlaceholderText(tr("Country or region (optional)"));
    m_ipNumber->setAccessibleName(tr("Registration number"));
    m_ipNumber->setPlaceholderText(tr("Trademark or patent number (optional)"));
    m_ipContent->setAccessibleName(tr("Right description"));

    m_contactBox->setTitle(tr("Your contact details"));
    setCaptions(m_contactForm, {tr("Na&me:"), tr("Mo&bile:"), tr("E-&mail:"), tr("Country or re&gion:"),
                                tr("Addre&ss:"), tr("You a&re:"), tr("Compan&y:"), tr("&Other contact:")});
    m_contactName->setAccessibleName(tr("Name"));
    m_contactMobile->setAccessibleName(tr("Mobile"));
    m_contactMail->setAccessibleName(tr("E-mail"));
    m_contactArea->setAccessibleName(tr("Country or region"));
    m_contactAddress->setAccessibleName(tr("Address"));
    m_idType->setAccessibleName(tr("You are"));
    m_company->setAccessibleName(tr("Company"));
    m_otherWay->setAccessibleName(tr("Other contact"));
    m_problem->setAccessibleName(tr("Problem"));
    sendButton()->setText(tr("&Send Report"));
    updateState();
}

void ReportFeedbackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace osm::ui
