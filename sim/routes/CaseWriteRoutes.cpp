#include "CaseWriteRoutes.h"

#include "Server.h"
#include "data/AccessoryStore.h"
#include "data/AgreementBook.h"
#include "data/CaseExtendsBook.h"
#include "data/CaseJournal.h"
#include "data/Catalog.h"
#include "data/CustomerBook.h"
#include "data/QuotaBook.h"
#include "data/RichText.h"
#include "data/UrgeRules.h"
#include "http/Params.h"
#include "http/Router.h"
#include "routes/GroupAccess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace osm::sim {

namespace {

// 5.3.5 source_id: "currently fixed" to this value; the Catalog's sources are accepted as well.
const QString kFixedSourceId = QStringLiteral("83aeb0f2834c4df49826c781d32a963e");
constexpr int kCcEmailMaxCount = 10; // 5.8.10 show_case_limits create_case_ccemail_max_count (ConfigRoutes)

Response businessError(const char *code, const char *message)
{
    return Response::osmError(200, QString::fromLatin1(code), QString::fromLatin1(message));
}

Response paramValidationFailed() { return businessError("OSM.01010001", "Param validation failed."); }
Response statusIllegal() { return businessError("OSM.01010034", "The status is illegal for this operation."); }

bool isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$"));
    return email.match(text).hasMatch();
}

// A string field that must be 1 or more characters when present (the "min length 1" of 5.3.1 and 5.3.3).
QString nonEmptyString(Params &p, const QJsonObject &body, const QString &key, int maxLength)
{
    const QString value = p.bodyString(body, key, maxLength);
    if (body.contains(key) && !body.value(key).isNull() && value.isEmpty())
        p.fail(QStringLiteral("Field %1 must be 1 to %2 characters long").arg(key).arg(maxLength));
    return value;
}

// A String field that the reference's own example sends as a number (create_case "area_code": 86).
QString stringOrNumber(Params &p, const QJsonObject &body, const QString &key, int maxLength)
{
    const QJsonValue value = body.value(key);
    if (value.isDouble()) {
        const QString text = QString::number(value.toInteger());
        if (text.size() > maxLength)
            p.fail(QStringLiteral("Field %1 is longer than %2 characters").arg(key).arg(maxLength));
        return text;
    }
    return p.bodyString(body, key, maxLength);
}

// A Map<String,Object> field: an object of at most 100 entries whose keys are 0/1 to 32 characters. The
// reference's examples send [] for an empty map, which is accepted as {}.
QJsonObject mapField(Params &p, const QJsonObject &body, const QString &key, bool required, int minEntries,
                     int minKeyLength)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            p.fail(QStringLiteral("Field %1 is required").arg(key));
        return {};
    }
    if (value.isArray() && value.toArray().isEmpty()) {
        if (minEntries > 0)
            p.fail(QStringLiteral("Field %1 needs at least %2 entries").arg(key).arg(minEntries));
        return {};
    }
    if (!value.isObject()) {
        p.fail(QStringLiteral("Field %1 must be an object").arg(key));
        return {};
    }
    const QJsonObject map = value.toObject();
    if (map.size() < minEntries || map.size() > 100)
        p.fail(QStringLiteral("Field %1 takes %2 to 100 entries").arg(key).arg(minEntries));
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.key().size() < minKeyLength || it.key().size() > 32)
            p.fail(QStringLiteral("The keys of field %1 must be %2 to 32 characters long").arg(key).arg(minKeyLength));
    }
    return map;
}

// An array of strings (accessory_ids, session_ids).
QStringList stringArray(Params &p, const QJsonObject &body, const QString &key, int maxItems, int maxItemLength)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        p.fail(QStringLiteral("Field %1 must be an array").arg(key));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > maxItemLength)
            p.fail(QStringLiteral("Each %1 item must be a string of 1 to %2 characters").arg(key).arg(maxItemLength));
        else
            out.append(item.toString());
    }
    if (out.size() > maxItems)
        p.fail(QStringLiteral("Field %1 takes at most %2 items").arg(key).arg(maxItems));
    return out;
}

