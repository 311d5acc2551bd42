#pragma once

#include "api/CaseWrites.h"
#include "dialogs/createcase/CreateCaseDraft.h"
#include "model/AccessoryLimits.h"
#include "model/Agreement.h"
#include "model/CaseCategoryList.h"
#include "model/ProblemType.h"
#include "model/Region.h"
#include "model/RegionInfo.h"
#include "net/Error.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace osm {
class ApiClient;
class CreateCaseDraftStore;
class Outbox;
}

namespace osm::ui {

class AttachmentStagingList;
class ContactVerificationRow;
class ExtendsParamsForm;

// New case (工单), the reference's flow (API.md chapter 4, 5.3.5, 5.8, 5.13, 5.1, 5.7) in one scrolling form:
//  problem — sub-type → product category (5.8.5) → problem type (5.8.2); severity (5.8.9, only those the
//            support plan allows); region (5.8.7, the user's own regions of 5.3.4 first) when the problem
//            type is a fault report (case_type 5); quota left (5.7.1);
//  description — pre-filled from the problem type's template (5.8.4) while the user has not changed it,
//            counted as typed against create_case's 2000 characters;
//  additional information — 5.8.3 extends_params as a form (ExtendsParamsForm);
//  attachments — staged, checked against 5.5.6 and uploaded (accessory_from incident) on submit;
//  contact — country code (5.8.1), mobile, e-mail, reminder time, CC e-mails (at most 5.8.10's count); a
//            contact that is not a registered one is verified first (ContactVerificationRow, 5.13);
//  agreement — when the latest (5.1.2) is not signed: shown (5.1.1, sanitised) and accepted, signed on
//            submit (5.1.3) and its record passed to create_case.
// Everything is a draft (CreateCaseDraft) saved as typed; a failed submit keeps it and names the field.
// On success caseCreated(id) is emitted, the draft cleared and the dialog accepted.
//
// With the account's outbox (the session has a local store), the draft lives in the store
// (CreateCaseDraftStore: staged files copied in at once, the form autosaved as typed; a draft left in
// QSettings by an older version moves in once), and Submit, once the form passes its own checks, records
// the case in the outbox (CreateCaseSender uploads, signs and creates it, also after a restart or offline):
// caseQueued(itemId) is emitted and the dialog accepted. Without one, the wizard submits directly as before.
class CreateCaseWizard : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDescriptionMax = 2000; // create_case simple_description
    static constexpr int kSaveDelayMs = 300;     // draft writes are grouped by this much

    explicit CreateCaseWizard(ApiClient *client, QWidget *parent = nullptr);
    CreateCaseWizard(ApiClient *client, Outbox *outbox, QWidget *parent = nullptr);
    ~CreateCaseWizard() override; // saves the draft

    // Reads every configuration list again (X-Language changed, or the first time).
    void reload();
    // Checks, uploads, signs the agreement if needed, then create_case.
    void submit();
    bool isSubmitting() const { return m_submitting; }
    bool isLoading() const { return m_pendingLoads > 0; }

    CreateCaseDraft draft() const { return m_draft; }
    // The last refusal: the parameter it names (create_case's names, a param_key, "file", "agreement",
    // "quota"…) and its text; empty when none.
    QString errorField() const { return m_errorField; }
    QString errorText() const;

