#include "CreateCaseWizard.h"

#include "api/AccessoryLimitCheck.h"
#include "api/Agreements.h"
#include "api/Attachments.h"
#include "api/Config.h"
#include "api/Quotas.h"
#include "api/VerifyCodes.h"
#include "dialogs/createcase/AttachmentStagingList.h"
#include "dialogs/createcase/ContactVerificationRow.h"
#include "dialogs/createcase/ExtendsParamsForm.h"
#include "models/ConfigListCache.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "store/CreateCaseDraftStore.h"
#include "store/CreateCaseSender.h"
#include "store/Outbox.h"
#include "text/RichTextSanitizer.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

// The configuration lists go through the local cache when there is one (the outbox's store): the wizard
// then opens offline with the lists last read (ConfigListCache.h).
LocalStore *cacheOf(const QPointer<Outbox> &outbox)
{
    return outbox ? &outbox->store() : nullptr;
}

// The e-mail shape the server accepts in practice; the reference gives none.
const QRegularExpression &mailPattern()
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$"));
    return re;
}

QStringList splitMails(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString currentId(const QComboBox *combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toString() : QString();
}

// Fills a combo box with (name, id) pairs, signals blocked, and selects `selectId` (none when absent).
void fillCombo(QComboBox *combo, const QList<std::pair<QString, QString>> &items, const QString &selectId)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[name, id] : items)
        combo->addItem(name, id);
    combo->setCurrentIndex(selectId.isEmpty() ? -1 : combo->findData(selectId));
}

// The upload ids of a direct submit follow their files when these are replaced by the store's copies (in
// the same order; when a file could not be copied, only ids of files still listed are kept).
QJsonObject followCopies(const QJsonObject &uploaded, const QStringList &files, const QStringList &copies)
{
    QJsonObject moved;
    if (files.size() == copies.size()) {
        for (int i = 0; i < files.size(); ++i) {
            const QJsonValue id = uploaded.value(files.at(i));
            if (!id.isUndefined())
                moved.insert(copies.at(i), id);
        }
        return moved;
    }
    for (auto it = uploaded.begin(); it != uploaded.end(); ++it) {
        if (copies.contains(it.key()))
            moved.insert(it.key(), it.value());
    }
    return moved;
}

// A form for an item that has none (made elsewhere): what its request says.
CreateCaseDraft draftFromRequest(const api::CreateCaseParams &params)
{
    CreateCaseDraft draft;
    draft.subTypeId = params.incidentSubTypeId;
    draft.productCategoryId = params.productCategoryId;
    draft.businessTypeId = params.businessTypeId;
    draft.description = params.simpleDescription;
    draft.severityId = params.severityId;
    draft.regionId = params.regionId;
    draft.extendsValues = params.extendsMap;
    draft.areaCode = params.areaCode;
    draft.remindMobile = params.remindMobile;
    draft.remindMail = params.remindMail;
    draft.ccEmails = params.extensionMap.value(QLatin1String(api::extension::kRemindCcEmail)).toString();
    draft.remindTime = params.remindTime;
    return draft;
}

} // namespace

CreateCaseWizard::CreateCaseWizard(ApiClient *client, QWidget *parent) : CreateCaseWizard(client, nullptr, parent)
{
}

CreateCaseWizard::CreateCaseWizard(ApiClient *client, Outbox *outbox, QWidget *parent)
    : QDialog(parent), m_client(client), m_outbox(outbox)
{
    if (outbox && outbox->isReady()) {
        auto drafts = std::make_unique<CreateCaseDraftStore>(outbox->store());
        if (drafts->isReady())
            m_drafts = std::move(drafts);
    }
    m_draft = loadDraft();
    setObjectName(QStringLiteral("createCaseWizard"));
    m_freshDraft = m_draft.isEmpty();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &CreateCaseWizard::saveNow);
    buildUi();
    connectDraft();
    retranslateUi();
    updateCounter();
    reload();
}

CreateCaseWizard::~CreateCaseWizard()
{
    saveNow();
}

// ---- layout ----

