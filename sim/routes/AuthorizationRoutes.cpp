#include "AuthorizationRoutes.h"

#include "Server.h"
#include "data/AuthorizationBook.h"
#include "data/PrivilegeBook.h"
#include "data/RichText.h"
#include "routes/GroupAccess.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <limits>
#include <optional>

// Host passwords arrive in the bodies of verify-host and confirm: they are compared (verify) or dropped
// (confirm), never stored, and no answer — error messages included — ever quotes a request value.

namespace osm::sim {

namespace {

using Record = AuthorizationBook::Record;
using Detail = AuthorizationBook::Detail;
using Session = AuthorizationBook::Session;

constexpr qint64 kDay = 24 * 3600 * 1000LL;
constexpr qint64 kMaxLong = std::numeric_limits<qint64>::max();

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ---- answers (appendix 7.1: business errors are HTTP 200 + error_code) ----

Response businessError(const char *code, const char *message)
{
    return Response::osmError(200, QString::fromLatin1(code), QString::fromLatin1(message));
}
// The reference has no "authorization not found"; 01010032 ("authorization item id") serves both ids.
Response unknownAuthorization() { return businessError("OSM.01010032", "The authorization detail id does not exist."); }
Response noGroupPermission() { return GroupAccess::denied(); }
Response noPermission() { return businessError("OSM.01010002", "No operation permission."); }
Response notPending()
{
    return businessError("OSM.01010046",
                         "Re-apply, withdraw, reject, or agree only if the authorization is in the pending status.");
}
Response illegalStatus() { return businessError("OSM.01010034", "The status is illegal for this operation."); }
Response invalidPeriod() { return businessError("OSM.01010001", "Param validation failed."); }

// ---- times ----

// "2020-07-07T09:33:43.000Z" (5.6.4 / 5.6.6); "" for a time that is not set.
QString isoTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

// The bastion-host records' times (format not documented): "yyyy-MM-dd HH:mm:ss" in X-Time-Zone.
QString localTime(qint64 ms, const Request &r)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(Params::timeZoneOffset(r))).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString hms(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

// 5.6.5 types the times Long without a unit: epoch milliseconds, or seconds for values up to 1e11.
qint64 epochMs(qint64 value)
{
    return value > 100000000000LL ? value : value * 1000;
}

// ---- input ----

QString authorizationIdOf(Params &p, const Request &r)
{
    const QString id = r.pathParam(QStringLiteral("authorization_id"));
    if (id.isEmpty() || id.size() > 32)
        p.fail(QStringLiteral("authorization_id must be 1 to 32 characters long"));
    return id;
}

// A Long path parameter (authorization_detail_id 0..9223372036854775807, session_id).
qint64 longPathParam(Params &p, const Request &r, const QString &name, qint64 min)
{
    bool ok = false;
    const qint64 value = r.pathParam(name).toLongLong(&ok);
    if (!ok || value < min)
        p.fail(QStringLiteral("%1 must be an integer of at least %2").arg(name).arg(min));
    return value;
}

// An Integer/Long body field; a numeric string is taken too (5.6.1's example sends "port": "22").
std::optional<qint64> bodyInteger(Params &p, const QJsonObject &object, const QString &key, qint64 min, qint64 max,
                                  bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            p.fail(QStringLiteral("Field %1 is required").arg(key));
        return std::nullopt;
    }
    bool ok = false;
    qint64 number = 0;
    if (value.isDouble()) {
        number = value.toInteger(0);
        ok = number == value.toInteger(1); // a whole number within the Long range
    } else if (value.isString()) {
        number = value.toString().trimmed().toLongLong(&ok);
    }
    if (!ok) {
        p.fail(QStringLiteral("Field %1 must be an integer").arg(key));
        return std::nullopt;
    }
    if (number < min || number > max) {
        p.fail(QStringLiteral("Field %1 must be between %2 and %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

// A string body field whose table says "min length 1" when it is given.
QString nonEmptyBodyString(Params &p, const QJsonObject &body, const QString &key, int maxLength, bool required = false)
{
    const QString value = p.bodyString(body, key, maxLength, required);
    if (p.ok() && (required || body.contains(key)) && value.isEmpty())
        p.fail(QStringLiteral("Field %1 must be 1 to %2 characters long").arg(key).arg(maxLength));
    return value;
}

// ---- who may see and change what ----

// The group rule of the case routes (GroupAccess): an IAM user acting on another user's case of a group
// must name that group; the account (AK/SK), the case's owner and cases without a group need nothing.
bool canSee(const Request &r, const CaseRecord *c, const QString &groupId)
{
    return c && GroupAccess::allows(r.identity, *c, groupId);
}

// A delegated login (ASSUMED) may not act on authorizations once the account restricts assumeCaseAll.
bool mayAct(Server &server, const Request &r)
{
    return PrivilegeBook::of(server).hasPrivilege(r.identity, QStringLiteral("assumeCaseAll"),
                                                  AuthorizationBook::of(server).loginType(r.identity.domainId));
}

QString callerName(const Request &r)
{
    return r.identity.userName.isEmpty() ? r.identity.domainName : r.identity.userName;
}

// Finds the caller's authorization `id` (after letting due ones expire); an answer when it cannot.
std::optional<Response> lookUp(Server &server, const Request &r, const QString &id, const QString &groupId, Record **record)
{
    AuthorizationBook &book = AuthorizationBook::of(server);
    book.expireDue(nowMs());
    *record = book.find(r.identity.domainId, id);
    if (!*record)
        return unknownAuthorization();
    if (!canSee(r, server.dataSet().findCase((*record)->caseId), groupId))
        return noGroupPermission();
    return std::nullopt;
}

// ---- rendering ----

struct TypeNames
{
    QString resourceTypeId, resourceTypeName, visitTypeId, visitTypeName, contentTypeName;
};

TypeNames namesOf(const Record &a, bool english)
{
    TypeNames n;
    if (a.kind == AuthorizationBook::Kind::Host) {
        n = {QStringLiteral("1"), english ? QStringLiteral("Host") : QStringLiteral("主机资源"), QStringLiteral("1"),
             english ? QStringLiteral("SSH login") : QStringLiteral("SSH登录"), {}};
    } else {
        // The reference's own example: resource type 2 华为云账号, visit type 4 控制台登录.
        n = {QStringLiteral("2"), english ? QStringLiteral("Huawei Cloud account") : QStringLiteral("华为云账号"),
             QStringLiteral("4"), english ? QStringLiteral("Console login") : QStringLiteral("控制台登录"), {}};
    }
    if (a.contentTypeId == QLatin1String("2"))
        n.contentTypeName = english ? QStringLiteral("Changes") : QStringLiteral("变更操作");
    else
        n.contentTypeName = english ? QStringLiteral("Read-only operations") : QStringLiteral("只读操作");
    return n;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); // reject_reason / agency_name: null (examples)
}

QString letterOf(bool english)
{
    return english ? QStringLiteral("I authorize Huawei Cloud support to access the resources listed for the period "
                                    "given, and I have backed up my data or accept the risk.")
                   : QStringLiteral("本人授权华为云技术支持在授权期限内访问上述资源，并已备份数据或知悉相关风险。");
}

QJsonObject listItem(const Record &a, const CaseRecord *c, const Request &r, bool trim)
{
    const TypeNames n = namesOf(a, r.wantsEnglish());
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("incident_id"), a.caseId},
        {QStringLiteral("simple_description"), c ? c->simpleDescription : QString()},
        {QStringLiteral("auth_describe"), trim ? RichText::strip(a.describe) : a.describe},
        {QStringLiteral("resource_type_id"), n.resourceTypeId},
        {QStringLiteral("resource_type_name"), n.resourceTypeName},
        {QStringLiteral("visit_type_id"), n.visitTypeId},
        {QStringLiteral("visit_type_name"), n.visitTypeName},
        {QStringLiteral("auth_effective_time"), isoTime(a.effectiveMs)},
        {QStringLiteral("auth_expire_time"), isoTime(a.expireMs)},
        {QStringLiteral("reject_reason"), nullable(a.rejectReason)},
        {QStringLiteral("create_time"), isoTime(a.createMs)},
        {QStringLiteral("customer_id"), a.domainId},
        {QStringLiteral("x_customer_id"), c ? c->xcustomerId : QString()},
        {QStringLiteral("xcustomer_name"), c ? c->xcustomerName : QString()},
        {QStringLiteral("content_of_auth_letter"), letterOf(r.wantsEnglish())},
    };
}

QJsonObject detailView(const Record &a, const CaseRecord *c, const Request &r, bool trim)
{
    const TypeNames n = namesOf(a, r.wantsEnglish());
    QJsonArray details;
    for (const Detail &d : a.details) {
        details.append(QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("port"), d.port},
                                   {QStringLiteral("account"), d.account},
                                   {QStringLiteral("type"), d.type},
                                   {QStringLiteral("instance_id"), d.instanceId},
                                   {QStringLiteral("instance_name"), d.instanceName},
                                   {QStringLiteral("region_id"), d.regionId}});
    }
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("incident_id"), a.caseId},
        {QStringLiteral("simple_description"), c ? c->simpleDescription : QString()},
        {QStringLiteral("resource_type_id"), n.resourceTypeId},
        {QStringLiteral("resource_type_name"), n.resourceTypeName},
        {QStringLiteral("visit_type_id"), n.visitTypeId},
        {QStringLiteral("visit_type_name"), n.visitTypeName},
        {QStringLiteral("auth_effective_time"), isoTime(a.effectiveMs)},
        {QStringLiteral("auth_expire_time"), isoTime(a.expireMs)},
        {QStringLiteral("reject_reason"), nullable(a.rejectReason)},
        {QStringLiteral("incident_auth_detail_list"), details},
        {QStringLiteral("xcustomer_name"), c ? c->xcustomerName : QString()},
        {QStringLiteral("auth_handler_name"), a.handlerName},
        {QStringLiteral("agency_name"), nullable(a.agencyId)},
        {QStringLiteral("auth_describe"), trim ? RichText::strip(a.describe) : a.describe},
        {QStringLiteral("content_type_id"), a.contentTypeId},
        {QStringLiteral("content_type_name"), n.contentTypeName},
        // Boolean in the table (described as 0/1), missing from the example.
        {QStringLiteral("is_need_backup"), a.needBackup},
        {QStringLiteral("is_complete_backup"), a.completeBackup},
    };
}

