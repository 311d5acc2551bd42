// 5.13 verification codes, end to end: check_need_verify, list_verified_contacts, verify_contact and
// send_verify_code against the in-process simulator (the request as received and the parsed answer), the
// reference's response examples, the limits refused before sending, and the simulator's rules (registered
// contacts need no code; once a minute, five a day; five-minute codes; wrong codes; the control route).
#include "ApiTestSupport.h"
#include "api/VerifyCodes.h"
#include "data/VerificationBook.h"
#include "model/Acknowledgement.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace osm;
using osmtest::wait;

namespace {
constexpr qint64 kMinute = 60 * 1000;
}

class TestVerifyCodes : public osmtest::SimulatorTest
{
    Q_OBJECT

    sim::VerificationBook &book() { return sim::VerificationBook::of(*m_server); }

    static api::ContactParams mail(const QString &address = QStringLiteral("ops@example.org"))
    {
        return api::ContactParams{VerifiedContact::Email, address, {}};
    }

    static api::ContactParams phone(const QString &number = QStringLiteral("13912345678"))
    {
        return api::ContactParams{VerifiedContact::Phone, number, QStringLiteral("86")};
    }

    sim::VerificationBook::Verified registered(int way)
    {
        for (const sim::VerificationBook::Verified &v : sim::VerificationBook::registeredContacts(osmtest::demoDomain())) {
            if (v.contact.way == way)
                return v;
        }
        return {};
    }

