#pragma once

#include "account/Profile.h"
#include "account/Secret.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace osm {
class CredentialStore;
class Error;
class ProfileStore;
} // namespace osm

namespace osm::ui {

// Creates or edits one account profile: name, site or custom endpoint, and the sign-in method with its
// secrets. On accept the profile goes to the ProfileStore (which holds no secrets), the secret to the
// CredentialStore (asynchronously, with progress), and the profile becomes the active one.
//
// When editing, the secret fields start empty and mean "keep the stored secret"; they become required when
// what the secret belongs to changes (the method, the access key, the IAM user) or when no secret is stored.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // A new profile.
    ProfileDialog(ProfileStore &profiles, CredentialStore &credentials, QWidget *parent = nullptr);
    // Editing `existing` (which must have an id).
    ProfileDialog(ProfileStore &profiles, CredentialStore &credentials, const Profile &existing,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // A sentence shown above the form, e.g. why the dialog opened ("no secret is stored for this account").
    void setNotice(const QString &text);

    bool isEditing() const { return m_original.has_value(); }
    // The id saved under; empty until the dialog was accepted.
    QString savedProfileId() const { return m_savedId; }
    // True when the secret was kept in memory only and will be forgotten when the app quits.
    bool secretIsMemoryOnly() const { return m_memoryOnly; }

    // The profile as the form describes it right now (no secrets; the id is the edited one or a new one).
    Profile profileFromForm() const;
    bool isFormValid() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class StoredSecret { Unknown, Present, Absent };
    enum class Phase { Editing, Saving, Warned };

    void buildUi();
    void retranslateUi();
    void loadProfile(const Profile &profile);
    void probeStoredSecret();
    void validate();
    void growToFit();
    void updateCustomVisibility();
    void updateTokenState();
    void updateSecretPlaceholders();
    void setBusy(bool busy, const QString &message = {});
    void setFormEnabled(bool enabled);
    void showStatus(const QString &text, bool isError);
    void finishSave(const Profile &profile);
    void onSecretWritten(const Profile &profile, const Error &error, int generation);
    void forgetSecret();
    void showMemoryOnlyBanner(const QString &reason);

    bool isCustomSite() const;
    Credentials::Method method() const;
    bool secretRequired() const;
    bool anySecretTyped() const;
    std::optional<Secret> secretFromForm() const;

    ProfileStore &m_profiles;
    CredentialStore &m_credentials;
    std::optional<Profile> m_original;
    QString m_id;
    StoredSecret m_storedSecret = StoredSecret::Unknown;
    Phase m_phase = Phase::Editing;
    int m_generation = 0; // bumped when an answer still on its way must be ignored
    QString m_savedId;
    bool m_memoryOnly = false;
    QString m_notice;

    // Fields the user has typed into; "required" errors wait until then so a fresh form is not all red.
    QSet<const QWidget *> m_touched;

    QLabel *m_noticeLabel = nullptr;
    QLabel *m_bannerLabel = nullptr;

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;

    QLabel *m_siteLabel = nullptr;
    QComboBox *m_site = nullptr;
    QLabel *m_siteInfo = nullptr;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_akForm = nullptr;
    QWidget *m_osmUrlRow = nullptr;
    QWidget *m_iamUrlRow = nullptr;
    QWidget *m_tokenRow = nullptr;
    QLabel *m_osmUrlLabel = nullptr;
    QLineEdit *m_osmUrl = nullptr;
    QLabel *m_osmUrlError = nullptr;
    QLabel *m_iamUrlLabel = nullptr;
    QLineEdit *m_iamUrl = nullptr;
    QLabel *m_iamUrlError = nullptr;

    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QStackedWidget *m_pages = nullptr;

    QLabel *m_accessKeyLabel = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLabel *m_accessKeyError = nullptr;
    QLabel *m_secretKeyLabel = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLabel *m_secretKeyError = nullptr;
    QLabel *m_domainIdLabel = nullptr;
    QLineEdit *m_domainId = nullptr;
    QCheckBox *m_temporaryKey = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenError = nullptr;

    QLabel *m_iamDomainLabel = nullptr;
    QLineEdit *m_iamDomain = nullptr;
    QLabel *m_iamDomainError = nullptr;
    QLabel *m_iamUserLabel = nullptr;
    QLineEdit *m_iamUser = nullptr;
    QLabel *m_iamUserError = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_projectIdLabel = nullptr;
    QLineEdit *m_projectId = nullptr;

    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_forget = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace osm::ui