// offset -1..65535 (-1 read as 0) and limit -1..100 (-1 = all) of the bastion-host lists: the meaning of -1 is
// not described.
template <typename T> QList<T> page(const QList<T> &all, int offset, int limit)
{
    return all.mid(std::max(0, offset), limit < 0 ? -1 : limit);
}

// ---- 5.6.1 ----

Response verifyHost(Server &server, Request &r)
{
    Params p(r);
    const qint64 detailId = longPathParam(p, r, QStringLiteral("authorization_detail_id"), 0);
    const QJsonObject body = p.bodyObject(true);
    std::optional<qint64> port;
    QString account, password, groupId;
    if (p.ok()) {
        port = bodyInteger(p, body, QStringLiteral("port"), 1, 65535, true);
        account = nonEmptyBodyString(p, body, QStringLiteral("account"), 64, true);
        password = nonEmptyBodyString(p, body, QStringLiteral("password"), 10240, true);
        groupId = p.bodyString(body, QStringLiteral("group_id"), 64);
    }
    if (!p.ok())
        return p.error();
    AuthorizationBook &book = AuthorizationBook::of(server);
    book.expireDue(nowMs());
    Detail *detail = nullptr;
    const Record *record = book.findByDetail(r.identity.domainId, detailId, &detail);
    if (!record)
        return unknownAuthorization();
    if (!canSee(r, server.dataSet().findCase(record->caseId), groupId))
        return noGroupPermission();
    if (!mayAct(server, r))
        return noPermission();
    if (record->status != 0)
        return notPending(); // credentials are checked before agreeing
    if (detail->type != 1)
        return businessError("OSM.01010031", "The type is invalid."); // a console item has no host
    if (*port != detail->port)
        return businessError("OSM.01010047", "Target host connection timed out."); // nothing listens there
    if (account != detail->account || password != QLatin1String(AuthorizationBook::kDemoHostPassword))
        return businessError("OSM.01010003", "Account and password not matched.");
    return Response::empty(); // the example is "none"
}

