// 5.9 labels, end to end: each typed operation against the in-process simulator (the request as received and
// the parsed answer), the reference's own response examples, the limits refused before sending, and the
// service's rules (30 per tenant, 5 per case, unique names, unknown label or case) as the simulator applies them.
#include "ApiTestSupport.h"
#include "api/Labels.h"
#include "model/Acknowledgement.h"
#include "model/CaseLabelList.h"
#include "model/LabelList.h"

#include <QTest>

using namespace osm;
using osmtest::wait;

class TestLabels : public osmtest::SimulatorTest
{
    Q_OBJECT


    const sim::Label *labelNamed(const QString &name)
    {
        for (const sim::Label &l : data().labels()) {
            if (l.name == name && l.domainId == osmtest::demoDomain())
                return &l;
        }
        return nullptr;
    }

    int tenantLabelCount()
    {
        int n = 0;
        for (const sim::Label &l : data().labels())
            n += l.domainId == osmtest::demoDomain() ? 1 : 0;
        return n;
    }

    // A case of the demo account with exactly `count` labels (-1: the first with at least one).
    sim::CaseRecord *caseWithLabels(int count)
    {
        for (sim::CaseRecord &c : data().cases()) {
            if (c.customerId != osmtest::demoDomain())
                continue;
            if (count < 0 ? !c.labelIds.isEmpty() : c.labelIds.size() == count)
                return &c;
        }
        return nullptr;
    }

    QList<int> tenantLabelIds()
    {
        QList<int> ids;
        for (const sim::Label &l : data().labels()) {
            if (l.domainId == osmtest::demoDomain())
                ids.append(l.id);
        }
        return ids;
    }

    void verifyNoBody()
    {
        QVERIFY(m_server->requests().last().body.isEmpty());
    }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract: the request as the simulator received it, and the parsed answer ----

