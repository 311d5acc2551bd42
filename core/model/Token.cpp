#include "Token.h"

#include "JsonRead.h"

namespace osm {

namespace {

const QLatin1StringView kToken("token");

// IAM writes microseconds: "2019-02-13T06:52:13.855000Z".
QJsonValue iamTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

QJsonObject idName(const QString &id, const QString &name)
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert(QLatin1String("id"), id);
    if (!name.isEmpty())
        o.insert(QLatin1String("name"), name);
    return o;
}

} // namespace

bool Token::isValidAt(const QDateTime &now, qint64 marginSeconds) const
{
    return expiresAt.isValid() && now.addSecs(marginSeconds) < expiresAt;
}

Token Token::fromJson(const QJsonObject &json)
{
    const QJsonObject token = json.contains(kToken) ? json::object(json.value(kToken)) : json;
    const QJsonObject user = json::object(token.value(QLatin1String("user")));
    const QJsonObject userDomain = json::object(user.value(QLatin1String("domain")));
    const QJsonObject project = json::object(token.value(QLatin1String("project")));
    const QJsonObject domain = json::object(token.value(QLatin1String("domain")));
    const auto str = [](const QJsonObject &o, const char *name) {
        return json::string(o.value(QLatin1StringView(name)));
    };

    Token t;
    t.expiresAt = json::timestamp(token.value(QLatin1String("expires_at")));
    t.issuedAt = json::timestamp(token.value(QLatin1String("issued_at")));
    t.methods = json::stringList(token.value(QLatin1String("methods")));
    t.userId = str(user, "id");
    t.userName = str(user, "name");
    t.userDomainId = str(userDomain, "id");
    t.userDomainName = str(userDomain, "name");
    t.projectId = str(project, "id");
    t.projectName = str(project, "name");
    t.domainId = str(domain, "id");
    t.domainName = str(domain, "name");
    t.raw = token;
    return t;
}

QJsonObject Token::toJson() const
{
    QJsonObject typed{
        {QLatin1String("expires_at"), iamTime(expiresAt)},
        {QLatin1String("methods"), QJsonArray::fromStringList(methods)},
    };
    if (issuedAt.isValid())
        typed.insert(QLatin1String("issued_at"), iamTime(issuedAt));
    QJsonObject token = json::merged(raw, typed);

    // Nested objects are merged field by field so that what IAM sent besides id/name survives.
    QJsonObject user = json::merged(json::object(raw.value(QLatin1String("user"))), idName(userId, userName));
    const QJsonObject userDomain =
        json::merged(json::object(user.value(QLatin1String("domain"))), idName(userDomainId, userDomainName));
    if (!userDomain.isEmpty())
        user.insert(QLatin1String("domain"), userDomain);
    if (!user.isEmpty())
        token.insert(QLatin1String("user"), user);
    const QJsonObject project =
        json::merged(json::object(raw.value(QLatin1String("project"))), idName(projectId, projectName));
    if (!project.isEmpty())
        token.insert(QLatin1String("project"), project);
    const QJsonObject domain =
        json::merged(json::object(raw.value(QLatin1String("domain"))), idName(domainId, domainName));
    if (!domain.isEmpty())
        token.insert(QLatin1String("domain"), domain);
    return QJsonObject{{kToken, token}};
}

} // namespace osm
