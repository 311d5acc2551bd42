// osmctl authorizations: list, show, confirm, reject, revoke, check-hosts, login-types and the bastion-host
// records (sessions, operation-logs, file-transfer-logs) — end to end against the simulator.

#include "OsmctlTestSupport.h"

#include "api/Authorizations.h"
#include "data/AuthorizationBook.h"
#include "model/AuthorizationStatus.h"

using namespace osmtest;
using Book = osm::sim::AuthorizationBook;

namespace {

QStringList args(std::initializer_list<const char *> parts)
{
    QStringList list;
    for (const char *part : parts)
        list.append(QString::fromUtf8(part));
    return list;
}

} // namespace

class TstOsmctlAuthorizations : public QObject
{
    Q_OBJECT

    // The first seeded authorization of the demo account with this status and kind (with sessions if asked).
    static const Book::Record *record(CtlFixture &fx, int status, Book::Kind kind, bool withSessions = false)
    {
        for (const Book::Record &r : Book::of(fx.server).records()) {
            if (r.status != status || r.kind != kind || r.domainId != demoDomain())
                continue;
            if (withSessions && (r.details.isEmpty() || r.details.first().sessions.isEmpty()))
                continue;
            return &r;
        }
        return nullptr;
    }

    static int statusOf(CtlFixture &fx, const QString &id)
    {
        const Book::Record *r = Book::of(fx.server).find(demoDomain(), id);
        return r ? r->status : -100;
    }

private Q_SLOTS:
    void list()
    {
        CtlFixture fx;
        const CtlRun run = fx.run(args({"--json", "authorizations", "list", "--status", "0", "--offset", "0", "--limit",
                                        "50", "--trim-osm-rich-text-label", "false"}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/authorizations"));
        osm::api::ListAuthorizationsParams p;
        p.status = 0;
        p.offset = 0;
        p.limit = 50;
        p.trimRichText = false;
        QCOMPARE(fx.lastQuery(), p.query());
        const auto expected = fx.core<osm::AuthorizationList>([&](osm::ApiClient &c) { return osm::api::listAuthorizations(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        const QJsonArray listed = run.json().value(QLatin1String("incident_auth_list")).toArray();
        QVERIFY(!listed.isEmpty());
        for (const QJsonValue &item : listed)
            QCOMPARE(item.toObject().value(QLatin1String("status")).toInt(), osm::AuthorizationStatus::Pending);
        QVERIFY(listed.first().toObject().value(QLatin1String("auth_describe")).toString().contains(QLatin1String("osm-rich-text")));

        // Every other filter, and a group's authorizations: each reaches the query under the table's name.
        const Book::Record *agreed = record(fx, 1, Book::Kind::Host);
        QVERIFY(agreed);
        const CtlRun filtered = fx.run(QStringList{QStringLiteral("--json"), QStringLiteral("authorizations"),
                                                   QStringLiteral("list"), QStringLiteral("--incident-id"), agreed->caseId}
                                       + args({"--sub-customer-name", "demo", "--simple-description", "ECS",
                                               "--group-id", "group-7"}));
        OSMCTL_VERIFY_OK(filtered);
        osm::api::ListAuthorizationsParams all;
        all.incidentId = agreed->caseId;
        all.subCustomerName = QStringLiteral("demo");
        all.simpleDescription = QStringLiteral("ECS");
        all.groupId = QStringLiteral("group-7");
        QCOMPARE(fx.lastQuery(), all.query());
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("group_id")), QStringList{QStringLiteral("group-7")});
        const auto allExpected = fx.core<osm::AuthorizationList>([&](osm::ApiClient &c) { return osm::api::listAuthorizations(c, all); });
        QVERIFY(allExpected.ok());
        QCOMPARE(filtered.json(), allExpected->toJson());

        // The readable view: a table of the chosen columns.
        const CtlRun readable = fx.run(args({"authorizations", "list", "--status", "1"}));
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(QLatin1String("incident_auth_list (")));
        QVERIFY(readable.outText().contains(agreed->id));

        // Usage errors: out of range, not a number — refused before sending, the option named.
        const qsizetype before = fx.server.requests().size();
        const CtlRun tooMany = fx.run(args({"authorizations", "list", "--limit", "101"}));
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.errText().contains(QLatin1String("--limit")), qPrintable(tooMany.errText()));
        const CtlRun notNumber = fx.run(args({"authorizations", "list", "--status", "pending"}));
        QCOMPARE(notNumber.exitCode, 2);
        QVERIFY(notNumber.errText().contains(QLatin1String("--status")));
        QCOMPARE(fx.server.requests().size(), before);
    }

    void show()
    {
        CtlFixture fx;
        const Book::Record *host = record(fx, 1, Book::Kind::Host);
        QVERIFY(host);
        const CtlRun run = fx.run(QStringList{QStringLiteral("--json"), QStringLiteral("authorizations"), QStringLiteral("show"),
                                              QStringLiteral("--authorization-id"), host->id}
                                  + args({"--trim-osm-rich-text-label", "true"}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/authorizations/%1").arg(host->id));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("trim_osm_rich_text_label"), QStringLiteral("true")}}));
        const osm::api::ShowAuthorizationParams p{host->id, QString(), true};
        const auto expected = fx.core<osm::AuthorizationInfo>([&](osm::ApiClient &c) { return osm::api::showAuthorization(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(run.json().value(QLatin1String("id")).toString(), host->id);
        QCOMPARE(run.json().value(QLatin1String("incident_auth_detail_list")).toArray().size(), host->details.size());

        const CtlRun readable = fx.run({QStringLiteral("authorizations"), QStringLiteral("show"),
                                        QStringLiteral("--authorization-id"), host->id});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(host->details.first().instanceName));

        // An unknown authorization: the API's error, exit 3.
        const CtlRun unknown = fx.run(args({"--json", "authorizations", "show", "--authorization-id", "NO-SUCH-AUTH"}));
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.outText().contains(QLatin1String("OSM.01010032")), qPrintable(unknown.outText()));
        // Too long an id: refused before sending.
        const qsizetype before = fx.server.requests().size();
        const CtlRun tooLong = fx.run({QStringLiteral("authorizations"), QStringLiteral("show"),
                                       QStringLiteral("--authorization-id"), QString(33, QLatin1Char('a'))});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY(tooLong.errText().contains(QLatin1String("--authorization-id")));
        QCOMPARE(fx.server.requests().size(), before);
    }

    void confirm()
    {
        CtlFixture fx;
        const Book::Record *pending = record(fx, 0, Book::Kind::Host);
        QVERIFY(pending);
        const QString id = pending->id;
        const qint64 detailId = pending->details.first().id;
        const qint64 from = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000LL;
        const qint64 until = from + 2 * 24 * 3600 * 1000LL;
        fx.env.insert(QStringLiteral("OSM_HOST_PASSWORD"), QStringLiteral("host-secret"));
        const CtlRun run = fx.run({QStringLiteral("authorizations"), QStringLiteral("confirm"), QStringLiteral("--authorization-id"), id,
                                   QStringLiteral("--auth-detail-list"),
                                   QStringLiteral("auth-detail-id=%1,port=22,account=root").arg(detailId),
                                   QStringLiteral("--auth-effective-time"), QString::number(from),
                                   QStringLiteral("--auth-expire-time"),
                                   QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODateWithMs),
                                   QStringLiteral("--group-id"), QStringLiteral("g-1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The authorization was agreed.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("PUT"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/authorizations/%1").arg(id));
        QVERIFY(fx.osmRequests().last().rawQuery.isEmpty());
        const QJsonObject item{{QStringLiteral("auth_detail_id"), detailId},
                               {QStringLiteral("port"), 22},
                               {QStringLiteral("account"), QStringLiteral("root")},
                               {QStringLiteral("password"), QStringLiteral("host-secret")}}; // from the environment
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("auth_detail_list"), QJsonArray{item}},
                                             {QStringLiteral("auth_effective_time"), from},
                                             {QStringLiteral("auth_expire_time"), until},
                                             {QStringLiteral("group_id"), QStringLiteral("g-1")}}));
        QCOMPARE(statusOf(fx, id), osm::AuthorizationStatus::Authorized);
        QCOMPARE(Book::of(fx.server).find(demoDomain(), id)->expireMs, until);

        // Agreed already: the API refuses (OSM.01010046), exit 3, the code on stderr.
        const CtlRun again = fx.run({QStringLiteral("authorizations"), QStringLiteral("confirm"),
                                     QStringLiteral("--authorization-id"), id});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.errText().contains(QLatin1String("OSM.01010046")), qPrintable(again.errText()));