void CreateCaseWizard::buildUi()
{
    // Rows get their label now (with its buddy, for the mnemonic); retranslateUi() gives the text.
    auto addRow = [](QFormLayout *form, QWidget *field) {
        auto *label = new QLabel;
        label->setBuddy(field);
        form->addRow(label, field);
    };
    auto named = [](QWidget *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    // Problem
    m_problemBox = new QGroupBox(this);
    m_subType = static_cast<QComboBox *>(named(new QComboBox, "subTypeCombo"));
    m_product = static_cast<QComboBox *>(named(new QComboBox, "productCombo"));
    m_problem = static_cast<QComboBox *>(named(new QComboBox, "problemCombo"));
    m_severity = static_cast<QComboBox *>(named(new QComboBox, "severityCombo"));
    m_region = static_cast<QComboBox *>(named(new QComboBox, "regionCombo"));
    m_quotaLabel = static_cast<QLabel *>(named(new QLabel, "quotaLabel"));
    m_quotaLabel->setWordWrap(true);
    m_problemForm = new QFormLayout(m_problemBox);
    addRow(m_problemForm, m_subType);
    addRow(m_problemForm, m_product);
    addRow(m_problemForm, m_problem);
    addRow(m_problemForm, m_severity);
    addRow(m_problemForm, m_region);
    m_problemForm->addRow(m_quotaLabel);
    m_problemForm->setRowVisible(m_region, false);
    m_problemForm->setRowVisible(m_severity, false);

    // Description
    m_descriptionBox = new QGroupBox(this);
    m_description = static_cast<QPlainTextEdit *>(named(new QPlainTextEdit, "descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 7);
    m_counter = static_cast<QLabel *>(named(new QLabel, "descriptionCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    auto *descriptionLayout = new QVBoxLayout(m_descriptionBox);
    descriptionLayout->addWidget(m_description);
    descriptionLayout->addWidget(m_counter);

    // Additional information
    m_extendsBox = new QGroupBox(this);
    m_extends = new ExtendsParamsForm(m_extendsBox);
    (new QVBoxLayout(m_extendsBox))->addWidget(m_extends);

    // Attachments
    m_attachmentsBox = new QGroupBox(this);
    m_attachments = new AttachmentStagingList(m_attachmentsBox);
    (new QVBoxLayout(m_attachmentsBox))->addWidget(m_attachments);

    // Contact
    m_contactBox = new QGroupBox(this);
    m_areaCode = static_cast<QComboBox *>(named(new QComboBox, "areaCodeCombo"));
    m_areaCode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_areaCode->setMinimumContentsLength(14); // "+86 China" and the like, not cut
    m_mobile = static_cast<QLineEdit *>(named(new QLineEdit, "mobileEdit"));
    m_mobile->setMaxLength(32); // remind_mobile
    m_mail = static_cast<QLineEdit *>(named(new QLineEdit, "mailEdit"));
    m_mail->setMaxLength(128); // remind_mail
    m_cc = static_cast<QLineEdit *>(named(new QLineEdit, "ccEdit"));
    m_remindTime = static_cast<QLineEdit *>(named(new QLineEdit, "remindTimeEdit"));
    m_remindTime->setMaxLength(16); // remind_time
    m_mobileVerify = new ContactVerificationRow(m_client, VerifiedContact::Phone, m_contactBox);
    m_mailVerify = new ContactVerificationRow(m_client, VerifiedContact::Email, m_contactBox);
    auto *mobileRow = new QHBoxLayout;
    mobileRow->addWidget(m_areaCode);
    mobileRow->addWidget(m_mobile, 1);
    m_contactForm = new QFormLayout(m_contactBox);
    auto *mobileLabel = new QLabel;
    mobileLabel->setBuddy(m_mobile);
    m_contactForm->addRow(mobileLabel, mobileRow);
    m_contactForm->addRow(QString(), m_mobileVerify);
    addRow(m_contactForm, m_mail);
    m_contactForm->addRow(QString(), m_mailVerify);
    addRow(m_contactForm, m_cc);
    addRow(m_contactForm, m_remindTime);

    // Agreement
    m_agreementBox = static_cast<QGroupBox *>(named(new QGroupBox(this), "agreementBox"));
    m_agreementText = static_cast<QTextBrowser *>(named(new QTextBrowser, "agreementText"));
    m_agreementText->setOpenLinks(false); // server text: links are shown, never followed from here
    m_agreementText->setMinimumHeight(m_agreementText->fontMetrics().lineSpacing() * 6);
    m_agreementCheck = static_cast<QCheckBox *>(named(new QCheckBox, "agreementCheck"));
    auto *agreementLayout = new QVBoxLayout(m_agreementBox);
    agreementLayout->addWidget(m_agreementText);
    agreementLayout->addWidget(m_agreementCheck);
    m_agreementBox->setVisible(false);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_intro);
    contentLayout->addWidget(m_problemBox);
    contentLayout->addWidget(m_descriptionBox);
    contentLayout->addWidget(m_extendsBox);
    contentLayout->addWidget(m_attachmentsBox);
    contentLayout->addWidget(m_contactBox);
    contentLayout->addWidget(m_agreementBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("createCaseScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    m_errorLabel = static_cast<QLabel *>(named(new QLabel, "errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setVisible(false);
    QPalette palette = m_errorLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_errorLabel->setPalette(palette);
    m_progressLabel = static_cast<QLabel *>(named(new QLabel, "progressLabel"));
    m_buttons = new QDialogButtonBox(this);
    m_submitButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setDefault(false);
    m_submitButton->setAutoDefault(false);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_submitButton, &QPushButton::clicked, this, &CreateCaseWizard::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &CreateCaseWizard::reject);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_progressLabel, 1);
    footer->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(footer);
    resize(640, 760);

    // The draft's typed values (the lists' choices come back as the lists arrive).
    m_description->setPlainText(m_draft.description);
    m_attachments->setFiles(m_draft.files);
    m_draft.files = m_attachments->files(); // files that vanished are gone
    m_mobile->setText(m_draft.remindMobile);
    m_mail->setText(m_draft.remindMail);
    m_cc->setText(m_draft.ccEmails);
    m_remindTime->setText(m_draft.remindTime);
    m_agreementCheck->setChecked(m_draft.agreementAccepted);
}

void CreateCaseWizard::retranslateUi()
{
    setWindowTitle(tr("New Case"));
    m_intro->setText(tr("Describe the problem for Huawei Cloud's engineers. Everything you type is kept as a "
                        "draft until the case is created."));
    m_problemBox->setTitle(tr("Problem"));
    m_descriptionBox->setTitle(tr("Description"));
    m_extendsBox->setTitle(tr("Additional Information"));
    m_attachmentsBox->setTitle(tr("Attachments"));
    m_contactBox->setTitle(tr("Contact"));
    m_agreementBox->setTitle(tr("Agreement"));

    auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    label(m_problemForm, m_subType, tr("Ca&tegory:"));
    label(m_problemForm, m_product, tr("&Product:"));
    label(m_problemForm, m_problem, tr("Problem &type:"));
    label(m_problemForm, m_severity, tr("Se&verity:"));
    label(m_problemForm, m_region, tr("&Region:"));
    m_subType->setAccessibleName(tr("Category"));
    m_subType->setPlaceholderText(tr("Choose a category…"));
    m_product->setAccessibleName(tr("Product"));
    m_product->setPlaceholderText(tr("Choose a product…"));
    m_problem->setAccessibleName(tr("Problem type"));
    m_problem->setPlaceholderText(tr("Choose a problem type…"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->setToolTip(tr("Only the severities your support plan allows are offered."));
    m_region->setAccessibleName(tr("Region"));
    m_region->setPlaceholderText(tr("Choose a region…"));
    m_region->setToolTip(tr("Fault reports name the region of the affected resources. Your own regions come first."));
    m_quotaLabel->setAccessibleName(tr("Case quota"));

    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What happened, since when, which resources, what you tried"));
    m_counter->setAccessibleName(tr("Description length"));
    m_extends->setAccessibleName(tr("Additional information"));
    m_attachments->setAccessibleName(tr("Attachments"));

    // The mobile row is a layout (country code + number): its label is set and given a buddy here.
    if (auto *l = qobject_cast<QLabel *>(m_contactForm->itemAt(0, QFormLayout::LabelRole)->widget()))
        l->setText(tr("&Mobile:"));
    label(m_contactForm, m_mail, tr("&E-mail:"));
    label(m_contactForm, m_cc, tr("C&C e-mails:"));
    label(m_contactForm, m_remindTime, tr("Reminder &time:"));
    m_areaCode->setAccessibleName(tr("Country calling code"));
    m_mobile->setAccessibleName(tr("Reminder mobile number"));
    m_mail->setAccessibleName(tr("Reminder e-mail address"));
    m_cc->setAccessibleName(tr("CC e-mail addresses"));
    m_cc->setPlaceholderText(tr("Separated by commas"));
    m_remindTime->setAccessibleName(tr("Reminder time"));
    m_remindTime->setPlaceholderText(tr("For example 9:00-18:00"));
    m_mobile->setToolTip(tr("A number that is not registered with your account needs a verification code."));
    m_mail->setToolTip(tr("An address that is not registered with your account needs a verification code."));

    m_agreementText->setAccessibleName(tr("Agreement text"));
    m_agreementCheck->setText(tr("I have read and accept this a&greement"));
    m_agreementCheck->setAccessibleName(tr("Accept the agreement"));
    m_submitButton->setText(tr("&Submit Case"));
    m_submitButton->setAccessibleName(tr("Submit the case"));
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setAccessibleName(tr("Close and keep the draft"));
    m_errorLabel->setAccessibleName(tr("Submit error"));
    m_progressLabel->setAccessibleName(tr("Progress"));
    updateCounter();
    updateQuotaText();
    if (!m_errorField.isEmpty() || m_error.isError())
        refuse(m_error); // the refusal in the new language
}

// ---- the draft ----

void CreateCaseWizard::connectDraft()
{
    connect(m_subType, &QComboBox::currentIndexChanged, this, &CreateCaseWizard::subTypeChosen);
    connect(m_product, &QComboBox::currentIndexChanged, this, &CreateCaseWizard::productChosen);
    connect(m_problem, &QComboBox::currentIndexChanged, this, &CreateCaseWizard::problemChosen);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_draft.severityId = currentId(m_severity);
        scheduleSave();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_draft.regionId = currentId(m_region);
        scheduleSave();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        m_draft.description = m_description->toPlainText();
        updateCounter();
        scheduleSave();
    });
    connect(m_extends, &ExtendsParamsForm::valuesChanged, this, [this] {
        m_draft.extendsValues = m_extends->values();
        scheduleSave();
    });
    connect(m_attachments, &AttachmentStagingList::filesChanged, this, [this] {
        m_draft.files = m_attachments->files();
        // An unstaged file's upload is forgotten (the server keeps it unused).
        const QStringList uploadedPaths = m_draft.uploaded.keys();
        for (const QString &path : uploadedPaths) {
            if (!m_draft.files.contains(path))
                m_draft.uploaded.remove(path);
        }
        saveNow(); // with a store, the files are copied into it now
    });
    connect(m_areaCode, &QComboBox::currentIndexChanged, this, [this] {
        m_draft.areaCode = currentId(m_areaCode);
        updateContactChecks();
        scheduleSave();
    });
    auto text = [this](QLineEdit *edit, QString CreateCaseDraft::*field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field](const QString &value) {
            m_draft.*field = value;
            scheduleSave();
        });
    };
    text(m_mobile, &CreateCaseDraft::remindMobile);
    text(m_mail, &CreateCaseDraft::remindMail);
    text(m_cc, &CreateCaseDraft::ccEmails);
    text(m_remindTime, &CreateCaseDraft::remindTime);
    for (ContactVerificationRow *row : {m_mobileVerify, m_mailVerify}) {
        connect(row, &ContactVerificationRow::stateChanged, this, [this](ContactVerificationRow::State state) {
            if (m_submitAfterCheck && state != ContactVerificationRow::State::Checking
                && state != ContactVerificationRow::State::Verifying) {
                m_submitAfterCheck = false;
                submit();
            }
        });
    }
    connect(m_mobile, &QLineEdit::editingFinished, this, &CreateCaseWizard::updateContactChecks);
    connect(m_mail, &QLineEdit::editingFinished, this, &CreateCaseWizard::updateContactChecks);
    connect(m_agreementCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_draft.agreementAccepted = on;
        scheduleSave();
    });
}

void CreateCaseWizard::scheduleSave()
{
    if (!m_done)
        m_saveTimer.start();
}

void CreateCaseWizard::saveNow()
{
    m_saveTimer.stop();
    if (m_done)
        return;
    if (!m_drafts) {
        m_draft.save();
        CreateCaseDraft::sync();
        return;
    }
    const QStringList copies = m_drafts->save(m_draft.isEmpty() ? QJsonObject() : m_draft.toJson(), m_draft.files);
    if (!m_draft.isEmpty() && copies != m_draft.files) {
        // From now on the copies are the draft's files (the originals may go).
        m_draft.uploaded = followCopies(m_draft.uploaded, m_draft.files, copies);
        m_draft.files = copies;
        m_attachments->setFiles(copies);
        m_drafts->save(m_draft.toJson(), m_draft.files); // the form names the copies too
    }
}

bool CreateCaseWizard::usesOutbox() const
{
    return m_outbox && m_drafts;
}

CreateCaseDraft CreateCaseWizard::loadDraft()
{
    if (!m_drafts)
        return CreateCaseDraft::load();
    if (const std::optional<CreateCaseDraftStore::Draft> stored = m_drafts->load()) {
        CreateCaseDraft draft = CreateCaseDraft::fromJson(stored->form);
        draft.uploaded = followCopies(draft.uploaded, draft.files, stored->files);
        draft.files = stored->files;
        return draft;
    }
    // The first time with a store: the draft an earlier version kept in QSettings moves in, once.
    CreateCaseDraft draft = CreateCaseDraft::load();
    if (!draft.isEmpty()) {
        const QStringList copies = m_drafts->save(draft.toJson(), draft.files);
        draft.uploaded = followCopies(draft.uploaded, draft.files, copies);
        draft.files = copies;
        m_drafts->save(draft.toJson(), draft.files);
    }
    CreateCaseDraft::clear();
    return draft;
}

bool CreateCaseWizard::takeBackFromOutbox(Outbox &outbox, qint64 itemId, QWidget *parent)
{
    auto editable = [&outbox, itemId] {
        const std::optional<OutboxItem> item = outbox.item(itemId);
        return item && item->kind == OutboxItem::Kind::CreateCase && itemId != outbox.currentItemId()
               && !item->mayHaveArrived();
    };
    if (!editable())
        return false;
    CreateCaseDraftStore drafts(outbox.store());
    if (!drafts.isReady())
        return false;
    if (const auto existing = drafts.load(); existing && !CreateCaseDraft::fromJson(existing->form).isEmpty()) {
        const auto answer = QMessageBox::question(
            parent, tr("Edit New Case"),
            tr("The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?"));
        // The outbox went on while the question was open: the item may be on its way by now.
        if (answer != QMessageBox::Yes || !editable())
            return false;
    }
    const std::optional<OutboxItem> item = outbox.item(itemId);
    const QJsonObject form = CreateCaseSender::formOf(*item);
    CreateCaseDraft draft = form.isEmpty() ? draftFromRequest(CreateCaseSender::paramsOf(*item))
                                           : CreateCaseDraft::fromJson(form);
    if (const std::optional<qint64> record = CreateCaseSender::agreementRecordOf(*item))
        draft.agreementRecordId = record; // signed already: not signed again
    const QStringList copies = drafts.save(draft.toJson(), item->files);
    if (copies.size() != item->files.size())
        return false; // a file could not be copied: the item stays where it is
    // The files the outbox uploaded are not uploaded again.
    const QJsonObject uploaded = item->payload.value(QStringLiteral("uploaded")).toObject();
    draft.uploaded = {};
    for (int i = 0; i < copies.size(); ++i) {
        const QString id = uploaded.value(QString::number(i)).toString();
        if (!id.isEmpty())
            draft.uploaded.insert(copies.at(i), id);
    }
    draft.files = copies;
    drafts.save(draft.toJson(), draft.files);
    outbox.discard(itemId);
    return true;
}

// ---- loading ----

void CreateCaseWizard::beginLoad()
{
    ++m_pendingLoads;
    m_progressLabel->setText(tr("Loading…"));
}

void CreateCaseWizard::endLoad()
{
    if (--m_pendingLoads > 0)
        return;
    m_pendingLoads = 0;
    if (!m_submitting)
        m_progressLabel->clear();
    Q_EMIT loaded();
}

void CreateCaseWizard::reload()
{
    loadCategories();

    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("area_codes"), api::listAreaCodes(*m_client), this), this, [this](const Result<AreaCodeList> &result) {
        if (result.ok()) {
            QList<std::pair<QString, QString>> items;
            for (const AreaCode &code : result->areaCodes) {
                //: %1 is a country calling code such as 86, %2 the country or region's name
                items.append({tr("+%1 %2").arg(code.areaCode, code.areaName), code.areaCode});
            }
            const QString wanted = m_draft.areaCode.isEmpty() ? QStringLiteral("86") : m_draft.areaCode;
            fillCombo(m_areaCode, items, wanted);
            if (m_areaCode->currentIndex() < 0 && m_areaCode->count() > 0)
                m_areaCode->setCurrentIndex(0);
            m_draft.areaCode = currentId(m_areaCode);
            updateContactChecks();
        }
        endLoad();
    });

    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("regions"), api::listRegions(*m_client), this), this, [this](const Result<RegionList> &result) {
        if (result.ok()) {
            m_regions = result->regions;
            fillRegions();
        }
        endLoad();
    });
    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("customer_regions"), api::listCustomerRegions(*m_client), this), this, [this](const Result<CustomerRegionList> &result) {
        if (result.ok()) {
            m_customerRegions = result->regionInfos;
            fillRegions();
        }
        endLoad();
    });

    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("case_limits"), api::showCaseLimits(*m_client), this), this, [this](const Result<CaseLimits> &result) {
        if (result.ok()) {
            m_ccMax = result->ccEmailMaxCount;
            m_cc->setToolTip(m_ccMax > 0 ? tr("At most %n addresses, separated by commas.", nullptr, m_ccMax)
                                         : QString());
        }
        endLoad();
    });

    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("accessory_limits"), api::showAccessoryLimits(*m_client), this), this, [this](const Result<AccessoryLimits> &result) {
        if (result.ok()) {
            m_limits = result.value();
            m_limitsKnown = true;
            m_attachments->setMaxFiles(m_limits.limitCount);
            //: %n files at most, %1 MB each, %2 the allowed file types
            m_attachments->setLimitsText(tr("Up to %n file(s) of at most %1 MB each; types: %2.", nullptr,
                                            m_limits.limitCount)
                                             .arg(m_limits.limitSizeMb)
                                             .arg(m_limits.limitFileTypes.join(QStringLiteral(", "))));
        }
        endLoad();
    });

    // The account's registered contacts need no code: offered when nothing has been typed yet.
    if (m_freshDraft && m_mobile->text().isEmpty() && m_mail->text().isEmpty()) {
        beginLoad();
        whenReady(api::listVerifiedContacts(*m_client), this, [this](const Result<VerifiedContactList> &result) {
            if (result.ok() && m_mobile->text().isEmpty() && m_mail->text().isEmpty()) {
                for (const VerifiedContact &contact : result->contacts) {
                    if (contact.contactWay == VerifiedContact::Phone && m_mobile->text().isEmpty()) {
                        m_mobile->setText(contact.contactValue);
                        if (!contact.areaCode.isEmpty()) {
                            m_draft.areaCode = contact.areaCode;
                            if (const int i = m_areaCode->findData(contact.areaCode); i >= 0)
                                m_areaCode->setCurrentIndex(i);
                        }
                    } else if (contact.contactWay == VerifiedContact::Email && m_mail->text().isEmpty()) {
                        m_mail->setText(contact.contactValue);
                    }
                }
                updateContactChecks();
            }
            endLoad();
        });
    } else {
        updateContactChecks();
    }

    beginLoad();
    whenReady(api::checkLatestAgreementSigned(*m_client, Agreement::NewCaseNormalUser), this,
              [this](const Result<AgreementSignedState> &result) {
                  if (result.ok() && !result->isSignedLatest) {
                      beginLoad();
                      whenReady(api::showPublishedAgreement(*m_client, Agreement::NewCaseNormalUser), this,
                                [this](const Result<PublishedAgreement> &published) {
                                    if (published.ok()) {
                                        m_agreement = published->agreement;
                                        const QString content = m_agreement->content;
                                        const auto safe = Qt::mightBeRichText(content)
                                                              ? RichTextSanitizer::sanitizeHtml(content)
                                                              : RichTextSanitizer::fromPlainText(content);
                                        m_agreementText->setHtml(safe.html);
                                        //: %1 is the agreement's name, %2 its version
                                        m_agreementBox->setTitle(
                                            tr("Agreement: %1 (version %2)")
                                                .arg(m_agreement->agreementName, m_agreement->version));
                                        m_agreementBox->setVisible(true);
                                    }
                                    endLoad();
                                });
                  } else if (result.ok()) {
                      m_agreement.reset();
                      m_agreementBox->setVisible(false);
                  }
                  endLoad();
              });
}