// incident_satisfaction_list: IncidentSatisfactionV2Do objects with satisfaction_id 0..9999 and an integer
// satisfaction_value (the v2 table gives no range; v1 6.8 says 1-5, checked by the routes).
QList<CaseRecord::Satisfaction> satisfactionList(Params &p, const QJsonObject &body, bool required)
{
    const QString key = QStringLiteral("incident_satisfaction_list");
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            p.fail(QStringLiteral("Field %1 is required").arg(key));
        return {};
    }
    if (!value.isArray() || value.toArray().size() > 100) {
        p.fail(QStringLiteral("Field %1 must be an array of at most 100 items").arg(key));
        return {};
    }
    QList<CaseRecord::Satisfaction> out;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        const QJsonValue id = o.value(QStringLiteral("satisfaction_id"));
        const QJsonValue score = o.value(QStringLiteral("satisfaction_value"));
        if (!item.isObject() || !id.isDouble() || !score.isDouble() || id.toDouble() != double(id.toInteger())
            || score.toDouble() != double(score.toInteger()) || id.toInteger() < 0 || id.toInteger() > 9999) {
            p.fail(QStringLiteral("Each %1 item needs an integer satisfaction_id (0-9999) and satisfaction_value").arg(key));
            return {};
        }
        out.append({int(id.toInteger()), int(score.toInteger())});
    }
    return out;
}

bool scoresInRange(const QList<CaseRecord::Satisfaction> &list)
{
    for (const CaseRecord::Satisfaction &s : list) {
        if (s.value < 1 || s.value > 5)
            return false;
    }
    return true;
}

// The CC e-mails of extension_map.remindCCEmail: one string separated by commas or semicolons, or an array.
QStringList ccEmailsOf(const QJsonObject &extensionMap)
{
    const QJsonValue value = extensionMap.value(QStringLiteral("remindCCEmail"));
    QStringList emails;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            emails.append(item.toString().trimmed());
    } else {
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        emails = value.toString().split(separators, Qt::SkipEmptyParts);
        for (QString &email : emails)
            email = email.trimmed();
    }
    emails.removeAll(QString());
    return emails;
}

bool ccEmailsValid(const QStringList &emails)
{
    if (emails.size() > kCcEmailMaxCount)
        return false;
    for (const QString &email : emails) {
        if (!isEmail(email) || email.size() > 128)
            return false;
    }
    return true;
}

Response invalidCcEmail() { return businessError("OSM.01010008", "Carbon copy email not valid."); }

// Who the journal names: the IAM user of a token, the account for AK/SK.
CaseJournal::Entry journalEntry(const Request &r, const QString &caseId, int type, qint64 timeMs,
                                const QString &desc = {})
{
    CaseJournal::Entry e;
    e.caseId = caseId;
    e.operateType = type;
    const bool user = !r.identity.userId.isEmpty();
    e.operatorType = user ? CaseJournal::SubUser : CaseJournal::Account;
    e.operatorId = user ? r.identity.userId : r.identity.domainId;
    e.operatorName = user ? r.identity.userName : r.identity.domainName;
    e.operateDesc = desc;
    e.timeMs = timeMs;
    return e;
}

void rememberCcEmails(Server &server, const Request &r, const QJsonObject &extensionMap, const QStringList &emails)
{
    if (emails.isEmpty())
        return;
    const QString user = r.identity.userId.isEmpty() ? r.identity.domainId : r.identity.userId;
    CustomerBook::of(server).recordCcEmails(r.identity.domainId, user,
                                            extensionMap.value(QStringLiteral("remindCCEmail")).isString()
                                                ? extensionMap.value(QStringLiteral("remindCCEmail")).toString()
                                                : emails.join(QLatin1Char(',')),
                                            emails);
}

