#include "ProfileDialog.h"

#include "account/CredentialStore.h"
#include "account/KeychainCredentialStore.h"
#include "account/ProfileStore.h"
#include "account/Site.h"
#include "net/Endpoint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace osm::ui {

namespace {

const QString kCustomSite = QStringLiteral("custom");

enum Page { AkSkPage = 0, PasswordPage = 1 };

QLineEdit *makeEdit(QWidget *parent, const char *objectName, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        // Nothing typed here should end up in an input method's history or a clipboard manager by accident.
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    return edit;
}

QLabel *makeErrorLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    // One line: a wrapped label's height-for-width is not honoured through the stacked pages, and the dialog
    // widening a little for a long reason reads better than a clipped one.
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

// The field, with its error line underneath in the field column (a row of its own, collapsed while empty).
void addRow(QFormLayout *form, QLabel *label, QWidget *field, QLabel *error)
{
    form->addRow(label, field);
    form->addRow(static_cast<QWidget *>(nullptr), error);
}

QLabel *makeBuddyLabel(QWidget *parent, QWidget *buddy, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setBuddy(buddy);
    return label;
}

void setError(QLabel *label, QWidget *field, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    field->setAccessibleDescription(text);
}

QUrl parseUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore &profiles, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_credentials(credentials), m_id(Profile::newId())
{
    buildUi();
    loadProfile(Profile::create());
    m_storedSecret = StoredSecret::Absent;
    retranslateUi();
    validate();
}

ProfileDialog::ProfileDialog(ProfileStore &profiles, CredentialStore &credentials, const Profile &existing,
                             QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_credentials(credentials), m_original(existing),
      m_id(existing.id.isEmpty() ? Profile::newId() : existing.id)
{
    buildUi();
    loadProfile(existing);
    retranslateUi();
    validate();
    probeStoredSecret();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::buildUi()
{
    setObjectName(QStringLiteral("profileDialog"));
    setModal(true);
    // Wide enough that an inline error or a translated label seldom needs a second line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    auto *top = new QVBoxLayout(this);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeText"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setVisible(false);
    top->addWidget(m_noticeLabel);

    m_bannerLabel = new QLabel(this);
    m_bannerLabel->setObjectName(QStringLiteral("keychainBanner"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::PlainText);
    m_bannerLabel->setFrameShape(QFrame::StyledPanel);
    m_bannerLabel->setMargin(6);
    m_bannerLabel->setVisible(false);
    top->addWidget(m_bannerLabel);

    // --- account and endpoint
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    top->addLayout(m_form);

    m_name = makeEdit(this, "profileName");
    m_name->setMaxLength(120);
    m_nameError = makeErrorLabel(this, "profileNameError");
    m_nameLabel = makeBuddyLabel(this, m_name, "profileNameLabel");
    addRow(m_form, m_nameLabel, m_name, m_nameError);

    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setSizePolicy(QSizePolicy::Expanding, m_site->sizePolicy().verticalPolicy());
    for (const Site &site : Site::all())
        m_site->addItem(site.displayName(), site.id);
    m_site->insertSeparator(m_site->count());
    m_site->addItem(QString(), kCustomSite);
    m_siteInfo = new QLabel(this);
    m_siteInfo->setObjectName(QStringLiteral("siteInfo"));
    m_siteInfo->setTextFormat(Qt::PlainText);
    m_siteInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_siteInfo->setEnabled(false); // the dimmed look of secondary text
    m_siteLabel = makeBuddyLabel(this, m_site, "siteLabel");
    m_form->addRow(m_siteLabel, m_site);
    m_form->addRow(static_cast<QWidget *>(nullptr), m_siteInfo);

    m_osmUrl = makeEdit(this, "osmUrl");
    m_osmUrlError = makeErrorLabel(this, "osmUrlError");
    m_osmUrlLabel = makeBuddyLabel(this, m_osmUrl, "osmUrlLabel");
    m_osmUrlRow = m_osmUrl;
    addRow(m_form, m_osmUrlLabel, m_osmUrl, m_osmUrlError);

    m_iamUrl = makeEdit(this, "iamUrl");
    m_iamUrlError = makeErrorLabel(this, "iamUrlError");
    m_iamUrlLabel = makeBuddyLabel(this, m_iamUrl, "iamUrlLabel");
    m_iamUrlRow = m_iamUrl;
    addRow(m_form, m_iamUrlLabel, m_iamUrl, m_iamUrlError);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("authMethod"));
    m_method->addItem(QString(), QVariant::fromValue(int(Credentials::Method::AkSk)));
    m_method->addItem(QString(), QVariant::fromValue(int(Credentials::Method::Password)));
    m_method->setSizePolicy(QSizePolicy::Expanding, m_method->sizePolicy().verticalPolicy());
    m_methodLabel = makeBuddyLabel(this, m_method, "authMethodLabel");
    m_form->addRow(m_methodLabel, m_method);

    // --- the method's page
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("authPages"));
    top->addWidget(m_pages);

    auto *akPage = new QWidget(m_pages);
    akPage->setObjectName(QStringLiteral("akSkPage"));
    m_akForm = new QFormLayout(akPage);
    m_akForm->setContentsMargins(0, 0, 0, 0);
    m_akForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_accessKey = makeEdit(akPage, "accessKey");
    m_accessKeyError = makeErrorLabel(akPage, "accessKeyError");
    m_accessKeyLabel = makeBuddyLabel(akPage, m_accessKey, "accessKeyLabel");
    addRow(m_akForm, m_accessKeyLabel, m_accessKey, m_accessKeyError);
    m_secretKey = makeEdit(akPage, "secretKey", true);
    m_secretKeyError = makeErrorLabel(akPage, "secretKeyError");
    m_secretKeyLabel = makeBuddyLabel(akPage, m_secretKey, "secretKeyLabel");
    addRow(m_akForm, m_secretKeyLabel, m_secretKey, m_secretKeyError);
    m_domainId = makeEdit(akPage, "domainId");
    m_domainIdLabel = makeBuddyLabel(akPage, m_domainId, "domainIdLabel");
    m_akForm->addRow(m_domainIdLabel, m_domainId);
    m_temporaryKey = new QCheckBox(akPage);
    m_temporaryKey->setObjectName(QStringLiteral("temporaryKey"));
    m_akForm->addRow(QString(), m_temporaryKey);
    m_token = makeEdit(akPage, "securityToken", true);
    m_tokenError = makeErrorLabel(akPage, "securityTokenError");
    m_tokenLabel = makeBuddyLabel(akPage, m_token, "securityTokenLabel");
    m_tokenRow = m_token;
    addRow(m_akForm, m_tokenLabel, m_token, m_tokenError);
    m_pages->addWidget(akPage);

    auto *passwordPage = new QWidget(m_pages);
    passwordPage->setObjectName(QStringLiteral("passwordPage"));
    auto *pwForm = new QFormLayout(passwordPage);
    pwForm->setContentsMargins(0, 0, 0, 0);
    pwForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_iamDomain = makeEdit(passwordPage, "iamDomain");
    m_iamDomainError = makeErrorLabel(passwordPage, "iamDomainError");
    m_iamDomainLabel = makeBuddyLabel(passwordPage, m_iamDomain, "iamDomainLabel");
    addRow(pwForm, m_iamDomainLabel, m_iamDomain, m_iamDomainError);
    m_iamUser = makeEdit(passwordPage, "iamUser");
    m_iamUserError = makeErrorLabel(passwordPage, "iamUserError");
    m_iamUserLabel = makeBuddyLabel(passwordPage, m_iamUser, "iamUserLabel");
    addRow(pwForm, m_iamUserLabel, m_iamUser, m_iamUserError);
    m_password = makeEdit(passwordPage, "password", true);
    m_passwordError = makeErrorLabel(passwordPage, "passwordError");
    m_passwordLabel = makeBuddyLabel(passwordPage, m_password, "passwordLabel");
    addRow(pwForm, m_passwordLabel, m_password, m_passwordError);
    m_projectId = makeEdit(passwordPage, "projectId");
    m_projectIdLabel = makeBuddyLabel(passwordPage, m_projectId, "projectIdLabel");
    pwForm->addRow(m_projectIdLabel, m_projectId);
    m_pages->addWidget(passwordPage);

    top->addStretch(1);

    // --- progress and status
    auto *statusRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("saveProgress"));
    m_progress->setRange(0, 0); // busy: a keychain gives no percentage
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    statusRow->addWidget(m_progress, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    top->addLayout(statusRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_forget = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_forget->setObjectName(QStringLiteral("forgetSecretButton"));
    m_forget->setAutoDefault(false);
    m_forget->setVisible(isEditing());
    top->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, &ProfileDialog::forgetSecret);

    const QList<QLineEdit *> edits{m_name,      m_osmUrl,    m_iamUrl,  m_accessKey, m_secretKey,
                                   m_domainId,  m_token,     m_iamDomain, m_iamUser, m_password,
                                   m_projectId};
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            validate();
        });
        // Leaving a field counts as having seen it: a required field left empty says so from then on.
        // (Qt 6's editingFinished skips a focus-out without changes, hence the filter.)
        edit->installEventFilter(this);
    }
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomVisibility();
        validate();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index == 1 ? PasswordPage : AkSkPage);
        updateSecretPlaceholders();
        validate();
    });
    connect(m_temporaryKey, &QCheckBox::toggled, this, [this] {
        updateTokenState();
        updateSecretPlaceholders();
        validate();
    });
    connect(m_accessKey, &QLineEdit::textChanged, this, &ProfileDialog::updateSecretPlaceholders);
    connect(m_iamDomain, &QLineEdit::textChanged, this, &ProfileDialog::updateSecretPlaceholders);
    connect(m_iamUser, &QLineEdit::textChanged, this, &ProfileDialog::updateSecretPlaceholders);

    if (auto *keychain = qobject_cast<KeychainCredentialStore *>(&m_credentials)) {
        if (keychain->memoryOnly())
            showMemoryOnlyBanner(keychain->memoryOnlyReason());
        connect(keychain, &KeychainCredentialStore::backendUnavailable, this,
                &ProfileDialog::showMemoryOnlyBanner);
    }

    // Top to bottom, as the form reads; the fields of the hidden page are skipped by Qt automatically.
    QWidget::setTabOrder(m_name, m_site);
    QWidget::setTabOrder(m_site, m_osmUrl);
    QWidget::setTabOrder(m_osmUrl, m_iamUrl);
    QWidget::setTabOrder(m_iamUrl, m_method);
    QWidget::setTabOrder(m_method, m_accessKey);
    QWidget::setTabOrder(m_accessKey, m_secretKey);
    QWidget::setTabOrder(m_secretKey, m_domainId);
    QWidget::setTabOrder(m_domainId, m_temporaryKey);
    QWidget::setTabOrder(m_temporaryKey, m_token);
    QWidget::setTabOrder(m_token, m_iamDomain);
    QWidget::setTabOrder(m_iamDomain, m_iamUser);
    QWidget::setTabOrder(m_iamUser, m_password);
    QWidget::setTabOrder(m_password, m_projectId);
    QWidget::setTabOrder(m_projectId, m_buttons->button(QDialogButtonBox::Ok));
    QWidget::setTabOrder(m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel));
    QWidget::setTabOrder(m_buttons->button(QDialogButtonBox::Cancel), m_forget);

    m_name->setFocus();
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit Account") : tr("Add Account"));
    setAccessibleName(windowTitle());

    m_noticeLabel->setAccessibleName(tr("Notice"));
    m_bannerLabel->setAccessibleName(tr("Keychain warning"));

    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Account name"));
    //: Placeholder of the account name field
    m_name->setPlaceholderText(tr("e.g. Production account"));
    m_nameError->setAccessibleName(tr("Account name problem"));

    m_siteLabel->setText(tr("&Site:"));
    m_site->setAccessibleName(tr("Site"));
    const QList<Site> sites = Site::all();
    for (int i = 0; i < m_site->count(); ++i) {
        const QString id = m_site->itemData(i).toString();
        if (id == kCustomSite) {
            m_site->setItemText(i, tr("Custom endpoint…"));
            continue;
        }
        if (const std::optional<Site> site = Site::byId(id))
            m_site->setItemText(i, site->displayName());
    }
    m_siteInfo->setAccessibleName(tr("Site addresses"));

    m_osmUrlLabel->setText(tr("&OSM URL:"));
    m_osmUrl->setAccessibleName(tr("OSM URL"));
    //: Placeholder; only loopback addresses may use plain http
    m_osmUrl->setPlaceholderText(tr("https://osm.example.com or http://127.0.0.1:8080"));
    m_osmUrlError->setAccessibleName(tr("OSM URL problem"));
    m_iamUrlLabel->setText(tr("&IAM URL:"));
    m_iamUrl->setAccessibleName(tr("IAM URL"));
    //: Placeholder; only loopback addresses may use plain http
    m_iamUrl->setPlaceholderText(tr("https://iam.example.com or http://127.0.0.1:8080"));
    m_iamUrlError->setAccessibleName(tr("IAM URL problem"));

    m_methodLabel->setText(tr("Sign in &with:"));
    m_method->setAccessibleName(tr("Sign-in method"));
    m_method->setItemText(AkSkPage, tr("Access key (AK/SK)"));
    m_method->setItemText(PasswordPage, tr("IAM user and password"));
    m_pages->setAccessibleName(tr("Sign-in details"));

    m_accessKeyLabel->setText(tr("&Access key (AK):"));
    m_accessKey->setAccessibleName(tr("Access key"));
    m_accessKeyError->setAccessibleName(tr("Access key problem"));
    m_secretKeyLabel->setText(tr("S&ecret key (SK):"));
    m_secretKey->setAccessibleName(tr("Secret key"));
    m_secretKeyError->setAccessibleName(tr("Secret key problem"));
    m_domainIdLabel->setText(tr("&Domain ID:"));
    m_domainId->setAccessibleName(tr("Domain ID"));
    m_domainId->setPlaceholderText(tr("Looked up automatically when empty"));
    m_temporaryKey->setText(tr("&Temporary key (with a security token)"));
    m_temporaryKey->setAccessibleName(tr("Temporary key"));
    m_tokenLabel->setText(tr("Security to&ken:"));
    m_token->setAccessibleName(tr("Security token"));
    m_tokenError->setAccessibleName(tr("Security token problem"));

    //: The Huawei Cloud account that the IAM user belongs to
    m_iamDomainLabel->setText(tr("A&ccount name:"));
    m_iamDomain->setAccessibleName(tr("Account (domain) name"));
    m_iamDomain->setToolTip(tr("The Huawei Cloud account (domain) that the IAM user belongs to"));
    m_iamDomainError->setAccessibleName(tr("Account name problem"));
    m_iamUserLabel->setText(tr("IAM &user name:"));
    m_iamUser->setAccessibleName(tr("IAM user name"));
    m_iamUserError->setAccessibleName(tr("IAM user name problem"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_passwordError->setAccessibleName(tr("Password problem"));
    m_projectIdLabel->setText(tr("Pro&ject ID:"));
    m_projectId->setAccessibleName(tr("Project ID"));
    m_projectId->setPlaceholderText(tr("Optional; the account is the scope when empty"));

    m_progress->setAccessibleName(tr("Saving"));
    m_status->setAccessibleName(tr("Status"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_phase == Phase::Warned ? tr("C&ontinue") : tr("Sa&ve"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(m_phase == Phase::Warned ? tr("Continue")
                                                                                         : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_forget->setText(tr("&Forget Stored Secret"));
    m_forget->setAccessibleName(tr("Forget stored secret"));
    m_forget->setToolTip(tr("Remove this account's secret from the keychain; you will have to enter it again"));

    // One label column for the main form and the pages, so the fields line up.
    const QList<QLabel *> labels{m_nameLabel,      m_siteLabel,     m_osmUrlLabel,   m_iamUrlLabel,
                                 m_methodLabel,    m_accessKeyLabel, m_secretKeyLabel, m_domainIdLabel,
                                 m_tokenLabel,     m_iamDomainLabel, m_iamUserLabel,  m_passwordLabel,
                                 m_projectIdLabel};
    int width = 0;
    for (QLabel *label : labels) {
        label->setMinimumWidth(0);
        width = std::max(width, label->sizeHint().width());
    }
    for (QLabel *label : labels)
        label->setMinimumWidth(width);

    updateCustomVisibility();
    updateSecretPlaceholders();
}

bool ProfileDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (auto *edit = qobject_cast<QLineEdit *>(watched); edit && !m_touched.contains(edit)) {
            m_touched.insert(edit);
            validate();
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    } else if (event->type() == QEvent::PaletteChange) {
        validate(); // the error colour follows light and dark palettes
    }
    QDialog::changeEvent(event);
}

void ProfileDialog::setNotice(const QString &text)
{
    m_notice = text;
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

void ProfileDialog::showMemoryOnlyBanner(const QString &reason)
{
    m_bannerLabel->setText(reason);
    m_bannerLabel->setVisible(!reason.isEmpty());
}

void ProfileDialog::loadProfile(const Profile &profile)
{
    m_name->setText(profile.name);
    const std::optional<Site> site = Site::byId(profile.siteId);
    const bool custom = !site || !profile.customOsmUrl.isEmpty() || !profile.customIamUrl.isEmpty();
    if (custom) {
        m_site->setCurrentIndex(m_site->findData(kCustomSite));
        const Endpoint endpoint = profile.endpoint();
        m_osmUrl->setText(endpoint.osm.toString());
        m_iamUrl->setText(endpoint.iam.toString());
    } else {
        m_site->setCurrentIndex(m_site->findData(site->id));
    }
    const bool password = profile.method == Credentials::Method::Password;
    m_method->setCurrentIndex(password ? PasswordPage : AkSkPage);
    m_pages->setCurrentIndex(password ? PasswordPage : AkSkPage);
    m_accessKey->setText(profile.accessKey);
    m_domainId->setText(profile.domainId);
    m_temporaryKey->setChecked(profile.temporaryKey);
    m_iamDomain->setText(profile.iamDomain);
    m_iamUser->setText(profile.iamUser);
    m_projectId->setText(profile.projectId);
    updateTokenState();
}

void ProfileDialog::probeStoredSecret()
{
    // Only whether one is there: the value is dropped at once and never shown.
    const int generation = m_generation;
    m_credentials.readSecret(m_id, this, [this, generation](const Result<Secret> &secret) {
        if (generation != m_generation || m_storedSecret != StoredSecret::Unknown)
            return;
        // Anything unreadable counts as absent: the account cannot sign in with it, so ask for it again.
        m_storedSecret = secret.ok() && !secret.value().isEmpty() ? StoredSecret::Present : StoredSecret::Absent;
        updateSecretPlaceholders();
        validate();
    });
}

bool ProfileDialog::isCustomSite() const
{
    return m_site->currentData().toString() == kCustomSite;
}

Credentials::Method ProfileDialog::method() const
{
    return m_method->currentIndex() == PasswordPage ? Credentials::Method::Password : Credentials::Method::AkSk;
}

bool ProfileDialog::secretRequired() const
{
    if (!m_original || m_storedSecret == StoredSecret::Absent)
        return true;
    const Profile &before = *m_original;
    if (method() != before.method)
        return true;
    if (method() == Credentials::Method::AkSk) {
        // A stored SK belongs to its AK; a token cannot be kept when none was stored.
        return m_accessKey->text().trimmed() != before.accessKey
               || (m_temporaryKey->isChecked() && !before.temporaryKey);
    }
    // A password belongs to its user.
    return m_iamDomain->text().trimmed() != before.iamDomain || m_iamUser->text().trimmed() != before.iamUser;
}

bool ProfileDialog::anySecretTyped() const
{
    if (method() == Credentials::Method::AkSk)
        return !m_secretKey->text().isEmpty() || (m_temporaryKey->isChecked() && !m_token->text().isEmpty());
    return !m_password->text().isEmpty();
}

std::optional<Secret> ProfileDialog::secretFromForm() const
{
    if (!secretRequired() && !anySecretTyped())
        return std::nullopt; // keep the stored one
    Secret secret;
    if (method() == Credentials::Method::AkSk) {
        secret.secretKey = m_secretKey->text().trimmed();
        if (m_temporaryKey->isChecked())
            secret.securityToken = m_token->text().trimmed();
    } else {
        secret.password = m_password->text(); // spaces may be part of a password
    }
    return secret;
}

Profile ProfileDialog::profileFromForm() const
{
    Profile profile = m_original.value_or(Profile{});
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    if (isCustomSite()) {
        profile.siteId = kCustomSite;
        profile.customOsmUrl = parseUrl(m_osmUrl->text());
        profile.customIamUrl = parseUrl(m_iamUrl->text());
    } else {
        profile.siteId = m_site->currentData().toString();
        profile.customOsmUrl.clear();
        profile.customIamUrl.clear();
    }
    profile.method = method();
    // Only the chosen method's fields, so a profile never carries half of another method.
    profile.accessKey.clear();
    profile.domainId.clear();
    profile.temporaryKey = false;
    profile.iamDomain.clear();
    profile.iamUser.clear();
    profile.projectId.clear();
    if (profile.method == Credentials::Method::AkSk) {
        profile.accessKey = m_accessKey->text().trimmed();
        profile.domainId = m_domainId->text().trimmed();
        profile.temporaryKey = m_temporaryKey->isChecked();
    } else {
        profile.iamDomain = m_iamDomain->text().trimmed();
        profile.iamUser = m_iamUser->text().trimmed();
        profile.projectId = m_projectId->text().trimmed();
    }
    return profile;
}

void ProfileDialog::updateCustomVisibility()
{
    const bool custom = isCustomSite();
    m_form->setRowVisible(m_osmUrlRow, custom);
    m_form->setRowVisible(m_iamUrlRow, custom);
    if (const std::optional<Site> site = Site::byId(m_site->currentData().toString()); site && !custom) {
        //: %1 and %2 are the OSM and IAM addresses of the chosen site
        m_siteInfo->setText(tr("OSM %1 · IAM %2").arg(site->osmUrl.host(), site->iamUrl.host()));
        m_siteInfo->setVisible(true);
    } else {
        m_siteInfo->clear();
        m_siteInfo->setVisible(false);
    }
}

void ProfileDialog::updateTokenState()
{
    m_akForm->setRowVisible(m_tokenRow, m_temporaryKey->isChecked());
}

void ProfileDialog::updateSecretPlaceholders()
{
    QString placeholder;
    if (m_original) {
        if (m_storedSecret == StoredSecret::Absent)
            placeholder = tr("No secret is stored; enter it");
        else if (!secretRequired())
            placeholder = tr("Unchanged; type to replace");
    }
    m_secretKey->setPlaceholderText(placeholder);
    m_password->setPlaceholderText(placeholder);
    // A token is only "unchanged" when one was stored with the key.
    m_token->setPlaceholderText(m_original && m_original->temporaryKey ? placeholder : QString());
    m_forget->setEnabled(m_phase == Phase::Editing && m_storedSecret != StoredSecret::Absent);
}

bool ProfileDialog::isFormValid() const
{
    // validate() runs on every change and keeps the OK button's state current.
    return m_phase == Phase::Editing && m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ProfileDialog::validate()
{
    if (!m_buttons)
        return;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor errorColor = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    bool valid = true;

    // A "required" error is shown once the user has been in the field; a wrong value always.
    auto required = [&](QLineEdit *edit, QLabel *error, const QString &message, bool needed = true) {
        const bool missing = needed && edit->text().trimmed().isEmpty();
        if (missing)
            valid = false;
        setError(error, edit, missing && m_touched.contains(edit) ? message : QString());
        return !missing;
    };

    if (required(m_name, m_nameError, tr("Enter a name for this account."))) {
        const QString name = m_name->text().trimmed();
        for (const Profile &other : m_profiles.list()) {
            if (other.id != m_id && other.name.compare(name, Qt::CaseInsensitive) == 0) {
                //: %1 is an account name
                setError(m_nameError, m_name, tr("Another account is already called \"%1\".").arg(other.name));
                valid = false;
                break;
            }
        }
    }

    if (isCustomSite()) {
        const std::pair<QLineEdit *, QLabel *> urls[] = {{m_osmUrl, m_osmUrlError}, {m_iamUrl, m_iamUrlError}};
        for (const auto &[edit, error] : urls) {
            if (!required(edit, error, tr("Enter the address.")))
                continue;
            if (const QString problem = Endpoint::checkUrl(parseUrl(edit->text())); !problem.isEmpty()) {
                setError(error, edit, problem);
                valid = false;
            }
        }
    } else {
        setError(m_osmUrlError, m_osmUrl, {});
        setError(m_iamUrlError, m_iamUrl, {});
    }

    const bool needSecret = secretRequired() || anySecretTyped();
    if (method() == Credentials::Method::AkSk) {
        if (required(m_accessKey, m_accessKeyError, tr("Enter the access key (AK)."))
            && m_accessKey->text().trimmed().contains(QLatin1Char(' '))) {
            setError(m_accessKeyError, m_accessKey, tr("An access key has no spaces."));
            valid = false;
        }
        required(m_secretKey, m_secretKeyError, tr("Enter the secret key (SK)."), needSecret);
        required(m_token, m_tokenError, tr("A temporary key needs its security token."),
                 needSecret && m_temporaryKey->isChecked());
        for (QLabel *error : {m_iamDomainError, m_iamUserError, m_passwordError})
            error->setVisible(false);
    } else {
        required(m_iamDomain, m_iamDomainError, tr("Enter the account (domain) name."));
        required(m_iamUser, m_iamUserError, tr("Enter the IAM user name."));
        required(m_password, m_passwordError, tr("Enter the password."), needSecret);
        for (QLabel *error : {m_accessKeyError, m_secretKeyError, m_tokenError})
            error->setVisible(false);
    }

    for (QLabel *error : findChildren<QLabel *>()) {
        if (!error->objectName().endsWith(QLatin1String("Error")))
            continue;
        QPalette pal = error->palette();
        pal.setColor(QPalette::WindowText, errorColor);
        error->setPalette(pal);
    }

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && m_phase == Phase::Editing);
    growToFit();
}

void ProfileDialog::growToFit()
{
    // An error line that appears needs room; grow (never shrink under the user's hands) once the layout has
    // taken the new texts in.
    if (!isVisible())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QSize wanted = size().expandedTo(sizeHint());
            if (wanted != size())
                resize(wanted);
        },
        Qt::QueuedConnection);
}

void ProfileDialog::setFormEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_site, m_osmUrl, m_iamUrl, m_method, m_pages})
        w->setEnabled(enabled);
    m_forget->setEnabled(enabled && m_storedSecret != StoredSecret::Absent);
}

