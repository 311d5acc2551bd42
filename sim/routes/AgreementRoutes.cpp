#include "AgreementRoutes.h"

#include "Server.h"
#include "data/AgreementBook.h"
#include "http/BodyReader.h"
#include "http/Params.h"

#include <QJsonObject>

namespace osm::sim {

namespace {

Response invalidType()
{
    return Response::osmError(200, QStringLiteral("OSM.01010031"), QStringLiteral("The type is invalid."));
}

// agreement_type: a required String of 1-32 characters (else 400); a value other than 0, 1, 2 — the examples'
// 5 included — is OSM.01010031 "The type is invalid." (HTTP 200): -1 in *type then.
bool readType(Params &p, int *type)
{
    const QString text = p.string(QStringLiteral("agreement_type"), 32, true);
    bool isNumber = false;
    const int value = text.trimmed().toInt(&isNumber);
    *type = isNumber && value >= 0 && value <= 2 ? value : -1;
    return p.ok();
}

Response publishedAgreement(Request &r)
{
    Params p(r);
    int type = -1;
    if (!readType(p, &type))
        return p.error();
    const std::optional<AgreementBook::Version> v = type < 0 ? std::nullopt : AgreementBook::latest(type);
    if (!v)
        return invalidType();
    const bool en = r.wantsEnglish();
    // id and agreement_type are Strings (table); version "2.0.0" a string as in the example (the table: Integer).
    return Response::json(QJsonObject{
        {QStringLiteral("case_agreement"),
         QJsonObject{{QStringLiteral("id"), QString::number(v->id)},
                     {QStringLiteral("agreement_name"), en ? v->nameEn : v->nameZh},
                     {QStringLiteral("agreement_type"), QString::number(v->type)},
                     {QStringLiteral("agreement_type_name"), en ? v->typeNameEn : v->typeNameZh},
                     {QStringLiteral("content"), en ? v->contentEn : v->contentZh},
                     {QStringLiteral("version"), v->version}}}});
}

Response signedLatest(Server &server, Request &r)
{
    Params p(r);
    int type = -1;
    if (!readType(p, &type))
        return p.error();
    if (type < 0)
        return invalidType();
    return Response::json(QJsonObject{
        {QStringLiteral("is_signed_latest"), AgreementBook::of(server).hasSignedLatest(r.identity.domainId, type)}});
}

Response sign(Server &server, Request &r)
{
    Params p(r);
    bool isNumber = false;
    const qlonglong id = r.pathParam(QStringLiteral("id")).toLongLong(&isNumber);
    if (!isNumber || id < 1 || id > 2147483647)
        p.fail(QStringLiteral("id must be an integer between 1 and 2147483647"));
    BodyReader body(p, p.bodyObject(false));
    const QString relationId = body.string(QStringLiteral("relation_id"), 1, 32);
    if (!p.ok())
        return p.error();
    AgreementBook::Signature record;
    switch (AgreementBook::of(server).sign(r.identity.domainId, r.identity.userId, id, relationId, &record)) {
    case AgreementBook::SignResult::UnknownAgreement:
        return Response::osmError(200, QStringLiteral("OSM.01010001"), QStringLiteral("Param validation failed."));
    case AgreementBook::SignResult::Superseded:
        return Response::osmError(200, QStringLiteral("OSM.01010019"), QStringLiteral("The operation is illegal."));
    case AgreementBook::SignResult::Signed:
        break;
    }
    // A string, as in the example ("1"); the table says Integer.
    return Response::json(QJsonObject{{QStringLiteral("agreement_signed_record_id"), QString::number(record.recordId)}});
}

} // namespace

void AgreementRoutes::registerRoutes(Router &router, Server &server)
{
    const QString base = QStringLiteral("/v2/servicerequest/agreements");
    router.add("GET", base + QStringLiteral("/published-agreement"), Router::Auth::Osm,
               [](Request &r) { return publishedAgreement(r); });
    router.add("GET", base + QStringLiteral("/signed-latest"), Router::Auth::Osm,
               [&server](Request &r) { return signedLatest(server, r); });
    router.add("POST", base + QStringLiteral("/{id}/signed"), Router::Auth::Osm,
               [&server](Request &r) { return sign(server, r); });
}

} // namespace osm::sim