void CreateCaseWizard::loadCategories()
{
    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("categories"), api::listCaseCategories(*m_client), this), this, [this](const Result<CaseCategoryList> &result) {
        if (result.ok()) {
            m_categories = result.value();
            QList<std::pair<QString, QString>> items;
            for (const CaseSubType &subType : m_categories.subTypes)
                items.append({subType.name, subType.id});
            fillCombo(m_subType, items, m_draft.subTypeId);
            fillProducts();
        } else {
            refuse(result.error());
        }
        endLoad();
    });
}

void CreateCaseWizard::fillProducts()
{
    QList<std::pair<QString, QString>> items;
    for (const CaseSubType &subType : m_categories.subTypes) {
        if (subType.id == currentId(m_subType)) {
            for (const ProductCategory &product : subType.productCategories)
                items.append({product.name, product.id});
        }
    }
    fillCombo(m_product, items, m_draft.productCategoryId);
    loadProblemTypes();
}

void CreateCaseWizard::loadProblemTypes()
{
    const int generation = ++m_productGeneration;
    const QString productId = currentId(m_product);
    if (productId.isEmpty()) {
        m_problemTypes.clear();
        fillCombo(m_problem, {}, {});
        applyProblemType();
        return;
    }
    api::ListProblemTypesParams params;
    params.productCategoryId = productId;
    params.incidentSubTypeId = currentId(m_subType);
    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("problem_types/%1/%2").arg(productId, params.incidentSubTypeId),
                                 api::listProblemTypes(*m_client, params), this),
              this,
              [this, generation](const Result<ProblemTypeList> &result) {
                  if (generation == m_productGeneration) {
                      m_problemTypes = result.ok() ? result->problemTypes : QList<ProblemType>{};
                      QList<std::pair<QString, QString>> items;
                      for (const ProblemType &type : std::as_const(m_problemTypes))
                          items.append({type.businessTypeName, type.businessTypeId});
                      fillCombo(m_problem, items, m_draft.businessTypeId);
                      applyProblemType();
                      if (!result.ok())
                          refuse(result.error());
                  }
                  endLoad();
              });
}

