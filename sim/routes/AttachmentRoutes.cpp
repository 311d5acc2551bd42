#include "AttachmentRoutes.h"

#include "Server.h"
#include "data/AccessoryStore.h"
#include "data/ZipWriter.h"
#include "http/Multipart.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

#include <limits>

namespace osm::sim {

namespace {

Response invalidAccessory()
{
    return Response::osmError(200, QStringLiteral("OSM.01010045"),
                              QStringLiteral("The accessory is invalid."));
}

Response outcomeResponse(const AccessoryStore::Outcome &outcome)
{
    if (!outcome.errorCode.isEmpty())
        return Response::osmError(200, outcome.errorCode, outcome.errorMsg);
    return Response::json(QJsonObject{{QStringLiteral("accessory_id"), outcome.id}});
}

bool knownFrom(const QString &from)
{
    return from == QLatin1String("incident") || from == QLatin1String("message");
}

// An upload_type / uploadType value: the table's 0 or 1, or the 5.5.1 example's "0".
std::optional<int> uploadTypeOf(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return 0;
    bool isNumber = value.isDouble();
    const double number = isNumber ? value.toDouble() : value.toString().toDouble(&isNumber);
    if (!isNumber || (number != 0 && number != 1))
        return std::nullopt;
    return int(number);
}

// attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded (RFC 6266).
QByteArray dispositionFor(const QString &name, bool inlineDisplay)
{
    QByteArray ascii;
    for (const QChar c : name)
        ascii +=
            (c.unicode() >= 0x20 && c.unicode() < 0x7F && c != QLatin1Char('"') && c != QLatin1Char('\\'))
                ? char(c.unicode())
                : '_';
    return QByteArray(inlineDisplay ? "inline" : "attachment") + "; filename=\"" + ascii +
           "\"; filename*=UTF-8''" + name.toUtf8().toPercentEncoding();
}

Response fileResponse(const QString &name, const QByteArray &content, bool inlineDisplay = false)
{
    Response r;
    r.status = 200;
    QByteArray type = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().toLatin1();
    if (type.startsWith("text/"))
        type += ";charset=UTF-8";
    r.setHeader("Content-Type", type);
    r.setHeader("Content-Disposition", dispositionFor(name, inlineDisplay));
    r.body = content;
    return r;
}

Response upload(Server &server, Request &r)
{
    QString problem;
    const auto parts = Multipart::parse(r.body, Multipart::boundaryOf(r.header("Content-Type")), &problem);
    if (!parts)
        return Response::badRequest(problem);
    const Multipart::Part *file = Multipart::find(*parts, "file");
    const Multipart::Part *form = Multipart::find(*parts, "form_data");
    if (!file || !file->isFile)
        return Response::badRequest(QStringLiteral("Part file is required"));
    if (!form || form->data.isEmpty())
        return Response::badRequest(QStringLiteral("Part form_data is required"));
    if (QString::fromUtf8(form->data).size() > 5000)
        return Response::badRequest(QStringLiteral("Part form_data is longer than 5000 characters"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(form->data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Response::badRequest(QStringLiteral("Part form_data must be a JSON object"));
    const QJsonObject meta = doc.object();
    const QString fileName = meta.value(QStringLiteral("fileName")).toString();
    const QString from = meta.value(QStringLiteral("accessoryFrom")).toString();
    const std::optional<int> uploadType = uploadTypeOf(meta.value(QStringLiteral("uploadType")));
    if (fileName.isEmpty() || fileName.size() > 512)
        return Response::badRequest(QStringLiteral("form_data fileName must be 1 to 512 characters long"));
    if (!knownFrom(from))
        return Response::badRequest(QStringLiteral("form_data accessoryFrom must be incident or message"));
    if (!uploadType)
        return Response::badRequest(QStringLiteral("form_data uploadType must be 0 or 1"));
    return outcomeResponse(
        AccessoryStore::of(server).add(r.identity.domainId, fileName, from, *uploadType, file->data));
}

Response uploadJson(Server &server, Request &r)
{
    Params p(r);
    const QJsonObject body = p.bodyObject(true);
    const QString name = p.bodyString(body, QStringLiteral("accessory_name"), 512, true);
    const QString from = p.bodyString(body, QStringLiteral("accessory_from"), 32, true);
    const QString data =
        p.bodyString(body, QStringLiteral("accessory_data"), std::numeric_limits<int>::max(), true);
    const std::optional<int> uploadType = uploadTypeOf(body.value(QStringLiteral("upload_type")));
    if (!p.ok())
        return p.error();
    if (!knownFrom(from))
        return Response::badRequest(QStringLiteral("Field accessory_from must be incident or message"));
    if (!uploadType)
        return Response::badRequest(QStringLiteral("Field upload_type must be 0 or 1"));
    const auto decoded =
        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Response::badRequest(QStringLiteral("Field accessory_data is not Base64"));
    return outcomeResponse(
        AccessoryStore::of(server).add(r.identity.domainId, name, from, *uploadType, decoded.decoded));
}

// The {accessory_id} path parameter: 1-32 characters (download: several, comma-separated, ≤ 340).
std::optional<QStringList> idsOf(const Request &r, bool several)
{
    const QString raw = r.pathParam(QStringLiteral("accessory_id"));
    if (raw.isEmpty() || raw.size() > (several ? 340 : 32))
        return std::nullopt;
    const QStringList ids = several ? raw.split(QLatin1Char(',')) : QStringList{raw};
    for (const QString &id : ids) {
        if (id.isEmpty() || id.size() > 32)
            return std::nullopt;
    }
    return ids;
}

Response remove(Server &server, Request &r)
{
    const auto ids = idsOf(r, false);
    if (!ids)
        return Response::badRequest(QStringLiteral("accessory_id must be 1 to 32 characters long"));
    switch (AccessoryStore::of(server).remove(server.dataSet(), r.identity.domainId, ids->first())) {
    case AccessoryStore::Removal::Removed:
        return Response::empty();
    case AccessoryStore::Removal::InUse:
        return Response::osmError(200, QStringLiteral("OSM.01010019"),
                                  QStringLiteral("The operation is illegal."));
    case AccessoryStore::Removal::Unknown:
        break;
    }
    return invalidAccessory();
}

Response download(Server &server, Request &r)
{
    Params p(r);
    p.string(QStringLiteral("group_id"), 64);
    const auto ids = idsOf(r, true);
    if (!ids)
        return Response::badRequest(
            QStringLiteral("accessory_id must be 1 to 340 characters of ids of at most 32"));
    if (!p.ok())
        return p.error();
    QList<AccessoryStore::Stored> files;
    for (const QString &id : *ids) {
        const auto stored = AccessoryStore::of(server).find(server.dataSet(), r.identity.domainId, id);
        if (!stored)
            return invalidAccessory();
        files.append(*stored);
    }
    if (files.size() == 1)
        return fileResponse(files.first().name, files.first().content);
    // Several: one archive (v1 6.5), names made unique inside it.
    ZipWriter zip;
    QStringList used;
    for (const AccessoryStore::Stored &file : std::as_const(files)) {
        QString name = file.name;
        const QFileInfo info(name);
        for (int n = 1; used.contains(name); ++n)
            name = QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
        used.append(name);
        zip.add(name, file.content);
    }
    return fileResponse(QStringLiteral("accessorys_%1.zip")
                            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))),
                        zip.finish());
}

Response image(Server &server, Request &r)
{
    Params p(r);
    p.string(QStringLiteral("group_id"), 64);
    const auto ids = idsOf(r, false);
    if (!ids)
        return Response::badRequest(QStringLiteral("accessory_id must be 1 to 32 characters long"));
    if (!p.ok())
        return p.error();
    const auto stored = AccessoryStore::of(server).find(server.dataSet(), r.identity.domainId, ids->first());
    const QString type =
        stored ? QMimeDatabase().mimeTypeForFile(stored->name, QMimeDatabase::MatchExtension).name()
               : QString();
    if (!type.startsWith(QLatin1String("image/")))
        return invalidAccessory(); // not an image: nothing to display
    return fileResponse(stored->name, stored->content, true);
}

Response limits(Server &server)
{
    const AccessoryStore::Limits &l = AccessoryStore::of(server).limits();
    // Numbers, as the reference's example sends them (its table says String).
    return Response::json(
        QJsonObject{{QStringLiteral("accessory_limit"),
                     QJsonObject{
                         {QStringLiteral("limit_count"), l.count},
                         {QStringLiteral("limit_size"), l.sizeMb},
                         {QStringLiteral("limit_zip_decompress_size"), l.zipDecompressMb},
                         {QStringLiteral("limit_file_type"), l.fileTypes.join(QLatin1Char(','))},
                     }}});
}

Response accessUrls(Server &server, Request &r)
{
    Params p(r);
    p.string(QStringLiteral("group_id"), 64);
    const QStringList ids = p.array(QStringLiteral("accessory_ids"), 100, 64, true);
    if (!p.ok())
        return p.error();
    const AccessoryStore &store = AccessoryStore::of(server);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray urls;
    for (const QString &id : ids) {
        const auto stored = store.find(server.dataSet(), r.identity.domainId, id);
        if (!stored)
            continue; // ids the account cannot see are left out
        urls.append(QJsonObject{
            {QStringLiteral("accessory_id"), id},
            {QStringLiteral("accessory_name"), stored->name},
            {QStringLiteral("accessory_url"),
             store.accessUrl(server.baseUrl(), r.identity.domainId, id, now).toString(QUrl::FullyEncoded)},
        });
    }
    return Response::json(QJsonObject{{QStringLiteral("accessory_urls"), urls}});
}

// Where the 5.2.1 links lead: a pre-signed object URL (like OBS's), no API credentials; 403 when not genuine.
Response linkContent(Server &server, Request &r)
{
    const QString id = r.pathParam(QStringLiteral("accessory_id"));
    const AccessoryStore &store = AccessoryStore::of(server);
    const auto domain =
        store.verifyLink(server.dataSet(), id, r.queryValue(QStringLiteral("Expires")),
                         r.queryValue(QStringLiteral("Signature")), QDateTime::currentDateTimeUtc());
    const auto stored = domain ? store.find(server.dataSet(), *domain, id) : std::nullopt;
    if (!stored) {
        Response denied;
        denied.status = 403;
        denied.setHeader("Content-Type", "application/xml");
        denied.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
                      "<Message>Request has expired or the signature does not match</Message></Error>";
        return denied;
    }
    return fileResponse(stored->name, stored->content);
}

Response setLimits(Server &server, Request &r)
{
    Params p(r);
    const QJsonObject body = p.bodyObject(true);
    if (!p.ok())
        return p.error();
    AccessoryStore::Limits l = AccessoryStore::of(server).limits();
    l.count = body.value(QStringLiteral("limit_count")).toInt(l.count);
    l.sizeMb = body.value(QStringLiteral("limit_size")).toInt(l.sizeMb);
    l.zipDecompressMb = body.value(QStringLiteral("limit_zip_decompress_size")).toInt(l.zipDecompressMb);
    if (body.contains(QStringLiteral("limit_file_type")))
        l.fileTypes = body.value(QStringLiteral("limit_file_type"))
                          .toString()
                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
    AccessoryStore::of(server).setLimits(l);
    return limits(server);
}

} // namespace

void AttachmentRoutes::registerRoutes(Router &router, Server &server)
{
    AccessoryStore::of(server);
    const QString accessory = QStringLiteral("/v2/servicerequest/accessory/{accessory_id}");
    router.add("POST", QStringLiteral("/v2/servicerequest/accessorys"), Router::Auth::Osm,
               [&server](Request &r) { return upload(server, r); });
    router.add("POST", QStringLiteral("/v2/servicerequest/accessorys/json-format-content"), Router::Auth::Osm,
               [&server](Request &r) { return uploadJson(server, r); });
    router.add("DELETE", accessory, Router::Auth::Osm, [&server](Request &r) { return remove(server, r); });
    router.add("GET", accessory, Router::Auth::Osm, [&server](Request &r) { return download(server, r); });
    router.add("GET", accessory + QStringLiteral("/image"), Router::Auth::Osm,
               [&server](Request &r) { return image(server, r); });
    router.add("GET", QStringLiteral("/v2/servicerequest/accessorylimits"), Router::Auth::Osm,
               [&server](Request &) { return limits(server); });
    router.add("GET", QStringLiteral("/v2/servicerequest/accessorys/access-urls"), Router::Auth::Osm,
               [&server](Request &r) { return accessUrls(server, r); });
    router.add("GET", AccessoryStore::linkPath(QStringLiteral("{accessory_id}")), Router::Auth::None,
               [&server](Request &r) { return linkContent(server, r); });
    router.add("PUT", QStringLiteral("/_sim/accessory-limits"), Router::Auth::None,
               [&server](Request &r) { return setLimits(server, r); });
}

} // namespace osm::sim