// ---- 5.6.2 ----

Response rejectOrCancel(Server &server, Request &r)
{
    Params p(r);
    const QString id = authorizationIdOf(p, r);
    const QString action = p.string(QStringLiteral("action_id"), 64);
    const QJsonObject body = p.bodyObject(false);
    const QString reason = p.ok() ? nonEmptyBodyString(p, body, QStringLiteral("reject_reason"), 300) : QString();
    const QString groupId = p.ok() ? nonEmptyBodyString(p, body, QStringLiteral("group_id"), 64) : QString();
    if (!p.ok())
        return p.error();
    const bool reject = action == QLatin1String("reject");
    // action_id is "optional" in the table but selects the operation: anything else is not supported.
    if (!reject && action != QLatin1String("cancel"))
        return businessError("OSM.01010018", "Auth operation type not supported.");
    if (reject && reason.isEmpty())
        return Response::badRequest(QStringLiteral("Field reject_reason is required when action_id=reject"));
    Record *record = nullptr;
    if (auto refused = lookUp(server, r, id, groupId, &record))
        return *refused;
    if (!mayAct(server, r))
        return noPermission();
    if (reject) {
        if (record->status != 0)
            return notPending();
        record->status = 2;
        record->rejectReason = reason;
    } else {
        // Revoking takes back an agreement in effect; a pending request is rejected instead.
        if (record->status != 1)
            return illegalStatus();
        record->status = 5;
    }
    record->handlerName = callerName(r);
    return Response::empty();
}