bool CreateCaseWizard::needsRegion() const
{
    const QString id = currentId(m_problem);
    for (const ProblemType &type : m_problemTypes) {
        if (type.businessTypeId == id)
            return type.caseType == QLatin1String("5"); // a fault report (7.3)
    }
    return false;
}

void CreateCaseWizard::applyProblemType()
{
    m_problemForm->setRowVisible(m_region, needsRegion());
    loadProblemDetails();
}

void CreateCaseWizard::loadProblemDetails()
{
    const int generation = ++m_problemGeneration;
    const QString businessTypeId = currentId(m_problem);
    m_quotaTotal.reset();
    updateQuotaText();
    if (businessTypeId.isEmpty()) {
        fillCombo(m_severity, {}, {});
        m_problemForm->setRowVisible(m_severity, false);
        m_extends->setParams({});
        return;
    }
    const api::ProblemTypeKey key{currentId(m_product), businessTypeId};

    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("problem_templates/%1").arg(businessTypeId),
                                 api::listProblemTemplates(*m_client, businessTypeId), this),
              this,
              [this, generation](const Result<ProblemTemplateList> &result) {
                  if (generation == m_problemGeneration && result.ok() && !result->templates.isEmpty()) {
                      const QString text = result->templates.first().templateContent;
                      // The template guides an empty or still untouched description; typed text is never replaced.
                      const QString current = m_description->toPlainText();
                      if (current.trimmed().isEmpty() || current == m_draft.templateText) {
                          m_draft.templateText = text;
                          m_description->setPlainText(text); // textChanged saves it
                      }
                  }
                  endLoad();
              });

    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("severities/%1/%2").arg(key.productCategoryId, key.businessTypeId),
                                 api::listSeverities(*m_client, key), this),
              this, [this, generation](const Result<SeverityList> &result) {
        if (generation == m_problemGeneration) {
            QList<std::pair<QString, QString>> items;
            if (result.ok()) {
                for (const Severity &severity : result->severities)
                    items.append({severity.severityName, severity.severityId});
            }
            fillCombo(m_severity, items, m_draft.severityId);
            if (m_severity->currentIndex() < 0 && m_severity->count() > 0)
                m_severity->setCurrentIndex(0); // the least severe the plan allows
            // "show" says whether severities are offered at all; none is then sent.
            const bool shown = result.ok() && result->show && m_severity->count() > 0;
            m_problemForm->setRowVisible(m_severity, shown);
            m_draft.severityId = shown ? currentId(m_severity) : QString();
            scheduleSave();
        }
        endLoad();
    });

    api::ListExtendsParamsParams extendsParams;
    extendsParams.businessTypeId = businessTypeId;
    extendsParams.productCategoryId = key.productCategoryId;
    extendsParams.incidentSubTypeId = currentId(m_subType);
    beginLoad();
    whenReady(throughConfigCache(cacheOf(m_outbox), QStringLiteral("extends_params/%1/%2/%3")
                                                                .arg(key.productCategoryId, extendsParams.incidentSubTypeId, businessTypeId),
                                 api::listExtendsParams(*m_client, extendsParams), this),
              this,
              [this, generation](const Result<ExtendsParamList> &result) {
                  if (generation == m_problemGeneration) {
                      QList<ExtendsParam> params = result.ok() ? result->extendsParams : QList<ExtendsParam>{};
                      if (result.ok()) {
                          // Common parameters are free text lines.
                          for (const CommonParam &common : result->commonParams) {
                              ExtendsParam param;
                              param.paramKey = common.paramKey;
                              param.paramName = common.paramName;
                              param.paramType = 3;
                              param.required = common.isRequired;
                              param.isShow = common.isShow;
                              bool known = false;
                              for (const ExtendsParam &p : params)
                                  known = known || p.paramKey == param.paramKey;
                              if (!known)
                                  params.append(param);
                          }
                      }
                      m_extends->setParams(params);
                      m_extends->setValues(m_draft.extendsValues);
                      m_draft.extendsValues = m_extends->values();
                  }
                  endLoad();
              });
    loadQuota();
}

