// Secrets never leave the keychain (issue 9): a demo scenario — sign in with AK/SK and with an IAM password
// (token), list cases, send a message, upload an attachment — run twice, once in this process through the
// profile store and the core pipeline and once through the osmctl binary, with every logging category at
// debug level, all log output written to files and QSettings/HOME/XDG pointed into one temporary folder. Then
// every file in that folder (logs, the settings file, whatever the run wrote) is searched for the SK, the
// password and every token the simulator handed out.
#include "OsmctlTestSupport.h"
#include "account/CredentialStore.h"
#include "account/MemoryCredentialStore.h"
#include "account/ProfileStore.h"
#include "api/Attachments.h"
#include "api/CaseQueries.h"
#include "api/Messages.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSettings>

using namespace osm;
using namespace osmtest;

namespace {

QFile *g_log = nullptr;

void logToFile(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->write(QByteArray(context.category ? context.category : "") + ' ' + message.toUtf8() + '\n');
}

// The files under `root` that contain one of `secrets`, as written (UTF-8) or as a UTF-16 file would hold it.
QStringList filesHolding(const QString &root, const QList<QByteArray> &secrets, int *scanned)
{
    QStringList out;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            out.append(file + QLatin1String(" (unreadable)"));
            continue;
        }
        const QByteArray content = f.readAll();
        ++*scanned;
        for (const QByteArray &secret : secrets) {
            const QByteArray utf16(reinterpret_cast<const char *>(QString::fromLatin1(secret).utf16()),
                                   secret.size() * 2);
            if (content.contains(secret) || content.contains(utf16))
                out.append(QStringLiteral("%1 holds a secret (%2…)").arg(file, QString::fromLatin1(secret.left(4))));
        }
    }
    return out;
}

