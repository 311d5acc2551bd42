#include "Params.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

namespace osm::sim {

Params::Params(const Request &request)
    : m_request(request)
{
}

QString Params::caseId()
{
    const QString id = m_request.pathParam(QStringLiteral("case_id"));
    if (id.isEmpty() || id.size() > 32)
        fail(QStringLiteral("case_id must be 1 to 32 characters long"));
    return id;
}

void Params::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<int> Params::optionalInteger(const QString &key, int min, int max)
{
    if (!m_request.hasQuery(key))
        return std::nullopt;
    bool isNumber = false;
    const qlonglong value = m_request.queryValue(key).trimmed().toLongLong(&isNumber);
    if (!isNumber) {
        fail(QStringLiteral("Parameter %1 must be an integer").arg(key));
        return std::nullopt;
    }
    if (value < min || value > max) {
        fail(QStringLiteral("Parameter %1 must be between %2 and %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return int(value);
}

int Params::integer(const QString &key, int fallback, int min, int max)
{
    return optionalInteger(key, min, max).value_or(fallback);
}

QString Params::string(const QString &key, int maxLength, bool required)
{
    if (!m_request.hasQuery(key)) {
        if (required)
            fail(QStringLiteral("Parameter %1 is required").arg(key));
        return {};
    }
    const QString value = m_request.queryValue(key);
    if (value.size() > maxLength)
        fail(QStringLiteral("Parameter %1 is longer than %2 characters").arg(key).arg(maxLength));
    if (required && value.isEmpty())
        fail(QStringLiteral("Parameter %1 is required").arg(key));
    return value;
}

QStringList Params::array(const QString &key, int maxItems, int maxItemLength, bool required)
{
    QStringList values = m_request.queryValues(key);
    if (values.size() == 1 && values.first().contains(QLatin1Char(',')))
        values = values.first().split(QLatin1Char(','), Qt::SkipEmptyParts);
    values.removeAll(QString());
    if (required && values.isEmpty())
        fail(QStringLiteral("Parameter %1 is required").arg(key));
    if (values.size() > maxItems)
        fail(QStringLiteral("Parameter %1 takes at most %2 values").arg(key).arg(maxItems));
    for (const QString &value : std::as_const(values)) {
        if (value.size() > maxItemLength)
            fail(QStringLiteral("A value of parameter %1 is longer than %2 characters").arg(key).arg(maxItemLength));
    }
    return values;
}

bool Params::boolean(const QString &key, bool fallback)
{
    if (!m_request.hasQuery(key))
        return fallback;
    const QString value = m_request.queryValue(key).trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    fail(QStringLiteral("Parameter %1 must be true or false").arg(key));
    return fallback;
}

QDateTime Params::dateTime(const QString &key)
{
    if (!m_request.hasQuery(key))
        return {};
    const QString text = m_request.queryValue(key).trimmed();
    QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!local.isValid()) {
        fail(QStringLiteral("Parameter %1 must have the format yyyy-MM-dd HH:mm:ss").arg(key));
        return {};
    }
    local.setTimeZone(QTimeZone(timeZoneOffset(m_request)));
    return local.toUTC();
}

QJsonObject Params::bodyObject(bool required)
{
    if (m_request.body.trimmed().isEmpty()) {
        if (required)
            fail(QStringLiteral("The request body is required"));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(QStringLiteral("The request body is not a JSON object"));
        return {};
    }
    return doc.object();
}

QString Params::bodyString(const QJsonObject &object, const QString &key, int maxLength, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(QStringLiteral("Field %1 is required").arg(key));
        return {};
    }
    if (!value.isString()) {
        fail(QStringLiteral("Field %1 must be a string").arg(key));
        return {};
    }
    const QString text = value.toString();
    if (text.size() > maxLength)
        fail(QStringLiteral("Field %1 is longer than %2 characters").arg(key).arg(maxLength));
    return text;
}

int Params::timeZoneOffset(const Request &request)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:GMT|UTC)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString zone = QString::fromUtf8(request.header("X-Time-Zone")).trimmed();
    if (zone.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0
        || zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)
        return 0;
    const auto m = pattern.match(zone);
    if (!m.hasMatch())
        return 8 * 3600;
    const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
    return sign * (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60);
}

} // namespace osm::sim