void CreateCaseWizard::loadQuota()
{
    const int generation = m_problemGeneration;
    const api::ProblemTypeKey key{currentId(m_product), currentId(m_problem)};
    if (key.businessTypeId.isEmpty())
        return;
    beginLoad();
    whenReady(api::showCaseQuota(*m_client, key), this, [this, generation](const Result<CaseQuota> &result) {
        if (generation == m_problemGeneration && result.ok()) {
            m_quotaTotal = result->total;
            m_quotaLeft = result->unUsed;
            m_quotaMeasure = result->measure;
            updateQuotaText();
        }
        endLoad();
    });
}

void CreateCaseWizard::fillRegions()
{
    QList<std::pair<QString, QString>> items;
    QStringList ids;
    for (const RegionInfo &region : std::as_const(m_customerRegions)) {
        items.append({region.regionName, region.regionId});
        ids.append(region.regionId);
    }
    for (const Region &region : std::as_const(m_regions)) {
        if (!ids.contains(region.regionId))
            items.append({region.regionName, region.regionId});
    }
    fillCombo(m_region, items, m_draft.regionId);
    if (!m_customerRegions.isEmpty() && m_customerRegions.size() < items.size())
        m_region->insertSeparator(int(m_customerRegions.size()));
}

// ---- choices ----

