// 5.12 related cases, end to end: each typed operation against the in-process simulator (the request as
// received, including DELETE's JSON body, and the parsed answer), the reference's response examples, the
// limits refused before sending, and the service's rules (3 relations, not itself, unknown case).
#include "ApiTestSupport.h"
#include "api/Relations.h"
#include "model/Acknowledgement.h"
#include "model/RelatedCaseList.h"

#include <QJsonArray>
#include <QTest>

using namespace osm;
using osmtest::wait;

class TestRelations : public osmtest::SimulatorTest
{
    Q_OBJECT

    sim::CaseRecord *find(const QString &caseId) { return data().findCase(osmtest::demoDomain(), caseId); }

    // Cases of the demo account: `count` of them without relations, `relations` deep (-1: any).
    QStringList casesWithRelations(int relations, int count = 1)
    {
        QStringList ids;
        for (const sim::CaseRecord &c : data().cases()) {
            if (c.customerId == osmtest::demoDomain() && ids.size() < count
                && (relations < 0 ? !c.relatedIds.isEmpty() : c.relatedIds.size() == relations))
                ids.append(c.incidentId);
        }
        return ids;
    }

    static const QString kGroup;

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract ----

    void createCaseRelationContract()
    {
        const QStringList free = casesWithRelations(0, 3);
        QCOMPARE(free.size(), 3);
        api::CreateCaseRelationParams params{free.at(0), {free.at(1), free.at(2), free.at(1)}, kGroup};
        const auto result = wait(api::createCaseRelation(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/relations").arg(free.at(0)));
        QVERIFY(request.rawQuery.isEmpty());
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        // The table's array of strings (the example's single string is not what we send); duplicates once.
        const QJsonObject expected{{QStringLiteral("related_id_list"), QJsonArray{free.at(1), free.at(2)}},
                                   {QStringLiteral("group_id"), kGroup}};
        QCOMPARE(osmtest::lastBody(*m_server), expected);
        QCOMPARE(result.value(), Acknowledgement{});
        QCOMPARE(find(free.at(0))->relatedIds, (QStringList{free.at(1), free.at(2)}));
        // Not symmetric: the other case does not gain a relation.
        QVERIFY(find(free.at(1))->relatedIds.isEmpty());
    }

    void deleteCaseRelationContract()
    {
        const QStringList related = casesWithRelations(-1);
        QCOMPARE(related.size(), 1);
        const QString caseId = related.first();
        const QStringList before = find(caseId)->relatedIds;
        const auto result = wait(api::deleteCaseRelation(client(), {caseId, before.first(), kGroup}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/relations").arg(caseId));
        QVERIFY(request.rawQuery.isEmpty());
        // DELETE with a JSON body, as the reference says.
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("related_id"), before.first()},
                                                           {QStringLiteral("group_id"), kGroup}}));
        QCOMPARE(find(caseId)->relatedIds, before.mid(1));
        // Removing it again changes nothing and succeeds.
        QVERIFY(wait(api::deleteCaseRelation(client(), {caseId, before.first(), kGroup})).ok());
    }

    void listCaseRelationsContract()
    {
        const QString caseId = casesWithRelations(-1).first();
        const sim::CaseRecord *c = find(caseId);
        const auto result = wait(api::listCaseRelations(client(), caseId));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/relations").arg(caseId));
        QVERIFY(request.rawQuery.isEmpty());
        QVERIFY(request.body.isEmpty());
        QCOMPARE(result->caseIds(), c->relatedIds);
        for (const RelatedCase &related : result->cases) {
            const sim::CaseRecord *other = find(related.caseId);
            QVERIFY(other);
            QCOMPARE(related.simpleDescription, other->simpleDescription);
            QVERIFY(!related.userName.isEmpty());
        }
        // A case without relations: an empty list.
        const auto none = wait(api::listCaseRelations(client(), casesWithRelations(0).first()));
        QVERIFY(none.ok());
        QVERIFY(none->cases.isEmpty());
    }

    // ---- (b) the reference's response examples ----

