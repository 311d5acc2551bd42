// Privileges (5.4) where they decide what the user may do, against osm-sim's PrivilegeBook: a sub-user
// without the submission privilege is told so before the create-case form (nothing submitted); a delegated
// login without the case privilege sees the panel's actions off with the reason; a group whose cases the
// user may not see (OSM.01010035) is said above the list in words; each privilege is asked once per session.
#include "DemoCredentials.h"
#include "Server.h"
#include "api/Privileges.h"
#include "data/AuthorizationBook.h"
#include "data/PrivilegeBook.h"
#include "dialogs/CreateCaseWizard.h"
#include "models/CaseListModel.h"
#include "models/CaseViewsModel.h"
#include "models/PrivilegeCache.h"
#include "net/ApiClient.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/CaseLabelsEditor.h"
#include "widgets/PrivilegeNotice.h"
#include "widgets/ViewsPane.h"
#include "widgets/ComposeBox.h"
#include "windows/CaseWindow.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace osm;
using osm::ui::PrivilegeCache;

namespace {
const QString kPrivilegesPath = QStringLiteral("/v2/servicerequest/privileges");
const QString kDomain = QString::fromLatin1(sim::demo::kDomainId);
}

class TestPrivilegesUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    void connectAs(Credentials credentials)
    {
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    static Credentials accessKey()
    {
        Credentials credentials;
        credentials.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
        credentials.secretKey = QString::fromLatin1(sim::demo::kSecretKey);
        credentials.domainId = kDomain;
        return credentials;
    }

    // An IAM user of the account (token): a sub-user in osm-sim's reading.
    static Credentials subUser()
    {
        Credentials credentials;
        credentials.method = Credentials::Method::Password;
        credentials.iamDomain = QString::fromLatin1(sim::demo::kDomainName);
        credentials.iamUser = QString::fromLatin1(sim::demo::kUserName);
        credentials.password = QString::fromLatin1(sim::demo::kPassword);
        return credentials;
    }

    QList<sim::RecordedRequest> requestsTo(const QByteArray &method, const QString &path) const
    {
        QList<sim::RecordedRequest> out;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.method == method && request.path == path)
                out.append(request);
        }
        return out;
    }

    int privilegeChecks(const QString &privilege) const
    {
        int count = 0;
        const QList<sim::RecordedRequest> checks = requestsTo("GET", kPrivilegesPath);
        for (const auto &request : checks) {
            const QUrlQuery query(QString::fromLatin1(request.rawQuery));
            count += query.queryItemValue(QStringLiteral("privilege")) == privilege ? 1 : 0;
        }
        return count;
    }

    QString openCaseId() const
    {
        for (const sim::CaseRecord &c : m_server->dataSet().cases()) {
            if (c.customerId == kDomain && c.status == 1)
                return c.incidentId;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_privilegesui"));
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        connectAs(accessKey());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void cacheAsksOncePerSession()
    {
        PrivilegeCache *cache = PrivilegeCache::of(m_client.get());
        QCOMPARE(PrivilegeCache::of(m_client.get()), cache); // one per client
        const QString privilege = api::Privilege::Export;
        QCOMPARE(cache->state(privilege), PrivilegeCache::State::Unknown);
        cache->check(privilege);
        cache->check(privilege); // on its way: not asked twice
        QTRY_COMPARE(cache->state(privilege), PrivilegeCache::State::Granted);
        cache->check(privilege);
        QTest::qWait(50);
        QCOMPARE(privilegeChecks(privilege), 1);
    }

    void newCaseWithoutSubmissionPrivilegeIsExplained()
    {
        sim::PrivilegeBook::of(*m_server).setPolicySwitch(kDomain, QStringLiteral("createCase"), true);
        connectAs(subUser());
        ui::MainWindow window(m_client.get());
        window.show();
        auto *newCase = window.findChild<QAction *>(QStringLiteral("newCaseAction"));
        QVERIFY(newCase);
        newCase->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("submissionPrivilegeBox"))) != nullptr);
        QVERIFY(box->isVisible());
        QCOMPARE(box->informativeText(), PrivilegeCache::deniedReason(api::Privilege::CreateCase));
        QVERIFY(!window.findChild<ui::CreateCaseWizard *>()); // no form to type into
        box->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("submissionPrivilegeBox")));
        // Again: answered from the session's cache, still no form; nothing was ever submitted.
        newCase->trigger();
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("submissionPrivilegeBox")));
        QVERIFY(!window.findChild<ui::CreateCaseWizard *>());
        QCOMPARE(privilegeChecks(QStringLiteral("createCase")), 1);
        QVERIFY(requestsTo("POST", QStringLiteral("/v2/servicerequest/cases")).isEmpty());
    }

    void newCaseWithSubmissionPrivilegeOpensTheForm()
    {
        // The restriction is on, but the main account (AK/SK) holds the privilege.
        sim::PrivilegeBook::of(*m_server).setPolicySwitch(kDomain, QStringLiteral("createCase"), true);
        ui::MainWindow window(m_client.get());
        window.show();
        auto *newCase = window.findChild<QAction *>(QStringLiteral("newCaseAction"));
        newCase->trigger();
        ui::CreateCaseWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<ui::CreateCaseWizard *>()) != nullptr);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("submissionPrivilegeBox")));
        QCOMPARE(privilegeChecks(QStringLiteral("createCase")), 1);
        wizard->close();
    }

    void caseActionsNeedTheCasePrivilege()
    {
        // A delegated login (ASSUMED) of an account that restricts assumeCaseAll.
        sim::PrivilegeBook::of(*m_server).setPolicySwitch(kDomain, QStringLiteral("assumeCaseAll"), true);
        sim::AuthorizationBook::of(*m_server).setLoginType(kDomain, QStringLiteral("ASSUMED"));
        const QString caseId = openCaseId();
        QVERIFY(!caseId.isEmpty());
        ui::CaseDetailPanel panel(m_client.get(), caseId);
        panel.show();
        QTRY_VERIFY(panel.hasDetail() && !panel.isRefreshing() && !panel.isBusy());
        auto *notice = panel.findChild<ui::PrivilegeNotice *>();
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), PrivilegeCache::deniedReason(api::Privilege::AssumeCaseAll));
        // The status would allow these (status 1): the privilege is what turns them off.
        QVERIFY(ui::CaseDetailPanel::allows(ui::CaseDetailPanel::Action::Cancel, panel.detail()));
        QVERIFY(ui::CaseDetailPanel::allows(ui::CaseDetailPanel::Action::Close, panel.detail()));
        for (auto action : {ui::CaseDetailPanel::Action::Urge, ui::CaseDetailPanel::Action::Close,
                            ui::CaseDetailPanel::Action::Cancel, ui::CaseDetailPanel::Action::EditContact})
            QVERIFY(!panel.action(action)->isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("extendsParamsButton"))->isEnabled());
        // Triggering anyway (a shortcut) sends nothing.
        panel.action(ui::CaseDetailPanel::Action::Cancel)->trigger();
        QTest::qWait(50);
        QVERIFY(requestsTo("POST", QStringLiteral("/v2/servicerequest/cases/%1/action").arg(caseId)).isEmpty());

        // A second panel of the session: answered from the cache, one request in all.
        ui::CaseDetailPanel second(m_client.get(), caseId);
        QVERIFY(!second.findChild<ui::PrivilegeNotice *>()->permits());
        // The case window: no reply either.
        ui::CaseWindow window(m_client.get(), caseId);
        QVERIFY(!window.composeBox()->isEnabled());
        QCOMPARE(privilegeChecks(QStringLiteral("assumeCaseAll")), 1);
    }

    void caseActionsWithTheCasePrivilege()
    {
        const QString caseId = openCaseId();
        ui::CaseDetailPanel panel(m_client.get(), caseId);
        panel.show();
        QTRY_VERIFY(panel.hasDetail() && !panel.isRefreshing() && !panel.isBusy());
        QTRY_COMPARE(PrivilegeCache::of(m_client.get())->state(api::Privilege::AssumeCaseAll),
                     PrivilegeCache::State::Granted);
        QVERIFY(!panel.findChild<ui::PrivilegeNotice *>()->isVisible());
        QVERIFY(panel.action(ui::CaseDetailPanel::Action::Cancel)->isEnabled());
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("extendsParamsButton"))->isEnabled());
        ui::CaseWindow window(m_client.get(), caseId);
        QVERIFY(window.composeBox()->isEnabled());
    }

    void groupWithoutPermissionIsSaidInWords()
    {
        ui::MainWindow window(m_client.get());
        window.show();
        QTRY_VERIFY(window.caseModel()->totalCount() >= 0 && !window.caseModel()->isLoading());
        auto *notice = window.findChild<ui::PrivilegeNotice *>(QStringLiteral("groupAccessNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        // The server answers the group's list with "no same-group permission".
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::BusinessError;
        fault.method = "GET";
        fault.pathPrefix = QStringLiteral("/v2/servicerequest/cases");
        fault.errorCode = QStringLiteral("OSM.01010035");
        fault.errorMsg = QStringLiteral("No group operation permission.");
        m_server->faults().add(fault);
        window.setGroupId(QStringLiteral("group-ops-7"));
        window.viewsPane()->selectView(window.viewsModel()->rowOf(ui::CaseViewsModel::Kind::Group));
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), PrivilegeCache::groupDeniedReason());
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QVERIFY(status);
        QVERIFY(!status->text().contains(QLatin1String("01010035")));
        // Another view lists again: the notice goes.
        m_server->faults().clear();
        window.viewsPane()->selectView(window.viewsModel()->rowOf(ui::CaseViewsModel::Kind::Mine));
        QTRY_VERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestPrivilegesUi)
#include "tst_privilegesui.moc"