        // Malformed item and time: usage errors naming the option, nothing sent.
        const qsizetype before = fx.server.requests().size();
        const CtlRun badItem = fx.run({QStringLiteral("authorizations"), QStringLiteral("confirm"), QStringLiteral("--authorization-id"),
                                       id, QStringLiteral("--auth-detail-list"), QStringLiteral("port=22")});
        QCOMPARE(badItem.exitCode, 2);
        QVERIFY(badItem.errText().contains(QLatin1String("--auth-detail-list")));
        const CtlRun badTime = fx.run({QStringLiteral("authorizations"), QStringLiteral("confirm"), QStringLiteral("--authorization-id"),
                                       id, QStringLiteral("--auth-expire-time"), QStringLiteral("tomorrow")});
        QCOMPARE(badTime.exitCode, 2);
        QVERIFY(badTime.errText().contains(QLatin1String("--auth-expire-time")));
        const CtlRun badPort = fx.run({QStringLiteral("authorizations"), QStringLiteral("confirm"), QStringLiteral("--authorization-id"),
                                       id, QStringLiteral("--auth-detail-list"), QStringLiteral("auth_detail_id=1,port=0")});
        QCOMPARE(badPort.exitCode, 2);
        QVERIFY2(badPort.errText().contains(QLatin1String("--auth-detail-list")), qPrintable(badPort.errText()));
        QStringList sevenItems{QStringLiteral("authorizations"), QStringLiteral("confirm"), QStringLiteral("--authorization-id"), id};
        for (int i = 0; i < 7; ++i)
            sevenItems << QStringLiteral("--auth-detail-list") << QString::number(i + 1);
        const CtlRun tooMany = fx.run(sevenItems);
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.errText().contains(QLatin1String("--auth-detail-list")), qPrintable(tooMany.errText()));
        QCOMPARE(fx.server.requests().size(), before);
    }

    void rejectAndRevoke()
    {
        CtlFixture fx;
        const Book::Record *pending = record(fx, 0, Book::Kind::Host);
        const Book::Record *agreed = record(fx, 1, Book::Kind::Console);
        QVERIFY(pending && agreed);
        const QString pendingId = pending->id;
        const QString agreedId = agreed->id;

        CtlRun run = fx.run({QStringLiteral("authorizations"), QStringLiteral("reject"), QStringLiteral("--authorization-id"),
                             pendingId, QStringLiteral("--reject-reason"), QStringLiteral("Not during the sale.")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The authorization was rejected.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("PUT"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/authorizations/%1/action").arg(pendingId));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("action_id"), QStringLiteral("reject")}}));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("reject_reason"), QStringLiteral("Not during the sale.")}}));
        QCOMPARE(statusOf(fx, pendingId), osm::AuthorizationStatus::Rejected);

        run = fx.run({QStringLiteral("authorizations"), QStringLiteral("revoke"), QStringLiteral("--authorization-id"), agreedId,
                      QStringLiteral("--group-id"), QStringLiteral("g-2")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The authorization was revoked.\n"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/authorizations/%1/action").arg(agreedId));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("action_id"), QStringLiteral("cancel")}}));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("group_id"), QStringLiteral("g-2")}}));
        QCOMPARE(statusOf(fx, agreedId), osm::AuthorizationStatus::Cancelled);

        // Revoking what is no longer agreed: the API's OSM.01010034, exit 3.
        const CtlRun again = fx.run({QStringLiteral("--json"), QStringLiteral("authorizations"), QStringLiteral("revoke"),
                                     QStringLiteral("--authorization-id"), agreedId});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.outText().contains(QLatin1String("OSM.01010034")));

        // A rejection needs its reason; too long a reason is refused before sending.
        const qsizetype before = fx.server.requests().size();
        const CtlRun noReason = fx.run({QStringLiteral("authorizations"), QStringLiteral("reject"),
                                        QStringLiteral("--authorization-id"), pendingId});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY(noReason.errText().contains(QLatin1String("--reject-reason")));
        const CtlRun longReason = fx.run({QStringLiteral("authorizations"), QStringLiteral("reject"), QStringLiteral("--authorization-id"),
                                          pendingId, QStringLiteral("--reject-reason"), QString(301, QLatin1Char('r'))});
        QCOMPARE(longReason.exitCode, 2);
        QVERIFY(longReason.errText().contains(QLatin1String("--reject-reason")));
        QCOMPARE(fx.server.requests().size(), before);
    }

    void checkHosts()
    {
        CtlFixture fx;
        const Book::Record *pending = record(fx, 0, Book::Kind::Host);
        QVERIFY(pending);
        const QString detailId = QString::number(pending->details.first().id);
        const QString password = QString::fromLatin1(Book::kDemoHostPassword);

        // The password from the environment, not the command line.
        fx.env.insert(QStringLiteral("OSM_HOST_PASSWORD"), password);
        CtlRun run = fx.run({QStringLiteral("authorizations"), QStringLiteral("check-hosts"), QStringLiteral("--authorization-detail-id"),
                             detailId, QStringLiteral("--port"), QStringLiteral("22"), QStringLiteral("--account"), QStringLiteral("root")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The port, account and password of the host are right.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path,
                 QStringLiteral("/v2/servicerequest/authorizations/authorization-details/%1/verify-host").arg(detailId));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("port"), 22},
                                             {QStringLiteral("account"), QStringLiteral("root")},
                                             {QStringLiteral("password"), password}}));
        QCOMPARE(statusOf(fx, pending->id), osm::AuthorizationStatus::Pending); // checking changes nothing

        // --password wins over the environment; a wrong one is the API's OSM.01010003 (exit 3).
        run = fx.run({QStringLiteral("--json"), QStringLiteral("authorizations"), QStringLiteral("check-hosts"),
                      QStringLiteral("--authorization-detail-id"), detailId, QStringLiteral("--port"), QStringLiteral("22"),
                      QStringLiteral("--account"), QStringLiteral("root"), QStringLiteral("--password"), QStringLiteral("Wr0ng-Pa55")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(fx.lastBody().value(QLatin1String("password")).toString(), QStringLiteral("Wr0ng-Pa55"));
        QVERIFY(run.outText().contains(QLatin1String("OSM.01010003")));
        QVERIFY(!run.outText().contains(QLatin1String("Wr0ng-Pa55")) && !run.errText().contains(QLatin1String("Wr0ng-Pa55")));

        // No password anywhere, a port out of range: usage errors naming the option.
        fx.env.remove(QStringLiteral("OSM_HOST_PASSWORD"));
        const qsizetype before = fx.server.requests().size();
        const CtlRun noPassword = fx.run({QStringLiteral("authorizations"), QStringLiteral("check-hosts"),
                                          QStringLiteral("--authorization-detail-id"), detailId, QStringLiteral("--port"),
                                          QStringLiteral("22"), QStringLiteral("--account"), QStringLiteral("root")});
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY2(noPassword.errText().contains(QLatin1String("--password")), qPrintable(noPassword.errText()));
        const CtlRun badPort = fx.run({QStringLiteral("authorizations"), QStringLiteral("check-hosts"),
                                       QStringLiteral("--authorization-detail-id"), detailId, QStringLiteral("--port"),
                                       QStringLiteral("70000"), QStringLiteral("--account"), QStringLiteral("root"),
                                       QStringLiteral("--password"), password});
        QCOMPARE(badPort.exitCode, 2);
        QVERIFY(badPort.errText().contains(QLatin1String("--port")));
        QCOMPARE(fx.server.requests().size(), before);
    }

    void loginTypes()
    {
        CtlFixture fx;
        CtlRun run = fx.run(args({"--json", "authorizations", "login-types"}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/authorizations/login-type"));
        QVERIFY(fx.osmRequests().last().rawQuery.isEmpty());
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("login_type"), QStringLiteral("FEDERATION")}}));

        Book::of(fx.server).setLoginType(demoDomain(), QStringLiteral("ASSUMED"));
        run = fx.run(args({"authorizations", "login-types"}));
        OSMCTL_VERIFY_OK(run);
        QVERIFY(run.outText().contains(QLatin1String("login_type: ASSUMED")));

        const CtlRun unknown = fx.run(args({"authorizations", "login-types", "--group-id", "g"}));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(QLatin1String("--group-id")));
    }

    void bastionRecords()
    {
        CtlFixture fx;
        const Book::Record *agreed = record(fx, 1, Book::Kind::Host, true);
        QVERIFY(agreed);
        const QString id = agreed->id;
        const Book::Detail detail = agreed->details.first();
        const QString detailId = QString::number(detail.id);
        const QString base = QStringLiteral("/v2/servicerequest/authorizations/%1/authorization-details/%2").arg(id, detailId);

        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("authorizations"), QStringLiteral("sessions"),
                             QStringLiteral("--authorization-id"), id, QStringLiteral("--authorization-detail-id"), detailId,
                             QStringLiteral("--offset"), QStringLiteral("0"), QStringLiteral("--limit"), QStringLiteral("-1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, base + QStringLiteral("/history-sessions"));
        osm::api::BastionSessionsParams sessions;
        sessions.authorizationId = id;
        sessions.authorizationDetailId = detail.id;
        sessions.offset = 0;
        sessions.limit = -1;
        QCOMPARE(fx.lastQuery(), sessions.query());
        const auto expectedSessions = fx.core<osm::BastionSessionList>(
            [&](osm::ApiClient &c) { return osm::api::listBastionHistorySessions(c, sessions); });
        QVERIFY(expectedSessions.ok());
        QCOMPARE(run.json(), expectedSessions->toJson());
        QCOMPARE(run.json().value(QLatin1String("session_list")).toArray().size(), detail.sessions.size());

        // The oldest session's commands and file transfers, oldest first.
        const Book::Session session = detail.sessions.first();
        const QString sessionId = QString::number(session.id);
        run = fx.run({QStringLiteral("--json"), QStringLiteral("authorizations"), QStringLiteral("operation-logs"),
                      QStringLiteral("--authorization-id"), id, QStringLiteral("--authorization-detail-id"), detailId,
                      QStringLiteral("--session-id"), sessionId, QStringLiteral("--sort"), QStringLiteral("1"),
                      QStringLiteral("--limit"), QStringLiteral("100")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, base + QStringLiteral("/sessions/%1/operation-logs").arg(sessionId));
        osm::api::BastionSessionLogParams logs;
        logs.authorizationId = id;
        logs.authorizationDetailId = detail.id;
        logs.sessionId = session.id;
        logs.sort = osm::api::BastionSort::Ascending;
        logs.limit = 100;
        QCOMPARE(fx.lastQuery(), logs.query());
        const auto expectedOps = fx.core<osm::BastionOperationLogList>(
            [&](osm::ApiClient &c) { return osm::api::listBastionOperationLogs(c, logs); });
        QVERIFY(expectedOps.ok());
        QCOMPARE(run.json(), expectedOps->toJson());
        const QJsonArray ops = run.json().value(QLatin1String("ops_list")).toArray();
        QCOMPARE(ops.size(), session.commands.size());
        QVERIFY(!ops.isEmpty());
        QCOMPARE(ops.first().toObject().value(QLatin1String("oper")).toString(), session.commands.first().oper);

        run = fx.run({QStringLiteral("--json"), QStringLiteral("authorizations"), QStringLiteral("file-transfer-logs"),
                      QStringLiteral("--authorization-id"), id, QStringLiteral("--authorization-detail-id"), detailId,
                      QStringLiteral("--session-id"), sessionId, QStringLiteral("--sort"), QStringLiteral("1"),
                      QStringLiteral("--limit"), QStringLiteral("100")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, base + QStringLiteral("/sessions/%1/operation-file-logs").arg(sessionId));
        QCOMPARE(fx.lastQuery(), logs.query());
        const auto expectedFiles = fx.core<osm::BastionFileTransferLogList>(
            [&](osm::ApiClient &c) { return osm::api::listBastionFileTransferLogs(c, logs); });
        QVERIFY(expectedFiles.ok());
        QCOMPARE(run.json(), expectedFiles->toJson());
        QCOMPARE(run.json().value(QLatin1String("file_ops_list")).toArray().size(), session.transfers.size());

        const CtlRun readable = fx.run({QStringLiteral("authorizations"), QStringLiteral("operation-logs"),
                                        QStringLiteral("--authorization-id"), id, QStringLiteral("--authorization-detail-id"),
                                        detailId, QStringLiteral("--session-id"), sessionId});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(QLatin1String("ops_list (")));

        // A session the item does not have: OSM.01010021, exit 3.
        const CtlRun unknown = fx.run({QStringLiteral("authorizations"), QStringLiteral("file-transfer-logs"),
                                       QStringLiteral("--authorization-id"), id, QStringLiteral("--authorization-detail-id"),
                                       detailId, QStringLiteral("--session-id"), QStringLiteral("987654321")});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(unknown.errText().contains(QLatin1String("OSM.01010021")));

        // Usage errors: the session id missing, a sort that is neither 0 nor 1.
        const qsizetype before = fx.server.requests().size();
        const CtlRun missing = fx.run({QStringLiteral("authorizations"), QStringLiteral("operation-logs"),
                                       QStringLiteral("--authorization-id"), id, QStringLiteral("--authorization-detail-id"), detailId});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.errText().contains(QLatin1String("--session-id")));
        const CtlRun badSort = fx.run({QStringLiteral("authorizations"), QStringLiteral("operation-logs"),
                                       QStringLiteral("--authorization-id"), id, QStringLiteral("--authorization-detail-id"),
                                       detailId, QStringLiteral("--session-id"), sessionId, QStringLiteral("--sort"), QStringLiteral("2")});
        QCOMPARE(badSort.exitCode, 2);
        QVERIFY(badSort.errText().contains(QLatin1String("--sort")));
        QCOMPARE(fx.server.requests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlAuthorizations)
#include "tst_osmctl_authorizations.moc"
