// ProfileStore on a temporary ini file: round trip, active profile, domain id, and no secret in the file.

#include "StoreCalls.h"
#include "account/CredentialStore.h"
#include "account/MemoryCredentialStore.h"
#include "account/ProfileStore.h"
#include "account/Site.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace osm;

namespace {
const QString kSk = QStringLiteral("SK-9f3c1e7a2b-very-secret");
const QString kPassword = QStringLiteral("pässwörd-7Hq!x");
const QString kToken = QStringLiteral("TOKEN-4d2b8c1f0e");

Profile akSkProfile()
{
    Profile p = Profile::create(QStringLiteral("Production (AK/SK)"));
    p.siteId = QStringLiteral("huaweicloud-cn");
    p.accessKey = QStringLiteral("HPUAEXAMPLEAK");
    p.domainId = QStringLiteral("0123456789abcdef0123456789abcdef");
    p.temporaryKey = true;
    p.customOsmUrl = QUrl(QStringLiteral("http://127.0.0.1:18080/base?x=a b"));
    return p;
}

Profile passwordProfile()
{
    Profile p = Profile::create(QStringLiteral("测试账号"));
    p.method = Credentials::Method::Password;
    p.iamDomain = QStringLiteral("my-account");
    p.iamUser = QStringLiteral("alice");
    p.projectId = QStringLiteral("p-123");
    p.customIamUrl = QUrl(QStringLiteral("https://iam.example.test"));
    return p;
}

void compareProfiles(const Profile &actual, const Profile &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.siteId, expected.siteId);
    QCOMPARE(actual.customOsmUrl, expected.customOsmUrl);
    QCOMPARE(actual.customIamUrl, expected.customIamUrl);
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.accessKey, expected.accessKey);
    QCOMPARE(actual.domainId, expected.domainId);
    QCOMPARE(actual.temporaryKey, expected.temporaryKey);
    QCOMPARE(actual.iamDomain, expected.iamDomain);
    QCOMPARE(actual.iamUser, expected.iamUser);
    QCOMPARE(actual.projectId, expected.projectId);
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_path;

    // A second QSettings on the same file: what the next run of the app would see.
    std::unique_ptr<QSettings> reopen()
    {
        m_settings->sync();
        return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path =
            m_dir.filePath(QStringLiteral("osmdesk-%1.ini").arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }

    void cleanup() { m_settings.reset(); }

    void roundTrip()
    {
        ProfileStore store(*m_settings);
        QVERIFY(store.list().isEmpty());
        const Profile a = akSkProfile();
        const Profile b = passwordProfile();
        QCOMPARE(store.save(a), a.id);
        QCOMPARE(store.save(b), b.id);

        auto again = reopen();
        ProfileStore reread(*again);
        QVERIFY(reread.contains(a.id));
        compareProfiles(*reread.load(a.id), a);
        compareProfiles(*reread.load(b.id), b);
        QVERIFY(!reread.load(QStringLiteral("missing")));
        QVERIFY(!reread.load(QString()));

        const QList<Profile> all = reread.list();
        QCOMPARE(all.size(), 2);
        QVERIFY(QString::localeAwareCompare(all[0].name, all[1].name) <= 0); // sorted by name
    }

    void saveOverwritesAndAssignsIds()
    {
        ProfileStore store(*m_settings);
        Profile p = akSkProfile();
        store.save(p);
        p.name = QStringLiteral("Renamed");
        p.customOsmUrl.clear();
        p.temporaryKey = false;
        store.save(p);
        QCOMPARE(store.list().size(), 1);
        compareProfiles(*store.load(p.id), p);

        Profile fresh;
        fresh.name = QStringLiteral("No id yet");
        const QString id = store.save(fresh);
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(store.load(id)->name, fresh.name);

        Profile slashed;
        slashed.id = QStringLiteral("../escape");
        QVERIFY(store.save(slashed) != slashed.id); // an id that would leave its group is replaced
    }

    void removeAndActive()
    {
        ProfileStore store(*m_settings);
        const Profile a = akSkProfile();
        const Profile b = passwordProfile();
        store.save(a);
        store.save(b);
        QVERIFY(store.activeProfileId().isEmpty());
        store.setActiveProfileId(b.id);
        QCOMPARE(reopen()->value(QStringLiteral("activeProfileId")).toString(), b.id);
        QCOMPARE(store.activeProfileId(), b.id);

        store.remove(a.id);
        QVERIFY(!store.contains(a.id));
        QCOMPARE(store.activeProfileId(), b.id);
        store.remove(b.id);
        QVERIFY(store.list().isEmpty());
        QVERIFY(store.activeProfileId().isEmpty()); // removing the active profile clears it

        store.setActiveProfileId(QStringLiteral("gone"));
        QVERIFY(store.activeProfileId().isEmpty()); // a dangling id reads as none
    }

    void domainIdLookupIsRemembered()
    {
        ProfileStore store(*m_settings);
        Profile p = akSkProfile();
        p.domainId.clear();
        store.save(p);
        QVERIFY(store.setDomainId(p.id, QStringLiteral("looked-up-domain")));
        auto again = reopen();
        QCOMPARE(ProfileStore(*again).load(p.id)->domainId, QStringLiteral("looked-up-domain"));
        QCOMPARE(ProfileStore(*again).load(p.id)->accessKey, p.accessKey);

        QVERIFY(!store.setDomainId(QStringLiteral("missing"), QStringLiteral("x")));
        QVERIFY(!store.contains(QStringLiteral("missing"))); // no half profile created
    }

    void noSecretInTheSettingsFile()
    {
        ProfileStore store(*m_settings);
        MemoryCredentialStore credentials;
        const Profile a = akSkProfile();
        const Profile b = passwordProfile();
        store.save(a);
        store.save(b);
        store.setActiveProfileId(a.id);
        QVERIFY(!osmtest::write(credentials, a.id, Secret{kSk, kToken, {}}, this).value->isError());
        QVERIFY(!osmtest::write(credentials, b.id, Secret{{}, {}, kPassword}, this).value->isError());
        m_settings->sync();
        QCOMPARE(m_settings->status(), QSettings::NoError);

        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(a.accessKey.toUtf8())); // the file is the one written
        for (const QString &secret : {kSk, kToken, kPassword}) {
            QVERIFY(!bytes.contains(secret.toUtf8()));
            QVERIFY(!bytes.contains(secret.toLatin1()));
            QVERIFY(!bytes.contains(QUrl::toPercentEncoding(secret))); // ini escaping
        }
        for (const char *fragment : {"9f3c1e7a2b", "7Hq!x", "4d2b8c1f0e"}) // survives any escaping
            QVERIFY(!bytes.contains(fragment));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