    // GET on the simulator's loopback control surface, as the demo does it: {status, JSON body}.
    std::pair<int, QJsonObject> control(const QString &pathAndQuery)
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(m_server->baseUrl().toString() + pathAndQuery)));
        QElapsedTimer timer;
        timer.start();
        while (!reply->isFinished() && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return {status, body};
    }

    QString lastCode(const QString &contactValue)
    {
        const auto sent = book().lastSent(contactValue);
        return sent ? sent->code : QString();
    }

    // A six-character code that is not `code`.
    static QString wrong(const QString &code) { return code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000"); }

private Q_SLOTS:
    void init()
    {
        startSimulator();
        m_client->setTimeZone(QStringLiteral("GMT+8"));
    }

    void cleanup() { stopSimulator(); }

    // ---- (a) contract: the request as the simulator received it, and the parsed answer ----

    void checkNeedVerifyContract()
    {
        const sim::VerificationBook::Verified own = registered(VerifiedContact::Phone);
        const auto result = wait(api::checkNeedVerify(client(), {VerifiedContact::Phone, own.contact.value, QStringLiteral("86")}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/verifycodes/need-verify"));
        const QueryItems expected = {{QStringLiteral("contact_value"), own.contact.value},
                                     {QStringLiteral("contact_way"), QStringLiteral("0")},
                                     {QStringLiteral("area_code"), QStringLiteral("86")}};
        QCOMPARE(osmtest::lastQuery(*m_server), expected);
        QVERIFY(request.body.isEmpty());
        // A registered contact needs no code and does not expire.
        QCOMPARE(result.value(), (VerificationNeed{false, QStringLiteral("2099-12-31 23:59:59")}));

        // Another address needs one; once a code is pending, expire_time is when it expires (in X-Time-Zone).
        const auto other = wait(api::checkNeedVerify(client(), mail()));
        QVERIFY(other.ok());
        QCOMPARE(osmtest::lastQuery(*m_server),
                 (QueryItems{{QStringLiteral("contact_value"), QStringLiteral("ops@example.org")},
                             {QStringLiteral("contact_way"), QStringLiteral("1")}}));
        QCOMPARE(other.value(), (VerificationNeed{true, QString()}));
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok());
        const auto pending = wait(api::checkNeedVerify(client(), mail()));
        QVERIFY(pending.ok());
        QVERIFY(pending->needVerifyCode);
        const QDateTime expiry = QDateTime::fromMSecsSinceEpoch(book().lastSent()->expiresAtMs, Qt::OffsetFromUTC, 8 * 3600);
        QCOMPARE(pending->expireTime, expiry.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }

    void sendVerifyCodeContract()
    {
        const auto result = wait(api::sendVerifyCode(client(), phone()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/verifycodes/send"));
        QVERIFY(request.rawQuery.isEmpty());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("contact_value"), QStringLiteral("13912345678")},
                                                           {QStringLiteral("contact_way"), 0},
                                                           {QStringLiteral("area_code"), QStringLiteral("86")}}));
        QCOMPARE(result.value(), Acknowledgement{});
        const QString code = lastCode(QStringLiteral("13912345678"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch());

        // The loopback control route shows it (no SMS leaves the simulator).
        const auto [status, body] = control(QStringLiteral("/_sim/verify-codes/last?contact_value=13912345678"));
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QStringLiteral("verify_code")).toString(), code);
        QCOMPARE(body.value(QStringLiteral("contact_way")).toInt(), 0);
        QCOMPARE(body.value(QStringLiteral("area_code")).toString(), QStringLiteral("86"));
        QCOMPARE(body.value(QStringLiteral("domain_id")).toString(), osmtest::demoDomain());
        QCOMPARE(control(QStringLiteral("/_sim/verify-codes/last")).second, body);
        QCOMPARE(control(QStringLiteral("/_sim/verify-codes/last?contact_value=nobody@example.org")).first, 404);
        // An e-mail address is sent without area_code.
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("contact_value"), QStringLiteral("ops@example.org")},
                                                           {QStringLiteral("contact_way"), 1}}));
    }

    void verifyContactContract()
    {
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok());
        const QString code = lastCode(QStringLiteral("ops@example.org"));
        const api::VerifyContactParams params{mail(), code, QStringLiteral("sub-user-1"), osmtest::demoDomain()};
        const auto result = wait(api::verifyContact(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/verifycodes"));
        QVERIFY(request.rawQuery.isEmpty());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("verify_code"), code},
                                                           {QStringLiteral("contact_value"), QStringLiteral("ops@example.org")},
                                                           {QStringLiteral("contact_way"), 1},
                                                           {QStringLiteral("x_customer_id"), QStringLiteral("sub-user-1")},
                                                           {QStringLiteral("customer_id"), osmtest::demoDomain()}}));
        QCOMPARE(result.value(), Acknowledgement{});
        // Verified now: no code needed, and listed with its verified_id.
        const auto need = wait(api::checkNeedVerify(client(), mail()));
        QVERIFY(need.ok());
        QVERIFY(!need->needVerifyCode);
        const auto verified = book().verified(osmtest::demoDomain(), {1, {}, QStringLiteral("ops@example.org")});
        QVERIFY(verified);
        QCOMPARE(verified->subCustomerId, QStringLiteral("sub-user-1"));
        QCOMPARE(verified->verifiedId.size(), 32);
    }

    void listVerifiedContactsContract()
    {
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok());
        QVERIFY(wait(api::verifyContact(client(), {mail(), lastCode(QStringLiteral("ops@example.org")), {}, {}})).ok());

        api::ListVerifiedContactsParams params;
        params.contactWay = VerifiedContact::Email;
        params.offset = 0;
        params.limit = 10;
        const auto result = wait(api::listVerifiedContacts(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/verifycodes/has-verified"));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("contact_way"), QStringLiteral("1")},
                                                           {QStringLiteral("offset"), QStringLiteral("0")},
                                                           {QStringLiteral("limit"), QStringLiteral("10")}}));
        QVERIFY(request.body.isEmpty());
        // The registered address first, then the verified one.
        const sim::VerificationBook::Verified own = registered(VerifiedContact::Email);
        const auto verified = book().verified(osmtest::demoDomain(), {1, {}, QStringLiteral("ops@example.org")});
        QVERIFY(verified);
        QCOMPARE(result->count, 2);
        QCOMPARE(result->contacts,
                 (QList<VerifiedContact>{{VerifiedContact::Email, own.contact.value, QString(), own.verifiedId},
                                         {VerifiedContact::Email, QStringLiteral("ops@example.org"), QString(), verified->verifiedId}}));

        // Everything: both registered contacts and the verified one; by verified_id: that one.
        const auto all = wait(api::listVerifiedContacts(client()));
        QVERIFY(all.ok());
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QCOMPARE(all->count, 3);
        api::ListVerifiedContactsParams byId;
        byId.verifiedId = verified->verifiedId;
        const auto one = wait(api::listVerifiedContacts(client(), byId));
        QVERIFY(one.ok());
        QCOMPARE(one->contacts.size(), 1);
        QCOMPARE(one->contacts.first().contactValue, QStringLiteral("ops@example.org"));
        // expired_time: valid at that time; the verification is not, eight days on (it holds seven).
        api::ListVerifiedContactsParams later;
        later.expiredTime = QDateTime::currentDateTime().addDays(8).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const auto future = wait(api::listVerifiedContacts(client(), later));
        QVERIFY(future.ok());
        QCOMPARE(future->count, 2); // the registered ones only
    }

    // ---- (b) the reference's response examples, verbatim ----

    void checkNeedVerifyExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("check_need_verify")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<VerificationNeed>(osmtest::responseExample(QStringLiteral("check_need_verify")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed.value(), (VerificationNeed{true, QStringLiteral("test")})); // "test": no format is given
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("check_need_verify")));
        QCOMPARE(parsed->toJson().value(QLatin1String("need_verify_code")), QJsonValue(1)); // the table's Integer
        QCOMPARE(VerificationNeed::fromJson(parsed->toJson()), parsed.value());
        // Lenient: a Boolean or a numeric string.
        QVERIFY(!osmtest::parseBody<VerificationNeed>("{\"need_verify_code\":false}")->needVerifyCode);
        QVERIFY(osmtest::parseBody<VerificationNeed>("{\"need_verify_code\":\"1\"}")->needVerifyCode);
    }

    void listVerifiedContactsExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("list_verified_contacts")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<VerifiedContactList>(osmtest::responseExample(QStringLiteral("list_verified_contacts")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->count, 1);
        QCOMPARE(parsed->contacts, (QList<VerifiedContact>{{VerifiedContact::Phone, QStringLiteral("test"),
                                                             QStringLiteral("86"), QStringLiteral("test")}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_verified_contacts")));
        QCOMPARE(osmtest::keys(parsed->contacts.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_verified_contacts"), {QStringLiteral("contact_list")}));
        QCOMPARE(VerifiedContactList::fromJson(parsed->toJson()), parsed.value());
        // total_count instead of count; no total at all: the page's size.
        QCOMPARE(osmtest::parseBody<VerifiedContactList>("{\"total_count\":\"7\",\"contact_list\":[]}")->count, 7);
        QCOMPARE(osmtest::parseBody<VerifiedContactList>("{\"contact_list\":[{\"contact_way\":1}]}")->count, 1);
    }

    void writeEndpointsWithoutExample_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("verify_contact") << QStringLiteral("verify_contact");
        QTest::newRow("send_verify_code") << QStringLiteral("send_verify_code");
    }

    void writeEndpointsWithoutExample()
    {
        QFETCH(QString, id);
        OSM_VERIFY_ACKNOWLEDGEMENT_WITHOUT_EXAMPLE(id);
        OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(
            "{\"error_code\":\"OSM.01010024\",\"error_msg\":\"Verification code resent too frequently.\"}",
            "OSM.01010024");
    }

    void brokenBodiesAreMalformed()
    {
        for (const char *id : {"check_need_verify", "list_verified_contacts"}) {
            const QByteArray example = osmtest::responseExample(QString::fromLatin1(id));
            const auto cut = osmtest::parseBody<VerifiedContactList>(example.left(example.size() / 2));
            QVERIFY(!cut.ok());
            QCOMPARE(cut.error().category(), Error::Category::MalformedBody);
        }
    }

    // ---- (c) limits refused before sending ----

    void contactLimits()
    {
        QVERIFY(!api::ContactParams({VerifiedContact::Email, QString(64, QLatin1Char('m')), QString(16, QLatin1Char('1'))}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::checkNeedVerify(client(), {VerifiedContact::Phone, QString(), {}}), "contact_value");
        OSM_VERIFY_REFUSED(*m_server, api::checkNeedVerify(client(), {VerifiedContact::Phone, QStringLiteral("  "), {}}), "contact_value");
        OSM_VERIFY_REFUSED(*m_server, api::checkNeedVerify(client(), {VerifiedContact::Phone, QString(65, QLatin1Char('1')), {}}),
                           "contact_value");
        OSM_VERIFY_REFUSED(*m_server, api::checkNeedVerify(client(), {2, QStringLiteral("x"), {}}), "contact_way");
        OSM_VERIFY_REFUSED(*m_server, api::sendVerifyCode(client(), {-1, QStringLiteral("x"), {}}), "contact_way");
        OSM_VERIFY_REFUSED(*m_server, api::sendVerifyCode(client(), {0, QStringLiteral("1"), QString(17, QLatin1Char('8'))}),
                           "area_code");
        OSM_VERIFY_REFUSED(*m_server, api::sendVerifyCode(client(), {0, QString(), {}}), "contact_value");
    }

    void verifyContactLimits()
    {
        QVERIFY(!api::VerifyContactParams({mail(), QStringLiteral("123456"), QString(64, QLatin1Char('x')), QString(64, QLatin1Char('c'))})
                     .validate());
        OSM_VERIFY_REFUSED(*m_server, api::verifyContact(client(), {mail(), QString(), {}, {}}), "verify_code");
        OSM_VERIFY_REFUSED(*m_server, api::verifyContact(client(), {mail(), QStringLiteral("12345"), {}, {}}), "verify_code");
        OSM_VERIFY_REFUSED(*m_server, api::verifyContact(client(), {mail(), QStringLiteral("1234567"), {}, {}}), "verify_code");
        OSM_VERIFY_REFUSED(*m_server, api::verifyContact(client(), {mail(QString()), QStringLiteral("123456"), {}, {}}), "contact_value");
        OSM_VERIFY_REFUSED(*m_server, api::verifyContact(client(), {mail(), QStringLiteral("123456"), QString(65, QLatin1Char('x')), {}}),
                           "x_customer_id");
        OSM_VERIFY_REFUSED(*m_server, api::verifyContact(client(), {mail(), QStringLiteral("123456"), {}, QString(65, QLatin1Char('c'))}),
                           "customer_id");
    }

    void listVerifiedContactsLimits()
    {
        api::ListVerifiedContactsParams ok;
        ok.offset = 65535;
        ok.limit = 100;
        ok.expiredTime = QStringLiteral("2026-04-01 08:00:00");
        QVERIFY(!ok.validate());
        api::ListVerifiedContactsParams p;
        p.contactWay = 2;
        OSM_VERIFY_REFUSED(*m_server, api::listVerifiedContacts(client(), p), "contact_way");
        p = {};
        p.limit = 0; // 1..100 here (5.10.5 allows 0)
        OSM_VERIFY_REFUSED(*m_server, api::listVerifiedContacts(client(), p), "limit");
        p = {};
        p.offset = 65536;
        OSM_VERIFY_REFUSED(*m_server, api::listVerifiedContacts(client(), p), "offset");
        p = {};
        p.expiredTime = QStringLiteral("2026-04-01T08:00:00Z");
        OSM_VERIFY_REFUSED(*m_server, api::listVerifiedContacts(client(), p), "expired_time");
        p = {};
        p.verifiedId = QString(65, QLatin1Char('v'));
        OSM_VERIFY_REFUSED(*m_server, api::listVerifiedContacts(client(), p), "verified_id");
        p = {};
        p.areaCode = QString(17, QLatin1Char('8'));
        OSM_VERIFY_REFUSED(*m_server, api::listVerifiedContacts(client(), p), "area_code");
        p = {};
        p.subCustomerId = QString(65, QLatin1Char('s'));
        OSM_VERIFY_REFUSED(*m_server, api::listVerifiedContacts(client(), p), "sub_customer_id");
    }

    // ---- (d) the service's rules, as the simulator applies them ----

    void sendRateLimits()
    {
        QVERIFY(wait(api::sendVerifyCode(client(), phone())).ok());
        // Once a minute per contact (OSM.01010024)...
        OSM_VERIFY_BUSINESS_ERROR(wait(api::sendVerifyCode(client(), phone())), "OSM.01010024");
        book().advanceClock(59 * 1000);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::sendVerifyCode(client(), phone())), "OSM.01010024");
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok()); // another contact is not held back
        book().advanceClock(2 * 1000);
        QVERIFY(wait(api::sendVerifyCode(client(), phone())).ok());
        // ... and five a day (OSM.01010036).
        for (int i = 3; i <= sim::VerificationBook::kMaxSendsPerDay; ++i) {
            book().advanceClock(kMinute + 1);
            QVERIFY2(wait(api::sendVerifyCode(client(), phone())).ok(), qPrintable(QString::number(i)));
        }
        book().advanceClock(kMinute + 1);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::sendVerifyCode(client(), phone())), "OSM.01010036");
        book().advanceClock(24 * 60 * kMinute);
        QVERIFY(wait(api::sendVerifyCode(client(), phone())).ok());
    }

    void wrongCodeFails()
    {
        QVERIFY(wait(api::sendVerifyCode(client(), phone())).ok());
        const QString code = lastCode(QStringLiteral("13912345678"));
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {phone(), wrong(code), {}, {}})), "OSM.01010010");
        // The code belongs to the contact: not to another number, nor to the same number with another area code.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {phone(QStringLiteral("13900000000")), code, {}, {}})),
                                  "OSM.01010010");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {{0, QStringLiteral("13912345678"), QStringLiteral("852")}, code, {}, {}})),
                                  "OSM.01010010");
        QVERIFY(wait(api::verifyContact(client(), {phone(), code, {}, {}})).ok());
        // Used once.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {phone(), code, {}, {}})), "OSM.01010010");
        // Never sent at all.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {mail(), QStringLiteral("123456"), {}, {}})), "OSM.01010010");
    }

    void fiveWrongTriesVoidTheCode()
    {
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok());
        const QString code = lastCode(QStringLiteral("ops@example.org"));
        for (int i = 0; i < sim::VerificationBook::kMaxWrongAttempts; ++i)
            OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {mail(), wrong(code), {}, {}})), "OSM.01010010");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {mail(), code, {}, {}})), "OSM.01010010");
        QVERIFY(!book().verified(osmtest::demoDomain(), {1, {}, QStringLiteral("ops@example.org")}));
    }

    void codeExpiresAfterFiveMinutes()
    {
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok());
        const QString code = lastCode(QStringLiteral("ops@example.org"));
        book().advanceClock(5 * kMinute + 1);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {mail(), code, {}, {}})), "OSM.01010010");
        const auto need = wait(api::checkNeedVerify(client(), mail()));
        QVERIFY(need.ok());
        QVERIFY(need->needVerifyCode);
        QVERIFY(need->expireTime.isEmpty()); // nothing pending any more

        // A new code replaces the pending one.
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok());
        const QString first = lastCode(QStringLiteral("ops@example.org"));
        book().advanceClock(kMinute + 1);
        QVERIFY(wait(api::sendVerifyCode(client(), mail())).ok());
        const QString second = lastCode(QStringLiteral("ops@example.org"));
        if (first != second)
            OSM_VERIFY_BUSINESS_ERROR(wait(api::verifyContact(client(), {mail(), first, {}, {}})), "OSM.01010010");
        QVERIFY(wait(api::verifyContact(client(), {mail(), second, {}, {}})).ok());
    }

    void registeredContactsAreSeededPerAccount()
    {
        // The same for every run of the same account, different for another account.
        const auto demo = sim::VerificationBook::registeredContacts(osmtest::demoDomain());
        const auto again = sim::VerificationBook::registeredContacts(osmtest::demoDomain());
        QCOMPARE(demo.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(again.at(i).contact.value, demo.at(i).contact.value);
            QCOMPARE(again.at(i).verifiedId, demo.at(i).verifiedId);
            QVERIFY(demo.at(i).registered);
        }
        QCOMPARE(demo.at(0).contact.way, int(VerifiedContact::Phone));
        QCOMPARE(demo.at(1).contact.way, int(VerifiedContact::Email));
        QVERIFY(QRegularExpression(QStringLiteral("^138[0-9]{8}$")).match(demo.first().contact.value).hasMatch());
        const auto other = sim::VerificationBook::registeredContacts(QStringLiteral("another-account"));
        QVERIFY(other.first().contact.value != demo.first().contact.value);
        QVERIFY(other.first().verifiedId != demo.first().verifiedId);
        // The registered e-mail needs no code either.
        const auto need = wait(api::checkNeedVerify(client(), mail(registered(VerifiedContact::Email).contact.value)));
        QVERIFY(need.ok());
        QVERIFY(!need->needVerifyCode);
    }

    void malformedRequestsAreBadRequests()
    {
        const QString base = QStringLiteral("/v2/servicerequest/verifycodes");
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base + QStringLiteral("/need-verify"),
                                                {{QStringLiteral("contact_way"), QStringLiteral("0")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base + QStringLiteral("/need-verify"),
                                                {{QStringLiteral("contact_value"), QStringLiteral("x")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base + QStringLiteral("/has-verified"),
                                                {{QStringLiteral("expired_time"), QStringLiteral("tomorrow")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base + QStringLiteral("/has-verified"),
                                                {{QStringLiteral("limit"), QStringLiteral("0")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base + QStringLiteral("/send"), {},
                                                "{\"contact_value\":\"x\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base + QStringLiteral("/send"), {},
                                                "{\"contact_value\":\"x\",\"contact_way\":2}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base, {},
                                                "{\"verify_code\":\"12345\",\"contact_value\":\"x\",\"contact_way\":1}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base, {}, "not json"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyCodes)
#include "tst_verifycodes.moc"
