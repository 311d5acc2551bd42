// IAM bodies: the token (chapter 3.3/4.1, example truncated in the reference) and the domain list.
#include "ReferenceExamples.h"
#include "model/DomainList.h"
#include "model/Token.h"

#include <QTest>
#include <QTimeZone>

using namespace osm;

class TestAuthModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void token_referenceExampleIsTruncated()
    {
        // 4.1's response example ends in "....." and is flagged as not valid JSON.
        const QJsonObject endpoint = osmtest::endpoint(QStringLiteral("iam_create_token"));
        QCOMPARE(endpoint.value(QLatin1String("response_example_is_valid_json")).toBool(true), false);
        QJsonParseError error;
        QJsonDocument::fromJson(osmtest::responseExample("iam_create_token"), &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void token_fromReferenceFieldsCompleted()
    {
        // The reference's visible part (expires_at, methods, catalog[0].endpoints[0].region_id), closed, plus
        // the user/project IAM sends for a project-scoped password token.
        const QByteArray body = R"({
          "token": {
            "expires_at": "2019-02-13T06:52:13.855000Z",
            "methods": [ "password" ],
            "catalog": [ { "endpoints": [ { "region_id": "az-01" } ] } ],
            "issued_at": "2019-02-12T06:52:13.855000Z",
            "user": { "id": "u-1", "name": "username", "domain": { "id": "d-1", "name": "domainname" } },
            "project": { "id": "xxxxxxxxxxxxxxxxxxxx", "name": "cn-south-1", "domain": { "id": "d-1" } }
          }
        })";
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);

        const Token t = Token::fromJson(doc.object());
        QCOMPARE(t.expiresAt, QDateTime(QDate(2019, 2, 13), QTime(6, 52, 13, 855), QTimeZone::utc()));
        QCOMPARE(t.issuedAt, QDateTime(QDate(2019, 2, 12), QTime(6, 52, 13, 855), QTimeZone::utc()));
        QCOMPARE(t.methods, QStringList{QStringLiteral("password")});
        QCOMPARE(t.userId, QStringLiteral("u-1"));
        QCOMPARE(t.userName, QStringLiteral("username"));
        QCOMPARE(t.userDomainId, QStringLiteral("d-1"));
        QCOMPARE(t.userDomainName, QStringLiteral("domainname"));
        QCOMPARE(t.projectId, QStringLiteral("xxxxxxxxxxxxxxxxxxxx"));
        QCOMPARE(t.projectName, QStringLiteral("cn-south-1"));
        QVERIFY(t.domainId.isEmpty());
        QCOMPARE(t.accountId(), QStringLiteral("d-1"));
        QVERIFY(t.raw.value(QLatin1String("catalog")).isArray());

        // valid for 24 hours: usable until shortly before expires_at
        QVERIFY(t.isValidAt(t.expiresAt.addSecs(-600), 300));
        QVERIFY(!t.isValidAt(t.expiresAt.addSecs(-60), 300));
        QVERIFY(!t.isValidAt(t.expiresAt));
        QVERIFY(!Token().isValidAt(QDateTime::currentDateTimeUtc()));
    }

    void token_bareTokenObjectAndDomainScope()
    {
        const QJsonObject token{
            {QLatin1String("expires_at"), QStringLiteral("2026-04-02T10:00:00Z")},
            {QLatin1String("methods"), QJsonArray{QStringLiteral("password")}},
            {QLatin1String("domain"), QJsonObject{{QLatin1String("id"), QStringLiteral("acc-9")},
                                                  {QLatin1String("name"), QStringLiteral("acme")}}}};
        const Token t = Token::fromJson(token);
        QCOMPARE(t.expiresAt, QDateTime(QDate(2026, 4, 2), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(t.domainId, QStringLiteral("acc-9"));
        QCOMPARE(t.domainName, QStringLiteral("acme"));
        QCOMPARE(t.accountId(), QStringLiteral("acc-9"));
    }

    void token_roundTripInIamForm()
    {
        Token t;
        t.expiresAt = QDateTime(QDate(2019, 2, 13), QTime(6, 52, 13, 855), QTimeZone::utc());
        t.methods = {QStringLiteral("password")};
        t.userId = QStringLiteral("u-1");
        t.userDomainId = QStringLiteral("d-1");
        t.projectId = QStringLiteral("p-1");
        const QJsonObject written = t.toJson();
        const QJsonObject token = written.value(QLatin1String("token")).toObject();
        QCOMPARE(token.value(QLatin1String("expires_at")).toString(),
                 QStringLiteral("2019-02-13T06:52:13.855000Z"));
        QCOMPARE(token.value(QLatin1String("methods")).toArray(), QJsonArray{QStringLiteral("password")});
        QCOMPARE(token.value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("domain"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 QStringLiteral("d-1"));
        QCOMPARE(token.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("p-1"));
        QVERIFY(!token.contains(QLatin1String("domain")));

        const Token again = Token::fromJson(written);
        QCOMPARE(again.expiresAt, t.expiresAt);
        QCOMPARE(again.methods, t.methods);
        QCOMPARE(again.userId, t.userId);
        QCOMPARE(again.userDomainId, t.userDomainId);
        QCOMPARE(again.projectId, t.projectId);
        QCOMPARE(again.toJson(), written);
    }

    void domainList_iamDomains()
    {
        const QByteArray body = R"({"domains": [
            {"id": "d-1", "name": "acme", "enabled": true, "description": ""},
            {"id": "d-2", "name": "beta", "enabled": false},
            {"id": "d-3", "name": "gamma"}
          ], "links": {"self": "https://iam.example/v3/auth/domains"}})";
        const DomainList list = DomainList::fromJson(QJsonDocument::fromJson(body).object());
        QCOMPARE(list.domains.size(), 3);
        QCOMPARE(list.domains.at(0).id, QStringLiteral("d-1"));
        QCOMPARE(list.domains.at(0).name, QStringLiteral("acme"));
        QCOMPARE(list.domains.at(0).enabled, true);
        QCOMPARE(list.domains.at(1).enabled, false);
        QCOMPARE(list.domains.at(2).enabled, true); // absent: listed, so usable
    }

    void domainList_roundTrip()
    {
        DomainList list;
        list.domains = {Domain{QStringLiteral("d-1"), QStringLiteral("acme"), false, {}}};
        const QJsonObject written = list.toJson();
        const QJsonObject domain = written.value(QLatin1String("domains")).toArray().at(0).toObject();
        QCOMPARE(osmtest::keys(domain),
                 (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("enabled")}));
        QCOMPARE(domain.value(QLatin1String("enabled")).toBool(true), false);
        QCOMPARE(DomainList::fromJson(written), list);
    }
};

QTEST_GUILESS_MAIN(TestAuthModels)
#include "tst_authmodels.moc"
