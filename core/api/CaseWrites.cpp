#include "CaseWrites.h"

#include "Operation.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace osm::api {

namespace {
const Operation kUpdateContactInfo{"update_case_contact_info", "PUT", "/v2/servicerequest/cases/{case_id}/contact-info"};
const Operation kListCaseExtendsParams{"list_case_extends_params", "GET",
                                       "/v2/servicerequest/cases/{case_id}/extends-param"};
const Operation kCreateCaseExtendsParams{"create_case_extends_params", "POST",
                                         "/v2/servicerequest/cases/{case_id}/extends-param"};
const Operation kListCustomerRegions{"list_customer_regions", "GET", "/v2/servicerequest/customers/regions"};
const Operation kCreateCase{"create_case", "POST", "/v2/servicerequest/cases"};
const Operation kCreateCaseScore{"create_case_score", "POST", "/v2/servicerequest/cases/{case_id}/score"};
const Operation kRunCaseAction{"run_case_action", "POST", "/v2/servicerequest/cases/{case_id}/action"};

// The map parameters (extends_map, extension_map): entry count and key length as the tables give them.
void checkMap(Validator &v, const char *field, const QJsonObject &map, int minEntries, int minKeyLength)
{
    v.minItems(field, map.size(), minEntries).maxItems(field, map.size(), 100);
    const QStringList keys = map.keys();
    v.eachMaxLength(field, keys, 32);
    if (minKeyLength > 0) {
        for (const QString &key : keys)
            v.required(field, key);
    }
}

void checkSatisfactions(Validator &v, const QList<Satisfaction> &satisfactions)
{
    v.maxItems("incident_satisfaction_list", satisfactions.size(), 100);
    for (const Satisfaction &s : satisfactions)
        v.range("satisfaction_id", s.satisfactionId, 0, 9999);
}

// IncidentSatisfactionV2Do as a request writes it: the two required fields, the others when given.
QJsonArray satisfactionArray(const QList<Satisfaction> &satisfactions)
{
    QJsonArray list;
    for (const Satisfaction &s : satisfactions) {
        QJsonObject item{{QStringLiteral("satisfaction_id"), s.satisfactionId},
                         {QStringLiteral("satisfaction_value"), s.satisfactionValue}};
        const auto optional = [&item](const char *key, const QString &value) {
            if (!value.isEmpty())
                item.insert(QLatin1String(key), value);
        };
        optional("satisfaction_name", s.satisfactionName);
        optional("sat_category_id", s.satCategoryId);
        optional("sat_category_name", s.satCategoryName);
        optional("parent_category_id", s.parentCategoryId);
        optional("instance_name", s.instanceName);
        list.append(item);
    }
    return list;
}

void insertIfGiven(QJsonObject &body, const char *key, const QString &value)
{
    if (!value.isEmpty())
        body.insert(QLatin1String(key), value);
}

void insertIfGiven(QJsonObject &body, const char *key, const QJsonObject &map)
{
    if (!map.isEmpty())
        body.insert(QLatin1String(key), map);
}

void insertIfGiven(QJsonObject &body, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        body.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}
} // namespace

// ---- 5.3.1 ----

Error UpdateContactInfoParams::validate() const
{
    static const QRegularExpression documentedKey(
        QStringLiteral("^(?:contactType|remindCCEmail|remindEncryptCCEmail|isReceiveMsgRemind)$"));
    Validator v;
    v.caseId(caseId)
        .maxLength("area_code", areaCode, 32)
        .maxLength("remind_mobile", remindMobile, 32)
        .maxLength("remind_mail", remindMail, 128)
        .maxLength("remind_time", remindTime, 16)
        .maxLength("group_id", groupId, 64);
    const QStringList keys = extensionMap.keys();
    for (const QString &key : keys) {
        v.pattern("extension_map", key, documentedKey,
                  QCoreApplication::translate(
                      "osm::api::CaseWrites",
                      "its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind."));
    }
    return v.error();
}

QJsonObject UpdateContactInfoParams::body() const
{
    QJsonObject body;
    insertIfGiven(body, "area_code", areaCode);
    insertIfGiven(body, "remind_mobile", remindMobile);
    insertIfGiven(body, "remind_mail", remindMail);
    insertIfGiven(body, "remind_time", remindTime);
    insertIfGiven(body, "group_id", groupId);
    insertIfGiven(body, "extension_map", extensionMap);
    return body;
}

