// 5.4 case privileges, end to end: each typed operation against the in-process simulator (the request as
// received and the parsed answer), the reference's response examples, the limits refused before sending, and
// the simulator's rules: the main account switches a restriction on (create) and off (delete); sub-users then
// lack export / createCase, and a delegated (ASSUMED) login lacks assumeCaseAll — and may no longer act on
// authorizations.
#include "ApiTestSupport.h"
#include "api/Authorizations.h"
#include "api/Privileges.h"
#include "data/AuthorizationBook.h"
#include "data/PrivilegeBook.h"
#include "model/Acknowledgement.h"
#include "model/CasePrivilege.h"
#include "model/PrivilegePolicy.h"

#include <QTest>

using namespace osm;
using osmtest::wait;

class TestPrivileges : public osmtest::SimulatorTest
{
    Q_OBJECT

    sim::PrivilegeBook &book() { return sim::PrivilegeBook::of(*m_server); }

    bool granted(ApiClient &c, const QString &privilege)
    {
        const auto result = wait(api::checkCasePrivilege(c, {privilege}));
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().detailedMessage()));
        return result.ok() && result->granted();
    }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract ----

    void showPrivilegePolicyContract()
    {
        const auto off = wait(api::showPrivilegePolicy(client(), {QStringLiteral("createCase")}));
        QVERIFY2(off.ok(), qPrintable(off.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/privileges/privilege-policy"));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("privilege"), QStringLiteral("createCase")}}));
        QVERIFY(request.body.isEmpty());
        QCOMPARE(off.value(), PrivilegePolicy{false}); // nothing is restricted at first

        book().setPolicySwitch(osmtest::demoDomain(), QStringLiteral("createCase"), true);
        const auto on = wait(api::showPrivilegePolicy(client(), {QStringLiteral("createCase")}));
        QVERIFY(on.ok());
        QCOMPARE(on.value(), PrivilegePolicy{true});
        // Per identifier.
        const auto other = wait(api::showPrivilegePolicy(client(), {QStringLiteral("export")}));
        QVERIFY(other.ok());
        QVERIFY(!other->policySwitch);
    }

    void checkCasePrivilegeContract()
    {
        const auto result = wait(api::checkCasePrivilege(client(), {QStringLiteral("export")}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/privileges"));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("privilege"), QStringLiteral("export")}}));
        QVERIFY(request.body.isEmpty());
        QCOMPARE(result.value(), CasePrivilege{1});
        QVERIFY(result->granted());
    }

    void createPrivilegeContract()
    {
        const auto created = wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Create, QStringLiteral("export")}));
        QVERIFY2(created.ok(), qPrintable(created.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/privileges"));
        QVERIFY(request.rawQuery.isEmpty());
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        // The reference's own request example.
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("operation"), QStringLiteral("create")},
                                                           {QStringLiteral("privilege"), QStringLiteral("export")}}));
        QCOMPARE(created.value(), Acknowledgement{});
        QVERIFY(book().policySwitch(osmtest::demoDomain(), QStringLiteral("export")));

        const auto deleted = wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Delete, QStringLiteral("export")}));
        QVERIFY(deleted.ok());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("operation"), QStringLiteral("delete")},
                                                           {QStringLiteral("privilege"), QStringLiteral("export")}}));
        QVERIFY(!book().policySwitch(osmtest::demoDomain(), QStringLiteral("export")));

        // privilege is optional: not sent, and the simulator applies it to case submission.
        QVERIFY(wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Create, QString()})).ok());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("operation"), QStringLiteral("create")}}));
        QVERIFY(book().policySwitch(osmtest::demoDomain(), QStringLiteral("createCase")));
    }

    // ---- (b) the reference's examples ----

    void showPrivilegePolicyExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("show_privilege_policy")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<PrivilegePolicy>(osmtest::responseExample(QStringLiteral("show_privilege_policy")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed.value(), PrivilegePolicy{true});
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("show_privilege_policy")));
        QCOMPARE(PrivilegePolicy::fromJson(parsed->toJson()), parsed.value());
        // Lenient: 1 / "true" / "false".
        QVERIFY(osmtest::parseBody<PrivilegePolicy>("{\"policy_switch\":1}")->policySwitch);
        QVERIFY(osmtest::parseBody<PrivilegePolicy>("{\"policy_switch\":\"true\"}")->policySwitch);
        QVERIFY(!osmtest::parseBody<PrivilegePolicy>("{\"policy_switch\":\"false\"}")->policySwitch);
        QVERIFY(!osmtest::parseBody<PrivilegePolicy>("{}")->policySwitch);
    }

    void checkCasePrivilegeExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("check_case_privilege")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<CasePrivilege>(osmtest::responseExample(QStringLiteral("check_case_privilege")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed.value(), CasePrivilege{1});
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("check_case_privilege")));
        QCOMPARE(CasePrivilege::fromJson(parsed->toJson()), parsed.value());
        // Integer 0/1 here, Boolean in 5.11.2: both read.
        QVERIFY(!osmtest::parseBody<CasePrivilege>("{\"has_privilege\":0}")->granted());
        QVERIFY(osmtest::parseBody<CasePrivilege>("{\"has_privilege\":true}")->granted());
        QVERIFY(!osmtest::parseBody<CasePrivilege>("{\"has_privilege\":false}")->granted());
        QVERIFY(osmtest::parseBody<CasePrivilege>("{\"has_privilege\":\"1\"}")->granted());
    }

    void createPrivilegeExample()
    {
        const QString id = QStringLiteral("create_privilege");
        OSM_VERIFY_ACKNOWLEDGEMENT_WITHOUT_EXAMPLE(id);
        OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(
            "{\"error_code\":\"OSM.01010002\",\"error_msg\":\"No operation permission.\"}",
            "OSM.01010002");
        // The request example is the body we send (see createPrivilegeContract).
        const QJsonObject sent = api::CreatePrivilegeParams{api::CreatePrivilegeParams::Action::Create, QStringLiteral("export")}.body();
        const QString example = osmtest::endpoint(id).value(QLatin1String("request_example")).toString();
        QCOMPARE(QJsonDocument::fromJson(example.mid(example.indexOf(QLatin1String("\n{")) + 1).toUtf8()).object(), sent);
    }

    // ---- (c) limits refused before sending ----

    void privilegeLimits()
    {
        for (const QString &ok : {QStringLiteral("export"), QStringLiteral("createCase"), QStringLiteral("assumeCaseAll")}) {
            QVERIFY(!api::PrivilegeQuery{ok}.validate());
            QVERIFY(!api::CreatePrivilegeParams({api::CreatePrivilegeParams::Action::Delete, ok}).validate());
        }
        OSM_VERIFY_REFUSED(*m_server, api::showPrivilegePolicy(client(), {QString()}), "privilege"); // required
        OSM_VERIFY_REFUSED(*m_server, api::checkCasePrivilege(client(), {QString()}), "privilege");
        OSM_VERIFY_REFUSED(*m_server, api::checkCasePrivilege(client(), {QStringLiteral("createcase")}), "privilege");
        OSM_VERIFY_REFUSED(*m_server, api::showPrivilegePolicy(client(), {QStringLiteral("admin")}), "privilege");
        OSM_VERIFY_REFUSED(*m_server,
                           api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Create, QString(65, QLatin1Char('x'))}),
                           "privilege");
        OSM_VERIFY_REFUSED(*m_server,
                           api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Create, QStringLiteral("import")}),
                           "privilege");
    }

    // ---- (d) the simulator's rules ----

    void restrictionGatesSubUsers()
    {
        auto subUser = tokenClient();
        QVERIFY(granted(*subUser, QStringLiteral("createCase")));
        QVERIFY(granted(client(), QStringLiteral("createCase")));
        QVERIFY(wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Create, QStringLiteral("createCase")})).ok());
        QVERIFY(!granted(*subUser, QStringLiteral("createCase"))); // "开启之后子账号默认无法提单"
        QVERIFY(granted(client(), QStringLiteral("createCase")));  // the main account keeps it
        QVERIFY(granted(*subUser, QStringLiteral("export")));      // per identifier
        // The sub-user sees the policy but may not change it.
        const auto seen = wait(api::showPrivilegePolicy(*subUser, {QStringLiteral("createCase")}));
        QVERIFY(seen.ok());
        QVERIFY(seen->policySwitch);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createPrivilege(*subUser, {api::CreatePrivilegeParams::Action::Delete, QStringLiteral("createCase")})),
                                  "OSM.01010002");
        QVERIFY(book().policySwitch(osmtest::demoDomain(), QStringLiteral("createCase")));
        QVERIFY(wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Delete, QStringLiteral("createCase")})).ok());
        QVERIFY(granted(*subUser, QStringLiteral("createCase")));
        // Deleting what is not set changes nothing and succeeds; so does creating twice.
        QVERIFY(wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Delete, QStringLiteral("export")})).ok());
        QVERIFY(wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Create, QStringLiteral("export")})).ok());
        QVERIFY(wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Create, QStringLiteral("export")})).ok());
        QVERIFY(!granted(*subUser, QStringLiteral("export")));
    }

    void assumeCaseAllGatesDelegatedLogins()
    {
        sim::AuthorizationBook &authorizations = sim::AuthorizationBook::of(*m_server);
        QString pendingId;
        for (const sim::AuthorizationBook::Record &r : authorizations.records()) {
            if (r.status == 0)
                pendingId = r.id;
        }
        QVERIFY(!pendingId.isEmpty());
        const api::AuthorizationActionParams reject{pendingId, api::AuthorizationActionParams::Action::Reject,
                                                    QStringLiteral("not now"), QString()};

        // Restricted, but the caller did not sign in as a delegated account: nothing changes.
        QVERIFY(wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Create, QStringLiteral("assumeCaseAll")})).ok());
        QVERIFY(granted(client(), QStringLiteral("assumeCaseAll")));
        // A delegated (ASSUMED) login under the restriction lacks it, and may not act on authorizations.
        authorizations.setLoginType(osmtest::demoDomain(), QStringLiteral("ASSUMED"));
        QVERIFY(!granted(client(), QStringLiteral("assumeCaseAll")));
        OSM_VERIFY_BUSINESS_ERROR(wait(api::rejectOrCancelAuthorization(client(), reject)), "OSM.01010002");
        QCOMPARE(authorizations.find(osmtest::demoDomain(), pendingId)->status, 0);
        // Reading stays possible.
        QVERIFY(wait(api::showAuthorization(client(), {pendingId, QString(), std::nullopt})).ok());
        // Lifting the restriction lets it act again.
        QVERIFY(wait(api::createPrivilege(client(), {api::CreatePrivilegeParams::Action::Delete, QStringLiteral("assumeCaseAll")})).ok());
        QVERIFY(granted(client(), QStringLiteral("assumeCaseAll")));
        QVERIFY(wait(api::rejectOrCancelAuthorization(client(), reject)).ok());
        QCOMPARE(authorizations.find(osmtest::demoDomain(), pendingId)->status, 2);
    }

    void malformedRequestsAreBadRequests()
    {
        const QString privileges = QStringLiteral("/v2/servicerequest/privileges");
        // The request examples of 5.4.1 / 5.4.2 omit the required privilege.
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", privileges));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", privileges + QStringLiteral("/privilege-policy")));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", privileges, {{QStringLiteral("privilege"), QStringLiteral("admin")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", privileges));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", privileges, {}, "{\"privilege\":\"export\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", privileges, {}, "{\"operation\":\"update\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", privileges, {}, "{\"operation\":\"create\",\"privilege\":\"admin\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", privileges, {}, "{\"operation\":1}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", privileges, {}, "operation=create"));
    }
};

QTEST_GUILESS_MAIN(TestPrivileges)
#include "tst_privileges.moc"