void CreateCaseWizard::subTypeChosen()
{
    m_draft.subTypeId = currentId(m_subType);
    m_draft.productCategoryId.clear();
    m_draft.businessTypeId.clear();
    fillProducts();
    scheduleSave();
}

void CreateCaseWizard::productChosen()
{
    m_draft.productCategoryId = currentId(m_product);
    m_draft.businessTypeId.clear();
    loadProblemTypes();
    scheduleSave();
}

void CreateCaseWizard::problemChosen()
{
    m_draft.businessTypeId = currentId(m_problem);
    m_draft.severityId.clear();
    applyProblemType();
    scheduleSave();
}

// ---- live feedback ----

void CreateCaseWizard::updateCounter()
{
    const int length = int(m_description->toPlainText().size());
    //: %1 characters typed of at most %2
    m_counter->setText(tr("%1 / %2").arg(length).arg(kDescriptionMax));
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText, length > kDescriptionMax ? QColor(0xc0, 0x1c, 0x28)
                                                                    : this->palette().color(QPalette::WindowText));
    m_counter->setPalette(palette);
    m_counter->setToolTip(length > kDescriptionMax
                              ? tr("%n character(s) too many.", nullptr, length - kDescriptionMax)
                              : tr("%n character(s) left.", nullptr, kDescriptionMax - length));
}

void CreateCaseWizard::updateContactChecks()
{
    m_mobileVerify->setContact(m_mobile->text(), currentId(m_areaCode));
    m_mailVerify->setContact(m_mail->text());
}

void CreateCaseWizard::updateQuotaText()
{
    if (!m_quotaLabel)
        return;
    if (!m_quotaTotal) {
        m_quotaLabel->clear();
        m_quotaLabel->setVisible(false);
        return;
    }
    m_quotaLabel->setVisible(true);
    QString text;
    if (*m_quotaTotal == CaseQuota::kUnlimited || m_quotaLeft == CaseQuota::kUnlimited) {
        text = tr("No case quota applies to this problem type.");
    } else if (m_quotaLeft <= 0) {
        text = tr("The case quota for this problem type is used up, so a new case would be refused. Wait for the "
                  "next period or ask your account manager for a special approval.");
    } else if (m_quotaMeasure == QLatin1String("MONTH")) {
        text = tr("%n of %1 case(s) left this month.", nullptr, int(m_quotaLeft)).arg(*m_quotaTotal);
    } else if (m_quotaMeasure == QLatin1String("QUARTER")) {
        text = tr("%n of %1 case(s) left this quarter.", nullptr, int(m_quotaLeft)).arg(*m_quotaTotal);
    } else if (m_quotaMeasure == QLatin1String("YEAR")) {
        text = tr("%n of %1 case(s) left this year.", nullptr, int(m_quotaLeft)).arg(*m_quotaTotal);
    } else {
        text = tr("%n of %1 case(s) left in this period.", nullptr, int(m_quotaLeft)).arg(*m_quotaTotal);
    }
    m_quotaLabel->setText(text);
}

void CreateCaseWizard::updateSubmitState()
{
    m_submitButton->setEnabled(!m_submitting);
    m_submitButton->setText(m_submitting ? tr("Submitting…") : tr("&Submit Case"));
}

// ---- submit ----

api::CreateCaseParams CreateCaseWizard::buildParams() const
{
    api::CreateCaseParams params;
    params.incidentSubTypeId = currentId(m_subType);
    params.productCategoryId = currentId(m_product);
    params.businessTypeId = currentId(m_problem);
    if (needsRegion())
        params.regionId = currentId(m_region);
    params.simpleDescription = m_description->toPlainText();
    if (m_problemForm->isRowVisible(m_severity))
        params.severityId = currentId(m_severity);
    params.remindMobile = m_mobile->text().trimmed();
    if (!params.remindMobile.isEmpty())
        params.areaCode = currentId(m_areaCode);
    params.remindMail = m_mail->text().trimmed();
    params.remindTime = m_remindTime->text().trimmed();
    for (const QString &file : m_draft.files) {
        const QString id = m_draft.uploaded.value(file).toString();
        if (!id.isEmpty())
            params.accessoryIds.append(id);
    }
    params.extendsMap = m_extends->values();
    const QStringList cc = splitMails(m_cc->text());
    if (!cc.isEmpty())
        params.extensionMap.insert(QLatin1String(api::extension::kRemindCcEmail), cc.join(QLatin1Char(',')));
    params.verifyCode = !m_mobileVerify->verifiedCode().isEmpty() ? m_mobileVerify->verifiedCode()
                                                                  : m_mailVerify->verifiedCode();
    params.agreementSignedRecordId = m_draft.agreementRecordId;
    return params;
}