    void createLabelContract()
    {
        api::LabelParams params{QStringLiteral("客户A · P1"), QStringLiteral("#1e88e5")};
        const auto result = wait(api::createLabel(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/labels"));
        QVERIFY(request.rawQuery.isEmpty());
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        const QJsonObject expected{{QStringLiteral("name"), QStringLiteral("客户A · P1")},
                                   {QStringLiteral("color"), QStringLiteral("#1e88e5")}};
        QCOMPARE(osmtest::lastBody(*m_server), expected);
        QCOMPARE(result.value(), Acknowledgement{}); // the sim answers {}
        const sim::Label *created = labelNamed(QStringLiteral("客户A · P1"));
        QVERIFY(created);
        QCOMPARE(created->color, QStringLiteral("#1e88e5"));
    }

    void listLabelsContract()
    {
        api::ListLabelsParams params;
        params.offset = 0;
        params.limit = 5;
        params.name = QStringLiteral("NET"); // fuzzy: "network"
        const auto result = wait(api::listLabels(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/labels"));
        const QueryItems expectedQuery = {{QStringLiteral("offset"), QStringLiteral("0")},
                                          {QStringLiteral("limit"), QStringLiteral("5")},
                                          {QStringLiteral("name"), QStringLiteral("NET")}};
        QCOMPARE(osmtest::lastQuery(*m_server), expectedQuery);
        verifyNoBody();
        QCOMPARE(result->totalCount, 1);
        QCOMPARE(result->labels.size(), 1);
        const sim::Label *network = labelNamed(QStringLiteral("network"));
        QVERIFY(network);
        QCOMPARE(result->labels.first(), (Label{network->id, network->name, network->color}));

        // No parameters: nothing in the query, the default page of 10 over all 8 labels.
        const auto all = wait(api::listLabels(client()));
        QVERIFY(all.ok());
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QCOMPARE(all->totalCount, tenantLabelCount());
        QCOMPARE(all->labels.size(), tenantLabelCount());

        // label_id and paging.
        api::ListLabelsParams byId;
        byId.labelId = network->id;
        const auto one = wait(api::listLabels(client(), byId));
        QVERIFY(one.ok());
        QCOMPARE(osmtest::lastQuery(*m_server),
                 (QueryItems{{QStringLiteral("label_id"), QString::number(network->id)}}));
        QCOMPARE(one->labels.size(), 1);
        QCOMPARE(one->labels.first().name, QStringLiteral("network"));
        api::ListLabelsParams page;
        page.offset = 6;
        page.limit = 10;
        const auto tail = wait(api::listLabels(client(), page));
        QVERIFY(tail.ok());
        QCOMPARE(tail->totalCount, tenantLabelCount());
        QCOMPARE(tail->labels.size(), tenantLabelCount() - 6);
    }

    void deleteLabelContract()
    {
        sim::CaseRecord *labelled = caseWithLabels(-1);
        QVERIFY(labelled);
        const int id = labelled->labelIds.first();
        const QString caseId = labelled->incidentId;
        const auto result = wait(api::deleteLabel(client(), id));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/labels/%1").arg(id));
        QVERIFY(request.rawQuery.isEmpty());
        verifyNoBody();
        QVERIFY(!data().findLabel(osmtest::demoDomain(), id));
        // "Also removes its associations with cases."
        for (const sim::CaseRecord &c : data().cases())
            QVERIFY(!c.labelIds.contains(id));
        const auto caseLabels = wait(api::listCaseLabels(client(), caseId));
        QVERIFY(caseLabels.ok());
        QVERIFY(!caseLabels->labelIds().contains(id));
    }

    void updateLabelContract()
    {
        const sim::Label *vip = labelNamed(QStringLiteral("VIP"));
        QVERIFY(vip);
        const int id = vip->id;
        const auto result = wait(api::updateLabel(client(), id, {QStringLiteral("VIP 客户"), QStringLiteral("#000")}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/labels/%1").arg(id));
        QVERIFY(request.rawQuery.isEmpty());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("name"), QStringLiteral("VIP 客户")},
                                                           {QStringLiteral("color"), QStringLiteral("#000")}}));
        const sim::Label *updated = data().findLabel(osmtest::demoDomain(), id);
        QVERIFY(updated);
        QCOMPARE(updated->name, QStringLiteral("VIP 客户"));
        QCOMPARE(updated->color, QStringLiteral("#000"));
        // Keeping its own name is not a clash.
        QVERIFY(wait(api::updateLabel(client(), id, {QStringLiteral("VIP 客户"), QStringLiteral("#8E24AA")})).ok());
    }

    void listCaseLabelsContract()
    {
        const sim::CaseRecord *full = caseWithLabels(5); // the seed gives one case the maximum
        QVERIFY(full);
        const auto result = wait(api::listCaseLabels(client(), full->incidentId));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/labels").arg(full->incidentId));
        QVERIFY(request.rawQuery.isEmpty());
        verifyNoBody();
        QCOMPARE(result->labelIds(), full->labelIds); // 5, although the table says 0-3
        for (const Label &label : result->labels) {
            const sim::Label *stored = data().findLabel(osmtest::demoDomain(), label.labelId);
            QVERIFY(stored);
            QCOMPARE(label.name, stored->name);
            QCOMPARE(label.color, stored->color);
        }
    }

    void addCaseLabelsContract()
    {
        sim::CaseRecord *bare = caseWithLabels(0);
        QVERIFY(bare);
        const QString caseId = bare->incidentId;
        const QList<int> ids = tenantLabelIds();
        api::CaseLabelsParams params{caseId, {ids.at(3), ids.at(1), ids.at(3)}}; // the duplicate is sent once
        const auto result = wait(api::addCaseLabels(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/labels").arg(caseId));
        // Repeated keys, as the reference's example: ?label_ids=123&label_ids=456
        QCOMPARE(request.rawQuery, QByteArray("label_ids=%1&label_ids=%2").replace("%1", QByteArray::number(ids.at(3))).replace("%2", QByteArray::number(ids.at(1))));
        verifyNoBody();
        QCOMPARE(data().findCase(osmtest::demoDomain(), caseId)->labelIds, (QList<int>{ids.at(1), ids.at(3)}));
        const auto listed = wait(api::listCaseLabels(client(), caseId));
        QVERIFY(listed.ok());
        QCOMPARE(listed->labelIds(), (QList<int>{ids.at(1), ids.at(3)}));
        // Attaching an attached label again changes nothing.
        QVERIFY(wait(api::addCaseLabels(client(), {caseId, {ids.at(1)}})).ok());
        QCOMPARE(data().findCase(osmtest::demoDomain(), caseId)->labelIds.size(), 2);
    }

    void deleteCaseLabelsContract()
    {
        const sim::CaseRecord *full = caseWithLabels(5);
        QVERIFY(full);
        const QString caseId = full->incidentId;
        const QList<int> before = full->labelIds;
        const auto result = wait(api::deleteCaseLabels(client(), {caseId, {before.at(0), before.at(4)}}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/labels").arg(caseId));
        const QueryItems expected = {{QStringLiteral("label_ids"), QString::number(before.at(0))},
                                     {QStringLiteral("label_ids"), QString::number(before.at(4))}};
        QCOMPARE(osmtest::lastQuery(*m_server), expected);
        verifyNoBody();
        QCOMPARE(data().findCase(osmtest::demoDomain(), caseId)->labelIds, before.mid(1, 3));
        // The labels themselves remain.
        QVERIFY(data().findLabel(osmtest::demoDomain(), before.at(0)));
    }

    // ---- (b) the reference's response examples, verbatim ----

    void listLabelsExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("list_labels")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<LabelList>(osmtest::responseExample(QStringLiteral("list_labels")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 1);
        QCOMPARE(parsed->labels, (QList<Label>{{1, QStringLiteral("test"), QStringLiteral("#000000")}}));
        // toJson writes exactly the table's names.
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_labels")));
        QCOMPARE(osmtest::keys(parsed->labels.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_labels"), {QStringLiteral("label_list")}));
        QCOMPARE(LabelList::fromJson(parsed->toJson()), parsed.value());
    }

    void listLabelsLenient()
    {
        // count instead of total_count, numbers as strings; no total at all: the page's size.
        const auto strings = osmtest::parseBody<LabelList>(
            "{\"count\":\"12\",\"label_list\":[{\"label_id\":\"7\",\"name\":\"x\",\"color\":\"#fff\"},null]}");
        QVERIFY(strings.ok());
        QCOMPARE(strings->totalCount, 12);
        QCOMPARE(strings->labels, (QList<Label>{{7, QStringLiteral("x"), QStringLiteral("#fff")}}));
        const auto noTotal = osmtest::parseBody<LabelList>("{\"label_list\":[{\"label_id\":1}]}");
        QVERIFY(noTotal.ok());
        QCOMPARE(noTotal->totalCount, 1);
    }

    void listCaseLabelsExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("list_case_labels")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<CaseLabelList>(osmtest::responseExample(QStringLiteral("list_case_labels")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->labels, (QList<Label>{{1, QStringLiteral("test"), QStringLiteral("#000000")}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_case_labels")));
        QCOMPARE(osmtest::keys(parsed->labels.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_case_labels"), {QStringLiteral("case_label_list")}));
        QCOMPARE(CaseLabelList::fromJson(parsed->toJson()), parsed.value());
    }

    void writeEndpointsExamples_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"create_label", "delete_label", "update_label", "add_case_labels", "delete_case_labels"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void writeEndpointsExamples()
    {
        QFETCH(QString, id);
        // The example is "无" (none): null in endpoints.json, neither valid nor invalid JSON.
        OSM_VERIFY_ACKNOWLEDGEMENT_WITHOUT_EXAMPLE(id);
        QVERIFY(osmtest::responseExample(id).isEmpty());
        // What the simulator sends, and the table's own shape with a "0" code.
        QVERIFY(osmtest::parseBody<Acknowledgement>("{}").ok());
        QVERIFY(osmtest::parseBody<Acknowledgement>("{\"error_code\":\"0\",\"error_msg\":\"success\"}").ok());
        // A failing code in a 200 answer is the API's error, not a success.
        OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(
            "{\"error_code\":\"OSM.01010039\",\"error_msg\":\"The labelId does not exist.\"}",
            "OSM.01010039");
    }

    void brokenBodiesAreMalformed()
    {
        // None of 5.9's examples is flagged invalid; a body cut in half must still fail clearly, not parse to {}.
        for (const char *id : {"list_labels", "list_case_labels"}) {
            QVERIFY(osmtest::endpoint(QString::fromLatin1(id)).value(QLatin1String("response_example_is_valid_json")) != QJsonValue(false));
            const QByteArray example = osmtest::responseExample(QString::fromLatin1(id));
            const auto cut = osmtest::parseBody<CaseLabelList>(example.left(example.size() / 2));
            QVERIFY(!cut.ok());
            QCOMPARE(cut.error().category(), Error::Category::MalformedBody);
        }
    }

    // ---- (c) limits refused before sending ----

    void labelParamsLimits()
    {
        const QString name64(64, QChar(0x6807)); // 64 characters (not bytes) is allowed
        QVERIFY(!api::LabelParams({name64, QStringLiteral("#000000")}).validate());
        QVERIFY(!api::LabelParams({QStringLiteral("a"), QStringLiteral("#abc")}).validate());
        const struct
        {
            QString name;
            QString color;
            const char *field;
        } refused[] = {
            {QString(), QStringLiteral("#000000"), "name"},
            {QStringLiteral("   "), QStringLiteral("#000000"), "name"},
            {name64 + QLatin1Char('x'), QStringLiteral("#000000"), "name"},
            {QStringLiteral("a"), QString(), "color"},
            {QStringLiteral("a"), QStringLiteral("#0000000"), "color"}, // 8 characters
            {QStringLiteral("a"), QStringLiteral("1"), "color"},        // the 5.9.4 example's "colour id"
            {QStringLiteral("a"), QStringLiteral("red"), "color"},
            {QStringLiteral("a"), QStringLiteral("#12345G"), "color"},
            {QStringLiteral("a"), QStringLiteral("#1234"), "color"},
        };
        for (const auto &c : refused) {
            const Error error = api::LabelParams{c.name, c.color}.validate();
            QVERIFY2(error, c.field);
            QCOMPARE(error.field(), QString::fromLatin1(c.field));
        }
        OSM_VERIFY_REFUSED(*m_server, api::createLabel(client(), {QString(), QStringLiteral("#000000")}), "name");
        OSM_VERIFY_REFUSED(*m_server, api::createLabel(client(), {QStringLiteral("x"), QStringLiteral("1")}), "color");
        OSM_VERIFY_REFUSED(*m_server, api::updateLabel(client(), 1001, {QStringLiteral("x"), QStringLiteral("#00000000")}), "color");
        OSM_VERIFY_REFUSED(*m_server, api::updateLabel(client(), -1, {QStringLiteral("x"), QStringLiteral("#000000")}), "label_id");
        OSM_VERIFY_REFUSED(*m_server, api::updateLabel(client(), 2147483648LL, {QStringLiteral("x"), QStringLiteral("#000000")}), "label_id");
        OSM_VERIFY_REFUSED(*m_server, api::deleteLabel(client(), -5), "label_id");
    }

    void listLabelsLimits()
    {
        api::ListLabelsParams ok;
        ok.offset = 2147483647;
        ok.limit = 100;
        ok.name = QString(64, QLatin1Char('n'));
        ok.labelId = 0;
        QVERIFY(!ok.validate());
        api::ListLabelsParams p;
        p.limit = 101;
        OSM_VERIFY_REFUSED(*m_server, api::listLabels(client(), p), "limit");
        p = {};
        p.offset = -1;
        OSM_VERIFY_REFUSED(*m_server, api::listLabels(client(), p), "offset");
        p = {};
        p.name = QString(65, QLatin1Char('n'));
        OSM_VERIFY_REFUSED(*m_server, api::listLabels(client(), p), "name");
        p = {};
        p.labelId = -1;
        OSM_VERIFY_REFUSED(*m_server, api::listLabels(client(), p), "label_id");
    }

    void caseLabelsLimits()
    {
        const QString caseId = caseWithLabels(0)->incidentId;
        QVERIFY(!api::CaseLabelsParams({caseId, {1, 2, 3, 4, 5}}).validate());
        QVERIFY(!api::CaseLabelsParams({caseId, {1, 2, 3, 4, 5, 5, 1}}).validate()); // five distinct ids
        OSM_VERIFY_REFUSED(*m_server, api::addCaseLabels(client(), {caseId, {}}), "label_ids");
        OSM_VERIFY_REFUSED(*m_server, api::addCaseLabels(client(), {caseId, {1, 2, 3, 4, 5, 6}}), "label_ids");
        OSM_VERIFY_REFUSED(*m_server, api::addCaseLabels(client(), {caseId, {-1}}), "label_ids");
        OSM_VERIFY_REFUSED(*m_server, api::deleteCaseLabels(client(), {caseId, {}}), "label_ids");
        OSM_VERIFY_REFUSED(*m_server, api::deleteCaseLabels(client(), {caseId, {1, 2, 3, 4, 5, 6}}), "label_ids");
        OSM_VERIFY_REFUSED(*m_server, api::addCaseLabels(client(), {QString(), {1}}), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::deleteCaseLabels(client(), {QString(33, QLatin1Char('c')), {1}}), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::listCaseLabels(client(), QString()), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::listCaseLabels(client(), QString(33, QLatin1Char('c'))), "case_id");
    }

    // ---- (d) the service's rules, as the simulator applies them ----

    void thirtyLabelsPerTenant()
    {
        int n = tenantLabelCount();
        QCOMPARE(n, 8);
        while (n < 30) {
            const auto created = wait(api::createLabel(client(), {QStringLiteral("label %1").arg(n), QStringLiteral("#123456")}));
            QVERIFY2(created.ok(), qPrintable(created.error().detailedMessage()));
            ++n;
        }
        const auto list = wait(api::listLabels(client(), {std::nullopt, 100, {}, std::nullopt}));
        QVERIFY(list.ok());
        QCOMPARE(list->totalCount, 30);
        const auto refused = wait(api::createLabel(client(), {QStringLiteral("the 31st"), QStringLiteral("#123456")}));
        OSM_VERIFY_BUSINESS_ERROR(refused, "OSM.01010041");
        QCOMPARE(tenantLabelCount(), 30);
        // Making room makes it possible again.
        QVERIFY(wait(api::deleteLabel(client(), list->labels.first().labelId)).ok());
        QVERIFY(wait(api::createLabel(client(), {QStringLiteral("the 31st"), QStringLiteral("#123456")})).ok());
    }

    void labelNameExists()
    {
        const auto created = wait(api::createLabel(client(), {QStringLiteral("VIP"), QStringLiteral("#000000")}));
        OSM_VERIFY_BUSINESS_ERROR(created, "OSM.01010040");
        QCOMPARE(tenantLabelCount(), 8);
        const sim::Label *billing = labelNamed(QStringLiteral("billing"));
        const auto renamed = wait(api::updateLabel(client(), billing->id, {QStringLiteral("VIP"), QStringLiteral("#000000")}));
        OSM_VERIFY_BUSINESS_ERROR(renamed, "OSM.01010040");
        QCOMPARE(labelNamed(QStringLiteral("billing"))->color, QStringLiteral("#43A047"));
    }

    void labelNotFound()
    {
        const QString caseId = caseWithLabels(0)->incidentId;
        OSM_VERIFY_BUSINESS_ERROR(wait(api::deleteLabel(client(), 999999)), "OSM.01010039");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::updateLabel(client(), 999999, {QStringLiteral("x"), QStringLiteral("#000000")})),
                                  "OSM.01010039");
        const int known = tenantLabelIds().first();
        OSM_VERIFY_BUSINESS_ERROR(wait(api::addCaseLabels(client(), {caseId, {known, 999999}})), "OSM.01010039");
        QVERIFY(data().findCase(osmtest::demoDomain(), caseId)->labelIds.isEmpty()); // all or nothing
        OSM_VERIFY_BUSINESS_ERROR(wait(api::deleteCaseLabels(client(), {caseId, {999999}})), "OSM.01010039");
        // A deleted label is gone for good.
        QVERIFY(wait(api::deleteLabel(client(), known)).ok());
        OSM_VERIFY_BUSINESS_ERROR(wait(api::deleteLabel(client(), known)), "OSM.01010039");
    }

    void fiveLabelsPerCase()
    {
        const sim::CaseRecord *full = caseWithLabels(5);
        QVERIFY(full);
        const QString fullId = full->incidentId;
        int other = -1;
        for (int id : tenantLabelIds()) {
            if (!full->labelIds.contains(id))
                other = id;
        }
        OSM_VERIFY_BUSINESS_ERROR(wait(api::addCaseLabels(client(), {fullId, {other}})), "OSM.01010042");
        QCOMPARE(data().findCase(osmtest::demoDomain(), fullId)->labelIds.size(), 5);
        // Re-attaching labels it already has is no sixth label.
        QVERIFY(wait(api::addCaseLabels(client(), {fullId, {full->labelIds.first()}})).ok());

        // 3 + 3 new > 5, refused as a whole.
        sim::CaseRecord *three = caseWithLabels(0);
        const QString threeId = three->incidentId;
        const QList<int> ids = tenantLabelIds();
        QVERIFY(wait(api::addCaseLabels(client(), {threeId, ids.mid(0, 3)})).ok());
        OSM_VERIFY_BUSINESS_ERROR(wait(api::addCaseLabels(client(), {threeId, ids.mid(3, 3)})), "OSM.01010042");
        QCOMPARE(data().findCase(osmtest::demoDomain(), threeId)->labelIds, ids.mid(0, 3));
        QVERIFY(wait(api::addCaseLabels(client(), {threeId, ids.mid(3, 2)})).ok());
        QCOMPARE(data().findCase(osmtest::demoDomain(), threeId)->labelIds.size(), 5);
    }

    void caseNotFound()
    {
        const QString missing = QStringLiteral("TT-NO-SUCH-CASE");
        const int known = tenantLabelIds().first();
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listCaseLabels(client(), missing)), "OSM.01010015");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::addCaseLabels(client(), {missing, {known}})), "OSM.01010015");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::deleteCaseLabels(client(), {missing, {known}})), "OSM.01010015");
    }

    void malformedRequestsAreBadRequests()
    {
        const QString labels = QStringLiteral("/v2/servicerequest/labels");
        const QString caseLabels = QStringLiteral("/v2/servicerequest/cases/%1/labels").arg(caseWithLabels(0)->incidentId);
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", labels, {}, "{\"color\":\"#000000\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", labels, {}, "{\"name\":\"\",\"color\":\"#000000\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", labels, {}, "{\"name\":\"x\",\"color\":\"#00000000\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", labels, {}, "{\"name\":\"x\",\"color\":1}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", labels, {}, "name=x"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", labels));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", labels, {{QStringLiteral("limit"), QStringLiteral("101")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", labels, {{QStringLiteral("label_id"), QStringLiteral("x")}}));
        // The reference's own example path: "label-123" for an Integer label_id.
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", labels + QStringLiteral("/label-123"), {},
                                                "{\"name\":\"test\",\"color\":\"1\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "DELETE", labels + QStringLiteral("/label-123")));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", caseLabels));
        QueryItems six;
        for (int i = 1; i <= 6; ++i)
            six.append({QStringLiteral("label_ids"), QString::number(1000 + i)});
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", caseLabels, six));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "DELETE", caseLabels, {{QStringLiteral("label_ids"), QStringLiteral("abc")}}));
        // The 5.9.4 example's colour "1" is within the table's 1-7 characters: the simulator takes it.
        const int id = tenantLabelIds().first();
        QVERIFY(osmtest::rawCall(client(), "PUT", labels + QStringLiteral("/%1").arg(id), {},
                                 "{\"name\":\"test\",\"color\":\"1\"}").ok);
        // A comma-separated single value is read like repeated keys.
        QVERIFY(osmtest::rawCall(client(), "POST", caseLabels,
                                 {{QStringLiteral("label_ids"), QStringLiteral("%1,%2").arg(id).arg(id + 1)}}).ok);
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
