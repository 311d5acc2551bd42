// The account profile dialog, headless: widgets found by object name, OK enabling, inline errors, and what
// accepting writes where (the profile to settings without secrets, the secret to the credential store).
#include "account/KeychainCredentialStore.h"
#include "account/MemoryCredentialStore.h"
#include "account/ProfileStore.h"
#include "account/Site.h"
#include "dialogs/ProfileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace osm;
using osm::ui::ProfileDialog;

namespace {
const QString kAk = QStringLiteral("AKTESTAK0123456789AB");
const QString kSk = QStringLiteral("SK-5e9f1c0a77-never-in-settings");
const QString kToken = QStringLiteral("TOKEN-77aa55ee33-never-in-settings");
const QString kPassword = QStringLiteral("pw Q8!never-in-settings");

template <typename T> T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

// Types as a user would (textEdited), so "required" errors may show.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

Result<Secret> readBack(CredentialStore &store, const QString &id)
{
    std::optional<Result<Secret>> answer;
    store.readSecret(id, nullptr, [&answer](const Result<Secret> &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        return Error(Error::Category::Timeout);
    return *answer;
}
} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_secrets;

    QPushButton *ok(ProfileDialog &d) { return child<QPushButton>(&d, "okButton"); }

    QByteArray settingsBytes()
    {
        m_settings->sync();
        QFile file(m_settings->fileName());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    void fillAkSk(ProfileDialog &d, const QString &name = QStringLiteral("Production"))
    {
        type(child<QLineEdit>(&d, "profileName"), name);
        type(child<QLineEdit>(&d, "accessKey"), kAk);
        type(child<QLineEdit>(&d, "secretKey"), kSk);
    }

    Profile savedAkSkProfile(bool withSecret)
    {
        Profile p = Profile::create(QStringLiteral("Existing"));
        p.accessKey = kAk;
        p.domainId = QStringLiteral("0123456789abcdef0123456789abcdef");
        p.id = m_profiles->save(p);
        if (withSecret) {
            bool done = false;
            Secret s;
            s.secretKey = kSk;
            m_secrets->writeSecret(p.id, s, nullptr, [&done](const Error &) { done = true; });
            [&] { QVERIFY(QTest::qWaitFor([&] { return done; }, 5000)); }();
        }
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The keychain test below must never reach a real keychain: no D-Bus session to find.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("osmdesk.ini")), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(*m_settings);
        m_secrets = std::make_unique<MemoryCredentialStore>();
    }

    void cleanup()
    {
        m_secrets.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void everyControlIsNamedAndLabelled()
    {
        ProfileDialog d(*m_profiles, *m_secrets, savedAkSkProfile(true));
        const auto widgets = d.findChildren<QWidget *>();
        int controls = 0;
        for (QWidget *w : widgets) {
            if (!(qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w)
                  || qobject_cast<QPushButton *>(w)))
                continue;
            if (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // a combo's internal line edit, if any
            ++controls;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(controls >= 15);
        // Every field label has a mnemonic and a buddy.
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (!label->objectName().endsWith(QLatin1String("Label")))
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->objectName()));
        }
        QVERIFY(child<QPushButton>(&d, "forgetSecretButton")->isVisibleTo(&d));
    }

    void okFollowsCompleteness()
    {
        ProfileDialog d(*m_profiles, *m_secrets);
        QVERIFY(!child<QPushButton>(&d, "forgetSecretButton")->isVisibleTo(&d));
        QVERIFY(!ok(d)->isEnabled());
        type(child<QLineEdit>(&d, "profileName"), QStringLiteral("Production"));
        QVERIFY(!ok(d)->isEnabled());
        type(child<QLineEdit>(&d, "accessKey"), kAk);
        QVERIFY(!ok(d)->isEnabled());
        type(child<QLineEdit>(&d, "secretKey"), kSk);
        QVERIFY(ok(d)->isEnabled());

        // A temporary key needs its token.
        auto *temporary = child<QCheckBox>(&d, "temporaryKey");
        auto *token = child<QLineEdit>(&d, "securityToken");
        QVERIFY(!token->isVisibleTo(&d));
        temporary->setChecked(true);
        QVERIFY(token->isVisibleTo(&d));
        QVERIFY(!ok(d)->isEnabled());
        type(token, kToken);
        QVERIFY(ok(d)->isEnabled());
        temporary->setChecked(false);
        QVERIFY(ok(d)->isEnabled());

        // Emptying a required field disables OK and says why, next to the field.
        type(child<QLineEdit>(&d, "secretKey"), QString());
        QVERIFY(!ok(d)->isEnabled());
        auto *skError = child<QLabel>(&d, "secretKeyError");
        QVERIFY(skError->isVisibleTo(&d));
        QVERIFY(!skError->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&d, "secretKey")->accessibleDescription(), skError->text());