// A case of the caller, with the group rule applied; answers the error otherwise.
CaseRecord *ownCase(Server &server, const Request &r, const QString &caseId, const QString &groupId,
                    Response *failure)
{
    CaseRecord *c = server.dataSet().findCase(r.identity.domainId, caseId);
    if (!c) {
        *failure = Response::caseNotFound();
        return nullptr;
    }
    if (!GroupAccess::allows(r.identity, *c, groupId)) {
        *failure = GroupAccess::denied();
        return nullptr;
    }
    return c;
}

bool isOpen(int status)
{
    return status == 0 || status == 1 || status == 2 || status == 5 || status == 17;
}

// ---- 5.3.1 update_case_contact_info ----

Response updateContactInfo(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QJsonObject body = p.bodyObject(false);
    const QString areaCode = nonEmptyString(p, body, QStringLiteral("area_code"), 32);
    const QString mobile = nonEmptyString(p, body, QStringLiteral("remind_mobile"), 32);
    const QString mail = nonEmptyString(p, body, QStringLiteral("remind_mail"), 128);
    const QString time = nonEmptyString(p, body, QStringLiteral("remind_time"), 16);
    const QString groupId = nonEmptyString(p, body, QStringLiteral("group_id"), 64);
    const QJsonObject extension = mapField(p, body, QStringLiteral("extension_map"), false, 0, 1);
    if (!p.ok())
        return p.error();
    if (!mail.isEmpty() && !isEmail(mail))
        return paramValidationFailed();
    const QStringList ccEmails = ccEmailsOf(extension);
    if (!ccEmailsValid(ccEmails))
        return invalidCcEmail();
    Response failure;
    CaseRecord *c = ownCase(server, r, caseId, groupId, &failure);
    if (!c)
        return failure;
    if (!isOpen(c->status))
        return statusIllegal();
    if (!areaCode.isEmpty())
        c->areaCode = areaCode;
    if (!mobile.isEmpty())
        c->remindMobile = mobile;
    if (!mail.isEmpty())
        c->remindMail = mail;
    if (!time.isEmpty())
        c->remindTime = time;
    if (extension.contains(QStringLiteral("contactType")))
        c->contactType = extension.value(QStringLiteral("contactType")).toVariant().toString();
    if (extension.contains(QStringLiteral("remindCCEmail")))
        c->ccEmail = ccEmails.join(QLatin1Char(','));
    rememberCcEmails(server, r, extension, ccEmails);
    CaseJournal::of(server).record(
        journalEntry(r, caseId, CaseJournal::ContactModified, UrgeRules::of(server).nowMs()));
    Q_EMIT server.dataSet().changed();
    return Response::empty(); // the example is "none", the table error_code/error_msg
}

// ---- 5.3.2 / 5.3.3 extension parameters ----

// The case endpoints of 5.3.2/5.3.3 allow 64 characters for case_id.
QString longCaseId(Params &p, const Request &r)
{
    const QString id = r.pathParam(QStringLiteral("case_id"));
    if (id.isEmpty() || id.size() > 64)
        p.fail(QStringLiteral("case_id must be 1 to 64 characters long"));
    return id;
}

Response listCaseExtendsParams(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = longCaseId(p, r);
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    if (r.hasQuery(QStringLiteral("group_id")) && groupId.isEmpty())
        p.fail(QStringLiteral("Parameter group_id must be 1 to 64 characters long"));
    if (!p.ok())
        return p.error();
    Response failure;
    const CaseRecord *c = ownCase(server, r, caseId, groupId, &failure);
    if (!c)
        return failure;
    QJsonArray list;
    for (const auto &[key, value] : CaseExtendsBook::of(server).valuesOf(caseId)) {
        const bool number = value.isDouble();
        list.append(QJsonObject{
            {QStringLiteral("param_key"), key},
            // "属性值" (property value): the value as submitted, as text.
            {QStringLiteral("rela_object_properties_value"), number ? QString::number(value.toDouble()) : value.toVariant().toString()},
            {QStringLiteral("param_name"), key},
            {QStringLiteral("param_desc"), QString()},
            {QStringLiteral("param_type"), number ? 1 : 3}, // 1 integer, 3 single-line text (5.8.3)
            {QStringLiteral("select_item"), QString()},
        });
    }
    // The example shows only ext_params (the table also error_code/error_msg): the example wins.
    return Response::json(QJsonObject{{QStringLiteral("ext_params"), list}});
}