void ProfileDialog::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    setFormEnabled(!busy);
    if (busy)
        showStatus(message, false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ProfileDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (isError) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    }
    m_status->setPalette(pal);
    growToFit();
}

void ProfileDialog::accept()
{
    if (m_phase == Phase::Warned) {
        QDialog::accept();
        return;
    }
    if (m_phase != Phase::Editing)
        return;
    // Whatever is still wrong becomes visible now.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        m_touched.insert(edit);
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;

    const Profile profile = profileFromForm();
    const std::optional<Secret> secret = secretFromForm();
    if (!secret) {
        finishSave(profile);
        QDialog::accept();
        return;
    }
    m_phase = Phase::Saving;
    const int generation = ++m_generation;
    setBusy(true, tr("Saving the secret in the keychain…"));
    m_credentials.writeSecret(profile.id, *secret, this, [this, profile, generation](const Error &error) {
        onSecretWritten(profile, error, generation);
    });
}

void ProfileDialog::onSecretWritten(const Profile &profile, const Error &error, int generation)
{
    if (generation != m_generation || m_phase != Phase::Saving)
        return; // cancelled meanwhile
    setBusy(false);
    if (!error) {
        m_storedSecret = StoredSecret::Present;
        finishSave(profile);
        showStatus({}, false);
        QDialog::accept();
        return;
    }

    // "no-keychain" means the store kept the secret in memory; the keychain store keeps it in memory after any
    // failed write too. Either way the account works now, and only now.
    const bool keptInMemory = error.code() == QLatin1String("no-keychain")
                              || qobject_cast<KeychainCredentialStore *>(&m_credentials) != nullptr;
    const QString reason = error.detail().isEmpty() ? error.userMessage() : error.detail();
    if (keptInMemory) {
        finishSave(profile);
        m_memoryOnly = true;
        m_bannerLabel->setVisible(false); // the status below says it all, for this very secret
        m_phase = Phase::Warned;
        setFormEnabled(false);
        //: %1 is the keychain's reason, a sentence
        showStatus(tr("The secret will be forgotten when OSM Desk quits: it could not be stored in the "
                      "keychain, so it is kept in memory for this session only. You will have to enter it "
                      "again next time.\n%1")
                       .arg(reason),
                   true);
        m_buttons->button(QDialogButtonBox::Cancel)->setVisible(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Ok)->setFocus();
        retranslateUi();
        return;
    }

    m_phase = Phase::Editing;
    setFormEnabled(true);
    //: %1 is the keychain's reason, a sentence
    showStatus(tr("The secret could not be saved, so the account was not saved either. %1").arg(reason), true);
    validate();
}

