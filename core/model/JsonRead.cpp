#include "JsonRead.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace osm::json {

namespace {

// The largest double below 2^63: integral doubles up to this fit a qint64.
constexpr double kInt64Limit = 9223372036854774784.0;

// Above this an epoch value is taken as milliseconds: 1e11 s is the year 5138, 1e11 ms is 1973-03-03.
constexpr double kMillisecondsThreshold = 1e11;

bool fitsInt64(double d)
{
    return std::isfinite(d) && std::fabs(d) <= kInt64Limit;
}

QString numberText(const QJsonValue &value)
{
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return {};
    if (d == std::trunc(d) && fitsInt64(d))
        return QString::number(value.toInteger(static_cast<qint64>(d))); // exact for parsed 64-bit integers
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double d = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<qint64> integerOf(double d)
{
    if (!fitsInt64(d))
        return std::nullopt;
    return static_cast<qint64>(std::trunc(d));
}

QDateTime fromEpoch(double value)
{
    // 0 is "not set" (chapter 4 "resolve_time": 0), not 1970-01-01.
    if (!std::isfinite(value) || value == 0)
        return {};
    const double ms = std::fabs(value) > kMillisecondsThreshold ? value : value * 1000.0;
    if (!fitsInt64(ms))
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(ms), Qt::UTC);
}

QDateTime fromText(const QString &text, const QTimeZone &zoneForLocalText)
{
    // date [T|space time[.fraction]] [Z|±hh[:mm]]
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2}))"
                       R"((?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)"
                       R"(\s*(Z|[+-]\d{2}(?::?\d{2})?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (m.hasCaptured(7)) // the fraction, truncated to milliseconds ("855000" → 855)
        msec = (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time = m.hasCaptured(4) ? QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                                                m.hasCaptured(6) ? m.captured(6).toInt() : 0, msec)
                                        : QTime(0, 0);
    if (!date.isValid() || !time.isValid())
        return {};

    if (!m.hasCaptured(8)) {
        const QTimeZone zone = zoneForLocalText.isValid() ? zoneForLocalText : QTimeZone::utc();
        return QDateTime(date, time, zone).toUTC();
    }
    const QString offset = m.captured(8);
    if (offset.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return QDateTime(date, time, Qt::UTC);
    QString digits = offset.mid(1);
    digits.remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    if (minutes >= 60)
        return {};
    const int seconds = (offset.startsWith(QLatin1Char('-')) ? -1 : 1) * (hours * 3600 + minutes * 60);
    const QDateTime result(date, time, Qt::OffsetFromUTC, seconds);
    return result.isValid() ? result.toUTC() : QDateTime();
}

QJsonValue fieldImpl(const QJsonObject &object, QLatin1StringView name, bool *found)
{
    const QJsonValue value = object.value(name);
    *found = !value.isUndefined() && !value.isNull();
    return value;
}

} // namespace

QString string(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::trunc(d) && fitsInt64(d))
            return value.toInteger(static_cast<qint64>(d)); // exact beyond 2^53 for parsed integers
        return integerOf(d).value_or(fallback);
    }
    case QJsonValue::String: {
        // "count": "123", "port": "22" (API.md §8, type mismatches)
        const QString trimmed = value.toString().trimmed();
        bool ok = false;
        const qint64 exact = trimmed.toLongLong(&ok);
        if (ok)
            return exact;
        if (const auto d = parseNumber(trimmed))
            return integerOf(*d).value_or(fallback);
        return fallback;
    }
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return fallback;
    }
}

double number(const QJsonValue &value, double fallback)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::isfinite(d) ? d : fallback;
    }
    case QJsonValue::String:
        return parseNumber(value.toString()).value_or(fallback);
    case QJsonValue::Bool:
        return value.toBool() ? 1.0 : 0.0;
    default:
        return fallback;
    }
}

bool boolean(const QJsonValue &value, bool fallback)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: // can_use_support_plan, show: Booleans returned as 1 (API.md §8)
        return value.toDouble() != 0.0;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        return fallback;
    }
    default:
        return fallback;
    }
}

QDateTime timestamp(const QJsonValue &value, const QTimeZone &zoneForLocalText)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return fromEpoch(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return {};
        // A bare number is an epoch value (5.11.4's second "create_time": "123"); ISO text never parses as
        // one.
        if (const auto d = parseNumber(text))
            return fromEpoch(*d);
        return fromText(text, zoneForLocalText);
    }
    default:
        return {};
    }
}

QTimeZone timeZone(QStringView headerValue)
{
    const QString text = headerValue.trimmed().toString();
    if (text.isEmpty())
        return {};
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:GMT|UTC)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (m.hasMatch() && (m.hasCaptured(1) || text.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0 ||
                         text.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)) {
        if (!m.hasCaptured(1))
            return QTimeZone::utc();
        const int hours = m.captured(2).toInt();
        const int minutes = m.hasCaptured(3) ? m.captured(3).toInt() : 0;
        if (hours > 14 || minutes >= 60)
            return {};
        const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
        return QTimeZone(sign * (hours * 3600 + minutes * 60));
    }
    if (text.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    // Only a known IANA id: the tz backend would also accept arbitrary POSIX-rule text such as "test".
    const QByteArray id = text.toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(id) ? QTimeZone(id) : QTimeZone();
}

QJsonArray array(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return value.toArray();
    case QJsonValue::Object:
        return QJsonArray{value.toObject()};
    case QJsonValue::String: {
        // related_id_list / item_ids sent as strings (API.md §8): "[...]" JSON text or "a,b"
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return {};
        if (text.startsWith(QLatin1Char('['))) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (doc.isArray())
                return doc.array();
        }
        QJsonArray parts;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                parts.append(trimmed);
        }
        return parts;
    }
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return QJsonArray{value};
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QJsonObject object(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return value.toObject();
    case QJsonValue::Array:
        // ext_info (5.11.4), cc_email_info (5.11.6), partners_service_info (5.11.8): objects sent as arrays
        for (const QJsonValue &element : value.toArray()) {
            if (element.isObject())
                return element.toObject();
        }
        return {};
    case QJsonValue::String: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().trimmed().toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return object(doc.array());
        return {};
    }
    default:
        return {};
    }
}

QJsonValue field(const QJsonObject &object, std::initializer_list<QLatin1StringView> names)
{
    for (const QLatin1StringView name : names) {
        bool found = false;
        const QJsonValue value = fieldImpl(object, name, &found);
        if (found)
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue field(const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        bool found = false;
        const QJsonValue value = fieldImpl(object, QLatin1StringView(name), &found);
        if (found)
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &element : array(value)) {
        const QString text = string(element);
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

QJsonValue isoText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue epochSeconds(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toSecsSinceEpoch();
}

QJsonObject merged(QJsonObject base, const QJsonObject &typed)
{
    for (auto it = typed.begin(); it != typed.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace osm::json