Response createCaseExtendsParams(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = longCaseId(p, r);
    const QJsonObject body = p.bodyObject(true);
    const QString groupId = nonEmptyString(p, body, QStringLiteral("group_id"), 64);
    const QString messageId = nonEmptyString(p, body, QStringLiteral("message_id"), 64);
    const QJsonObject map = mapField(p, body, QStringLiteral("extends_map"), true, 1, 1);
    if (!p.ok())
        return p.error();
    Response failure;
    const CaseRecord *c = ownCase(server, r, caseId, groupId, &failure);
    if (!c)
        return failure;
    if (!isOpen(c->status))
        return statusIllegal();
    if (!messageId.isEmpty()) {
        const MessageRecord *m = server.dataSet().findMessage(messageId);
        if (!m || m->caseId != caseId)
            return paramValidationFailed(); // the message answered must be one of this case
    }
    for (auto it = map.begin(); it != map.end(); ++it)
        CaseExtendsBook::of(server).set(caseId, it.key(), it.value());
    return Response::empty();
}

// ---- 5.3.4 list_customer_regions ----

// The regions the account's cases refer to, in the Catalog's order.
Response listCustomerRegions(Server &server, Request &r)
{
    const Catalog &catalog = Catalog::instance();
    QJsonArray list;
    for (const Catalog::Entry &region : catalog.regions) {
        const auto &cases = server.dataSet().cases();
        const bool used = std::any_of(cases.cbegin(), cases.cend(), [&](const CaseRecord &c) {
            return c.customerId == r.identity.domainId && c.regionId == region.id;
        });
        if (used)
            list.append(QJsonObject{{QStringLiteral("region_id"), region.id},
                                    {QStringLiteral("region_name"), region.name(r.wantsEnglish())}});
    }
    return Response::json(QJsonObject{{QStringLiteral("count"), int(list.size())}, {QStringLiteral("region_infos"), list}});
}

// ---- 5.3.5 create_case ----

// Shaped like the seeded ids (TS + date + digit + 8 letters + 4 digits), unique in the data set.
QString newCaseId(DataSet &data, qint64 nowMs)
{
    const QString date = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd"));
    for (;;) {
        const QString hex = data.newId();
        QString id = QStringLiteral("TS") + date + QChar(u'0' + QStringView(hex).left(1).toInt(nullptr, 16) % 10);
        for (int i = 1; i <= 8; ++i)
            id += QChar(u'A' + QStringView(hex).mid(i, 2).toInt(nullptr, 16) % 26);
        id += QString::number(QStringView(hex).mid(20, 4).toInt(nullptr, 16) % 10000).rightJustified(4, QLatin1Char('0'));
        if (!data.findCase(id))
            return id;
    }
}