// ---- 5.6.3 ----

Response showLoginType(Server &server, Request &r)
{
    return Response::json(QJsonObject{{QStringLiteral("login_type"), AuthorizationBook::of(server).loginType(r.identity.domainId)}});
}

// ---- 5.6.4 ----

Response showAuthorization(Server &server, Request &r)
{
    Params p(r);
    const QString id = authorizationIdOf(p, r);
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    const bool trim = p.boolean(QStringLiteral("trim_osm_rich_text_label"), true);
    if (!p.ok())
        return p.error();
    Record *record = nullptr;
    if (auto refused = lookUp(server, r, id, groupId, &record))
        return *refused;
    return Response::json(detailView(*record, server.dataSet().findCase(record->caseId), r, trim));
}

// ---- 5.6.5 ----

Response confirm(Server &server, Request &r)
{
    Params p(r);
    const QString id = authorizationIdOf(p, r);
    const QJsonObject body = p.bodyObject(false);
    struct Item
    {
        qint64 id = 0;
        std::optional<qint64> port;
        QString account;
    };
    QList<Item> items;
    const QJsonValue list = body.value(QStringLiteral("auth_detail_list"));
    if (p.ok() && !list.isUndefined() && !list.isNull()) {
        if (!list.isArray() || list.toArray().size() > 6)
            p.fail(QStringLiteral("Field auth_detail_list must be an array of at most 6 objects"));
        for (const QJsonValue &value : list.toArray()) {
            if (!p.ok())
                break;
            if (!value.isObject()) {
                p.fail(QStringLiteral("Field auth_detail_list must hold objects"));
                break;
            }
            const QJsonObject object = value.toObject();
            Item item;
            item.id = bodyInteger(p, object, QStringLiteral("auth_detail_id"), std::numeric_limits<qint64>::min(), kMaxLong, true)
                          .value_or(0);
            item.port = bodyInteger(p, object, QStringLiteral("port"), 1, 65535, false);
            item.account = p.bodyString(object, QStringLiteral("account"), 64);
            p.bodyString(object, QStringLiteral("password"), 10240); // checked, never kept
            items.append(item);
        }
    }
    const auto effective = p.ok() ? bodyInteger(p, body, QStringLiteral("auth_effective_time"), 0, kMaxLong, false) : std::nullopt;
    const auto expire = p.ok() ? bodyInteger(p, body, QStringLiteral("auth_expire_time"), 0, kMaxLong, false) : std::nullopt;
    // group_id is a body field; the request example also puts it in the URL (?group_id=123).
    QString groupId = p.ok() ? p.bodyString(body, QStringLiteral("group_id"), 64) : QString();
    if (groupId.isEmpty())
        groupId = p.string(QStringLiteral("group_id"), 64);
    const QString agencyId = p.ok() ? p.bodyString(body, QStringLiteral("agency_id"), 64) : QString();
    if (!p.ok())
        return p.error();

    Record *record = nullptr;
    if (auto refused = lookUp(server, r, id, groupId, &record))
        return *refused;
    if (!mayAct(server, r))
        return noPermission();
    if (record->status != 0)
        return notPending();
    for (const Item &item : std::as_const(items)) {
        if (!record->detail(item.id))
            return unknownAuthorization();
    }
    // The validity period (choices; the reference gives no rule): from now for a day unless given; it must end
    // after it starts, in the future, and last at most kMaxValidityDays.
    const qint64 now = nowMs();
    const qint64 from = effective ? epochMs(*effective) : now;
    const qint64 until = expire ? epochMs(*expire) : from + kDay;
    if (until <= from || until <= now || until - from > AuthorizationBook::kMaxValidityDays * kDay)
        return invalidPeriod();

    for (const Item &item : std::as_const(items)) {
        Detail *d = record->detail(item.id);
        if (item.port)
            d->port = int(*item.port);
        if (!item.account.isEmpty())
            d->account = item.account;
    }
    record->status = 1;
    record->effectiveMs = from;
    record->expireMs = until;
    record->agencyId = agencyId;
    record->handlerName = callerName(r);
    return Response::empty(); // the example is {}
}

