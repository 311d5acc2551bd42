#include "LaunchRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace osm::app {

namespace {
const QString kScheme = QStringLiteral("osmdesk");
const QString kCaseKey = QStringLiteral("case");
const QString kProfileKey = QStringLiteral("profile");
}

bool isPlausibleCaseId(const QString &caseId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    return pattern.match(caseId).hasMatch();
}

std::optional<LaunchRequest> LaunchRequest::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // osmdesk://case/ID has the host "case"; osmdesk:case/ID has the path "case/ID".
    QString path = url.path(QUrl::FullyDecoded);
    if (!url.host().isEmpty())
        path = url.host() + path;
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 2 || parts.first().compare(kCaseKey, Qt::CaseInsensitive) != 0
        || !isPlausibleCaseId(parts.last()))
        return std::nullopt;
    return LaunchRequest{parts.last(), {}};
}

std::optional<LaunchRequest> LaunchRequest::fromArguments(const QStringList &positional, QString *error)
{
    if (positional.isEmpty())
        return LaunchRequest{};
    if (positional.size() == 1) {
        const QString &argument = positional.first();
        if (argument.contains(QLatin1Char(':'))) {
            if (auto request = fromUrl(argument))
                return request;
        } else if (isPlausibleCaseId(argument)) {
            return LaunchRequest{argument, {}};
        }
    }
    if (error) {
        *error = QCoreApplication::translate(
            "osm::app::LaunchRequest",
            "Expected at most one case, as a case id or as a link such as osmdesk://case/<case id>.");
    }
    return std::nullopt;
}

QByteArray LaunchRequest::toMessage() const
{
    QJsonObject message{{kCaseKey, caseId}};
    if (!profileId.isEmpty())
        message.insert(kProfileKey, profileId);
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

std::optional<LaunchRequest> LaunchRequest::fromMessage(const QByteArray &message)
{
    const QJsonDocument document = QJsonDocument::fromJson(message);
    if (!document.isObject())
        return std::nullopt;
    const QString caseId = document.object().value(kCaseKey).toString();
    if (!caseId.isEmpty() && !isPlausibleCaseId(caseId))
        return std::nullopt;
    return LaunchRequest{caseId, document.object().value(kProfileKey).toString()};
}

} // namespace osm::app
