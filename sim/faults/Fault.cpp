#include "Fault.h"

#include <array>
#include <utility>

namespace osm::sim {

namespace {

const std::array<std::pair<Fault::Kind, const char *>, 8> kKinds = {{
    {Fault::Kind::Latency, "latency"},
    {Fault::Kind::HttpError, "http_error"},
    {Fault::Kind::RateLimit, "rate_limit"},
    {Fault::Kind::Drop, "drop"},
    {Fault::Kind::DropMidBody, "drop_mid_body"},
    {Fault::Kind::Truncate, "truncate"},
    {Fault::Kind::HtmlError, "html_error"},
    {Fault::Kind::BusinessError, "business_error"},
}};

} // namespace

bool Fault::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    return pathPrefix.isEmpty() || path.startsWith(pathPrefix);
}

QString Fault::kindName(Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Fault::Kind> Fault::kindFromName(const QString &name)
{
    for (const auto &[k, kindText] : kKinds) {
        if (name == QLatin1String(kindText))
            return k;
    }
    return std::nullopt;
}

QJsonObject Fault::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("count"), remaining}};
    if (!pathPrefix.isEmpty())
        o.insert(QStringLiteral("path_prefix"), pathPrefix);
    if (!method.isEmpty())
        o.insert(QStringLiteral("method"), QString::fromLatin1(method));
    if (latencyMs > 0)
        o.insert(QStringLiteral("latency_ms"), latencyMs);
    if (status > 0)
        o.insert(QStringLiteral("status"), status);
    if (kind == Kind::RateLimit || retryAfter > 0)
        o.insert(QStringLiteral("retry_after"), retryAfter);
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("error_code"), errorCode);
    if (!errorMsg.isEmpty())
        o.insert(QStringLiteral("error_msg"), errorMsg);
    return o;
}

std::optional<Fault> Fault::fromJson(const QJsonObject &o, QString *error)
{
    const auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (!kind) {
        if (error)
            *error = QStringLiteral("unknown fault kind; use latency, http_error, rate_limit, drop, drop_mid_body, "
                                    "truncate, html_error or business_error");
        return std::nullopt;
    }
    Fault f;
    f.kind = *kind;
    const QJsonValue count = o.value(QStringLiteral("count"));
    if (count.isString() && count.toString() == QLatin1String("all"))
        f.remaining = -1;
    else
        f.remaining = count.toInt(-1);
    if (f.remaining == 0 || f.remaining < -1) {
        if (error)
            *error = QStringLiteral("count must be a positive number, -1 or \"all\"");
        return std::nullopt;
    }
    f.pathPrefix = o.value(QStringLiteral("path_prefix")).toString();
    f.method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    f.latencyMs = qMax(0, o.value(QStringLiteral("latency_ms")).toInt(0));
    f.status = o.value(QStringLiteral("status")).toInt(0);
    f.retryAfter = o.value(QStringLiteral("retry_after")).toInt(f.kind == Kind::RateLimit ? 1 : 0);
    f.errorCode = o.value(QStringLiteral("error_code")).toString();
    f.errorMsg = o.value(QStringLiteral("error_msg")).toString();
    if (f.kind == Kind::BusinessError && f.errorCode.isEmpty())
        f.errorCode = QStringLiteral("OSM.01010014");
    if (f.kind == Kind::Latency && f.latencyMs <= 0) {
        if (error)
            *error = QStringLiteral("a latency fault needs latency_ms > 0");
        return std::nullopt;
    }
    return f;
}

} // namespace osm::sim