// ---- 5.6.6 ----

Response listAuthorizations(Server &server, Request &r)
{
    Params p(r);
    const QString subCustomerName = p.string(QStringLiteral("sub_customer_name"), 64);
    const QString incidentId = p.string(QStringLiteral("incident_id"), 32);
    const std::optional<int> status = p.optionalInteger(QStringLiteral("status"), -1, 10);
    const QString description = p.string(QStringLiteral("simple_description"), 64);
    const int offset = p.integer(QStringLiteral("offset"), 0, 0, 65535);
    const int limit = p.integer(QStringLiteral("limit"), 10, 1, 100);
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    const bool trim = p.boolean(QStringLiteral("trim_osm_rich_text_label"), true);
    if (!p.ok())
        return p.error();
    AuthorizationBook &book = AuthorizationBook::of(server);
    book.expireDue(nowMs());
    const DataSet &data = server.dataSet();
    QList<QJsonObject> matching;
    for (const Record &a : std::as_const(book.records())) { // newest first
        if (a.domainId != r.identity.domainId)
            continue;
        const CaseRecord *c = data.findCase(a.caseId);
        if (!canSee(r, c, groupId))
            continue;
        if (!groupId.isEmpty() && c->groupId != groupId)
            continue;
        if (!incidentId.isEmpty() && a.caseId != incidentId)
            continue;
        if (status && *status != -1 && a.status != *status) // -1: any status (not described)
            continue;
        if (!subCustomerName.isEmpty() && !c->xcustomerName.contains(subCustomerName, Qt::CaseInsensitive))
            continue;
        if (!description.isEmpty() && !c->simpleDescription.contains(description, Qt::CaseInsensitive))
            continue;
        matching.append(listItem(a, c, r, trim));
    }
    QJsonArray list;
    for (const QJsonObject &item : matching.mid(offset, limit))
        list.append(item);
    // count as a string, as in the example ("count": "123"; the table says Integer).
    return Response::json(QJsonObject{{QStringLiteral("count"), QString::number(matching.size())},
                                      {QStringLiteral("incident_auth_list"), list}});
}

// ---- 5.6.7 - 5.6.9 ----

// The authorization, its detail and (for 5.6.7 / 5.6.9) the session of a bastion-host route.
struct BastionTarget
{
    Record *record = nullptr;
    Detail *detail = nullptr;
    const Session *session = nullptr;
};

std::optional<Response> bastionTarget(Server &server, Request &r, Params &p, bool withSession, const QString &groupId,
                                      BastionTarget *target)
{
    const QString id = r.pathParam(QStringLiteral("authorization_id")); // 5.6.8 gives no length limits
    if (id.isEmpty())
        p.fail(QStringLiteral("authorization_id is required"));
    const qint64 detailId = longPathParam(p, r, QStringLiteral("authorization_detail_id"), 0);
    const qint64 sessionId = withSession ? longPathParam(p, r, QStringLiteral("session_id"), std::numeric_limits<qint64>::min()) : 0;
    if (!p.ok())
        return p.error();
    if (auto refused = lookUp(server, r, id, groupId, &target->record))
        return refused;
    target->detail = target->record->detail(detailId);
    if (!target->detail)
        return unknownAuthorization();
    if (withSession) {
        for (const Session &s : target->detail->sessions) {
            if (s.id == sessionId)
                target->session = &s;
        }
        if (!target->session)
            return businessError("OSM.01010021", "Cbh operation failed."); // the bastion host knows no such session
    }
    return std::nullopt;
}

Response historySessions(Server &server, Request &r)
{
    Params p(r);
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    const int offset = p.integer(QStringLiteral("offset"), 0, -1, 65535);
    const int limit = p.integer(QStringLiteral("limit"), 10, -1, 100);
    BastionTarget target;
    if (auto answer = bastionTarget(server, r, p, false, groupId, &target))
        return *answer;
    QList<Session> sessions = target.detail->sessions;
    std::reverse(sessions.begin(), sessions.end()); // newest first (no sort parameter here)
    QJsonArray list;
    for (const Session &s : page(sessions, offset, limit)) {
        list.append(QJsonObject{{QStringLiteral("duration"), hms(s.endMs - s.startMs)},
                                {QStringLiteral("session_id"), s.id},
                                {QStringLiteral("start_time"), localTime(s.startMs, r)},
                                {QStringLiteral("end_time"), localTime(s.endMs, r)},
                                {QStringLiteral("operator"), s.operatorName},
                                {QStringLiteral("can_downloaded_video"), s.videoDownloadable ? 1 : 0}});
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), sessions.size()}, {QStringLiteral("session_list"), list}});
}

