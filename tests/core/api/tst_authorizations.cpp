// 5.6 authorizations and bastion-host records, end to end: each typed operation against the in-process
// simulator (the request as received and the parsed answer), the reference's response examples, the limits
// refused before sending, the simulator's status rules (appendix 7.1 codes), and that a host password is
// never sent back in any answer.
#include "ApiTestSupport.h"
#include "api/Authorizations.h"
#include "data/AuthorizationBook.h"
#include "http/Router.h"
#include "model/Acknowledgement.h"
#include "model/AuthorizationInfo.h"
#include "model/AuthorizationList.h"
#include "model/BastionFileTransferLogList.h"
#include "model/BastionOperationLogList.h"
#include "model/BastionSessionList.h"
#include "model/LoginType.h"

#include <QRegularExpression>
#include <QTest>

using namespace osm;
using osmtest::wait;
using Book = sim::AuthorizationBook;
using Action = api::AuthorizationActionParams::Action;

namespace {
const QString kSecret = QStringLiteral("s3cr3t-Host-Pa55-7f1c"); // never to be seen in an answer
}

class TestAuthorizations : public osmtest::SimulatorTest
{
    Q_OBJECT

    Book &book() { return Book::of(*m_server); }

    // The first seeded authorization with this status and kind (and, for hosts, with bastion sessions if asked).
    Book::Record *record(int status, Book::Kind kind, bool withSessions = false)
    {
        for (Book::Record &r : book().records()) {
            if (r.status != status || r.kind != kind || r.domainId != osmtest::demoDomain())
                continue;
            if (withSessions && (r.details.isEmpty() || r.details.first().sessions.isEmpty()))
                continue;
            return &r;
        }
        return nullptr;
    }

    static api::VerifyHostParams verifyParams(qint64 detailId, const QString &password = QString::fromLatin1(Book::kDemoHostPassword))
    {
        api::VerifyHostParams p;
        p.authorizationDetailId = detailId;
        p.port = 22;
        p.account = QStringLiteral("root");
        p.password = password;
        return p;
    }

    static api::ConfirmAuthorizationParams confirmParams(const QString &id, qint64 fromMs, qint64 untilMs)
    {
        api::ConfirmAuthorizationParams p;
        p.authorizationId = id;
        p.authEffectiveTime = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
        p.authExpireTime = QDateTime::fromMSecsSinceEpoch(untilMs, QTimeZone::utc());
        return p;
    }

    // Sends a request straight to the simulator's route and returns the whole answer, body included.
    sim::Response direct(const QByteArray &method, const QString &path, const QByteArray &body, const QueryItems &query = {})
    {
        const auto match = m_server->router().match(method, path);
        if (!match)
            return {};
        sim::Request request;
        request.method = method;
        request.path = path;
        request.query = query;
        request.body = body;
        request.pathParams = match->params;
        request.identity.kind = sim::Identity::Kind::AkSk;
        request.identity.domainId = osmtest::demoDomain();
        request.identity.domainName = QString::fromLatin1(sim::demo::kDomainName);
        return match->route->handler(request);
    }

    static constexpr qint64 kDay = 24 * 3600 * 1000LL;

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- the seeded demo data ----

    void seedShowsEveryStatus()
    {
        QVERIFY(book().records().size() >= 12);
        for (int status = 0; status <= 5; ++status) {
            const bool found = std::any_of(book().records().cbegin(), book().records().cend(),
                                           [status](const Book::Record &r) { return r.status == status; });
            QVERIFY2(found, qPrintable(QString::number(status)));
        }
        QVERIFY(record(0, Book::Kind::Host));
        QVERIFY(record(1, Book::Kind::Host, true));
        QVERIFY(record(1, Book::Kind::Console));
        // Tied to demo cases, and to the AUTH messages that ask for them.
        for (const Book::Record &r : book().records()) {
            QVERIFY(data().findCase(osmtest::demoDomain(), r.caseId));
            QVERIFY(!r.details.isEmpty() && r.details.size() <= 5);
            QVERIFY(r.id.size() <= 32);
        }
        int asked = 0;
        for (const sim::MessageRecord &m : data().allMessages()) {
            if (m.displayType != QLatin1String("AUTH"))
                continue;
            const QString id = QJsonDocument::fromJson(m.extension.toUtf8()).object().value(QLatin1String("authorization_id")).toString();
            QVERIFY(book().find(osmtest::demoDomain(), id));
            QCOMPARE(book().find(osmtest::demoDomain(), id)->caseId, m.caseId);
            ++asked;
        }
        QVERIFY(asked > 0);
        // Deterministic: a second server derives the same book.
        sim::Server other;
        const Book &again = Book::of(other);
        QCOMPARE(again.records().size(), book().records().size());
        for (qsizetype i = 0; i < again.records().size(); ++i) {
            QCOMPARE(again.records().at(i).id, book().records().at(i).id);
            QCOMPARE(again.records().at(i).status, book().records().at(i).status);
            QCOMPARE(again.records().at(i).details.size(), book().records().at(i).details.size());
        }
    }

    // ---- (a) contract: the request as the simulator received it, and the parsed answer ----

