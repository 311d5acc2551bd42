// osmctl labels: list, create, update, delete, case-list, case-add, case-remove — end to end.

#include "OsmctlTestSupport.h"

#include "api/Labels.h"

using namespace osmtest;

class TstOsmctlLabels : public QObject
{
    Q_OBJECT

    static const osm::sim::Label *labelNamed(CtlFixture &fx, const QString &name)
    {
        for (const osm::sim::Label &label : fx.server.dataSet().labels()) {
            if (label.domainId == demoDomain() && label.name == name)
                return &label;
        }
        return nullptr;
    }

    // A demo case with fewer than `below` labels.
    static osm::sim::CaseRecord *caseWithFewLabels(CtlFixture &fx, int below)
    {
        for (osm::sim::CaseRecord &record : fx.server.dataSet().cases()) {
            if (record.customerId == demoDomain() && record.labelIds.size() < below && !record.labelIds.isEmpty())
                return &record;
        }
        return nullptr;
    }

private Q_SLOTS:
    void list()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("list"),
                                   QStringLiteral("--offset"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("3")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/labels"));
        osm::api::ListLabelsParams p;
        p.offset = 1;
        p.limit = 3;
        QCOMPARE(fx.lastQuery(), p.query());
        const auto expected = fx.core<osm::LabelList>([&](osm::ApiClient &c) { return osm::api::listLabels(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(expected->labels.size(), 3);
        const osm::sim::Label *stored = fx.server.dataSet().findLabel(demoDomain(), expected->labels.first().labelId);
        QVERIFY(stored);
        QCOMPARE(expected->labels.first().name, stored->name);
    }

    void createUpdateDelete()
    {
        CtlFixture fx;
        CtlRun run = fx.run({QStringLiteral("labels"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("osmctl-made"), QStringLiteral("--color"), QStringLiteral("#123456")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The label was created.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("osmctl-made")},
                                             {QStringLiteral("color"), QStringLiteral("#123456")}}));
        const osm::sim::Label *created = labelNamed(fx, QStringLiteral("osmctl-made"));
        QVERIFY(created);
        const int id = created->id;

        run = fx.run({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("update"), QStringLiteral("--label-id"),
                      QString::number(id), QStringLiteral("--name"), QStringLiteral("renamed"), QStringLiteral("--color"),
                      QStringLiteral("#654321")});
        OSMCTL_VERIFY_OK(run);
        QVERIFY(run.json().contains(QLatin1String("error_code"))); // the acknowledgement, with the table's fields
        QCOMPARE(fx.osmRequests().last().method, QByteArray("PUT"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/labels/%1").arg(id));
        QCOMPARE(fx.server.dataSet().findLabel(demoDomain(), id)->name, QStringLiteral("renamed"));
        QCOMPARE(fx.server.dataSet().findLabel(demoDomain(), id)->color, QStringLiteral("#654321"));

        run = fx.run({QStringLiteral("labels"), QStringLiteral("delete"), QStringLiteral("--label-id"), QString::number(id)});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("DELETE"));
        QVERIFY(!fx.server.dataSet().findLabel(demoDomain(), id));

        // A colour that is not #RRGGBB and a missing name: refused before sending.
        const qsizetype before = fx.server.requests().size();
        run = fx.run({QStringLiteral("labels"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"),
                      QStringLiteral("--color"), QStringLiteral("red")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(QLatin1String("--color")));
        run = fx.run({QStringLiteral("labels"), QStringLiteral("update"), QStringLiteral("--label-id"), QStringLiteral("x1"),
                      QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--color"), QStringLiteral("#123456")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(fx.server.requests().size(), before);
    }

    void caseLabels()
    {
        CtlFixture fx;
        osm::sim::CaseRecord *record = caseWithFewLabels(fx, 4);
        QVERIFY(record);
        const QString caseId = record->incidentId;
        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("case-list"),
                             QStringLiteral("--case-id"), caseId});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/labels").arg(caseId));
        const auto expected = fx.core<osm::CaseLabelList>([&](osm::ApiClient &c) { return osm::api::listCaseLabels(c, caseId); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(expected->labelIds(), record->labelIds);

        // Two labels the case does not have yet.
        QList<int> extra;
        for (const osm::sim::Label &label : fx.server.dataSet().labels()) {
            if (label.domainId == demoDomain() && !record->labelIds.contains(label.id) && extra.size() < 2)
                extra.append(label.id);
        }
        QCOMPARE(extra.size(), 2);
        run = fx.run({QStringLiteral("labels"), QStringLiteral("case-add"), QStringLiteral("--case-id"), caseId,
                      QStringLiteral("--label-ids"), QString::number(extra.at(0)), QStringLiteral("--label-ids"),
                      QString::number(extra.at(1))});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("label_ids")),
                 (QStringList{QString::number(extra.at(0)), QString::number(extra.at(1))}));
        record = fx.server.dataSet().findCase(demoDomain(), caseId);
        QVERIFY(record->labelIds.contains(extra.at(0)) && record->labelIds.contains(extra.at(1)));

        run = fx.run({QStringLiteral("labels"), QStringLiteral("case-remove"), QStringLiteral("--case-id"), caseId,
                      QStringLiteral("--label-ids"), QString::number(extra.at(1))});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("DELETE"));
        record = fx.server.dataSet().findCase(demoDomain(), caseId);
        QVERIFY(record->labelIds.contains(extra.at(0)) && !record->labelIds.contains(extra.at(1)));

        // Six labels: refused before sending.
        const qsizetype before = fx.server.requests().size();
        QStringList six{QStringLiteral("labels"), QStringLiteral("case-add"), QStringLiteral("--case-id"), caseId};
        for (int i = 1; i <= 6; ++i)
            six << QStringLiteral("--label-ids") << QString::number(i);
        QCOMPARE(fx.run(six).exitCode, 2);
        QCOMPARE(fx.server.requests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlLabels)
#include "tst_osmctl_labels.moc"
