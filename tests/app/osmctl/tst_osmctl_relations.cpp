// osmctl relations: list, create, delete — end to end.

#include "OsmctlTestSupport.h"

#include "api/Relations.h"

using namespace osmtest;

class TstOsmctlRelations : public QObject
{
    Q_OBJECT

    static QStringList casesWithRelations(CtlFixture &fx, int relations, int count)
    {
        QStringList ids;
        for (const osm::sim::CaseRecord &c : fx.server.dataSet().cases()) {
            if (c.customerId == demoDomain() && ids.size() < count
                && (relations < 0 ? !c.relatedIds.isEmpty() : c.relatedIds.size() == relations))
                ids.append(c.incidentId);
        }
        return ids;
    }

private Q_SLOTS:
    void listCreateDelete()
    {
        CtlFixture fx;
        const QStringList free = casesWithRelations(fx, 0, 3);
        QCOMPARE(free.size(), 3);
        const QString group = QStringLiteral("group-osmctl");

        CtlRun run = fx.run({QStringLiteral("relations"), QStringLiteral("create"), QStringLiteral("--case-id"), free.at(0),
                             QStringLiteral("--related-id-list"), free.at(1), QStringLiteral("--related-id-list"), free.at(2),
                             QStringLiteral("--group-id"), group});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The cases were related.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/relations").arg(free.at(0)));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("related_id_list"), QJsonArray{free.at(1), free.at(2)}},
                                             {QStringLiteral("group_id"), group}}));
        QCOMPARE(fx.server.dataSet().findCase(demoDomain(), free.at(0))->relatedIds, (QStringList{free.at(1), free.at(2)}));

        run = fx.run({QStringLiteral("--json"), QStringLiteral("relations"), QStringLiteral("list"), QStringLiteral("--case-id"), free.at(0)});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        const auto expected = fx.core<osm::RelatedCaseList>([&](osm::ApiClient &c) { return osm::api::listCaseRelations(c, free.at(0)); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(expected->caseIds(), (QStringList{free.at(1), free.at(2)}));

        run = fx.run({QStringLiteral("relations"), QStringLiteral("delete"), QStringLiteral("--case-id"), free.at(0),
                      QStringLiteral("--related-id"), free.at(1), QStringLiteral("--group-id"), group});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("DELETE"));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("related_id"), free.at(1)}, {QStringLiteral("group_id"), group}}));
        QCOMPARE(fx.server.dataSet().findCase(demoDomain(), free.at(0))->relatedIds, QStringList{free.at(2)});

        // Related to itself, or without the group: refused before sending.
        const qsizetype before = fx.server.requests().size();
        run = fx.run({QStringLiteral("relations"), QStringLiteral("create"), QStringLiteral("--case-id"), free.at(0),
                      QStringLiteral("--related-id-list"), free.at(0), QStringLiteral("--group-id"), group});
        QCOMPARE(run.exitCode, 2);
        run = fx.run({QStringLiteral("relations"), QStringLiteral("delete"), QStringLiteral("--case-id"), free.at(0),
                      QStringLiteral("--related-id"), free.at(2)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(QLatin1String("--group-id")));
        QCOMPARE(fx.server.requests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlRelations)
#include "tst_osmctl_relations.moc"