// sort: 0 newest first (default), 1 oldest first; records are stored oldest first.
template <typename T> QList<T> sorted(QList<T> records, int sort)
{
    if (sort == 0)
        std::reverse(records.begin(), records.end());
    return records;
}

Response operationLogs(Server &server, Request &r)
{
    Params p(r);
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    const int sort = p.integer(QStringLiteral("sort"), 0, 0, 1);
    const int offset = p.integer(QStringLiteral("offset"), 0, -1, 65535);
    const int limit = p.integer(QStringLiteral("limit"), 10, -1, 100);
    BastionTarget target;
    if (auto answer = bastionTarget(server, r, p, true, groupId, &target))
        return *answer;
    const QList<AuthorizationBook::Command> commands = sorted(target.session->commands, sort);
    QJsonArray list;
    for (const AuthorizationBook::Command &c : page(commands, offset, limit))
        list.append(QJsonObject{{QStringLiteral("oper"), c.oper}, {QStringLiteral("operate_time"), localTime(c.timeMs, r)}});
    return Response::json(QJsonObject{{QStringLiteral("total_count"), commands.size()}, {QStringLiteral("ops_list"), list}});
}

Response fileTransferLogs(Server &server, Request &r)
{
    Params p(r);
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    const int sort = p.integer(QStringLiteral("sort"), 0, 0, 1);
    const int offset = p.integer(QStringLiteral("offset"), 0, -1, 65535);
    const int limit = p.integer(QStringLiteral("limit"), 10, -1, 100);
    BastionTarget target;
    if (auto answer = bastionTarget(server, r, p, true, groupId, &target))
        return *answer;
    const QList<AuthorizationBook::FileTransfer> transfers = sorted(target.session->transfers, sort);
    QJsonArray list;
    for (const AuthorizationBook::FileTransfer &t : page(transfers, offset, limit)) {
        // operate_type: the name (UPLOAD, DOWNLOAD, …); the reference lists names with numbers.
        list.append(QJsonObject{{QStringLiteral("duration"), hms(qint64(t.durationSeconds) * 1000)},
                                {QStringLiteral("operate_time"), localTime(t.timeMs, r)},
                                {QStringLiteral("operate_type"), t.operateType},
                                {QStringLiteral("file_name"), t.fileName},
                                {QStringLiteral("from_path"), t.fromPath},
                                {QStringLiteral("to_path"), t.toPath},
                                {QStringLiteral("file_size"), t.fileSize},
                                {QStringLiteral("oper_result"), t.result}});
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), transfers.size()}, {QStringLiteral("file_ops_list"), list}});
}

} // namespace

void AuthorizationRoutes::registerRoutes(Router &router, Server &server)
{
    const QString base = QStringLiteral("/v2/servicerequest/authorizations");
    const QString detail = base + QStringLiteral("/{authorization_id}/authorization-details/{authorization_detail_id}");
    const auto route = [&router, &server](const char *method, const QString &pattern, Response (*handler)(Server &, Request &)) {
        router.add(method, pattern, Router::Auth::Osm, [&server, handler](Request &r) { return handler(server, r); });
    };
    route("POST", base + QStringLiteral("/authorization-details/{authorization_detail_id}/verify-host"), verifyHost);
    route("PUT", base + QStringLiteral("/{authorization_id}/action"), rejectOrCancel);
    route("GET", base + QStringLiteral("/login-type"), showLoginType);
    route("GET", base + QStringLiteral("/{authorization_id}"), showAuthorization);
    route("PUT", base + QStringLiteral("/{authorization_id}"), confirm);
    route("GET", base, listAuthorizations);
    route("GET", detail + QStringLiteral("/sessions/{session_id}/operation-logs"), operationLogs);
    route("GET", detail + QStringLiteral("/history-sessions"), historySessions);
    route("GET", detail + QStringLiteral("/sessions/{session_id}/operation-file-logs"), fileTransferLogs);
}

} // namespace osm::sim