Response createCase(Server &server, Request &r)
{
    Params p(r);
    const QJsonObject body = p.bodyObject(true);
    const QString subTypeId = p.bodyString(body, QStringLiteral("incident_sub_type_id"), 32);
    QString productCategoryId = p.bodyString(body, QStringLiteral("product_category_id"), 64);
    const QString businessTypeId = p.bodyString(body, QStringLiteral("business_type_id"), 512, true);
    const QString regionId = p.bodyString(body, QStringLiteral("region_id"), 64);
    const QString description = p.bodyString(body, QStringLiteral("simple_description"), 2000, true);
    const QString sourceId = p.bodyString(body, QStringLiteral("source_id"), 32, true);
    const QString mobile = p.bodyString(body, QStringLiteral("remind_mobile"), 32);
    const QString mail = p.bodyString(body, QStringLiteral("remind_mail"), 128);
    const QString remindTime = p.bodyString(body, QStringLiteral("remind_time"), 16);
    p.bodyString(body, QStringLiteral("project_id"), 64);
    const QStringList accessoryIds = stringArray(p, body, QStringLiteral("accessory_ids"), 100, 64);
    const QJsonObject extendsMap = mapField(p, body, QStringLiteral("extends_map"), false, 0, 0);
    const QJsonObject extension = mapField(p, body, QStringLiteral("extension_map"), false, 0, 0);
    const QString severityId = p.bodyString(body, QStringLiteral("severity_id"), 64);
    p.bodyString(body, QStringLiteral("verify_code"), 6);
    const QString areaCode = stringOrNumber(p, body, QStringLiteral("area_code"), 32);
    const QString serviceType = p.bodyString(body, QStringLiteral("incident_service_type"), 32);
    stringArray(p, body, QStringLiteral("session_ids"), 5, 64);
    const QJsonValue agreement = body.value(QStringLiteral("agreement_signed_record_id"));
    if (!agreement.isUndefined() && !agreement.isNull() && !agreement.isDouble())
        p.fail(QStringLiteral("Field agreement_signed_record_id must be an integer"));
    p.bodyString(body, QStringLiteral("ask_for_case_words"), 10000);
    const QString agentCode = p.bodyString(body, QStringLiteral("agent_code"), 1);
    if (p.ok() && (description.isEmpty() || businessTypeId.isEmpty() || sourceId.isEmpty()))
        p.fail(QStringLiteral("Fields business_type_id, simple_description and source_id must not be empty"));
    if (!serviceType.isEmpty() && serviceType != QLatin1String("IncidentService")
        && serviceType != QLatin1String("IntelligentCustomerService"))
        p.fail(QStringLiteral("Field incident_service_type must be IncidentService or IntelligentCustomerService"));
    if (!agentCode.isEmpty() && !QStringLiteral("012").contains(agentCode))
        p.fail(QStringLiteral("Field agent_code must be 0, 1 or 2"));
    if (!p.ok())
        return p.error();

    // The service's own checks (appendix 7.1), in the order of the form.
    const Catalog &catalog = Catalog::instance();
    if (sourceId != kFixedSourceId && !Catalog::find(catalog.sources, sourceId))
        return businessError("OSM.01010027", "The sourceId does not exist.");
    const Catalog::Entry *type = Catalog::find(catalog.businessTypes, businessTypeId);
    if (!type)
        return businessError("OSM.01010028", "The businessTypeId does not exist.");
    if (productCategoryId.isEmpty())
        productCategoryId = type->parentId;
    const Catalog::Entry *category = Catalog::find(catalog.productCategories, productCategoryId);
    if (productCategoryId != type->parentId || !category || (!subTypeId.isEmpty() && subTypeId != category->parentId))
        return paramValidationFailed(); // the problem type is not one of that category / sub-type
    if (type->caseTypeId == 5 && regionId.isEmpty())
        return paramValidationFailed(); // a fault report needs its region
    if (!regionId.isEmpty() && !Catalog::find(catalog.regions, regionId))
        return businessError("OSM.01010033", "The regionId does not exist.");
    // Severities as 5.8.9 lists them for the problem type (consultations are never critical).
    if (!severityId.isEmpty()
        && (!Catalog::find(catalog.severities, severityId) || (type->caseTypeId != 5 && severityId == QLatin1String("3"))))
        return businessError("OSM.01010006", "Severity Id does not exist.");
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 -]{3,31}$"));
    if ((!mail.isEmpty() && !isEmail(mail)) || (!mobile.isEmpty() && !phone.match(mobile).hasMatch()))
        return paramValidationFailed();
    const QStringList ccEmails = ccEmailsOf(extension);
    if (!ccEmailsValid(ccEmails))
        return invalidCcEmail();
    // agreement_signed_record_id must be one of the account's signings (5.1.3).
    if (agreement.isDouble() && !AgreementBook::of(server).findRecord(r.identity.domainId, agreement.toInteger()))
        return paramValidationFailed();
    if (!QuotaBook::of(server).consume(r.identity.domainId, productCategoryId, businessTypeId))
        return businessError("OSM.01010037", "Exceeded the number of times the case limit was created.");

    DataSet &data = server.dataSet();
    const qint64 now = UrgeRules::of(server).nowMs();
    const bool user = !r.identity.userId.isEmpty();
    CaseRecord c;
    c.incidentId = newCaseId(data, now);
    c.customerId = r.identity.domainId;
    c.xcustomerId = user ? r.identity.userId : r.identity.domainId;
    c.xcustomerName = user ? r.identity.userName : r.identity.domainName;
    c.status = 0; // 待受理: chapter 4 "Status 0表示待受理"
    c.simpleDescription = description;
    c.caseTypeId = type->caseTypeId;
    c.subTypeId = category->parentId;
    c.productCategoryId = productCategoryId;
    c.businessTypeId = businessTypeId;
    c.problemTypeId = QString::number(type - catalog.businessTypes.constData() + 1); // as the seed numbers them
    c.regionId = regionId;
    c.severityId = severityId;
    c.sourceId = sourceId;
    c.serviceType = c.subTypeId == QLatin1String("3") ? QStringLiteral("BILLING") : QStringLiteral("TECH");
    c.createTimeMs = now;
    c.areaCode = areaCode;
    c.remindMobile = mobile;
    c.remindMail = mail;
    c.remindTime = remindTime;
    c.contactType = extension.value(QStringLiteral("contactType")).toVariant().toString();
    c.ccEmail = ccEmails.join(QLatin1Char(','));
    data.addCase(c);
    // The description is the case's first message and carries the attachments (as in the seeded data).
    data.addCustomerMessage(c.incidentId, RichText::wrap(description),
                            AccessoryStore::of(server).attachments(data, c.customerId, accessoryIds), c.xcustomerId,
                            c.xcustomerName,
                            user ? 1 : 0);
    for (auto it = extendsMap.begin(); it != extendsMap.end(); ++it)
        CaseExtendsBook::of(server).set(c.incidentId, it.key(), it.value());
    rememberCcEmails(server, r, extension, ccEmails);
    CaseJournal::of(server).record(journalEntry(r, c.incidentId, CaseJournal::Create, now));
    return Response::json(QJsonObject{{QStringLiteral("incident_id"), c.incidentId}});
}