Error CreateCaseWizard::checkForm() const
{
    if (currentId(m_problem).isEmpty())
        return Error::validation(QStringLiteral("business_type_id"), tr("choose a category, a product and a problem type."));
    if (needsRegion() && currentId(m_region).isEmpty())
        return Error::validation(QStringLiteral("region_id"), tr("a fault report names the region of the affected resources."));
    const QString description = m_description->toPlainText();
    if (description.trimmed().isEmpty())
        return Error::validation(QStringLiteral("simple_description"), tr("describe the problem."));
    if (description.size() > kDescriptionMax)
        return Error::validation(QStringLiteral("simple_description"),
                                 tr("it is %n character(s) too long.", nullptr, int(description.size()) - kDescriptionMax));
    if (!m_draft.templateText.isEmpty() && description == m_draft.templateText)
        return Error::validation(QStringLiteral("simple_description"), tr("fill in the template."));
    if (const Error extendsError = m_extends->validate())
        return extendsError;
    const QString mobile = m_mobile->text().trimmed();
    static const QRegularExpression phone(QStringLiteral("^[0-9][0-9 -]{3,31}$"));
    if (!mobile.isEmpty() && !phone.match(mobile).hasMatch())
        return Error::validation(QStringLiteral("remind_mobile"), tr("it must be a phone number."));
    const QString mail = m_mail->text().trimmed();
    if (!mail.isEmpty() && !mailPattern().match(mail).hasMatch())
        return Error::validation(QStringLiteral("remind_mail"), tr("it must be an e-mail address."));
    if (mobile.isEmpty() && mail.isEmpty())
        return Error::validation(QStringLiteral("remind_mail"), tr("give a mobile number or an e-mail address for reminders."));
    const QStringList cc = splitMails(m_cc->text());
    for (const QString &address : cc) {
        if (!mailPattern().match(address).hasMatch())
            //: %1 is what the user typed
            return Error::validation(QStringLiteral("remindCCEmail"), tr("\"%1\" is not an e-mail address.").arg(address));
    }
    if (m_ccMax > 0 && cc.size() > m_ccMax)
        return Error::validation(QStringLiteral("remindCCEmail"), tr("at most %n addresses are allowed.", nullptr, m_ccMax));
    if (!m_mobileVerify->isSatisfied())
        return Error::validation(QStringLiteral("remind_mobile"), tr("verify this number with the code sent to it first."));
    if (!m_mailVerify->isSatisfied())
        return Error::validation(QStringLiteral("remind_mail"), tr("verify this address with the code sent to it first."));
    if (m_agreement && !m_draft.agreementRecordId && !m_agreementCheck->isChecked())
        return Error::validation(QStringLiteral("agreement"), tr("read and accept the agreement first."));
    return buildParams().validate();
}

void CreateCaseWizard::submit()
{
    if (m_submitting)
        return;
    clearRefusal();
    // A contact whose check failed (network) is checked again; the user submits once it has answered.
    if (m_mobileVerify->state() == ContactVerificationRow::State::Failed
        || m_mailVerify->state() == ContactVerificationRow::State::Failed)
        updateContactChecks();
    const auto busy = [](const ContactVerificationRow *row) {
        return row->state() == ContactVerificationRow::State::Checking
               || row->state() == ContactVerificationRow::State::Verifying;
    };
    if (busy(m_mobileVerify) || busy(m_mailVerify)) {
        // The answer decides whether a code is needed: submit when it has come.
        m_submitAfterCheck = true;
        m_progressLabel->setText(tr("Checking the contact details…"));
        return;
    }
    if (const Error error = checkForm()) {
        refuse(error);
        return;
    }
    if (usesOutbox()) {
        saveNow();
        enqueue();
        return;
    }
    m_submitting = true;
    updateSubmitState();
    saveNow();
    uploadNext();
}

void CreateCaseWizard::enqueue()
{
    QJsonObject uploaded; // files a direct attempt uploaded before, by index: not uploaded again
    for (int i = 0; i < m_draft.files.size(); ++i) {
        const QString id = m_draft.uploaded.value(m_draft.files.at(i)).toString();
        if (!id.isEmpty())
            uploaded.insert(QString::number(i), id);
    }
    const qint64 agreementId =
        m_agreement && !m_draft.agreementRecordId ? api::SignAgreementParams::of(*m_agreement).id : 0;
    const qint64 id = m_outbox->enqueue(
        CreateCaseSender::makeItem(buildParams(), m_draft.files, m_draft.toJson(), agreementId, uploaded));
    if (id == 0) {
        // The store could not record it: sent directly instead, as without a store.
        m_submitting = true;
        updateSubmitState();
        uploadNext();
        return;
    }
    m_done = true;
    m_drafts->remove();
    m_draft = {};
    Q_EMIT caseQueued(id);
    accept();
}

void CreateCaseWizard::uploadNext()
{
    QStringList pending;
    for (const QString &file : std::as_const(m_draft.files)) {
        if (!m_draft.uploaded.contains(file))
            pending.append(file);
    }
    if (pending.isEmpty()) {
        signAgreementIfNeeded();
        return;
    }
    if (m_limitsKnown) {
        if (const Error error = api::checkAccessoryLimits(m_limits, pending, int(m_draft.uploaded.size()))) {
            refuse(error);
            return;
        }
    }
    const QString file = pending.first();
    //: %1 is a file name
    m_progressLabel->setText(tr("Uploading %1…").arg(QFileInfo(file).fileName()));
    api::UploadAccessoryParams params;
    params.filePath = file;
    params.accessoryFrom = QLatin1String(api::kAccessoryFromIncident);
    whenReady(api::uploadAccessory(*m_client, params), this, [this, file](const Result<UploadedAccessory> &result) {
        if (!result.ok()) {
            Error error = result.error();
            if (error.field().isEmpty())
                error.setField(QStringLiteral("file"));
            //: %1 is a file name
            error.setDetail(tr("%1 could not be uploaded.").arg(QFileInfo(file).fileName()));
            refuse(error);
            return;
        }
        m_draft.uploaded.insert(file, result->accessoryId);
        saveNow(); // never uploaded twice, even after a crash
        uploadNext();
    });
}

void CreateCaseWizard::signAgreementIfNeeded()
{
    if (!m_agreement || m_draft.agreementRecordId) {
        sendCreate();
        return;
    }
    m_progressLabel->setText(tr("Signing the agreement…"));
    whenReady(api::signAgreement(*m_client, api::SignAgreementParams::of(*m_agreement)), this,
              [this](const Result<AgreementSignature> &result) {
                  if (!result.ok()) {
                      Error error = result.error();
                      error.setField(QStringLiteral("agreement"));
                      refuse(error);
                      return;
                  }
                  m_draft.agreementRecordId = result->agreementSignedRecordId;
                  saveNow();
                  sendCreate();
              });
}

