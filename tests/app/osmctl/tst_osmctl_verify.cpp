// osmctl verify: need-verify, send, check, list — end to end against the simulator (the code sent is read from
// the simulator's VerificationBook: no SMS leaves it).

#include "OsmctlTestSupport.h"

#include "api/VerifyCodes.h"
#include "data/VerificationBook.h"

using namespace osmtest;

class TstOsmctlVerify : public QObject
{
    Q_OBJECT

    static osm::sim::VerificationBook &book(CtlFixture &fx) { return osm::sim::VerificationBook::of(fx.server); }

    static QStringList mail(const char *command)
    {
        return {QStringLiteral("verify"), QString::fromLatin1(command), QStringLiteral("--contact-way"), QStringLiteral("1"),
                QStringLiteral("--contact-value"), QStringLiteral("ops@example.org")};
    }

private Q_SLOTS:
    void needVerify()
    {
        CtlFixture fx;
        // The account's own phone needs no code.
        osm::sim::VerificationBook::Verified own;
        for (const auto &contact : osm::sim::VerificationBook::registeredContacts(demoDomain())) {
            if (contact.contact.way == 0)
                own = contact;
        }
        QVERIFY(!own.contact.value.isEmpty());
        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("need-verify"),
                             QStringLiteral("--contact-way"), QStringLiteral("0"), QStringLiteral("--contact-value"),
                             own.contact.value, QStringLiteral("--area-code"), QStringLiteral("86")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/verifycodes/need-verify"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("contact_value"), own.contact.value},
                                                  {QStringLiteral("contact_way"), QStringLiteral("0")},
                                                  {QStringLiteral("area_code"), QStringLiteral("86")}}));
        const osm::api::ContactParams ownContact{0, own.contact.value, QStringLiteral("86")};
        const auto expected = fx.core<osm::VerificationNeed>([&](osm::ApiClient &c) { return osm::api::checkNeedVerify(c, ownContact); });
        QVERIFY(expected.ok());
        QVERIFY(!expected->needVerifyCode);
        QCOMPARE(run.json(), expected->toJson());

        // Another address needs one.
        run = fx.run(QStringList{QStringLiteral("--json")} + mail("need-verify"));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(osm::VerificationNeed::fromJson(run.json()).needVerifyCode, true);
    }

    void sendCheckList()
    {
        CtlFixture fx;
        CtlRun run = fx.run(mail("send"));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The code was sent; it is valid for 5 minutes.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/verifycodes/send"));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("contact_value"), QStringLiteral("ops@example.org")},
                                             {QStringLiteral("contact_way"), 1}}));
        const auto sent = book(fx).lastSent(QStringLiteral("ops@example.org"));
        QVERIFY(sent);

        // Sent again within the minute: the service's OSM.01010024 (exit 3).
        run = fx.run(mail("send"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.01010024")), qPrintable(run.errText()));

        // A wrong code: OSM.01010010.
        const QString wrong = sent->code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        run = fx.run(mail("check") + QStringList{QStringLiteral("--verify-code"), wrong});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.01010010")), qPrintable(run.errText()));

        run = fx.run(mail("check") + QStringList{QStringLiteral("--verify-code"), sent->code, QStringLiteral("--x-customer-id"),
                                                 QStringLiteral("sub-user-1"), QStringLiteral("--customer-id"), demoDomain()});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The contact is verified.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/verifycodes"));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("verify_code"), sent->code},
                                             {QStringLiteral("contact_value"), QStringLiteral("ops@example.org")},
                                             {QStringLiteral("contact_way"), 1},
                                             {QStringLiteral("x_customer_id"), QStringLiteral("sub-user-1")},
                                             {QStringLiteral("customer_id"), demoDomain()}}));
        const auto verified = book(fx).verified(demoDomain(), {1, {}, QStringLiteral("ops@example.org")});
        QVERIFY(verified);
        QCOMPARE(verified->subCustomerId, QStringLiteral("sub-user-1"));

        run = fx.run({QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("list"), QStringLiteral("--contact-way"),
                      QStringLiteral("1"), QStringLiteral("--offset"), QStringLiteral("0"), QStringLiteral("--limit"), QStringLiteral("10")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/verifycodes/has-verified"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("contact_way"), QStringLiteral("1")},
                                                  {QStringLiteral("offset"), QStringLiteral("0")},
                                                  {QStringLiteral("limit"), QStringLiteral("10")}}));
        osm::api::ListVerifiedContactsParams p;
        p.contactWay = 1;
        p.offset = 0;
        p.limit = 10;
        const auto expected = fx.core<osm::VerifiedContactList>([&](osm::ApiClient &c) { return osm::api::listVerifiedContacts(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(expected->count, 2); // the registered address and the one just verified
        QCOMPARE(expected->contacts.last().verifiedId, verified->verifiedId);

        const CtlRun readable = fx.run({QStringLiteral("verify"), QStringLiteral("list")});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(QLatin1String("ops@example.org")));
    }

    void usageErrors()
    {
        CtlFixture fx;
        const qsizetype before = fx.server.requests().size();
        CtlRun run = fx.run({QStringLiteral("verify"), QStringLiteral("send"), QStringLiteral("--contact-way"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--contact-value")), qPrintable(run.errText()));
        run = fx.run(mail("check") + QStringList{QStringLiteral("--verify-code"), QStringLiteral("12345")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --verify-code)")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("verify"), QStringLiteral("need-verify"), QStringLiteral("--contact-way"), QStringLiteral("2"),
                      QStringLiteral("--contact-value"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --contact-way)")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("verify"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("101")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --limit)")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);

        const CtlRun help = fx.run({QStringLiteral("verify"), QStringLiteral("--help")});
        OSMCTL_VERIFY_OK(help);
        for (const char *command : {"need-verify", "send", "check", "list"})
            QVERIFY2(help.outText().contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlVerify)
#include "tst_osmctl_verify.moc"