// ---- 5.3.6 create_case_score ----

Response alreadyRated() { return businessError("OSM.01010019", "The operation is illegal."); }

void storeRating(CaseRecord &c, const QList<CaseRecord::Satisfaction> &list, const QString &judgement)
{
    c.satisfaction = list;
    c.judgement = judgement;
}

bool isRated(const CaseRecord &c)
{
    return !c.satisfaction.isEmpty() || !c.judgement.isEmpty();
}

Response createCaseScore(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QJsonObject body = p.bodyObject(true);
    const QString judgement = p.bodyString(body, QStringLiteral("judgement"), 400, true);
    const QList<CaseRecord::Satisfaction> list = satisfactionList(p, body, true);
    const QString groupId = p.bodyString(body, QStringLiteral("group_id"), 64);
    if (!p.ok())
        return p.error();
    if (!scoresInRange(list))
        return paramValidationFailed();
    Response failure;
    CaseRecord *c = ownCase(server, r, caseId, groupId, &failure);
    if (!c)
        return failure;
    if (c->status != 3)
        return statusIllegal(); // only a completed case is rated
    if (isRated(*c))
        return alreadyRated(); // once
    storeRating(*c, list, judgement);
    CaseJournal::of(server).record(journalEntry(r, caseId, CaseJournal::Evaluate, UrgeRules::of(server).nowMs(), judgement));
    Q_EMIT server.dataSet().changed();
    return Response::empty();
}

// ---- 5.3.8 run_case_action ----