    QComboBox *subTypeCombo() const { return m_subType; }
    QComboBox *productCombo() const { return m_product; }
    QComboBox *problemCombo() const { return m_problem; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *areaCodeCombo() const { return m_areaCode; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLabel *descriptionCounter() const { return m_counter; }
    ExtendsParamsForm *extendsForm() const { return m_extends; }
    AttachmentStagingList *attachments() const { return m_attachments; }
    QLineEdit *mobileEdit() const { return m_mobile; }
    QLineEdit *mailEdit() const { return m_mail; }
    QLineEdit *ccEdit() const { return m_cc; }
    QLineEdit *remindTimeEdit() const { return m_remindTime; }
    ContactVerificationRow *mobileVerification() const { return m_mobileVerify; }
    ContactVerificationRow *mailVerification() const { return m_mailVerify; }
    QGroupBox *agreementBox() const { return m_agreementBox; }
    QCheckBox *agreementCheck() const { return m_agreementCheck; }
    QLabel *quotaLabel() const { return m_quotaLabel; }
    QPushButton *submitButton() const { return m_submitButton; }
    // Whether the region row is asked for (the chosen problem type is a fault report).
    bool needsRegion() const;
    bool needsAgreement() const { return m_agreement.has_value(); }
    bool usesOutbox() const;

    // Edit on a new case waiting in the outbox: its values and files become the store's draft (asking first
    // when another draft would be replaced) and the item is removed; open a wizard next to show it.
    // False when nothing was taken (the user declined, the item is being sent or is not a new case).
    static bool takeBackFromOutbox(Outbox &outbox, qint64 itemId, QWidget *parent);

Q_SIGNALS:
    void caseCreated(const QString &caseId);
    // Recorded in the outbox (see above); the case is created when the item is sent.
    void caseQueued(qint64 itemId);
    // Every list the current selection depends on has arrived (used by tests and to enable Submit).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void buildUi();
    void retranslateUi();
    void connectDraft();

    void loadCategories();
    void loadProblemTypes();
    void loadProblemDetails(); // templates, severities, extends params, quota
    void loadQuota();
    void fillProducts();
    void fillRegions();
    api::CreateCaseParams buildParams() const;
    void applyProblemType();
    void subTypeChosen();
    void productChosen();
    void problemChosen();

    void beginLoad();
    void endLoad();

    void scheduleSave();
    void saveNow();
    CreateCaseDraft loadDraft();
    void enqueue();
    void updateCounter();
    void updateContactChecks();
    void updateQuotaText();
    void updateSubmitState();

    // Submit steps (each continues with the next or stops with a refusal).
    Error checkForm() const;
    void uploadNext();
    void signAgreementIfNeeded();
    void sendCreate();
    void refuse(const Error &error);
    void clearRefusal();
    QWidget *widgetForField(const QString &field) const;
    QString labelForField(const QString &field) const;
    static QString fieldForCode(const QString &code);

    ApiClient *m_client;
    QPointer<Outbox> m_outbox;
    std::unique_ptr<CreateCaseDraftStore> m_drafts; // the store's draft table; none: QSettings
    CreateCaseDraft m_draft;
    QTimer m_saveTimer;
    bool m_submitting = false;
    bool m_submitAfterCheck = false; // submit asked while a contact was being checked: go on once it answers
    int m_pendingLoads = 0;
    int m_problemGeneration = 0; // answers for a problem type no longer chosen are ignored
    int m_productGeneration = 0;

    CaseCategoryList m_categories;
    QList<Region> m_regions;               // 5.8.7
    QList<RegionInfo> m_customerRegions;   // 5.3.4: offered first
    bool m_freshDraft = false;             // nothing typed yet: the registered contacts are offered
    bool m_done = false;                   // created: nothing more is saved
    QList<ProblemType> m_problemTypes;
    AccessoryLimits m_limits;
    bool m_limitsKnown = false;
    int m_ccMax = 0; // 5.8.10; 0 = not known
    std::optional<Agreement> m_agreement; // the latest agreement, while it is not signed
    std::optional<qint64> m_quotaTotal;   // 5.7.1 for the chosen problem type
    qint64 m_quotaLeft = 0;
    QString m_quotaMeasure;

    QString m_errorField;
    Error m_error;

    // Problem
    QComboBox *m_subType = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_problem = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_quotaLabel = nullptr;
    QFormLayout *m_problemForm = nullptr;
    // Description
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_counter = nullptr;
    ExtendsParamsForm *m_extends = nullptr;
    AttachmentStagingList *m_attachments = nullptr;
    // Contact
    QComboBox *m_areaCode = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_mail = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_remindTime = nullptr;
    ContactVerificationRow *m_mobileVerify = nullptr;
    ContactVerificationRow *m_mailVerify = nullptr;
    QFormLayout *m_contactForm = nullptr;
    // Agreement
    QGroupBox *m_agreementBox = nullptr;
    QTextBrowser *m_agreementText = nullptr;
    QCheckBox *m_agreementCheck = nullptr;

    QGroupBox *m_problemBox = nullptr;
    QGroupBox *m_descriptionBox = nullptr;
    QGroupBox *m_extendsBox = nullptr;
    QGroupBox *m_attachmentsBox = nullptr;
    QGroupBox *m_contactBox = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace osm::ui
