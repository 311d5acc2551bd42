#include "VerifyRoutes.h"

#include "Server.h"
#include "data/VerificationBook.h"
#include "http/BodyReader.h"
#include "http/Params.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace osm::sim {

namespace {

// "yyyy-MM-dd HH:mm:ss" in the request's X-Time-Zone, the format 5.13.2 uses for expired_time.
QString localTime(const Request &r, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, Params::timeZoneOffset(r))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Registered contacts never expire; the table wants some text (1-32 characters), so a far date stands for "never".
QString expiryText(const Request &r, qint64 ms)
{
    return ms == VerificationBook::kNever ? QStringLiteral("2099-12-31 23:59:59") : localTime(r, ms);
}

// contact_way from the query: required, 0 or 1.
int queryContactWay(Params &p, const Request &r, bool required)
{
    if (required && !r.hasQuery(QStringLiteral("contact_way")))
        p.fail(QStringLiteral("Parameter contact_way is required"));
    return p.integer(QStringLiteral("contact_way"), -1, 0, 1);
}

Response needVerify(Server &server, Request &r)
{
    Params p(r);
    VerificationBook::Contact contact;
    contact.value = p.string(QStringLiteral("contact_value"), 64, true);
    contact.way = queryContactWay(p, r, true);
    contact.areaCode = p.string(QStringLiteral("area_code"), 16);
    if (!p.ok())
        return p.error();
    const VerificationBook &book = VerificationBook::of(server);
    const auto verified = book.verified(r.identity.domainId, contact);
    // Verified: when that ends. Otherwise: when the pending code expires; "" when none is pending (our choice).
    QString expireTime;
    if (verified)
        expireTime = expiryText(r, verified->expiresAtMs);
    else if (const auto pending = book.pending(r.identity.domainId, contact))
        expireTime = localTime(r, pending->expiresAtMs);
    return Response::json(QJsonObject{{QStringLiteral("need_verify_code"), verified ? 0 : 1},
                                      {QStringLiteral("expire_time"), expireTime}});
}

Response hasVerified(Server &server, Request &r)
{
    Params p(r);
    const int way = p.integer(QStringLiteral("contact_way"), -1, 0, 1);
    const QString customerId = p.string(QStringLiteral("customer_id"), 64);
    const QString subCustomerId = p.string(QStringLiteral("sub_customer_id"), 64);
    const QDateTime expiredTime = p.dateTime(QStringLiteral("expired_time"));
    const QString verifiedId = p.string(QStringLiteral("verified_id"), 64);
    const QString value = p.string(QStringLiteral("contact_value"), 64);
    const QString areaCode = p.string(QStringLiteral("area_code"), 16);
    const int offset = p.integer(QStringLiteral("offset"), 0, 0, 65535);
    const int limit = p.integer(QStringLiteral("limit"), 10, 1, 100);
    if (!p.ok())
        return p.error();
    // expired_time: those still valid at that time (default: now).
    const qint64 validAt = expiredTime.isValid() ? expiredTime.toMSecsSinceEpoch() : VerificationBook::of(server).now();
    QList<VerificationBook::Verified> matches;
    if (customerId.isEmpty() || customerId == r.identity.domainId) {
        for (const VerificationBook::Verified &v : VerificationBook::of(server).verifiedContacts(r.identity.domainId)) {
            if ((way >= 0 && v.contact.way != way) || (!verifiedId.isEmpty() && v.verifiedId != verifiedId)
                || (!value.isEmpty() && v.contact.value.compare(value, Qt::CaseInsensitive) != 0)
                || (!areaCode.isEmpty() && v.contact.areaCode != areaCode)
                || (!subCustomerId.isEmpty() && v.subCustomerId != subCustomerId)
                || (v.expiresAtMs != VerificationBook::kNever && v.expiresAtMs <= validAt))
                continue;
            matches.append(v);
        }
    }
    QJsonArray list;
    for (qsizetype i = offset; i < matches.size() && i < qsizetype(offset) + limit; ++i) {
        const VerificationBook::Verified &v = matches.at(i);
        list.append(QJsonObject{{QStringLiteral("contact_way"), v.contact.way},
                                {QStringLiteral("contact_value"), v.contact.value},
                                {QStringLiteral("area_code"), v.contact.areaCode},
                                {QStringLiteral("verified_id"), v.verifiedId}});
    }
    return Response::json(QJsonObject{{QStringLiteral("count"), int(matches.size())},
                                      {QStringLiteral("contact_list"), list}});
}

// contact_value, contact_way, area_code of a 5.13.3 / 5.13.4 body. contact_value may be 0-64 long by the
// tables, but a code for an empty value goes nowhere: the sim asks for at least one character.
VerificationBook::Contact bodyContact(BodyReader &body)
{
    VerificationBook::Contact contact;
    contact.value = body.string(QStringLiteral("contact_value"), 1, 64, true);
    contact.way = int(body.integer(QStringLiteral("contact_way"), 0, 1, true).value_or(-1));
    contact.areaCode = body.string(QStringLiteral("area_code"), 0, 16);
    return contact;
}

Response sendCode(Server &server, Request &r)
{
    Params p(r);
    BodyReader body(p, p.bodyObject(true));
    const VerificationBook::Contact contact = bodyContact(body);
    if (!p.ok())
        return p.error();
    switch (VerificationBook::of(server).send(r.identity.domainId, contact)) {
    case VerificationBook::SendResult::TooFrequent:
        return Response::osmError(200, QStringLiteral("OSM.01010024"),
                                  QStringLiteral("Verification code resent too frequently."));
    case VerificationBook::SendResult::LimitReached:
        return Response::osmError(200, QStringLiteral("OSM.01010036"),
                                  QStringLiteral("Exceeded the number of times the verification code can be sent."));
    case VerificationBook::SendResult::Sent:
        break;
    }
    return Response::empty();
}

Response verify(Server &server, Request &r)
{
    Params p(r);
    BodyReader body(p, p.bodyObject(true));
    const QString code = body.string(QStringLiteral("verify_code"), 6, 6, true);
    const VerificationBook::Contact contact = bodyContact(body);
    const QString xCustomerId = body.string(QStringLiteral("x_customer_id"), 0, 64);
    body.string(QStringLiteral("customer_id"), 0, 64);
    if (!p.ok())
        return p.error();
    const QString verifier = xCustomerId.isEmpty() ? r.identity.userId : xCustomerId;
    if (!VerificationBook::of(server).verify(r.identity.domainId, contact, code, verifier))
        return Response::osmError(200, QStringLiteral("OSM.01010010"), QStringLiteral("Verification not passed."));
    return Response::empty();
}

// Loopback control: the last code sent (to ?contact_value= when given), since no SMS or e-mail is sent.
Response lastCode(Server &server, Request &r)
{
    const auto sent = VerificationBook::of(server).lastSent(r.queryValue(QStringLiteral("contact_value")));
    if (!sent)
        return Response::json(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("No verification code was sent")}});
    return Response::json(QJsonObject{{QStringLiteral("domain_id"), sent->domainId},
                                      {QStringLiteral("contact_way"), sent->contact.way},
                                      {QStringLiteral("contact_value"), sent->contact.value},
                                      {QStringLiteral("area_code"), sent->contact.areaCode},
                                      {QStringLiteral("verify_code"), sent->code},
                                      {QStringLiteral("expire_time"), localTime(r, sent->expiresAtMs)}});
}

} // namespace

void VerifyRoutes::registerRoutes(Router &router, Server &server)
{
    const QString base = QStringLiteral("/v2/servicerequest/verifycodes");
    router.add("GET", base + QStringLiteral("/need-verify"), Router::Auth::Osm,
               [&server](Request &r) { return needVerify(server, r); });
    router.add("GET", base + QStringLiteral("/has-verified"), Router::Auth::Osm,
               [&server](Request &r) { return hasVerified(server, r); });
    router.add("POST", base, Router::Auth::Osm, [&server](Request &r) { return verify(server, r); });
    router.add("POST", base + QStringLiteral("/send"), Router::Auth::Osm,
               [&server](Request &r) { return sendCode(server, r); });
    router.add("GET", QStringLiteral("/_sim/verify-codes/last"), Router::Auth::None,
               [&server](Request &r) { return lastCode(server, r); });
}

} // namespace osm::sim