QFuture<Result<Acknowledgement>> updateCaseContactInfo(ApiClient &client, const UpdateContactInfoParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kUpdateContactInfo, {params.caseId}, {}, params.validate(), &body);
}

// ---- 5.3.2 / 5.3.3 ----

QFuture<Result<CaseExtendsParamList>> listCaseExtendsParams(ApiClient &client, const QString &caseId,
                                                            const QString &groupId)
{
    const Error invalid = Validator()
                              .required("case_id", caseId)
                              .maxLength("case_id", caseId, 64)
                              .maxLength("group_id", groupId, 64)
                              .error();
    const QueryItems query = QueryBuilder().add("group_id", groupId).items();
    return run<CaseExtendsParamList>(client, kListCaseExtendsParams, {caseId}, query, invalid);
}

Error CreateCaseExtendsParamsParams::validate() const
{
    Validator v;
    v.required("case_id", caseId)
        .maxLength("case_id", caseId, 64)
        .maxLength("group_id", groupId, 64)
        .maxLength("message_id", messageId, 64);
    checkMap(v, "extends_map", extendsMap, 1, 1);
    return v.error();
}

QJsonObject CreateCaseExtendsParamsParams::body() const
{
    QJsonObject body{{QStringLiteral("extends_map"), extendsMap}};
    insertIfGiven(body, "group_id", groupId);
    insertIfGiven(body, "message_id", messageId);
    return body;
}

QFuture<Result<Acknowledgement>> createCaseExtendsParams(ApiClient &client, const CreateCaseExtendsParamsParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kCreateCaseExtendsParams, {params.caseId}, {}, params.validate(), &body);
}

// ---- 5.3.4 ----

QFuture<Result<CustomerRegionList>> listCustomerRegions(ApiClient &client)
{
    return run<CustomerRegionList>(client, kListCustomerRegions, {}, {});
}

// ---- 5.3.5 ----

Error CreateCaseParams::validate() const
{
    static const QRegularExpression serviceType(QStringLiteral("^(?:IncidentService|IntelligentCustomerService)$"));
    static const QRegularExpression agent(QStringLiteral("^[012]$"));
    Validator v;
    v.maxLength("incident_sub_type_id", incidentSubTypeId, 32)
        .maxLength("product_category_id", productCategoryId, 64)
        .required("business_type_id", businessTypeId)
        .maxLength("business_type_id", businessTypeId, 512)
        .maxLength("region_id", regionId, 64)
        .required("simple_description", simpleDescription)
        .maxLength("simple_description", simpleDescription, 2000)
        .required("source_id", sourceId)
        .maxLength("source_id", sourceId, 32)
        .maxLength("remind_mobile", remindMobile, 32)
        .maxLength("remind_mail", remindMail, 128)
        .maxLength("remind_time", remindTime, 16)
        .maxLength("project_id", projectId, 64)
        .maxItems("accessory_ids", accessoryIds.size(), 100);
    checkMap(v, "extends_map", extendsMap, 0, 0);
    checkMap(v, "extension_map", extensionMap, 0, 0);
    v.maxLength("severity_id", severityId, 64)
        .maxLength("verify_code", verifyCode, 6)
        .maxLength("x-phone-verifiedid", phoneVerifiedId, 32)
        .maxLength("x-email-verifiedid", emailVerifiedId, 32)
        .maxLength("area_code", areaCode, 32)
        .maxLength("incident_service_type", incidentServiceType, 32)
        .pattern("incident_service_type", incidentServiceType, serviceType,
                 QCoreApplication::translate("osm::api::CaseWrites",
                                             "it must be IncidentService or IntelligentCustomerService."))
        .maxItems("session_ids", sessionIds.size(), 5)
        .eachMaxLength("session_ids", sessionIds, 64)
        .pattern("agent_code", agentCode, agent,
                 QCoreApplication::translate("osm::api::CaseWrites", "it must be 0, 1 or 2."));
    return v.error();
}

