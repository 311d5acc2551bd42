#include "Secret.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace osm {

namespace {
const QString kVersion = QStringLiteral("v");
const QString kSecretKey = QStringLiteral("sk");
const QString kToken = QStringLiteral("token");
const QString kPassword = QStringLiteral("password");
} // namespace

QByteArray Secret::toJson() const
{
    QJsonObject object{{kVersion, 1}};
    if (!secretKey.isEmpty())
        object.insert(kSecretKey, secretKey);
    if (!securityToken.isEmpty())
        object.insert(kToken, securityToken);
    if (!password.isEmpty())
        object.insert(kPassword, password);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Secret> Secret::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(kVersion).toInt() != 1)
        return std::nullopt;
    Secret secret;
    secret.secretKey = object.value(kSecretKey).toString();
    secret.securityToken = object.value(kToken).toString();
    secret.password = object.value(kPassword).toString();
    return secret;
}

} // namespace osm
