#include "BodyReader.h"

#include <QJsonArray>

#include <cmath>

namespace osm::sim {

BodyReader::BodyReader(Params &params, const QJsonObject &object, const QString &prefix)
    : m_params(params)
    , m_object(object)
    , m_prefix(prefix)
{
}

bool BodyReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

void BodyReader::missing(const QString &key)
{
    m_params.fail(QStringLiteral("Field %1 is required").arg(name(key)));
}

std::optional<qint64> BodyReader::integer(const QString &key, qint64 min, qint64 max, bool required)
{
    if (!has(key)) {
        if (required)
            missing(key);
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number) {
        m_params.fail(QStringLiteral("Field %1 must be an integer").arg(name(key)));
        return std::nullopt;
    }
    if (number < double(min) || number > double(max)) {
        m_params.fail(QStringLiteral("Field %1 must be between %2 and %3").arg(name(key)).arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> BodyReader::boolean(const QString &key, bool required)
{
    if (!has(key)) {
        if (required)
            missing(key);
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        m_params.fail(QStringLiteral("Field %1 must be true or false").arg(name(key)));
        return std::nullopt;
    }
    return value.toBool();
}

QString BodyReader::string(const QString &key, int minLength, int maxLength, bool required)
{
    if (!has(key)) {
        if (required)
            missing(key);
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        m_params.fail(QStringLiteral("Field %1 must be a string").arg(name(key)));
        return {};
    }
    const QString text = value.toString();
    if (text.size() < minLength || text.size() > maxLength)
        m_params.fail(QStringLiteral("Field %1 must be %2 to %3 characters long").arg(name(key)).arg(minLength).arg(maxLength));
    return text;
}

QStringList BodyReader::strings(const QString &key, int minItems, int maxItems, int minLength, int maxLength,
                                bool required, bool commaText)
{
    if (!has(key)) {
        if (required)
            missing(key);
        return {};
    }
    const QJsonValue value = m_object.value(key);
    QStringList values;
    if (value.isString() && commaText) {
        for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(part.trimmed());
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            if (!element.isString()) {
                m_params.fail(QStringLiteral("Field %1 must be an array of strings").arg(name(key)));
                return {};
            }
            values.append(element.toString());
        }
    } else {
        m_params.fail(QStringLiteral("Field %1 must be an array of strings").arg(name(key)));
        return {};
    }
    if (values.size() < minItems || values.size() > maxItems)
        m_params.fail(QStringLiteral("Field %1 takes %2 to %3 values").arg(name(key)).arg(minItems).arg(maxItems));
    for (const QString &text : std::as_const(values)) {
        if (text.size() < minLength || text.size() > maxLength)
            m_params.fail(QStringLiteral("A value of field %1 must be %2 to %3 characters long")
                              .arg(name(key)).arg(minLength).arg(maxLength));
    }
    return values;
}

std::optional<QMap<QString, QString>> BodyReader::stringMap(const QString &key, bool required)
{
    const std::optional<QJsonObject> map = object(key, required);
    if (!map)
        return std::nullopt;
    QMap<QString, QString> result;
    for (auto it = map->begin(); it != map->end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            result.insert(it.key(), value.toString());
        else if (value.isDouble())
            result.insert(it.key(), QString::number(value.toDouble(), 'g', 17));
        else if (value.isBool())
            result.insert(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else {
            m_params.fail(QStringLiteral("Field %1 must map names to strings").arg(name(key)));
            return std::nullopt;
        }
    }
    return result;
}

std::optional<QJsonObject> BodyReader::object(const QString &key, bool required)
{
    if (!has(key)) {
        if (required)
            missing(key);
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        m_params.fail(QStringLiteral("Field %1 must be an object").arg(name(key)));
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace osm::sim