QJsonObject CreateCaseParams::body() const
{
    QJsonObject body{
        {QStringLiteral("business_type_id"), businessTypeId},
        {QStringLiteral("simple_description"), simpleDescription},
        {QStringLiteral("source_id"), sourceId},
    };
    insertIfGiven(body, "incident_sub_type_id", incidentSubTypeId);
    insertIfGiven(body, "product_category_id", productCategoryId);
    insertIfGiven(body, "region_id", regionId);
    insertIfGiven(body, "remind_mobile", remindMobile);
    insertIfGiven(body, "remind_mail", remindMail);
    insertIfGiven(body, "remind_time", remindTime);
    insertIfGiven(body, "project_id", projectId);
    insertIfGiven(body, "accessory_ids", accessoryIds);
    insertIfGiven(body, "extends_map", extendsMap);
    insertIfGiven(body, "extension_map", extensionMap);
    insertIfGiven(body, "severity_id", severityId);
    insertIfGiven(body, "verify_code", verifyCode);
    insertIfGiven(body, "area_code", areaCode); // a String, as the table says (the example's 86 is a number)
    insertIfGiven(body, "incident_service_type", incidentServiceType);
    insertIfGiven(body, "session_ids", sessionIds);
    if (agreementSignedRecordId)
        body.insert(QStringLiteral("agreement_signed_record_id"), *agreementSignedRecordId);
    insertIfGiven(body, "ask_for_case_words", askForCaseWords);
    insertIfGiven(body, "agent_code", agentCode);
    return body;
}

QFuture<Result<CaseCreated>> createCase(ApiClient &client, const CreateCaseParams &params)
{
    if (const Error invalid = params.validate())
        return QtFuture::makeReadyFuture(Result<CaseCreated>(invalid));
    const QJsonObject body = params.body();
    ApiRequest request = makeRequest(kCreateCase, {}, {}, &body);
    if (!params.phoneVerifiedId.isEmpty())
        request.headers.append({"x-phone-verifiedid", params.phoneVerifiedId.toUtf8()});
    if (!params.emailVerifiedId.isEmpty())
        request.headers.append({"x-email-verifiedid", params.emailVerifiedId.toUtf8()});
    return client.call<CaseCreated>(request, [](const QJsonValue &json) { return CaseCreated::fromJson(json.toObject()); });
}

// ---- 5.3.6 ----

Error CreateCaseScoreParams::validate() const
{
    Validator v;
    v.caseId(caseId).maxLength("judgement", judgement, 400).maxLength("group_id", groupId, 64);
    checkSatisfactions(v, satisfactions);
    return v.error();
}

QJsonObject CreateCaseScoreParams::body() const
{
    // Both required fields are always sent, even empty (their minimum length is 0).
    QJsonObject body{{QStringLiteral("judgement"), judgement},
                     {QStringLiteral("incident_satisfaction_list"), satisfactionArray(satisfactions)}};
    insertIfGiven(body, "group_id", groupId);
    return body;
}

QFuture<Result<Acknowledgement>> createCaseScore(ApiClient &client, const CreateCaseScoreParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kCreateCaseScore, {params.caseId}, {}, params.validate(), &body);
}

// ---- 5.3.8 ----

QString actionId(CaseAction action)
{
    switch (action) {
    case CaseAction::Cancel:
        return QStringLiteral("cancel");
    case CaseAction::Close:
        return QStringLiteral("close");
    case CaseAction::Press:
        return QStringLiteral("press");
    case CaseAction::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Error RunCaseActionParams::validate() const
{
    Validator v;
    v.caseId(caseId)
        .maxLength("judgement", judgement, 400)
        .maxLength("operate_desc", operateDesc, 400)
        .maxLength("group_id", groupId, 64);
    checkSatisfactions(v, satisfactions);
    return v.error();
}

QueryItems RunCaseActionParams::query() const
{
    return QueryBuilder().add("action_id", actionId(action)).items();
}

QJsonObject RunCaseActionParams::body() const
{
    QJsonObject body;
    insertIfGiven(body, "judgement", judgement);
    insertIfGiven(body, "operate_desc", operateDesc);
    insertIfGiven(body, "group_id", groupId);
    if (!satisfactions.isEmpty())
        body.insert(QStringLiteral("incident_satisfaction_list"), satisfactionArray(satisfactions));
    return body;
}

QFuture<Result<Acknowledgement>> runCaseAction(ApiClient &client, const RunCaseActionParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kRunCaseAction, {params.caseId}, params.query(), params.validate(), &body);
}

} // namespace osm::api