void CreateCaseWizard::sendCreate()
{
    const api::CreateCaseParams params = buildParams();
    m_progressLabel->setText(tr("Creating the case…"));
    whenReady(api::createCase(*m_client, params), this, [this](const Result<CaseCreated> &result) {
        if (!result.ok()) {
            refuse(result.error());
            return;
        }
        m_done = true;
        CreateCaseDraft::clear();
        if (m_drafts)
            m_drafts->remove();
        m_draft = {};
        m_submitting = false;
        updateSubmitState();
        m_progressLabel->clear();
        Q_EMIT caseCreated(result->incidentId);
        accept();
    });
}

// ---- refusals ----

QString CreateCaseWizard::fieldForCode(const QString &code)
{
    static const QList<std::pair<const char *, const char *>> fields{
        {"OSM.01010006", "severity_id"},    {"OSM.01010008", "remindCCEmail"}, {"OSM.01010010", "verify_code"},
        {"OSM.01010028", "business_type_id"}, {"OSM.01010033", "region_id"},   {"OSM.01010037", "quota"},
        {"OSM.01010038", "quota"},          {"OSM.01010045", "file"},          {"OSM.01010005", "file"},
        {"OSM.01010009", "quota"},
    };
    for (const auto &[known, field] : fields) {
        if (code == QLatin1String(known))
            return QLatin1String(field);
    }
    return {};
}

QWidget *CreateCaseWizard::widgetForField(const QString &field) const
{
    if (field == QLatin1String("incident_sub_type_id"))
        return m_subType;
    if (field == QLatin1String("product_category_id"))
        return m_product;
    if (field == QLatin1String("business_type_id") || field == QLatin1String("quota"))
        return m_problem;
    if (field == QLatin1String("region_id"))
        return m_region;
    if (field == QLatin1String("severity_id"))
        return m_severity;
    if (field == QLatin1String("simple_description"))
        return m_description;
    if (field == QLatin1String("remind_mobile") || field == QLatin1String("area_code"))
        return m_mobile;
    if (field == QLatin1String("remind_mail"))
        return m_mail;
    if (field == QLatin1String("verify_code"))
        return m_mobileVerify->verifiedCode().isEmpty() && !m_mobileVerify->isSatisfied() ? m_mobileVerify->codeEdit()
                                                                                          : m_mailVerify->codeEdit();
    if (field == QLatin1String("remindCCEmail") || field == QLatin1String("extension_map"))
        return m_cc;
    if (field == QLatin1String("remind_time"))
        return m_remindTime;
    if (field == QLatin1String("file") || field == QLatin1String("accessory_ids"))
        return m_attachments->listWidget();
    if (field == QLatin1String("agreement"))
        return m_agreementCheck;
    if (field == QLatin1String("extends_map"))
        return m_extends;
    return m_extends->editorFor(field);
}

QString CreateCaseWizard::labelForField(const QString &field) const
{
    if (field == QLatin1String("incident_sub_type_id"))
        return tr("Category");
    if (field == QLatin1String("product_category_id"))
        return tr("Product");
    if (field == QLatin1String("business_type_id"))
        return tr("Problem type");
    if (field == QLatin1String("region_id"))
        return tr("Region");
    if (field == QLatin1String("severity_id"))
        return tr("Severity");
    if (field == QLatin1String("simple_description"))
        return tr("Description");
    if (field == QLatin1String("remind_mobile") || field == QLatin1String("area_code"))
        return tr("Mobile");
    if (field == QLatin1String("remind_mail"))
        return tr("E-mail");
    if (field == QLatin1String("verify_code"))
        return tr("Verification code");
    if (field == QLatin1String("remindCCEmail") || field == QLatin1String("extension_map"))
        return tr("CC e-mails");
    if (field == QLatin1String("remind_time"))
        return tr("Reminder time");
    if (field == QLatin1String("file") || field == QLatin1String("accessory_ids"))
        return tr("Attachments");
    if (field == QLatin1String("agreement"))
        return tr("Agreement");
    if (field == QLatin1String("quota"))
        return tr("Case quota");
    if (field == QLatin1String("extends_map"))
        return tr("Additional information");
    return m_extends->labelFor(field);
}

void CreateCaseWizard::refuse(const Error &error)
{
    m_submitting = false;
    updateSubmitState();
    m_progressLabel->clear();
    m_error = error;
    m_errorField = error.field().isEmpty() ? fieldForCode(error.code()) : error.field();
    // A validation error's own text names the API's parameter; the user sees the field's label instead.
    QString message = error.category() == Error::Category::Validation && !error.detail().isEmpty()
                          ? error.detail()
                          : error.userMessage();
    if (m_errorField == QLatin1String("quota"))
        //: %1 is the server's refusal; what follows explains it
        message = tr("%1 No more cases of this problem type can be created in this period; wait for the next "
                     "one or ask your account manager for a special approval.").arg(message);
    else if (error.code() == QLatin1String("OSM.01010010"))
        message = tr("%1 Ask for a new code and enter it again.").arg(message);
    const QString label = labelForField(m_errorField);
    //: %1 is the label of the field that is wrong, %2 what is wrong with it
    m_errorLabel->setText(label.isEmpty() ? message : tr("%1: %2").arg(label, message));
    m_errorLabel->setToolTip(error.detailedMessage()); // the code and the request id, for support
    m_errorLabel->setVisible(true);
    if (QWidget *widget = widgetForField(m_errorField)) {
        widget->setFocus(Qt::OtherFocusReason);
        if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("createCaseScroll")))
            scroll->ensureWidgetVisible(widget);
    }
    saveNow();
}

void CreateCaseWizard::clearRefusal()
{
    m_error = {};
    m_errorField.clear();
    m_errorLabel->clear();
    m_errorLabel->setToolTip(QString());
    m_errorLabel->setVisible(false);
}

QString CreateCaseWizard::errorText() const
{
    return m_errorLabel->text();
}

// ---- window ----

void CreateCaseWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Names of categories, products, problem types… follow X-Language: read them again (the choices are
        // kept by id in the draft).
        if (!m_submitting)
            reload();
    }
    QDialog::changeEvent(event);
}

void CreateCaseWizard::closeEvent(QCloseEvent *event)
{
    if (m_submitting) {
        // The case may be being created: closing now could lose its id and invite a second submit.
        event->ignore();
        return;
    }
    saveNow();
    QDialog::closeEvent(event);
}

void CreateCaseWizard::reject()
{
    if (m_submitting)
        return;
    saveNow();
    QDialog::reject();
}

} // namespace osm::ui
