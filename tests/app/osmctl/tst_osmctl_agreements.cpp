// osmctl agreements: published, signed-latest, sign — end to end against the simulator.

#include "OsmctlTestSupport.h"

#include "api/Agreements.h"
#include "data/AgreementBook.h"

using namespace osmtest;

class TstOsmctlAgreements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void published()
    {
        CtlFixture fx;
        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("agreements"), QStringLiteral("published")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/agreements/published-agreement"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("agreement_type"), QStringLiteral("0")}})); // the default
        const auto expected = fx.core<osm::PublishedAgreement>([](osm::ApiClient &c) { return osm::api::showPublishedAgreement(c, 0); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(expected->agreement.id, QString::number(osm::sim::AgreementBook::latest(0)->id));

        run = fx.run({QStringLiteral("--json"), QStringLiteral("agreements"), QStringLiteral("published"),
                      QStringLiteral("--agreement-type"), QStringLiteral("2")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("agreement_type"), QStringLiteral("2")}}));
        QCOMPARE(osm::PublishedAgreement::fromJson(run.json()).agreement.content,
                 osm::sim::AgreementBook::latest(2)->contentEn); // LANG=C: English

        // A type the table does not list: refused before sending, the option named.
        const qsizetype before = fx.server.requests().size();
        run = fx.run({QStringLiteral("agreements"), QStringLiteral("published"), QStringLiteral("--agreement-type"), QStringLiteral("7")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --agreement-type)")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("agreements"), QStringLiteral("signed-latest"), QStringLiteral("--agreement-type"), QStringLiteral("zero")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--agreement-type")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);
    }

    void signThenSignedLatest()
    {
        CtlFixture fx;
        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("agreements"), QStringLiteral("signed-latest")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/agreements/signed-latest"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("agreement_type"), QStringLiteral("0")}}));
        QCOMPARE(run.json(), osm::AgreementSignedState{false}.toJson()); // the demo account signed an older version

        const qint64 latest = osm::sim::AgreementBook::latest(0)->id;
        run = fx.run({QStringLiteral("--json"), QStringLiteral("agreements"), QStringLiteral("sign"), QStringLiteral("--id"),
                      QString::number(latest), QStringLiteral("--relation-id"), QStringLiteral("draft-42")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/agreements/%1/signed").arg(latest));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("relation_id"), QStringLiteral("draft-42")}}));
        const osm::AgreementSignature signature = osm::AgreementSignature::fromJson(run.json());
        QCOMPARE(run.json(), signature.toJson());
        const auto record = osm::sim::AgreementBook::of(fx.server).findRecord(demoDomain(), signature.agreementSignedRecordId);
        QVERIFY(record);
        QCOMPARE(record->agreementId, latest);
        QCOMPARE(record->relationId, QStringLiteral("draft-42"));

        run = fx.run({QStringLiteral("agreements"), QStringLiteral("signed-latest")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("is_signed_latest: true\n"));
    }

    void signErrors()
    {
        CtlFixture fx;
        const qsizetype before = fx.server.requests().size();
        CtlRun run = fx.run({QStringLiteral("agreements"), QStringLiteral("sign")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--id")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("agreements"), QStringLiteral("sign"), QStringLiteral("--id"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --id)")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);

        // An unknown agreement; an older version: the service's errors.
        run = fx.run({QStringLiteral("--json"), QStringLiteral("agreements"), QStringLiteral("sign"), QStringLiteral("--id"), QStringLiteral("999")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QLatin1String("error")).toObject().value(QLatin1String("error_code")).toString(),
                 QStringLiteral("OSM.01010001"));
        run = fx.run({QStringLiteral("agreements"), QStringLiteral("sign"), QStringLiteral("--id"), QStringLiteral("101")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.01010019")), qPrintable(run.errText()));

        const CtlRun help = fx.run({QStringLiteral("agreements"), QStringLiteral("--help")});
        OSMCTL_VERIFY_OK(help);
        for (const char *command : {"published", "signed-latest", "sign"})
            QVERIFY2(help.outText().contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlAgreements)
#include "tst_osmctl_agreements.moc"