template <typename T>
Result<T> await(QFuture<Result<T>> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.isFinished() ? future.result() : Result<T>(Error(Error::Category::Timeout));
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    sim::Server m_server;
    QString m_caseId;
    QString m_upload;

    QString path(const QString &relative) const { return m_root.filePath(relative); }

    // The scenario through the core, with the credentials assembled from a saved profile and its secret.
    void runInProcess(const Profile &profile, const Secret &secret)
    {
        ApiClient client(profile.endpoint(), assemble(profile, secret));
        const auto list = await(api::listCases(client, {}));
        QVERIFY2(list.ok(), qPrintable(list.error().detailedMessage()));
        const auto sent = await(api::createMessage(client, {m_caseId, QStringLiteral("secrets scenario"), {}, {}}));
        QVERIFY2(sent.ok(), qPrintable(sent.error().detailedMessage()));
        api::UploadAccessoryParams upload;
        upload.filePath = m_upload;
        const auto uploaded = await(api::uploadAccessory(client, upload));
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.error().detailedMessage()));
        // A failed sign-in is logged too: with a wrong secret of the same shape.
        Secret wrong = secret;
        if (!wrong.secretKey.isEmpty())
            wrong.secretKey = QStringLiteral("wrong-") + wrong.secretKey;
        if (!wrong.password.isEmpty())
            wrong.password = QStringLiteral("wrong-") + wrong.password;
        ApiClient refused(profile.endpoint(), assemble(profile, wrong));
        QVERIFY(!await(api::countCasesByStatus(refused)).ok());
    }

    void runCtlScenario(const QString &name, const QProcessEnvironment &env)
    {
        const QString endpoint = m_server.baseUrl().toString();
        const QList<QStringList> commands{
            {QStringLiteral("cases"), QStringLiteral("list")},
            {QStringLiteral("messages"), QStringLiteral("send"), QStringLiteral("--case-id"), m_caseId,
             QStringLiteral("--content"), QStringLiteral("secrets scenario")},
            {QStringLiteral("attachments"), QStringLiteral("upload"), QStringLiteral("--file"), m_upload},
        };
        QFile log(path(QStringLiteral("logs/osmctl-%1.log").arg(name)));
        QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Append));
        for (const QStringList &command : commands) {
            const CtlRun run = runCtl(QStringList{QStringLiteral("--verbose"), QStringLiteral("--endpoint"), endpoint}
                                          + command,
                                      env);
            log.write(run.out + run.err);
            QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(m_server.listen(0) > 0);
        // The desktop app's names, so that the settings file is the one it writes (here, inside m_root).
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("osmdesk"));
        QDir(m_root.path()).mkpath(QStringLiteral("home/.config"));
        QDir(m_root.path()).mkpath(QStringLiteral("home/.local/share"));
        QDir(m_root.path()).mkpath(QStringLiteral("home/.cache"));
        QDir(m_root.path()).mkpath(QStringLiteral("logs"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(QStringLiteral("home/.config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path(QStringLiteral("home/.config")));
        for (const sim::CaseRecord &c : m_server.dataSet().cases()) {
            if (c.customerId == demoDomain() && c.status == 1 && c.groupId.isEmpty()) {
                m_caseId = c.incidentId;
                break;
            }
        }
        QVERIFY(!m_caseId.isEmpty());
        m_upload = path(QStringLiteral("home/trace.log"));
        QFile upload(m_upload);
        QVERIFY(upload.open(QIODevice::WriteOnly));
        upload.write("a log line\n");
    }

    void theScanFindsWhatItLooksFor()
    {
        // The scan itself: a planted secret is found, in UTF-8 and in UTF-16, in a nested hidden file.
        QTemporaryDir planted;
        QDir(planted.path()).mkpath(QStringLiteral(".a/b"));
        QFile utf8(planted.filePath(QStringLiteral(".a/b/.log")));
        QVERIFY(utf8.open(QIODevice::WriteOnly));
        utf8.write(QByteArray("x=") + sim::demo::kSecretKey + '\n');
        utf8.close();
        QFile utf16(planted.filePath(QStringLiteral("settings.dat")));
        QVERIFY(utf16.open(QIODevice::WriteOnly));
        const QString password = QString::fromLatin1(sim::demo::kPassword);
        utf16.write(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
        utf16.close();
        int scanned = 0;
        QCOMPARE(filesHolding(planted.path(), {sim::demo::kSecretKey, sim::demo::kPassword}, &scanned).size(), 2);
        QCOMPARE(scanned, 2);
    }

    void noSecretInAnyFileTheRunWrote()
    {
        // 1. In this process: profiles saved to the settings file, secrets to the credential store.
        g_log = new QFile(path(QStringLiteral("logs/in-process.log")));
        QVERIFY(g_log->open(QIODevice::WriteOnly));
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(logToFile);
        {
            QSettings settings;
            ProfileStore profiles(settings);
            MemoryCredentialStore secrets;

            Profile akSk = Profile::create(QStringLiteral("AK/SK"));
            akSk.customOsmUrl = akSk.customIamUrl = m_server.baseUrl();
            akSk.accessKey = QString::fromLatin1(sim::demo::kAccessKey); // the domain id is looked up and saved
            profiles.save(akSk);
            Profile password = Profile::create(QStringLiteral("IAM user"));
            password.customOsmUrl = password.customIamUrl = m_server.baseUrl();
            password.method = Credentials::Method::Password;
            password.iamDomain = QString::fromLatin1(sim::demo::kDomainName);
            password.iamUser = QString::fromLatin1(sim::demo::kUserName);
            profiles.save(password);
            profiles.setActiveProfileId(akSk.id);
            Secret akSkSecret;
            akSkSecret.secretKey = QString::fromLatin1(sim::demo::kSecretKey);
            Secret passwordSecret;
            passwordSecret.password = QString::fromLatin1(sim::demo::kPassword);
            secrets.writeSecret(akSk.id, akSkSecret, this, [](Error) {});
            secrets.writeSecret(password.id, passwordSecret, this, [](Error) {});

            runInProcess(akSk, akSkSecret);
            if (!QTest::currentTestFailed())
                runInProcess(password, passwordSecret);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        g_log->close();
        delete g_log;
        g_log = nullptr;

        // 2. Through osmctl, with the environment's credentials and its own home in the same folder.
        QProcessEnvironment env = ctlEnvironment(path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("home/.cache")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;*.info=true"));
        QProcessEnvironment akSkEnv = env;
        addDemoAkSk(akSkEnv, false); // the domain id looked up too
        runCtlScenario(QStringLiteral("aksk"), akSkEnv);
        if (QTest::currentTestFailed())
            return;
        QProcessEnvironment passwordEnv = env;
        passwordEnv.insert(QStringLiteral("OSM_IAM_DOMAIN"), QString::fromLatin1(sim::demo::kDomainName));
        passwordEnv.insert(QStringLiteral("OSM_IAM_USER"), QString::fromLatin1(sim::demo::kUserName));
        passwordEnv.insert(QStringLiteral("OSM_PASSWORD"), QString::fromLatin1(sim::demo::kPassword));
        runCtlScenario(QStringLiteral("password"), passwordEnv);
        if (QTest::currentTestFailed())
            return;

        // 3. What must never appear: the SK, the passwords (right and wrong) and every token handed out.
        QList<QByteArray> secrets{sim::demo::kSecretKey, sim::demo::kPassword,
                                  QByteArray("wrong-") + sim::demo::kSecretKey,
                                  QByteArray("wrong-") + sim::demo::kPassword};
        int tokens = 0;
        for (const sim::RecordedRequest &request : m_server.requests()) {
            const QByteArray token = request.header("X-Auth-Token").trimmed();
            if (!token.isEmpty() && !secrets.contains(token)) {
                secrets.append(token);
                ++tokens;
            }
        }
        QVERIFY2(tokens >= 2, "both the in-process run and osmctl signed in with a token");

        // The scan sees real material: the logs are verbose, and the settings file holds the profiles.
        QFile inProcess(path(QStringLiteral("logs/in-process.log")));
        QVERIFY(inProcess.open(QIODevice::ReadOnly));
        QVERIFY(inProcess.readAll().contains("osm.net"));
        for (const char *name : {"aksk", "password"}) {
            QFile ctlLog(path(QStringLiteral("logs/osmctl-%1.log").arg(QLatin1String(name))));
            QVERIFY(ctlLog.open(QIODevice::ReadOnly));
            QVERIFY2(ctlLog.readAll().contains("osm.net"), name); // osmctl logged at its most verbose
        }
        // The whole scenario reached the simulator: per run and sign-in method one message and one upload.
        int messages = 0;
        int uploads = 0;
        for (const sim::RecordedRequest &request : m_server.requests()) {
            messages += request.method == "POST" && request.path.endsWith(QLatin1String("/message"));
            uploads += request.method == "POST" && request.path == QLatin1String("/v2/servicerequest/accessorys");
        }
        QCOMPARE(messages, 4);
        QCOMPARE(uploads, 4);
        QString settingsFile;
        {
            QSettings settings;
            settingsFile = settings.fileName();
        }
        QVERIFY2(settingsFile.startsWith(m_root.path()), qPrintable(settingsFile));
        QFile settingsData(settingsFile);
        QVERIFY(settingsData.open(QIODevice::ReadOnly));
        QVERIFY(settingsData.readAll().contains(sim::demo::kAccessKey));

        int scanned = 0;
        const QStringList holding = filesHolding(m_root.path(), secrets, &scanned);
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char('\n'))));
        QVERIFY2(scanned >= 4, qPrintable(QString::number(scanned)));
    }
};

// Every category at its most verbose from the start, whatever QT_LOGGING_RULES ctest passes (the environment's
// rules would take precedence over QLoggingCategory::setFilterRules).
int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "*.debug=true;*.info=true");
    QCoreApplication app(argc, argv);
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_osmctl_secrets.moc"