    void verifyHostContract()
    {
        const Book::Record *pending = record(0, Book::Kind::Host);
        QVERIFY(pending);
        const qint64 detailId = pending->details.first().id;
        api::VerifyHostParams params = verifyParams(detailId);
        params.groupId = QStringLiteral("g-1");
        const auto result = wait(api::verifyAuthorizationHost(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/authorization-details/%1/verify-host").arg(detailId));
        QVERIFY(request.rawQuery.isEmpty());
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("port"), 22},
                              {QStringLiteral("account"), QStringLiteral("root")},
                              {QStringLiteral("password"), QString::fromLatin1(Book::kDemoHostPassword)},
                              {QStringLiteral("group_id"), QStringLiteral("g-1")}}));
        QCOMPARE(result.value(), Acknowledgement{});
        QCOMPARE(book().find(osmtest::demoDomain(), pending->id)->status, 0); // verifying changes nothing
    }

    void rejectContract()
    {
        Book::Record *pending = record(0, Book::Kind::Host);
        QVERIFY(pending);
        const QString id = pending->id;
        const auto result = wait(api::rejectOrCancelAuthorization(
            client(), {id, Action::Reject, QStringLiteral("业务高峰期，请改日。"), QStringLiteral("group-123")}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/%1/action").arg(id));
        QCOMPARE(request.rawQuery, QByteArray("action_id=reject")); // as the reference's example
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("reject_reason"), QStringLiteral("业务高峰期，请改日。")},
                                                           {QStringLiteral("group_id"), QStringLiteral("group-123")}}));
        QCOMPARE(result.value(), Acknowledgement{});
        const auto shown = wait(api::showAuthorization(client(), {id, QString(), std::nullopt}));
        QVERIFY(shown.ok());
        QCOMPARE(shown->status, AuthorizationStatus::Rejected);
        QCOMPARE(shown->rejectReason, QStringLiteral("业务高峰期，请改日。"));
        QCOMPARE(shown->authHandlerName, QString::fromLatin1(sim::demo::kDomainName)); // AK/SK acts as the account
    }

    void cancelContract()
    {
        const Book::Record *agreed = record(1, Book::Kind::Console);
        QVERIFY(agreed);
        const QString id = agreed->id;
        // A reason given to cancel is not sent.
        const auto result = wait(api::rejectOrCancelAuthorization(client(), {id, Action::Cancel, QStringLiteral("x"), QString()}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/%1/action").arg(id));
        QCOMPARE(request.rawQuery, QByteArray("action_id=cancel"));
        QCOMPARE(osmtest::lastBody(*m_server), QJsonObject());
        QCOMPARE(book().find(osmtest::demoDomain(), id)->status, AuthorizationStatus::Cancelled);
    }

    void showLoginTypeContract()
    {
        const auto result = wait(api::showLoginType(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/login-type"));
        QVERIFY(request.rawQuery.isEmpty());
        QVERIFY(request.body.isEmpty());
        QCOMPARE(result.value(), LoginType{QStringLiteral("FEDERATION")});
        QVERIFY(result->isFederation());
        book().setLoginType(osmtest::demoDomain(), QStringLiteral("ASSUMED"));
        const auto assumed = wait(api::showLoginType(client()));
        QVERIFY(assumed.ok());
        QVERIFY(assumed->isAssumed());
    }

    void showAuthorizationContract()
    {
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        QVERIFY(agreed);
        const sim::CaseRecord *c = data().findCase(osmtest::demoDomain(), agreed->caseId);
        const auto result = wait(api::showAuthorization(client(), {agreed->id, QStringLiteral("grp"), false}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/%1").arg(agreed->id));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("group_id"), QStringLiteral("grp")},
                                                           {QStringLiteral("trim_osm_rich_text_label"), QStringLiteral("false")}}));
        QVERIFY(request.body.isEmpty());
        const AuthorizationInfo &a = result.value();
        QCOMPARE(a.id, agreed->id);
        QCOMPARE(a.status, AuthorizationStatus::Authorized);
        QCOMPARE(a.incidentId, agreed->caseId);
        QCOMPARE(a.simpleDescription, c->simpleDescription);
        QCOMPARE(a.xcustomerName, c->xcustomerName);
        QCOMPARE(a.resourceTypeId, QStringLiteral("1"));
        QCOMPARE(a.visitTypeId, QStringLiteral("1"));
        QCOMPARE(a.authEffectiveTime, QDateTime::fromMSecsSinceEpoch(agreed->effectiveMs, QTimeZone::utc()));
        QCOMPARE(a.authExpireTime, QDateTime::fromMSecsSinceEpoch(agreed->expireMs, QTimeZone::utc()));
        QVERIFY(a.rejectReason.isEmpty()); // null
        QVERIFY(a.authDescribe.contains(QStringLiteral("osm-rich-text"))); // trim=false keeps the markup
        QVERIFY(a.isNeedBackup.has_value() && a.isCompleteBackup.has_value());
        QCOMPARE(a.details.size(), agreed->details.size());
        for (qsizetype i = 0; i < a.details.size(); ++i) {
            const Book::Detail &d = agreed->details.at(i);
            QCOMPARE(a.details.at(i), (AuthorizationDetail{d.id, 22, QStringLiteral("root"), AuthorizationDetail::TypeHost,
                                                           d.instanceId, d.instanceName, c->regionId}));
        }
        QVERIFY(a.detail(agreed->details.first().id));
        // Default: rich text removed; names follow X-Language (zh-cn by default).
        const auto plain = wait(api::showAuthorization(client(), {agreed->id, QString(), std::nullopt}));
        QVERIFY(plain.ok());
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QVERIFY(!plain->authDescribe.contains(QLatin1Char('<')));
        QVERIFY(!plain->authDescribe.isEmpty());
    }

    void confirmContract()
    {
        const Book::Record *pending = record(0, Book::Kind::Host);
        QVERIFY(pending);
        const QString id = pending->id;
        const qint64 detailId = pending->details.first().id;
        const qint64 from = (QDateTime::currentMSecsSinceEpoch() / 1000) * 1000;
        api::ConfirmAuthorizationParams params = confirmParams(id, from, from + 2 * kDay);
        params.details = {{detailId, 2222, QStringLiteral("admin"), kSecret}};
        params.groupId = QStringLiteral("test");
        params.agencyId = QStringLiteral("agency-1");
        const auto result = wait(api::confirmAuthorization(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/%1").arg(id));
        QVERIFY(request.rawQuery.isEmpty()); // group_id is a body field (the example's ?group_id is not)
        const QJsonObject expected{
            {QStringLiteral("auth_detail_list"),
             QJsonArray{QJsonObject{{QStringLiteral("auth_detail_id"), detailId},
                                    {QStringLiteral("port"), 2222},
                                    {QStringLiteral("account"), QStringLiteral("admin")},
                                    {QStringLiteral("password"), kSecret}}}},
            {QStringLiteral("auth_effective_time"), from},
            {QStringLiteral("auth_expire_time"), from + 2 * kDay},
            {QStringLiteral("group_id"), QStringLiteral("test")},
            {QStringLiteral("agency_id"), QStringLiteral("agency-1")},
        };
        QCOMPARE(osmtest::lastBody(*m_server), expected);
        // The same fields as the reference's request example.
        const QString example = osmtest::endpoint(QStringLiteral("confirm_authorization")).value(QLatin1String("request_example")).toString();
        const QJsonObject exampleBody = QJsonDocument::fromJson(example.mid(example.indexOf(QLatin1String("\n{")) + 1).toUtf8()).object();
        QCOMPARE(osmtest::keys(expected), osmtest::keys(exampleBody));
        QCOMPARE(osmtest::keys(expected.value(QLatin1String("auth_detail_list")).toArray().first().toObject()),
                 osmtest::keys(exampleBody.value(QLatin1String("auth_detail_list")).toArray().first().toObject()));
        QCOMPARE(result.value(), Acknowledgement{});

        const auto shown = wait(api::showAuthorization(client(), {id, QString(), std::nullopt}));
        QVERIFY(shown.ok());
        QCOMPARE(shown->status, AuthorizationStatus::Authorized);
        QCOMPARE(shown->authEffectiveTime, QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()));
        QCOMPARE(shown->authExpireTime, QDateTime::fromMSecsSinceEpoch(from + 2 * kDay, QTimeZone::utc()));
        QCOMPARE(shown->detail(detailId)->port, 2222);
        QCOMPARE(shown->detail(detailId)->account, QStringLiteral("admin"));
        QCOMPARE(shown->agencyName, QStringLiteral("agency-1"));
        QVERIFY(!shown->authHandlerName.isEmpty());

        // Nothing but the id: agreed from now for a day.
        Book::Record *other = record(0, Book::Kind::Host);
        QVERIFY(other);
        const QString otherId = other->id;
        api::ConfirmAuthorizationParams bare;
        bare.authorizationId = otherId;
        QVERIFY(wait(api::confirmAuthorization(client(), bare)).ok());
        QCOMPARE(osmtest::lastBody(*m_server), QJsonObject());
        const Book::Record *agreed = book().find(osmtest::demoDomain(), otherId);
        QCOMPARE(agreed->status, 1);
        QCOMPARE(agreed->expireMs - agreed->effectiveMs, kDay);
    }

    void listAuthorizationsContract()
    {
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        QVERIFY(agreed);
        const sim::CaseRecord *c = data().findCase(osmtest::demoDomain(), agreed->caseId);
        api::ListAuthorizationsParams params;
        params.subCustomerName = c->xcustomerName;
        params.incidentId = agreed->caseId;
        params.status = AuthorizationStatus::Authorized;
        params.simpleDescription = c->simpleDescription.left(4);
        params.offset = 0;
        params.limit = 5;
        params.trimRichText = true;
        const auto result = wait(api::listAuthorizations(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations"));
        const QueryItems expectedQuery = {
            {QStringLiteral("sub_customer_name"), c->xcustomerName},
            {QStringLiteral("incident_id"), agreed->caseId},
            {QStringLiteral("status"), QStringLiteral("1")},
            {QStringLiteral("simple_description"), c->simpleDescription.left(4)},
            {QStringLiteral("offset"), QStringLiteral("0")},
            {QStringLiteral("limit"), QStringLiteral("5")},
            {QStringLiteral("trim_osm_rich_text_label"), QStringLiteral("true")},
        };
        QCOMPARE(osmtest::lastQuery(*m_server), expectedQuery);
        QVERIFY(request.body.isEmpty());
        QCOMPARE(result->count, 1);
        QCOMPARE(result->authorizations.size(), 1);
        const Authorization &a = result->authorizations.first();
        QCOMPARE(a.id, agreed->id);
        QCOMPARE(a.status, AuthorizationStatus::Authorized);
        QCOMPARE(a.incidentId, agreed->caseId);
        QCOMPARE(a.customerId, osmtest::demoDomain());
        QCOMPARE(a.xCustomerId, c->xcustomerId);
        QCOMPARE(a.createTime, QDateTime::fromMSecsSinceEpoch(agreed->createMs, QTimeZone::utc()));
        QVERIFY(!a.contentOfAuthLetter.isEmpty());
        QVERIFY(!a.authDescribe.contains(QLatin1Char('<')));

        // No parameters: the first 10, newest first; count is all of them.
        const auto all = wait(api::listAuthorizations(client()));
        QVERIFY(all.ok());
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QCOMPARE(all->count, qint64(book().records().size()));
        QCOMPARE(all->authorizations.size(), std::min<qsizetype>(10, book().records().size()));
        for (qsizetype i = 1; i < all->authorizations.size(); ++i)
            QVERIFY(all->authorizations.at(i - 1).createTime >= all->authorizations.at(i).createTime);
        // Paging and the status filter (-1: any).
        api::ListAuthorizationsParams tail;
        tail.offset = 10;
        tail.limit = 100;
        tail.status = -1;
        const auto rest = wait(api::listAuthorizations(client(), tail));
        QVERIFY(rest.ok());
        QCOMPARE(rest->authorizations.size(), book().records().size() - 10);
        api::ListAuthorizationsParams pending;
        pending.status = AuthorizationStatus::Pending;
        const auto pendings = wait(api::listAuthorizations(client(), pending));
        QVERIFY(pendings.ok());
        QVERIFY(pendings->count >= 2);
        for (const Authorization &p : pendings->authorizations)
            QCOMPARE(p.status, AuthorizationStatus::Pending);
    }

    void historySessionsContract()
    {
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        QVERIFY(agreed);
        const Book::Detail &detail = agreed->details.first();
        api::BastionSessionsParams params{agreed->id, detail.id, QString(), 0, 1};
        const auto result = wait(api::listBastionHistorySessions(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/%1/authorization-details/%2/history-sessions")
                                   .arg(agreed->id)
                                   .arg(detail.id));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("offset"), QStringLiteral("0")},
                                                           {QStringLiteral("limit"), QStringLiteral("1")}}));
        QVERIFY(request.body.isEmpty());
        QCOMPARE(result->totalCount, qint64(detail.sessions.size()));
        QCOMPARE(result->sessions.size(), 1);
        const BastionSession &newest = result->sessions.first();
        QCOMPARE(newest.sessionId, detail.sessions.last().id); // newest first
        QCOMPARE(newest.operatorName, detail.sessions.last().operatorName);
        static const QRegularExpression hms(QStringLiteral("^\\d{2}:\\d{2}:\\d{2}$"));
        static const QRegularExpression time(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
        QVERIFY(hms.match(newest.duration).hasMatch());
        QVERIFY(time.match(newest.startTime).hasMatch());
        QVERIFY(newest.startTime <= newest.endTime);
        // limit -1: all of them.
        const auto all = wait(api::listBastionHistorySessions(client(), {agreed->id, detail.id, QString(), -1, -1}));
        QVERIFY(all.ok());
        QCOMPARE(all->sessions.size(), detail.sessions.size());
    }

    void operationLogsContract()
    {
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        QVERIFY(agreed);
        const Book::Detail &detail = agreed->details.first();
        const Book::Session &session = detail.sessions.first();
        api::BastionSessionLogParams params{agreed->id, detail.id, session.id, QStringLiteral("g"), api::BastionSort::Ascending, 1, 3};
        const auto result = wait(api::listBastionOperationLogs(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/%1/authorization-details/%2/sessions/%3/operation-logs")
                                   .arg(agreed->id)
                                   .arg(detail.id)
                                   .arg(session.id));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("group_id"), QStringLiteral("g")},
                                                           {QStringLiteral("sort"), QStringLiteral("1")},
                                                           {QStringLiteral("offset"), QStringLiteral("1")},
                                                           {QStringLiteral("limit"), QStringLiteral("3")}}));
        QCOMPARE(result->totalCount, qint64(session.commands.size()));
        QCOMPARE(result->logs.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(result->logs.at(i).oper, session.commands.at(i + 1).oper); // oldest first from the second
        // Default order: newest first.
        const auto desc = wait(api::listBastionOperationLogs(client(), {agreed->id, detail.id, session.id, QString(), std::nullopt, std::nullopt, std::nullopt}));
        QVERIFY(desc.ok());
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QCOMPARE(desc->logs.first().oper, session.commands.last().oper);
        QVERIFY(desc->logs.first().operateTime >= desc->logs.last().operateTime);
    }

    void fileTransferLogsContract()
    {
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        QVERIFY(agreed);
        const Book::Detail &detail = agreed->details.first();
        const Book::Session &session = detail.sessions.first(); // the first session always moved two files
        QCOMPARE(session.transfers.size(), 2);
        api::BastionSessionLogParams params{agreed->id, detail.id, session.id, QString(), api::BastionSort::Descending, 0, 10};
        const auto result = wait(api::listBastionFileTransferLogs(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/authorizations/%1/authorization-details/%2/sessions/%3/operation-file-logs")
                                   .arg(agreed->id)
                                   .arg(detail.id)
                                   .arg(session.id));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("sort"), QStringLiteral("0")},
                                                           {QStringLiteral("offset"), QStringLiteral("0")},
                                                           {QStringLiteral("limit"), QStringLiteral("10")}}));
        QCOMPARE(result->totalCount, 2);
        const Book::FileTransfer &last = session.transfers.last();
        const BastionFileTransferLog &first = result->logs.first(); // newest first
        QCOMPARE(first.operateType, last.operateType);
        QCOMPARE(first.fileName, last.fileName);
        QCOMPARE(first.fromPath, last.fromPath);
        QCOMPARE(first.toPath, last.toPath);
        QCOMPARE(first.fileSize, last.fileSize);
        QCOMPARE(first.operResult, last.result);
        QCOMPARE(first.duration, QStringLiteral("00:00:%1").arg(last.durationSeconds, 2, 10, QLatin1Char('0')));
    }

    // ---- (b) the reference's response examples, verbatim ----

    void showLoginTypeExample()
    {
        const QString id = QStringLiteral("show_login_type");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<LoginType>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed.value(), LoginType{QStringLiteral("FEDERATION")});
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        // The third value is cut off in the reference: anything else is kept as sent.
        QCOMPARE(osmtest::parseBody<LoginType>("{\"login_type\":\"PASSWORD\"}")->loginType, QStringLiteral("PASSWORD"));
    }

    void showAuthorizationExample()
    {
        const QString id = QStringLiteral("show_authorization");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<AuthorizationInfo>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        const AuthorizationInfo &a = parsed.value();
        QCOMPARE(a.id, QStringLiteral("123"));
        QCOMPARE(a.status, AuthorizationStatus::Pending);
        QCOMPARE(a.incidentId, QStringLiteral("test-123"));
        QCOMPARE(a.resourceTypeName, QStringLiteral("华为云账号"));
        QCOMPARE(a.visitTypeName, QStringLiteral("控制台登录"));
        const QDateTime t(QDate(2020, 7, 7), QTime(9, 33, 43), QTimeZone::utc());
        QCOMPARE(a.authEffectiveTime, t);
        QCOMPARE(a.authExpireTime, t);
        QVERIFY(a.rejectReason.isEmpty()); // null
        QVERIFY(a.agencyName.isEmpty());   // null
        QCOMPARE(a.details, (QList<AuthorizationDetail>{{123, 22, QStringLiteral("test"), 0, QString(), QString(), QString()}}));
        QCOMPARE(a.contentTypeName, QStringLiteral("密钥"));
        QVERIFY(!a.isNeedBackup && !a.isCompleteBackup); // not in the example
        // toJson writes the table's names (the backup flags once known).
        AuthorizationInfo withBackup = a;
        withBackup.isNeedBackup = true;
        withBackup.isCompleteBackup = false;
        QCOMPARE(osmtest::keys(withBackup.toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(a.details.first().toJson()), osmtest::tableFields(id, {QStringLiteral("incident_auth_detail_list")}));
        QCOMPARE(AuthorizationInfo::fromJson(withBackup.toJson()), withBackup);
        QCOMPARE(AuthorizationInfo::fromJson(a.toJson()), a);
        // Typed Boolean, described 0/1: both read.
        const auto numeric = osmtest::parseBody<AuthorizationInfo>("{\"is_need_backup\":1,\"is_complete_backup\":\"0\"}");
        QCOMPARE(numeric->isNeedBackup, std::optional<bool>(true));
        QCOMPARE(numeric->isCompleteBackup, std::optional<bool>(false));
    }

    void listAuthorizationsExample()
    {
        const QString id = QStringLiteral("list_authorizations");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<AuthorizationList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->count, 123); // "123", a string in the example
        QCOMPARE(parsed->authorizations.size(), 1);
        const Authorization &a = parsed->authorizations.first();
        QCOMPARE(a.id, QStringLiteral("123"));
        QCOMPARE(a.customerId, QStringLiteral("customer-123"));
        QCOMPARE(a.xCustomerId, QStringLiteral("x-customer-123"));
        QCOMPARE(a.xcustomerName, QStringLiteral("test"));
        QCOMPARE(a.createTime, QDateTime(QDate(2020, 7, 7), QTime(9, 33, 43), QTimeZone::utc()));
        QVERIFY(a.rejectReason.isEmpty());
        QVERIFY(a.contentOfAuthLetter.isEmpty());
        QVERIFY(a.authDescribe.isEmpty()); // in the table, not in the example
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(a.toJson()), osmtest::tableFields(id, {QStringLiteral("incident_auth_list")}));
        QCOMPARE(AuthorizationList::fromJson(parsed->toJson()), parsed.value());
        QVERIFY(parsed->toJson().value(QLatin1String("count")).isDouble()); // written as the table's Integer
        // total_count read too; no total: the page.
        QCOMPARE(osmtest::parseBody<AuthorizationList>("{\"total_count\":4,\"incident_auth_list\":[]}")->count, 4);
        QCOMPARE(osmtest::parseBody<AuthorizationList>("{\"incident_auth_list\":[{\"id\":\"a\"}]}")->count, 1);
    }

    void bastionExamples()
    {
        const QString sessions = QStringLiteral("list_bastion_history_sessions");
        const auto s = osmtest::parseBody<BastionSessionList>(osmtest::responseExample(sessions));
        QVERIFY2(s.ok(), qPrintable(s.error().detailedMessage()));
        QCOMPARE(s->totalCount, 1);
        QCOMPARE(s->sessions, (QList<BastionSession>{{QStringLiteral("test"), 1, QStringLiteral("test"), QStringLiteral("test"), QString(), 0}}));
        QVERIFY(!s->sessions.first().videoDownloadable()); // operator and can_downloaded_video are not in the example
        QCOMPARE(osmtest::keys(s->toJson()), osmtest::tableFields(sessions));
        QCOMPARE(osmtest::keys(s->sessions.first().toJson()), osmtest::tableFields(sessions, {QStringLiteral("session_list")}));
        QCOMPARE(BastionSessionList::fromJson(s->toJson()), s.value());

        const QString ops = QStringLiteral("list_bastion_operation_logs");
        const auto o = osmtest::parseBody<BastionOperationLogList>(osmtest::responseExample(ops));
        QVERIFY2(o.ok(), qPrintable(o.error().detailedMessage()));
        QCOMPARE(o->totalCount, 1);
        QCOMPARE(o->logs, (QList<BastionOperationLog>{{QStringLiteral("test"), QStringLiteral("test")}}));
        QCOMPARE(osmtest::keys(o->toJson()), osmtest::tableFields(ops));
        QCOMPARE(osmtest::keys(o->logs.first().toJson()), osmtest::tableFields(ops, {QStringLiteral("ops_list")}));
        QCOMPARE(BastionOperationLogList::fromJson(o->toJson()), o.value());

        const QString files = QStringLiteral("list_bastion_file_transfer_logs");
        const auto f = osmtest::parseBody<BastionFileTransferLogList>(osmtest::responseExample(files));
        QVERIFY2(f.ok(), qPrintable(f.error().detailedMessage()));
        QCOMPARE(f->totalCount, 1);
        const QString t = QStringLiteral("test");
        QCOMPARE(f->logs, (QList<BastionFileTransferLog>{{t, t, t, t, t, t, t, t}}));
        QCOMPARE(osmtest::keys(f->toJson()), osmtest::tableFields(files));
        QCOMPARE(osmtest::keys(f->logs.first().toJson()), osmtest::tableFields(files, {QStringLiteral("file_ops_list")}));
        QCOMPARE(BastionFileTransferLogList::fromJson(f->toJson()), f.value());
        for (const QString &id : {sessions, ops, files})
            QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
    }

    void writeEndpointsExamples()
    {
        // 5.6.1 and 5.6.2: "无" (none); 5.6.5: "{\n}" although the table lists error_code / error_msg.
        for (const char *id : {"verify_authorization_host", "reject_or_cancel_authorization"}) {
            QVERIFY(osmtest::hasNoResponseExample(QString::fromLatin1(id)));
            const auto none = osmtest::parseBody<Acknowledgement>(osmtest::responseExample(QString::fromLatin1(id)));
            QVERIFY(none.ok());
            QCOMPARE(none.value(), Acknowledgement{});
        }
        const QString confirm = QStringLiteral("confirm_authorization");
        QCOMPARE(osmtest::endpoint(confirm).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto empty = osmtest::parseBody<Acknowledgement>(osmtest::responseExample(confirm));
        QVERIFY(empty.ok());
        QCOMPARE(empty.value(), Acknowledgement{});
        QCOMPARE(osmtest::keys(Acknowledgement{}.toJson()), osmtest::tableFields(confirm));
        OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(
            "{\"error_code\":\"OSM.01010046\",\"error_msg\":\"Re-apply, withdraw, reject, or agree only if the authorization is in the pending status.\"}",
            "OSM.01010046");
    }

    void brokenBodiesAreMalformed()
    {
        // None of 5.6's examples is flagged invalid; a body cut in half must still fail clearly.
        for (const char *id : {"show_authorization", "list_authorizations", "list_bastion_history_sessions"}) {
            QVERIFY(osmtest::endpoint(QString::fromLatin1(id)).value(QLatin1String("response_example_is_valid_json")) != QJsonValue(false));
            const QByteArray example = osmtest::responseExample(QString::fromLatin1(id));
            const auto cut = osmtest::parseBody<AuthorizationInfo>(example.left(example.size() / 2));
            QVERIFY(!cut.ok());
            QCOMPARE(cut.error().category(), Error::Category::MalformedBody);
        }
    }

    // ---- (c) limits refused before sending ----

    void verifyHostLimits()
    {
        QVERIFY(!verifyParams(0).validate());
        api::VerifyHostParams p = verifyParams(1);
        p.password = QStringLiteral("   "); // blanks are a password
        QVERIFY(!p.validate());
        p.password = QString(10240, QLatin1Char('p'));
        p.account = QString(64, QLatin1Char('a'));
        p.port = 65535;
        QVERIFY(!p.validate());

        OSM_VERIFY_REFUSED(*m_server, api::verifyAuthorizationHost(client(), verifyParams(-1)), "authorization_detail_id");
        p = verifyParams(1);
        p.port.reset();
        OSM_VERIFY_REFUSED(*m_server, api::verifyAuthorizationHost(client(), p), "port");
        for (qint64 port : {0LL, 65536LL}) {
            p.port = port;
            OSM_VERIFY_REFUSED(*m_server, api::verifyAuthorizationHost(client(), p), "port");
        }
        p = verifyParams(1);
        p.account = QString();
        OSM_VERIFY_REFUSED(*m_server, api::verifyAuthorizationHost(client(), p), "account");
        p.account = QString(65, QLatin1Char('a'));
        OSM_VERIFY_REFUSED(*m_server, api::verifyAuthorizationHost(client(), p), "account");
        p = verifyParams(1, QString());
        OSM_VERIFY_REFUSED(*m_server, api::verifyAuthorizationHost(client(), p), "password");
        p = verifyParams(1, QString(10241, QLatin1Char('p')));
        OSM_VERIFY_REFUSED(*m_server, api::verifyAuthorizationHost(client(), p), "password");
        p = verifyParams(1);
        p.groupId = QString(65, QLatin1Char('g'));
        OSM_VERIFY_REFUSED(*m_server, api::verifyAuthorizationHost(client(), p), "group_id");
    }

    void actionLimits()
    {
        QVERIFY(!api::AuthorizationActionParams({QString(32, QLatin1Char('a')), Action::Reject, QString(300, QLatin1Char('r')), QString(64, QLatin1Char('g'))}).validate());
        QVERIFY(!api::AuthorizationActionParams({QStringLiteral("a"), Action::Cancel, QString(), QString()}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::rejectOrCancelAuthorization(client(), {QString(), Action::Cancel, QString(), QString()}), "authorization_id");
        OSM_VERIFY_REFUSED(*m_server, api::rejectOrCancelAuthorization(client(), {QString(33, QLatin1Char('a')), Action::Cancel, QString(), QString()}),
                           "authorization_id");
        OSM_VERIFY_REFUSED(*m_server, api::rejectOrCancelAuthorization(client(), {QStringLiteral("a"), Action::Reject, QString(), QString()}),
                           "reject_reason");
        OSM_VERIFY_REFUSED(*m_server, api::rejectOrCancelAuthorization(client(), {QStringLiteral("a"), Action::Reject, QString(301, QLatin1Char('r')), QString()}),
                           "reject_reason");
        OSM_VERIFY_REFUSED(*m_server, api::rejectOrCancelAuthorization(client(), {QStringLiteral("a"), Action::Cancel, QString(), QString(65, QLatin1Char('g'))}),
                           "group_id");
        OSM_VERIFY_REFUSED(*m_server, api::showAuthorization(client(), {QString(), QString(), std::nullopt}), "authorization_id");
        OSM_VERIFY_REFUSED(*m_server, api::showAuthorization(client(), {QStringLiteral("a"), QString(65, QLatin1Char('g')), std::nullopt}), "group_id");
    }

    void confirmLimits()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        api::ConfirmAuthorizationParams p = confirmParams(QStringLiteral("a"), now, now + kDay);
        for (int i = 0; i < 6; ++i)
            p.details.append({i, 65535, QString(64, QLatin1Char('a')), QString(10240, QLatin1Char('p'))});
        QVERIFY(!p.validate());
        p.details.append({6, std::nullopt, QString(), QString()});
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "auth_detail_list");
        p = confirmParams(QStringLiteral("a"), now, now + kDay);
        p.details = {{1, 0, QString(), QString()}};
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "port");
        p.details = {{1, 22, QString(65, QLatin1Char('a')), QString()}};
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "account");
        p.details = {{1, 22, QString(), QString(10241, QLatin1Char('p'))}};
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "password");
        p = confirmParams(QStringLiteral("a"), -1000, now);
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "auth_effective_time");
        p = confirmParams(QStringLiteral("a"), now, -1000);
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "auth_expire_time");
        p = confirmParams(QString(33, QLatin1Char('a')), now, now + kDay);
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "authorization_id");
        p = confirmParams(QStringLiteral("a"), now, now + kDay);
        p.agencyId = QString(65, QLatin1Char('x'));
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "agency_id");
        p.agencyId.clear();
        p.groupId = QString(65, QLatin1Char('x'));
        OSM_VERIFY_REFUSED(*m_server, api::confirmAuthorization(client(), p), "group_id");
    }

    void listLimits()
    {
        api::ListAuthorizationsParams ok;
        ok.status = -1;
        ok.offset = 65535;
        ok.limit = 100;
        ok.subCustomerName = QString(64, QLatin1Char('s'));
        ok.incidentId = QString(32, QLatin1Char('i'));
        ok.simpleDescription = QString(64, QLatin1Char('d'));
        QVERIFY(!ok.validate());
        const struct
        {
            void (*change)(api::ListAuthorizationsParams &);
            const char *field;
        } refused[] = {
            {[](api::ListAuthorizationsParams &p) { p.status = -2; }, "status"},
            {[](api::ListAuthorizationsParams &p) { p.status = 11; }, "status"},
            {[](api::ListAuthorizationsParams &p) { p.offset = -1; }, "offset"},
            {[](api::ListAuthorizationsParams &p) { p.offset = 65536; }, "offset"},
            {[](api::ListAuthorizationsParams &p) { p.limit = 0; }, "limit"},
            {[](api::ListAuthorizationsParams &p) { p.limit = 101; }, "limit"},
            {[](api::ListAuthorizationsParams &p) { p.subCustomerName = QString(65, QLatin1Char('s')); }, "sub_customer_name"},
            {[](api::ListAuthorizationsParams &p) { p.incidentId = QString(33, QLatin1Char('i')); }, "incident_id"},
            {[](api::ListAuthorizationsParams &p) { p.simpleDescription = QString(65, QLatin1Char('d')); }, "simple_description"},
            {[](api::ListAuthorizationsParams &p) { p.groupId = QString(65, QLatin1Char('g')); }, "group_id"},
        };
        for (const auto &r : refused) {
            api::ListAuthorizationsParams p;
            r.change(p);
            const qsizetype before = m_server->requests().size();
            const auto refusedList = wait(api::listAuthorizations(client(), p));
            QVERIFY2(!refusedList.ok(), r.field);
            QCOMPARE(refusedList.error().category(), Error::Category::Validation);
            QCOMPARE(refusedList.error().field(), QString::fromLatin1(r.field));
            QCOMPARE(m_server->requests().size(), before);
        }
    }

    void bastionLimits()
    {
        QVERIFY(!api::BastionSessionsParams({QStringLiteral("a"), 0, QString(64, QLatin1Char('g')), -1, -1}).validate());
        QVERIFY(!api::BastionSessionLogParams({QStringLiteral("a"), 0, -5, QString(), 1, 65535, 100}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::listBastionHistorySessions(client(), {QString(), 1, QString(), std::nullopt, std::nullopt}),
                           "authorization_id");
        OSM_VERIFY_REFUSED(*m_server, api::listBastionHistorySessions(client(), {QStringLiteral("a"), -1, QString(), std::nullopt, std::nullopt}),
                           "authorization_detail_id");
        OSM_VERIFY_REFUSED(*m_server, api::listBastionHistorySessions(client(), {QStringLiteral("a"), 1, QString(), -2, std::nullopt}), "offset");
        OSM_VERIFY_REFUSED(*m_server, api::listBastionHistorySessions(client(), {QStringLiteral("a"), 1, QString(), 65536, std::nullopt}), "offset");
        OSM_VERIFY_REFUSED(*m_server, api::listBastionHistorySessions(client(), {QStringLiteral("a"), 1, QString(), std::nullopt, -2}), "limit");
        OSM_VERIFY_REFUSED(*m_server, api::listBastionHistorySessions(client(), {QStringLiteral("a"), 1, QString(), std::nullopt, 101}), "limit");
        OSM_VERIFY_REFUSED(*m_server, api::listBastionHistorySessions(client(), {QStringLiteral("a"), 1, QString(65, QLatin1Char('g')), std::nullopt, std::nullopt}),
                           "group_id");
        const api::BastionSessionLogParams base{QStringLiteral("a"), 1, 1, QString(), std::nullopt, std::nullopt, std::nullopt};
        api::BastionSessionLogParams p = base;
        p.sort = 2;
        OSM_VERIFY_REFUSED(*m_server, api::listBastionOperationLogs(client(), p), "sort");
        OSM_VERIFY_REFUSED(*m_server, api::listBastionFileTransferLogs(client(), p), "sort");
        p = base;
        p.limit = 101;
        OSM_VERIFY_REFUSED(*m_server, api::listBastionFileTransferLogs(client(), p), "limit");
        p = base;
        p.offset = -2;
        OSM_VERIFY_REFUSED(*m_server, api::listBastionOperationLogs(client(), p), "offset");
        p = base;
        p.authorizationDetailId = -1;
        OSM_VERIFY_REFUSED(*m_server, api::listBastionOperationLogs(client(), p), "authorization_detail_id");
    }

    // ---- (d) the simulator's rules ----

    void onlyPendingCanBeConfirmedOrRejected()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int status : {1, 2, 3, 4, 5}) {
            const Book::Record *r = nullptr;
            for (const Book::Record &candidate : book().records()) {
                if (candidate.status == status)
                    r = &candidate;
            }
            QVERIFY(r);
            const QString id = r->id;
            OSM_VERIFY_BUSINESS_ERROR(wait(api::confirmAuthorization(client(), confirmParams(id, now, now + kDay))), "OSM.01010046");
            OSM_VERIFY_BUSINESS_ERROR(wait(api::rejectOrCancelAuthorization(client(), {id, Action::Reject, QStringLiteral("no"), QString()})),
                                      "OSM.01010046");
            QCOMPARE(book().find(osmtest::demoDomain(), id)->status, status);
        }
    }

    void onlyAgreedCanBeRevoked()
    {
        const Book::Record *pending = record(0, Book::Kind::Host);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::rejectOrCancelAuthorization(client(), {pending->id, Action::Cancel, QString(), QString()})),
                                  "OSM.01010034");
        QCOMPARE(pending->status, 0);
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        const QString id = agreed->id;
        QVERIFY(wait(api::rejectOrCancelAuthorization(client(), {id, Action::Cancel, QString(), QString()})).ok());
        QCOMPARE(book().find(osmtest::demoDomain(), id)->status, 5);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::rejectOrCancelAuthorization(client(), {id, Action::Cancel, QString(), QString()})), "OSM.01010034");
        // The bastion-host records of a revoked authorization remain readable.
        QVERIFY(wait(api::listBastionHistorySessions(client(), {id, agreed->details.first().id, QString(), std::nullopt, std::nullopt})).ok());
    }

    void agreementsExpire()
    {
        Book::Record *agreed = record(1, Book::Kind::Console);
        QVERIFY(agreed);
        const QString id = agreed->id;
        agreed->expireMs = QDateTime::currentMSecsSinceEpoch() - 1000; // its period just ended
        const auto shown = wait(api::showAuthorization(client(), {id, QString(), std::nullopt}));
        QVERIFY(shown.ok());
        QCOMPARE(shown->status, AuthorizationStatus::Expired);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::rejectOrCancelAuthorization(client(), {id, Action::Cancel, QString(), QString()})), "OSM.01010034");

        // Agreed for a moment: expired as soon as the moment has passed.
        Book::Record *pending = record(0, Book::Kind::Host);
        const QString pendingId = pending->id;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(wait(api::confirmAuthorization(client(), confirmParams(pendingId, now - 60000, now + 3000))).ok());
        QTest::qWait(3100);
        api::ListAuthorizationsParams byCase;
        byCase.incidentId = book().find(osmtest::demoDomain(), pendingId)->caseId;
        byCase.status = AuthorizationStatus::Expired;
        const auto listed = wait(api::listAuthorizations(client(), byCase));
        QVERIFY(listed.ok());
        QVERIFY(std::any_of(listed->authorizations.cbegin(), listed->authorizations.cend(),
                            [&pendingId](const Authorization &a) { return a.id == pendingId; }));
    }

    void validityPeriodRules()
    {
        const Book::Record *pending = record(0, Book::Kind::Host);
        const QString id = pending->id;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Ends before it starts; already over; longer than 30 days.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::confirmAuthorization(client(), confirmParams(id, now + kDay, now + 1000))), "OSM.01010001");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::confirmAuthorization(client(), confirmParams(id, now - 2 * kDay, now - kDay))), "OSM.01010001");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::confirmAuthorization(client(), confirmParams(id, now, now + 31 * kDay))), "OSM.01010001");
        QCOMPARE(book().find(osmtest::demoDomain(), id)->status, 0);
        // Exactly 30 days is fine; epoch seconds are read as well as milliseconds.
        const QByteArray body = QStringLiteral("{\"auth_effective_time\":%1,\"auth_expire_time\":%2}")
                                    .arg(now / 1000)
                                    .arg(now / 1000 + 30 * 24 * 3600)
                                    .toUtf8();
        QVERIFY(osmtest::rawCall(client(), "PUT", QStringLiteral("/v2/servicerequest/authorizations/%1").arg(id), {}, body).ok);
        const Book::Record *agreed = book().find(osmtest::demoDomain(), id);
        QCOMPARE(agreed->status, 1);
        QCOMPARE(agreed->expireMs - agreed->effectiveMs, 30 * kDay);
    }

    void unknownIds()
    {
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        const Book::Record *pending = record(0, Book::Kind::Host);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        OSM_VERIFY_BUSINESS_ERROR(wait(api::showAuthorization(client(), {QStringLiteral("no-such-authorization"), QString(), std::nullopt})),
                                  "OSM.01010032");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::rejectOrCancelAuthorization(client(), {QStringLiteral("nope"), Action::Cancel, QString(), QString()})),
                                  "OSM.01010032");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyAuthorizationHost(client(), verifyParams(999999999))), "OSM.01010032");
        // An item of another authorization.
        api::ConfirmAuthorizationParams foreign = confirmParams(pending->id, now, now + kDay);
        foreign.details = {{agreed->details.first().id, 22, QString(), QString()}};
        OSM_VERIFY_BUSINESS_ERROR(wait(api::confirmAuthorization(client(), foreign)), "OSM.01010032");
        QCOMPARE(pending->status, 0);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listBastionHistorySessions(client(), {pending->id, agreed->details.first().id, QString(), std::nullopt, std::nullopt})),
                                  "OSM.01010032");
        // A session the bastion host does not know: its failure code.
        const api::BastionSessionLogParams noSession{agreed->id, agreed->details.first().id, 42, QString(), std::nullopt, std::nullopt, std::nullopt};
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listBastionOperationLogs(client(), noSession)), "OSM.01010021");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listBastionFileTransferLogs(client(), noSession)), "OSM.01010021");
        // A pending host has no sessions yet.
        const auto none = wait(api::listBastionHistorySessions(client(), {pending->id, pending->details.first().id, QString(), std::nullopt, std::nullopt}));
        QVERIFY(none.ok());
        QCOMPARE(none->totalCount, 0);
    }

    void verifyHostRules()
    {
        Book::Record *pending = record(0, Book::Kind::Host);
        const qint64 detailId = pending->details.first().id;
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyAuthorizationHost(client(), verifyParams(detailId, kSecret))), "OSM.01010003");
        api::VerifyHostParams wrongAccount = verifyParams(detailId);
        wrongAccount.account = QStringLiteral("admin");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyAuthorizationHost(client(), wrongAccount)), "OSM.01010003");
        api::VerifyHostParams wrongPort = verifyParams(detailId);
        wrongPort.port = 2222;
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyAuthorizationHost(client(), wrongPort)), "OSM.01010047");
        // Only while pending.
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyAuthorizationHost(client(), verifyParams(agreed->details.first().id))), "OSM.01010046");
        // A console item has no host.
        Book::Record *console = record(1, Book::Kind::Console);
        console->status = 0;
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyAuthorizationHost(client(), verifyParams(console->details.first().id))), "OSM.01010031");
        // The reference's example sends the port as a string: accepted.
        const QString path = QStringLiteral("/v2/servicerequest/authorizations/authorization-details/%1/verify-host").arg(detailId);
        QVERIFY(osmtest::rawCall(client(), "POST", path, {},
                                 QByteArray("{\"account\":\"root\",\"password\":\"") + Book::kDemoHostPassword + "\",\"port\":\"22\"}").ok);
    }

    void groupRule()
    {
        // A sub-user acting on another user's case of an IAM group must name the group (OSM.01010035).
        Book::Record *agreed = record(1, Book::Kind::Host, true);
        sim::CaseRecord *c = data().findCase(osmtest::demoDomain(), agreed->caseId);
        c->xcustomerId = QStringLiteral("someone-else");
        c->groupId = QStringLiteral("group-ops");
        const QString id = agreed->id;
        auto subUser = tokenClient();
        OSM_VERIFY_BUSINESS_ERROR(wait(api::showAuthorization(*subUser, {id, QString(), std::nullopt})), "OSM.01010035");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::showAuthorization(*subUser, {id, QStringLiteral("group-dev"), std::nullopt})), "OSM.01010035");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::rejectOrCancelAuthorization(*subUser, {id, Action::Cancel, QString(), QString()})), "OSM.01010035");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listBastionHistorySessions(*subUser, {id, agreed->details.first().id, QString(), std::nullopt, std::nullopt})),
                                  "OSM.01010035");
        QCOMPARE(book().find(osmtest::demoDomain(), id)->status, 1);
        api::ListAuthorizationsParams byCase;
        byCase.incidentId = c->incidentId;
        const auto hidden = wait(api::listAuthorizations(*subUser, byCase));
        QVERIFY(hidden.ok());
        QCOMPARE(hidden->count, 0);
        // Naming the group opens it.
        QVERIFY(wait(api::showAuthorization(*subUser, {id, QStringLiteral("group-ops"), std::nullopt})).ok());
        byCase.groupId = QStringLiteral("group-ops");
        const auto shown = wait(api::listAuthorizations(*subUser, byCase));
        QVERIFY(shown.ok());
        QCOMPARE(shown->count, 1);
        QVERIFY(wait(api::rejectOrCancelAuthorization(*subUser, {id, Action::Cancel, QString(), QStringLiteral("group-ops")})).ok());
        QCOMPARE(book().find(osmtest::demoDomain(), id)->status, 5);
        QCOMPARE(book().find(osmtest::demoDomain(), id)->handlerName, QString::fromLatin1(sim::demo::kUserName));
        // The account itself needs no group.
        QVERIFY(wait(api::showAuthorization(client(), {id, QString(), std::nullopt})).ok());
    }

    void actionIdSelectsTheOperation()
    {
        const Book::Record *pending = record(0, Book::Kind::Host);
        const QString path = QStringLiteral("/v2/servicerequest/authorizations/%1/action").arg(pending->id);
        for (const QueryItems &query : {QueryItems{{QStringLiteral("action_id"), QStringLiteral("approve")}}, QueryItems{}}) {
            const auto answer = osmtest::rawCall(client(), "PUT", path, query, "{\"reject_reason\":\"x\"}");
            QVERIFY(!answer.ok);
            QCOMPARE(answer.error.code(), QStringLiteral("OSM.01010018"));
            QCOMPARE(answer.error.httpStatus(), 200);
        }
        QCOMPARE(pending->status, 0);
    }

    void malformedRequestsAreBadRequests()
    {
        const Book::Record *pending = record(0, Book::Kind::Host);
        const Book::Record *agreed = record(1, Book::Kind::Host, true);
        const QString base = QStringLiteral("/v2/servicerequest/authorizations");
        const QString verify = base + QStringLiteral("/authorization-details/%1/verify-host").arg(pending->details.first().id);
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", verify));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", verify, {}, "{\"account\":\"root\",\"password\":\"x\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", verify, {}, "{\"account\":\"root\",\"password\":\"x\",\"port\":0}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", verify, {}, "{\"account\":\"root\",\"password\":\"x\",\"port\":\"ssh\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", verify, {}, "{\"account\":\"\",\"password\":\"x\",\"port\":22}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", verify, {}, "{\"account\":\"root\",\"password\":\"\",\"port\":22}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base + QStringLiteral("/authorization-details/abc/verify-host"), {},
                                                "{\"account\":\"root\",\"password\":\"x\",\"port\":22}"));
        const QString action = base + QStringLiteral("/%1/action").arg(pending->id);
        const QueryItems reject{{QStringLiteral("action_id"), QStringLiteral("reject")}};
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", action, reject));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", action, reject, "{\"reject_reason\":\"\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", action, reject, "{\"reject_reason\":\"" + QByteArray(301, 'r') + "\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", action, reject, "{\"reject_reason\":\"x\",\"group_id\":\"\"}"));
        const QString one = base + QLatin1Char('/') + pending->id;
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", one, {}, "[]"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", one, {}, "{\"auth_expire_time\":-1}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", one, {}, "{\"auth_detail_list\":[{\"port\":22}]}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", one, {}, "{\"auth_detail_list\":[1,2,3,4,5,6,7]}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", one, {{QStringLiteral("trim_osm_rich_text_label"), QStringLiteral("maybe")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base, {{QStringLiteral("limit"), QStringLiteral("0")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base, {{QStringLiteral("status"), QStringLiteral("11")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base, {{QStringLiteral("offset"), QStringLiteral("-1")}}));
        const QString detail = base + QStringLiteral("/%1/authorization-details/%2").arg(agreed->id).arg(agreed->details.first().id);
        const QString session = detail + QStringLiteral("/sessions/%1").arg(agreed->details.first().sessions.first().id);
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", detail + QStringLiteral("/history-sessions"), {{QStringLiteral("offset"), QStringLiteral("-2")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", session + QStringLiteral("/operation-logs"), {{QStringLiteral("sort"), QStringLiteral("2")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", session + QStringLiteral("/operation-file-logs"), {{QStringLiteral("limit"), QStringLiteral("101")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", detail + QStringLiteral("/sessions/abc/operation-logs")));
        QCOMPARE(pending->status, 0);
    }

    void hostPasswordNeverAnswered()
    {
        // Every answer to a request carrying the password — accepted, refused by a rule, malformed — is free of it.
        Book::Record *pending = record(0, Book::Kind::Host);
        const qint64 detailId = pending->details.first().id;
        const QString verify = QStringLiteral("/v2/servicerequest/authorizations/authorization-details/%1/verify-host").arg(detailId);
        const QString confirm = QStringLiteral("/v2/servicerequest/authorizations/%1").arg(pending->id);
        const QByteArray secret = kSecret.toUtf8();
        const QByteArray demo = Book::kDemoHostPassword;
        const QByteArray longSecret = secret + QByteArray(10240, 'x');
        const QList<QByteArray> verifyBodies = {
            "{\"account\":\"root\",\"password\":\"" + secret + "\",\"port\":22}",      // wrong password
            "{\"account\":\"root\",\"password\":\"" + secret + "\",\"port\":2222}",    // wrong port
            "{\"account\":\"" + secret + "\",\"password\":\"" + secret + "\",\"port\":22}", // wrong account
            "{\"account\":\"root\",\"password\":\"" + longSecret + "\",\"port\":22}",  // too long
            "{\"account\":\"root\",\"password\":\"" + secret + "\",\"port\":0}",       // bad port
            "{\"account\":\"root\",\"password\":" + secret + ",\"port\":22}",          // not JSON
            "{\"account\":\"root\",\"password\":[\"" + secret + "\"],\"port\":22}",    // not a string
            "{\"account\":\"root\",\"password\":\"" + demo + "\",\"port\":22}",        // right
        };
        int answers = 0;
        for (const QByteArray &body : verifyBodies) {
            const sim::Response r = direct("POST", verify, body);
            QVERIFY(!r.body.isEmpty());
            QVERIFY2(!r.body.contains(secret) && !r.body.contains(demo), r.body.constData());
            ++answers;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray item = "{\"auth_detail_id\":" + QByteArray::number(detailId) + ",\"port\":22,\"account\":\"root\",\"password\":\"";
        const QList<QByteArray> confirmBodies = {
            "{\"auth_detail_list\":[" + item + longSecret + "\"}]}",                                          // too long
            "{\"auth_detail_list\":[" + item + secret + "\"}],\"auth_expire_time\":1}",                        // period over
            "{\"auth_detail_list\":[{\"auth_detail_id\":1,\"password\":\"" + secret + "\"}]}",                 // unknown item
            "{\"auth_detail_list\":[" + item + secret + "\",\"port\":\"" + secret + "\"}]}",                   // bad port
            "{\"auth_detail_list\":[" + item + secret + "\"}],\"auth_effective_time\":" + QByteArray::number(now) + "}", // agreed
            "{\"auth_detail_list\":[" + item + secret + "\"}]}",                                               // no longer pending
        };
        for (const QByteArray &body : confirmBodies) {
            const sim::Response r = direct("PUT", confirm, body);
            QVERIFY2(!r.body.contains(secret), r.body.constData());
            ++answers;
        }
        QCOMPARE(book().find(osmtest::demoDomain(), pending->id)->status, 1);
        // Nor in any later reading of the authorization.
        for (const QString &path : {confirm, QStringLiteral("/v2/servicerequest/authorizations")}) {
            const sim::Response r = direct("GET", path, {});
            QCOMPARE(r.status, 200);
            QVERIFY(!r.body.contains(secret));
        }
        QCOMPARE(qsizetype(answers), verifyBodies.size() + confirmBodies.size());
        // And through the client: errors carry nothing of it either.
        const auto refused = wait(api::verifyAuthorizationHost(client(), verifyParams(record(0, Book::Kind::Host)->details.first().id, kSecret)));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().detailedMessage().contains(kSecret));
        QVERIFY(!refused.error().userMessage().contains(kSecret));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizations)
#include "tst_authorizations.moc"