        // The IAM password page has its own fields.
        auto *method = child<QComboBox>(&d, "authMethod");
        method->setCurrentIndex(1);
        QCOMPARE(child<QStackedWidget>(&d, "authPages")->currentWidget()->objectName(),
                 QStringLiteral("passwordPage"));
        QVERIFY(!ok(d)->isEnabled());
        type(child<QLineEdit>(&d, "iamDomain"), QStringLiteral("example-account"));
        type(child<QLineEdit>(&d, "iamUser"), QStringLiteral("support-bot"));
        QVERIFY(!ok(d)->isEnabled());
        type(child<QLineEdit>(&d, "password"), kPassword);
        QVERIFY(ok(d)->isEnabled());

        // Names are unique among accounts.
        savedAkSkProfile(false);
        type(child<QLineEdit>(&d, "profileName"), QStringLiteral("existing"));
        QVERIFY(!ok(d)->isEnabled());
        QVERIFY(child<QLabel>(&d, "profileNameError")->isVisibleTo(&d));
    }

    void customEndpointIsChecked()
    {
        ProfileDialog d(*m_profiles, *m_secrets);
        fillAkSk(d);
        QVERIFY(ok(d)->isEnabled());
        auto *site = child<QComboBox>(&d, "site");
        auto *osmUrl = child<QLineEdit>(&d, "osmUrl");
        auto *iamUrl = child<QLineEdit>(&d, "iamUrl");
        QVERIFY(!osmUrl->isVisibleTo(&d));
        site->setCurrentIndex(site->count() - 1); // "Custom endpoint…"
        QVERIFY(osmUrl->isVisibleTo(&d));
        QVERIFY(!ok(d)->isEnabled());

        type(osmUrl, QStringLiteral("http://example.com"));
        auto *osmError = child<QLabel>(&d, "osmUrlError");
        QVERIFY(osmError->isVisibleTo(&d));
        QCOMPARE(osmError->text(), Endpoint::checkUrl(QUrl(QStringLiteral("http://example.com"))));
        QVERIFY(osmError->text().contains(QLatin1String("loopback")));
        type(iamUrl, QStringLiteral("http://127.0.0.1:18080"));
        QVERIFY(!child<QLabel>(&d, "iamUrlError")->isVisibleTo(&d));
        QVERIFY(!ok(d)->isEnabled());

        type(osmUrl, QStringLiteral("http://127.0.0.1:18080"));
        QVERIFY(!osmError->isVisibleTo(&d));
        QVERIFY(ok(d)->isEnabled());

        type(osmUrl, QStringLiteral("ftp://osm.example.com"));
        QVERIFY(osmError->isVisibleTo(&d));
        QVERIFY(!ok(d)->isEnabled());
        type(osmUrl, QStringLiteral("https://osm.example.com"));
        QVERIFY(ok(d)->isEnabled());

        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QVERIFY(accepted.wait(5000));
        const std::optional<Profile> saved = m_profiles->load(d.savedProfileId());
        QVERIFY(saved);
        QCOMPARE(saved->endpoint().osm, QUrl(QStringLiteral("https://osm.example.com")));
        QCOMPARE(saved->endpoint().iam, QUrl(QStringLiteral("http://127.0.0.1:18080")));
        QVERIFY(saved->endpoint().check().isEmpty());

        // Editing it shows the custom endpoint again.
        ProfileDialog edit(*m_profiles, *m_secrets, *saved);
        QCOMPARE(child<QComboBox>(&edit, "site")->currentIndex(), site->count() - 1);
        QCOMPARE(child<QLineEdit>(&edit, "osmUrl")->text(), QStringLiteral("https://osm.example.com"));
    }

    void acceptStoresProfileAndSecretApart()
    {
        ProfileDialog d(*m_profiles, *m_secrets);
        fillAkSk(d);
        child<QCheckBox>(&d, "temporaryKey")->setChecked(true);
        type(child<QLineEdit>(&d, "securityToken"), kToken);
        auto *site = child<QComboBox>(&d, "site");
        site->setCurrentIndex(1);
        const QString siteId = site->currentData().toString();
        QVERIFY(Site::byId(siteId));

        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        // Asynchronous: busy first, then accepted.
        QCOMPARE(accepted.count(), 0);
        QVERIFY(child<QWidget>(&d, "saveProgress")->isVisibleTo(&d));
        QVERIFY(!ok(d)->isEnabled());
        QVERIFY(accepted.wait(5000));

        const QString id = d.savedProfileId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_profiles->activeProfileId(), id);
        const std::optional<Profile> saved = m_profiles->load(id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Production"));
        QCOMPARE(saved->siteId, siteId);
        QCOMPARE(saved->method, Credentials::Method::AkSk);
        QCOMPARE(saved->accessKey, kAk);
        QVERIFY(saved->temporaryKey);
        QVERIFY(saved->domainId.isEmpty());

        const Result<Secret> secret = readBack(*m_secrets, id);
        QVERIFY(secret.ok());
        QCOMPARE(secret.value().secretKey, kSk);
        QCOMPARE(secret.value().securityToken, kToken);
        QVERIFY(secret.value().password.isEmpty());

        const QByteArray bytes = settingsBytes();
        QVERIFY(bytes.contains(kAk.toUtf8()));
        QVERIFY(!bytes.contains(kSk.toUtf8()));
        QVERIFY(!bytes.contains(kToken.toUtf8()));
    }

    void acceptPasswordProfile()
    {
        ProfileDialog d(*m_profiles, *m_secrets);
        type(child<QLineEdit>(&d, "profileName"), QStringLiteral("IAM user"));
        child<QComboBox>(&d, "authMethod")->setCurrentIndex(1);
        type(child<QLineEdit>(&d, "iamDomain"), QStringLiteral("example-account"));
        type(child<QLineEdit>(&d, "iamUser"), QStringLiteral("support-bot"));
        type(child<QLineEdit>(&d, "password"), kPassword);
        type(child<QLineEdit>(&d, "projectId"), QStringLiteral("proj-1"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QVERIFY(accepted.wait(5000));

        const std::optional<Profile> saved = m_profiles->load(d.savedProfileId());
        QVERIFY(saved);
        QCOMPARE(saved->method, Credentials::Method::Password);
        QCOMPARE(saved->iamDomain, QStringLiteral("example-account"));
        QCOMPARE(saved->iamUser, QStringLiteral("support-bot"));
        QCOMPARE(saved->projectId, QStringLiteral("proj-1"));
        QVERIFY(saved->accessKey.isEmpty());
        const Result<Secret> secret = readBack(*m_secrets, saved->id);
        QVERIFY(secret.ok());
        QCOMPARE(secret.value().password, kPassword); // not trimmed: spaces belong to the password
        QVERIFY(secret.value().secretKey.isEmpty());
        QVERIFY(!settingsBytes().contains(kPassword.toUtf8()));
    }

    void editKeepsStoredSecretUnlessTyped()
    {
        const Profile existing = savedAkSkProfile(true);
        ProfileDialog d(*m_profiles, *m_secrets, existing);
        QCOMPARE(child<QLineEdit>(&d, "profileName")->text(), existing.name);
        QCOMPARE(child<QLineEdit>(&d, "accessKey")->text(), kAk);
        QCOMPARE(child<QLineEdit>(&d, "domainId")->text(), existing.domainId);
        QVERIFY(child<QLineEdit>(&d, "secretKey")->text().isEmpty());
        QVERIFY(ok(d)->isEnabled());

        // Another AK needs its SK.
        type(child<QLineEdit>(&d, "accessKey"), QStringLiteral("AKOTHER"));
        QVERIFY(!ok(d)->isEnabled());
        type(child<QLineEdit>(&d, "accessKey"), kAk);
        QVERIFY(ok(d)->isEnabled());
        // Another method needs its secret.
        child<QComboBox>(&d, "authMethod")->setCurrentIndex(1);
        type(child<QLineEdit>(&d, "iamDomain"), QStringLiteral("a"));
        type(child<QLineEdit>(&d, "iamUser"), QStringLiteral("u"));
        QVERIFY(!ok(d)->isEnabled());
        child<QComboBox>(&d, "authMethod")->setCurrentIndex(0);

        type(child<QLineEdit>(&d, "profileName"), QStringLiteral("Renamed"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QVERIFY(accepted.wait(5000) || accepted.count() == 1);
        QCOMPARE(d.savedProfileId(), existing.id);
        QCOMPARE(m_profiles->load(existing.id)->name, QStringLiteral("Renamed"));
        QCOMPARE(m_profiles->load(existing.id)->domainId, existing.domainId);
        QCOMPARE(m_profiles->list().size(), 1);
        const Result<Secret> secret = readBack(*m_secrets, existing.id);
        QVERIFY(secret.ok());
        QCOMPARE(secret.value().secretKey, kSk);
    }

    void editReplacesSecretWhenTyped()
    {
        const Profile existing = savedAkSkProfile(true);
        ProfileDialog d(*m_profiles, *m_secrets, existing);
        type(child<QLineEdit>(&d, "secretKey"), QStringLiteral("SK-new"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QVERIFY(accepted.wait(5000));
        QCOMPARE(readBack(*m_secrets, existing.id).value().secretKey, QStringLiteral("SK-new"));
    }

    void editWithoutStoredSecretAsksForIt()
    {
        const Profile existing = savedAkSkProfile(false);
        ProfileDialog d(*m_profiles, *m_secrets, existing);
        // The probe answers asynchronously; then the SK is required.
        QVERIFY(QTest::qWaitFor([&] { return !ok(d)->isEnabled(); }, 5000));
        QVERIFY(!child<QPushButton>(&d, "forgetSecretButton")->isEnabled());
        type(child<QLineEdit>(&d, "secretKey"), kSk);
        QVERIFY(ok(d)->isEnabled());
    }

    void forgetRemovesStoredSecret()
    {
        const Profile existing = savedAkSkProfile(true);
        QVERIFY(m_secrets->contains(existing.id));
        ProfileDialog d(*m_profiles, *m_secrets, existing);
        auto *forget = child<QPushButton>(&d, "forgetSecretButton");
        QVERIFY(QTest::qWaitFor([&] { return forget->isEnabled(); }, 5000));
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !m_secrets->contains(existing.id); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return child<QLabel>(&d, "statusText")->isVisibleTo(&d); }, 5000));
        QVERIFY(!forget->isEnabled());
        QVERIFY(!ok(d)->isEnabled()); // now the secret must be entered again
        QVERIFY(m_profiles->contains(existing.id));
    }

    void keychainFailureKeepsDialogOpen()
    {
        m_secrets->setFailure(Error(Error::Category::Credentials, QStringLiteral("access-denied"))
                                  .setDetail(QStringLiteral("The keychain refused: locked")));
        ProfileDialog d(*m_profiles, *m_secrets);
        fillAkSk(d);
        QSignalSpy finished(&d, &QDialog::finished);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        auto *status = child<QLabel>(&d, "statusText");
        QVERIFY(QTest::qWaitFor([&] { return status->text().contains(QLatin1String("locked")); }, 5000));
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_profiles->list().isEmpty());
        QVERIFY(ok(d)->isEnabled()); // try again
        QVERIFY(child<QLineEdit>(&d, "profileName")->isEnabled());
    }

    void memoryOnlySecretIsSaidClearly()
    {
        m_secrets->setFailure(Error(Error::Category::Credentials, QStringLiteral("no-keychain"))
                                  .setDetail(QStringLiteral("No keychain is available (test).")));
        ProfileDialog d(*m_profiles, *m_secrets);
        fillAkSk(d);
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        auto *status = child<QLabel>(&d, "statusText");
        QVERIFY(QTest::qWaitFor([&] { return status->isVisibleTo(&d); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return d.secretIsMemoryOnly(); }, 5000));
        QVERIFY(status->text().contains(QLatin1String("forgotten when OSM Desk quits")));
        QCOMPARE(accepted.count(), 0); // the user sees it first
        QVERIFY(m_profiles->contains(d.savedProfileId()));
        QCOMPARE(m_profiles->activeProfileId(), d.savedProfileId());
        QVERIFY(!child<QPushButton>(&d, "cancelButton")->isVisibleTo(&d));
        QVERIFY(ok(d)->isEnabled());
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
    }

    void noKeychainFallsBackToMemory()
    {
        // The real store with no D-Bus session: the secret lives in memory for this run, and the dialog says so.
        KeychainCredentialStore keychain(QStringLiteral("osmdesk-tst-profiledialog"));
        ProfileDialog d(*m_profiles, keychain);
        fillAkSk(d);
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return d.secretIsMemoryOnly(); }, 20000));
        QVERIFY(child<QLabel>(&d, "statusText")->text().contains(QLatin1String("forgotten when OSM Desk quits")));
        QVERIFY(keychain.memoryOnly());
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        // Any later dialog on this store says up front that secrets stay in memory only.
        ProfileDialog later(*m_profiles, keychain);
        QVERIFY(child<QLabel>(&later, "keychainBanner")->isVisibleTo(&later));
        QVERIFY(!child<QLabel>(&later, "keychainBanner")->text().isEmpty());
        // Read back as the session does.
        const Result<Secret> secret = readBack(keychain, d.savedProfileId());
        QVERIFY(secret.ok());
        QCOMPARE(secret.value().secretKey, kSk);
        QVERIFY(!settingsBytes().contains(kSk.toUtf8()));
    }

    void cancelWhileSavingSavesNothing()
    {
        ProfileDialog d(*m_profiles, *m_secrets);
        fillAkSk(d);
        QTest::mouseClick(ok(d), Qt::LeftButton);
        d.reject();
        QTest::qWait(50);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(m_profiles->list().isEmpty());
        QVERIFY(m_profiles->activeProfileId().isEmpty());
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