    void listCaseRelationsExample()
    {
        const QString id = QStringLiteral("list_case_relations");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<RelatedCaseList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->cases,
                 (QList<RelatedCase>{{QStringLiteral("test"), QStringLiteral("test"), QStringLiteral("test")}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(parsed->cases.first().toJson()),
                 osmtest::tableFields(id, {QStringLiteral("case_relation_list")}));
        QCOMPARE(RelatedCaseList::fromJson(parsed->toJson()), parsed.value());
        // Cut in half: a clear failure, not an empty list.
        const QByteArray example = osmtest::responseExample(id);
        const auto cut = osmtest::parseBody<RelatedCaseList>(example.left(example.size() / 2));
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().category(), Error::Category::MalformedBody);
    }

    void listCaseRelationsLenient()
    {
        const auto parsed = osmtest::parseBody<RelatedCaseList>(
            "{\"case_relation_list\":{\"incident_id\":\"TT-1\",\"simple_description\":12,\"user_name\":null}}");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->cases, (QList<RelatedCase>{{QStringLiteral("TT-1"), QStringLiteral("12"), QString()}}));
    }

    void writeEndpointsExamples_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("create_case_relation") << QStringLiteral("create_case_relation");
        QTest::newRow("delete_case_relation") << QStringLiteral("delete_case_relation");
    }

    void writeEndpointsExamples()
    {
        QFETCH(QString, id);
        OSM_VERIFY_ACKNOWLEDGEMENT_WITHOUT_EXAMPLE(id);
        QVERIFY(osmtest::parseBody<Acknowledgement>("{}").ok());
        OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(
            "{\"error_code\":\"OSM.01010043\",\"error_msg\":\"The same caseId relations should not be over 3.\"}",
            "OSM.01010043");
    }

    // ---- (c) limits refused before sending ----

    void createLimits()
    {
        const QString self = QStringLiteral("TT-SELF");
        const QString id64(64, QLatin1Char('i'));
        QVERIFY(!api::CreateCaseRelationParams({self, {QStringLiteral("a"), QStringLiteral("b"), id64}, kGroup}).validate());
        QVERIFY(!api::CreateCaseRelationParams({self, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}, kGroup}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::createCaseRelation(client(), {self, {}, kGroup}), "related_id_list");
        OSM_VERIFY_REFUSED(*m_server,
                           api::createCaseRelation(client(), {self, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, kGroup}),
                           "related_id_list");
        OSM_VERIFY_REFUSED(*m_server, api::createCaseRelation(client(), {self, {id64 + QLatin1Char('x')}, kGroup}), "related_id_list");
        OSM_VERIFY_REFUSED(*m_server, api::createCaseRelation(client(), {self, {QString()}, kGroup}), "related_id_list");
        OSM_VERIFY_REFUSED(*m_server, api::createCaseRelation(client(), {self, {QStringLiteral("a"), self}, kGroup}), "related_id_list");
        OSM_VERIFY_REFUSED(*m_server, api::createCaseRelation(client(), {self, {QStringLiteral("a")}, QString()}), "group_id");
        OSM_VERIFY_REFUSED(*m_server, api::createCaseRelation(client(), {self, {QStringLiteral("a")}, QString(65, QLatin1Char('g'))}), "group_id");
        OSM_VERIFY_REFUSED(*m_server, api::createCaseRelation(client(), {QString(), {QStringLiteral("a")}, kGroup}), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::createCaseRelation(client(), {QString(33, QLatin1Char('c')), {QStringLiteral("a")}, kGroup}), "case_id");
    }

    void deleteAndListLimits()
    {
        const QString self = QStringLiteral("TT-SELF");
        QVERIFY(!api::DeleteCaseRelationParams({self, QString(64, QLatin1Char('r')), kGroup}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::deleteCaseRelation(client(), {self, QString(), kGroup}), "related_id");
        OSM_VERIFY_REFUSED(*m_server, api::deleteCaseRelation(client(), {self, QString(65, QLatin1Char('r')), kGroup}), "related_id");
        OSM_VERIFY_REFUSED(*m_server, api::deleteCaseRelation(client(), {self, self, kGroup}), "related_id");
        OSM_VERIFY_REFUSED(*m_server, api::deleteCaseRelation(client(), {self, QStringLiteral("a"), QString()}), "group_id");
        OSM_VERIFY_REFUSED(*m_server, api::deleteCaseRelation(client(), {QString(33, QLatin1Char('c')), QStringLiteral("a"), kGroup}), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::listCaseRelations(client(), QString()), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::listCaseRelations(client(), QString(33, QLatin1Char('c'))), "case_id");
    }

    // ---- (d) the service's rules ----

    void threeRelationsPerCase()
    {
        const QStringList free = casesWithRelations(0, 5);
        QCOMPARE(free.size(), 5);
        const QString caseId = free.at(0);
        QVERIFY(wait(api::createCaseRelation(client(), {caseId, {free.at(1), free.at(2)}, kGroup})).ok());
        // 2 + 2 new > 3: refused as a whole.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseRelation(client(), {caseId, {free.at(3), free.at(4)}, kGroup})),
                                  "OSM.01010043");
        QCOMPARE(find(caseId)->relatedIds, (QStringList{free.at(1), free.at(2)}));
        QVERIFY(wait(api::createCaseRelation(client(), {caseId, {free.at(3), free.at(1)}, kGroup})).ok());
        QCOMPARE(find(caseId)->relatedIds.size(), 3);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseRelation(client(), {caseId, {free.at(4)}, kGroup})), "OSM.01010043");
        const auto listed = wait(api::listCaseRelations(client(), caseId));
        QVERIFY(listed.ok());
        QCOMPARE(listed->caseIds(), (QStringList{free.at(1), free.at(2), free.at(3)}));
        // Unrelating one makes room.
        QVERIFY(wait(api::deleteCaseRelation(client(), {caseId, free.at(2), kGroup})).ok());
        QVERIFY(wait(api::createCaseRelation(client(), {caseId, {free.at(4)}, kGroup})).ok());
    }

    void notItself()
    {
        // The typed operation refuses it (see createLimits); the service's answer to a raw request:
        const QString caseId = casesWithRelations(0).first();
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/relations").arg(caseId);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("related_id_list"), QJsonArray{caseId}},
                                                          {QStringLiteral("group_id"), kGroup}})
                                    .toJson(QJsonDocument::Compact);
        const osmtest::RawAnswer answer = osmtest::rawCall(client(), "POST", path, {}, body);
        QVERIFY(!answer.ok);
        QCOMPARE(answer.error.code(), QStringLiteral("OSM.01010044"));
        QCOMPARE(answer.error.httpStatus(), 200);
        QVERIFY(find(caseId)->relatedIds.isEmpty());
    }

    void caseNotFound()
    {
        const QString missing = QStringLiteral("TT-NO-SUCH-CASE");
        const QString known = casesWithRelations(0).first();
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listCaseRelations(client(), missing)), "OSM.01010015");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseRelation(client(), {missing, {known}, kGroup})), "OSM.01010015");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::deleteCaseRelation(client(), {missing, known, kGroup})), "OSM.01010015");
        // The case to relate to (or unrelate) must exist too.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseRelation(client(), {known, {missing}, kGroup})), "OSM.01010015");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::deleteCaseRelation(client(), {known, missing, kGroup})), "OSM.01010015");
        QVERIFY(find(known)->relatedIds.isEmpty());
    }

    void malformedRequestsAreBadRequests()
    {
        const QStringList free = casesWithRelations(0, 2);
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/relations").arg(free.at(0));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {}, "related_id_list=a"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {}, "{\"group_id\":\"g\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {}, "{\"related_id_list\":[1],\"group_id\":\"g\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {},
                                                "{\"related_id_list\":[\"a\",\"b\",\"c\",\"d\"],\"group_id\":\"g\"}"));
        const QByteArray noGroup = "{\"related_id_list\":[\"" + free.at(1).toUtf8() + "\"]}";
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {}, noGroup));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "DELETE", path));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "DELETE", path, {}, "{\"group_id\":\"g\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "DELETE", path, {}, "{\"related_id\":\"x\"}"));
        QVERIFY(find(free.at(0))->relatedIds.isEmpty());
        // The reference's request example sends related_id_list as one string: the simulator accepts it.
        const QByteArray asString = "{\"related_id_list\":\"" + free.at(1).toUtf8() + "\",\"group_id\":\"123456\"}";
        QVERIFY(osmtest::rawCall(client(), "POST", path, {}, asString).ok);
        QCOMPARE(find(free.at(0))->relatedIds, QStringList{free.at(1)});
    }
};

const QString TestRelations::kGroup = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");

QTEST_GUILESS_MAIN(TestRelations)
#include "tst_relations.moc"