void ProfileDialog::finishSave(const Profile &profile)
{
    m_savedId = m_profiles.save(profile);
    m_profiles.setActiveProfileId(m_savedId);
    m_original = profile;
    m_original->id = m_savedId;
}

void ProfileDialog::reject()
{
    if (m_phase == Phase::Warned) {
        // The profile is already saved and its secret is in memory: closing means continuing.
        QDialog::accept();
        return;
    }
    if (m_phase == Phase::Saving) {
        // The keychain may still store the secret; the profile is not saved, so it stays unused.
        ++m_generation;
        m_phase = Phase::Editing;
        setBusy(false);
        showStatus({}, false);
        validate();
    }
    QDialog::reject();
}

void ProfileDialog::forgetSecret()
{
    if (!m_original || m_phase != Phase::Editing)
        return;
    m_phase = Phase::Saving;
    const int generation = ++m_generation;
    setBusy(true, tr("Removing the secret from the keychain…"));
    m_credentials.removeSecret(m_id, this, [this, generation](const Error &error) {
        if (generation != m_generation)
            return;
        m_phase = Phase::Editing;
        setBusy(false);
        if (error && error.code() != QLatin1String("no-keychain")) {
            const QString reason = error.detail().isEmpty() ? error.userMessage() : error.detail();
            //: %1 is the keychain's reason, a sentence
            showStatus(tr("The secret could not be removed. %1").arg(reason), true);
        } else {
            m_storedSecret = StoredSecret::Absent;
            showStatus(tr("The stored secret was removed. Enter it again to sign in with this account."), false);
        }
        updateSecretPlaceholders();
        setFormEnabled(true);
        validate();
    });
}

} // namespace osm::ui
