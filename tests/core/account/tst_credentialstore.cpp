// Secret serialisation, assemble(), the in-memory store, and the keychain store with no D-Bus session.

#include "StoreCalls.h"
#include "account/KeychainCredentialStore.h"
#include "account/MemoryCredentialStore.h"
#include "account/ProfileStore.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace osm;

namespace {
const QString kSk = QStringLiteral("SK-51d0c4e2a7-never-print-me");
const QString kSk2 = QStringLiteral("SK-2-8b7e66f1c9");
const QString kPassword = QStringLiteral("pw-Zq93!kLm");
const QString kToken = QStringLiteral("TOKEN-a1b2c3d4e5");

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    g_previousHandler(type, context, message);
}

bool isCredentialsError(const Error &error, const QString &code)
{
    return error.category() == Error::Category::Credentials && error.code() == code;
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        // No D-Bus session and nowhere to find one: the "no keychain" case. Everything QtKeychain or a
        // fallback could write goes below a throw-away HOME that the test scans afterwards.
        QVERIFY(m_home.isValid());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("DESKTOP_SESSION");
        qunsetenv("KDE_FULL_SESSION");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_home.filePath(QStringLiteral("runtime")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toUtf8());
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_logMutex);
        for (const QString &line : std::as_const(g_log)) {
            for (const QString &secret : {kSk, kSk2, kPassword, kToken})
                QVERIFY2(!line.contains(secret), "a secret reached the log");
        }
    }

    // --- Secret and assemble() ---

    void secretJsonRoundTrip()
    {
        const Secret full{kSk, kToken, kPassword};
        QCOMPARE(*Secret::fromJson(full.toJson()), full);
        const Secret skOnly{kSk, {}, {}};
        QCOMPARE(*Secret::fromJson(skOnly.toJson()), skOnly);
        QVERIFY(!skOnly.toJson().contains("password")); // empty parts are left out
        QVERIFY(Secret{}.isEmpty());
        QVERIFY(!Secret::fromJson("not json"));
        QVERIFY(!Secret::fromJson("[1]"));
        QVERIFY(!Secret::fromJson(R"({"v":2,"sk":"x"})")); // a later format is not misread
    }

    void assembleTakesWhatTheMethodUses()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        p.accessKey = QStringLiteral("AK");
        p.domainId = QStringLiteral("dom");
        p.iamDomain = QStringLiteral("acct");
        p.iamUser = QStringLiteral("alice");
        p.projectId = QStringLiteral("proj");
        const Secret secret{kSk, kToken, kPassword};

        Credentials c = assemble(p, secret);
        QCOMPARE(c.method, Credentials::Method::AkSk);
        QCOMPARE(c.accessKey, QStringLiteral("AK"));
        QCOMPARE(c.secretKey, kSk);
        QVERIFY(c.securityToken.isEmpty()); // permanent key: no token sent
        QVERIFY(c.password.isEmpty());
        QCOMPARE(c.domainId, QStringLiteral("dom"));
        QVERIFY(c.isComplete());

        p.temporaryKey = true;
        QCOMPARE(assemble(p, secret).securityToken, kToken);

        p.method = Credentials::Method::Password;
        c = assemble(p, secret);
        QCOMPARE(c.method, Credentials::Method::Password);
        QCOMPARE(c.password, kPassword);
        QVERIFY(c.secretKey.isEmpty());
        QVERIFY(c.securityToken.isEmpty());
        QCOMPARE(c.iamDomain, QStringLiteral("acct"));
        QCOMPARE(c.iamUser, QStringLiteral("alice"));
        QCOMPARE(c.projectId, QStringLiteral("proj"));
        QVERIFY(c.isComplete());
        QVERIFY(!assemble(p, Secret{}).isComplete());
    }

    // --- MemoryCredentialStore ---

    void memoryReadWriteRemove()
    {
        MemoryCredentialStore store;
        const QString id = Profile::newId();

        auto absent = osmtest::read(store, id, this);
        QVERIFY(!absent.synchronous);
        QCOMPARE(absent.count, 1);
        QVERIFY(isCredentialsError(absent.value->error(), QStringLiteral("not-found")));
        QVERIFY(!absent.value->error().userMessage().isEmpty());

        auto written = osmtest::write(store, id, Secret{kSk, kToken, {}}, this);
        QVERIFY(!written.synchronous);
        QVERIFY(!written.value->isError());
        auto read = osmtest::read(store, id, this);
        QVERIFY(read.value->ok());
        QCOMPARE(read.value->value(), (Secret{kSk, kToken, {}}));

        QVERIFY(!osmtest::write(store, id, Secret{kSk2, {}, {}}, this).value->isError());
        QCOMPARE(osmtest::read(store, id, this).value->value().secretKey, kSk2);
        QCOMPARE(store.count(), 1);

        auto removed = osmtest::remove(store, id, this);
        QVERIFY(!removed.synchronous);
        QVERIFY(!removed.value->isError());
        QVERIFY(
            isCredentialsError(osmtest::read(store, id, this).value->error(), QStringLiteral("not-found")));
        QVERIFY(!osmtest::remove(store, id, this).value->isError()); // removing nothing is fine
    }

    void memoryAnswersExactlyOnce()
    {
        MemoryCredentialStore store;
        int calls = 0;
        store.writeSecret(QStringLiteral("p"), Secret{kSk, {}, {}}, this, [&](Error) { ++calls; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    void memoryDropsAnswerWhenContextDies()
    {
        MemoryCredentialStore store;
        bool called = false;
        auto *context = new QObject;
        store.readSecret(QStringLiteral("p"), context, [&](Result<Secret>) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);

        // A null context means the store itself.
        store.readSecret(QStringLiteral("p"), nullptr, [&](Result<Secret>) { called = true; });
        QTRY_VERIFY(called);
    }

    void memoryAnswersOnContextThread()
    {
        MemoryCredentialStore store;
        QThread worker;
        worker.start();
        auto *context = new QObject;
        context->moveToThread(&worker);
        std::atomic<QThread *> answeredOn = nullptr;
        store.readSecret(QStringLiteral("p"), context,
                         [&](Result<Secret>) { answeredOn = QThread::currentThread(); });
        QTRY_VERIFY(answeredOn.load() != nullptr);
        QCOMPARE(answeredOn.load(), &worker);
        context->deleteLater(); // runs on the worker, before it finishes
        worker.quit();
        worker.wait();
    }

    void memoryFailureHook()
    {
        MemoryCredentialStore store;
        store.setFailure(Error(Error::Category::Credentials, QStringLiteral("access-denied")));
        QVERIFY(
            isCredentialsError(*osmtest::write(store, QStringLiteral("p"), Secret{kSk, {}, {}}, this).value,
                               QStringLiteral("access-denied")));
        QVERIFY(!store.contains(QStringLiteral("p")));
        QVERIFY(isCredentialsError(osmtest::read(store, QStringLiteral("p"), this).value->error(),
                                   QStringLiteral("access-denied")));
        store.setFailure(Error());
        QVERIFY(!osmtest::write(store, QStringLiteral("p"), Secret{kSk, {}, {}}, this).value->isError());
    }

    // --- KeychainCredentialStore without D-Bus ---

    void keychainWithoutDbusKeepsSecretInMemory()
    {
        KeychainCredentialStore store(QStringLiteral("osmdesk-test"));
        QSignalSpy unavailable(&store, &KeychainCredentialStore::backendUnavailable);
        QVERIFY(!store.memoryOnly());
        const QString id = Profile::newId();

        auto written = osmtest::write(store, id, Secret{kSk, {}, kPassword}, this);
        QVERIFY(written.value);
        QVERIFY(!written.synchronous);
        QVERIFY2(isCredentialsError(*written.value, QStringLiteral("no-keychain")),
                 qPrintable(written.value->code() + QLatin1Char(' ') + written.value->detail()));
        QVERIFY(!written.value->userMessage().isEmpty());
        QVERIFY(store.memoryOnly());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!unavailable.first().first().toString().isEmpty());
        QCOMPARE(store.memoryOnlyReason(), unavailable.first().first().toString());

        auto read = osmtest::read(store, id, this);
        QVERIFY(!read.synchronous);
        QVERIFY(read.value->ok());
        QCOMPARE(read.value->value(), (Secret{kSk, {}, kPassword}));

        // Still memory-only, said once.
        QVERIFY(isCredentialsError(*osmtest::write(store, id, Secret{kSk2, {}, {}}, this).value,
                                   QStringLiteral("no-keychain")));
        QCOMPARE(osmtest::read(store, id, this).value->value().secretKey, kSk2);
        QCOMPARE(unavailable.size(), 1);

        // Unknown to memory: not "not-found", since the keychain that may hold it was not reached.
        QVERIFY(isCredentialsError(osmtest::read(store, Profile::newId(), this).value->error(),
                                   QStringLiteral("no-keychain")));

        QVERIFY(isCredentialsError(*osmtest::remove(store, id, this).value, QStringLiteral("no-keychain")));
        QVERIFY(!osmtest::read(store, id, this).value->ok());
    }

    void keychainWithoutDbusFirstReadSwitchesToMemory()
    {
        KeychainCredentialStore store(QStringLiteral("osmdesk-test"));
        QSignalSpy unavailable(&store, &KeychainCredentialStore::backendUnavailable);
        auto read = osmtest::read(store, Profile::newId(), this);
        QVERIFY(read.value);
        QVERIFY(isCredentialsError(read.value->error(), QStringLiteral("no-keychain")));
        QVERIFY(store.memoryOnly());
        QCOMPARE(unavailable.size(), 1);
    }

    void keychainDropsAnswerWhenContextDies()
    {
        KeychainCredentialStore store(QStringLiteral("osmdesk-test"));
        bool called = false;
        auto *context = new QObject;
        store.writeSecret(Profile::newId(), Secret{kSk, {}, {}}, context, [&](Error) { called = true; });
        delete context;
        QTRY_VERIFY_WITH_TIMEOUT(store.memoryOnly(), 15000); // the job did finish
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void noSecretOnDisk()
    {
        // The settings file, and anything QtKeychain might have written (its plaintext fallback is off).
        const QString settingsPath = m_home.filePath(QStringLiteral(".config/osmdesk/osmdesk.ini"));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ProfileStore profiles(settings);
            Profile p = Profile::create(QStringLiteral("disk check"));
            p.accessKey = QStringLiteral("AK-disk-check");
            profiles.save(p);
            KeychainCredentialStore store(QStringLiteral("osmdesk-test"));
            QVERIFY(osmtest::write(store, p.id, Secret{kSk, kToken, kPassword}, this).value);
            QVERIFY(osmtest::read(store, p.id, this).value->ok());
        }
        QCoreApplication::processEvents();

        bool sawSettings = false;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            sawSettings = sawSettings || bytes.contains("AK-disk-check");
            for (const QString &secret : {kSk, kToken, kPassword})
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path));
        }
        QVERIFY(sawSettings);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