Response runCaseAction(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QString action = p.string(QStringLiteral("action_id"), 32, true);
    const QJsonObject body = p.bodyObject(false);
    const QString judgement = p.bodyString(body, QStringLiteral("judgement"), 400);
    const QString desc = p.bodyString(body, QStringLiteral("operate_desc"), 400);
    const QString groupId = p.bodyString(body, QStringLiteral("group_id"), 64);
    const QList<CaseRecord::Satisfaction> list = satisfactionList(p, body, false);
    if (!p.ok())
        return p.error();
    static const QStringList actions = {QStringLiteral("cancel"), QStringLiteral("close"), QStringLiteral("press"),
                                        QStringLiteral("delete")};
    if (!actions.contains(action))
        return businessError("OSM.01010013", "The operation must be canceled or closed or pressed or deleted.");
    if (!scoresInRange(list))
        return paramValidationFailed();
    Response failure;
    CaseRecord *c = ownCase(server, r, caseId, groupId, &failure);
    if (!c)
        return failure;

    // The reference gives no transition table; the simulator's (sim/README.md):
    //   cancel 0,1,5,17 → 4   close 1,2,5,17 → 3   press 0,1,5,17 (unchanged)   delete 3,4,12 → 13
    const UrgeRules &rules = UrgeRules::of(server);
    CaseJournal &journal = CaseJournal::of(server);
    const qint64 now = rules.nowMs();
    const int s = c->status;
    if (action == QLatin1String("cancel")) {
        if (s != 0 && s != 1 && s != 5 && s != 17)
            return statusIllegal();
        c->status = 4;
        journal.record(journalEntry(r, caseId, CaseJournal::Cancel, now, desc));
    } else if (action == QLatin1String("close")) {
        if (s != 1 && s != 2 && s != 5 && s != 17)
            return statusIllegal();
        c->status = 3;
        c->confirmedTimeMs = now;
        journal.record(journalEntry(r, caseId, CaseJournal::Close, now, desc));
        if (!list.isEmpty() || !judgement.isEmpty()) { // a rating sent with the close
            if (!isRated(*c)) {
                storeRating(*c, list, judgement);
                journal.record(journalEntry(r, caseId, CaseJournal::Evaluate, now, judgement));
            }
        }
    } else if (action == QLatin1String("press")) {
        if (s != 0 && s != 1 && s != 5 && s != 17)
            return statusIllegal();
        if (now - c->createTimeMs < rules.minCaseAgeMs())
            return businessError("OSM.01010022", "The case has just been created. Please press the case later.");
        const qint64 last = journal.lastTimeMs(caseId, CaseJournal::Press);
        if (last > 0 && now - last < rules.minIntervalMs())
            return businessError("OSM.01010004", "You have asked for the order. Please ask for it later.");
        journal.record(journalEntry(r, caseId, CaseJournal::Press, now, desc));
    } else { // delete
        if (s != 3 && s != 4 && s != 12)
            return statusIllegal();
        c->status = 13;
        journal.record(journalEntry(r, caseId, CaseJournal::Delete, now, desc));
    }
    Q_EMIT server.dataSet().changed();
    return Response::empty();
}

} // namespace

void CaseWriteRoutes::registerRoutes(Router &router, Server &server)
{
    const auto add = [&](const char *method, const char *path, Response (*handler)(Server &, Request &)) {
        router.add(method, QString::fromLatin1(path), Router::Auth::Osm,
                   [&server, handler](Request &r) { return handler(server, r); });
    };
    add("PUT", "/v2/servicerequest/cases/{case_id}/contact-info", updateContactInfo);
    // The request example writes /contactInfo: answered too.
    add("PUT", "/v2/servicerequest/cases/{case_id}/contactInfo", updateContactInfo);
    add("GET", "/v2/servicerequest/cases/{case_id}/extends-param", listCaseExtendsParams);
    add("POST", "/v2/servicerequest/cases/{case_id}/extends-param", createCaseExtendsParams);
    add("GET", "/v2/servicerequest/customers/regions", listCustomerRegions);
    add("POST", "/v2/servicerequest/cases", createCase);
    add("POST", "/v2/servicerequest/cases/{case_id}/score", createCaseScore);
    add("POST", "/v2/servicerequest/cases/{case_id}/action", runCaseAction);
}

} // namespace osm::sim
