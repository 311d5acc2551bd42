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

// Reads the ISO-8601 forms the API sends, by hand: this runs for every time field of every answer, and the
// regular expression (plus a QTimeZone per offset) it replaces was about a fifth of CaseList::fromJson.
// Grammar (letters in either case, digits ASCII):
//   yyyy-M[M]-d[d] [(T|space) H[H]:mm [:ss [(.|,)fraction]]] blanks [Z | (+|-)hh [[:]mm]]
class IsoCursor
{
public:
    explicit IsoCursor(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    static bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

    // Between `least` and `most` digits as a number; false (nothing consumed) if fewer than `least`.
    bool digits(int least, int most, int *value)
    {
        int count = 0;
        int result = 0;
        while (count < most && isDigit(peek(count))) {
            result = result * 10 + (peek(count).unicode() - '0');
            ++count;
        }
        if (count < least)
            return false;
        m_pos += count;
        *value = result;
        return true;
    }
    // The first three digits of a fraction of any length, as milliseconds ("855000" → 855, "9" → 900).
    bool fractionMilliseconds(int *ms)
    {
        int count = 0;
        int result = 0;
        while (isDigit(peek(count))) {
            if (count < 3)
                result = result * 10 + (peek(count).unicode() - '0');
            ++count;
        }
        if (count == 0)
            return false;
        for (int i = count; i < 3; ++i)
            result *= 10;
        m_pos += count;
        *ms = result;
        return true;
    }
    bool accept(char c)
    {
        if (atEnd() || peek().toLower() != QLatin1Char(c))
            return false;
        ++m_pos;
        return true;
    }
    void skipBlanks()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// Milliseconds since the epoch of a date and time read as UTC.
qint64 utcMilliseconds(QDate date, QTime time)
{
    constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
    return (date.toJulianDay() - kEpochJulianDay) * qint64(86400000) + time.msecsSinceStartOfDay();
}

// `zoneForLocalText` null: text without an offset is read in UTC (the one-argument timestamp()).
QDateTime fromText(QStringView text, const QTimeZone *zoneForLocalText)
{
    IsoCursor in(text);
    int year = 0, month = 0, day = 0;
    if (!in.digits(4, 4, &year) || !in.accept('-') || !in.digits(1, 2, &month) || !in.accept('-') ||
        !in.digits(1, 2, &day))
        return {};
    int hour = 0, minute = 0, second = 0, msec = 0;
    // A time follows "T", or a blank and a digit (a blank may also lead to the offset of a date alone).
    if (in.peek().toLower() == QLatin1Char('t') || (in.peek() == QLatin1Char(' ') && IsoCursor::isDigit(in.peek(1)))) {
        in.accept(in.peek() == QLatin1Char(' ') ? ' ' : 't');
        if (!in.digits(1, 2, &hour) || !in.accept(':') || !in.digits(2, 2, &minute))
            return {};
        if (in.accept(':')) {
            if (!in.digits(2, 2, &second))
                return {};
            if ((in.accept('.') || in.accept(',')) && !in.fractionMilliseconds(&msec))
                return {};
        }
    }
    in.skipBlanks();

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};

    if (in.atEnd()) { // no offset: the request's X-Time-Zone
        if (zoneForLocalText && zoneForLocalText->isValid())
            return QDateTime(date, time, *zoneForLocalText).toUTC();
        return QDateTime::fromMSecsSinceEpoch(utcMilliseconds(date, time), Qt::UTC);
    }
    int offsetSeconds = 0;
    if (!in.accept('z')) {
        const int sign = in.accept('-') ? -1 : (in.accept('+') ? 1 : 0);
        int hours = 0, minutes = 0;
        if (sign == 0 || !in.digits(2, 2, &hours))
            return {};
        if (!in.atEnd()) {
            in.accept(':');
            if (!in.digits(2, 2, &minutes))
                return {};
        }
        if (minutes >= 60)
            return {};
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    if (!in.atEnd())
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMilliseconds(date, time) - qint64(offsetSeconds) * 1000, Qt::UTC);
}

// ISO text starts with four digits and a dash; no number does.
bool looksLikeIsoDate(QStringView text)
{
    return text.size() >= 5 && IsoCursor::isDigit(text[0]) && IsoCursor::isDigit(text[1]) &&
           IsoCursor::isDigit(text[2]) && IsoCursor::isDigit(text[3]) && text[4] == QLatin1Char('-');
}

QDateTime timestampOf(const QJsonValue &value, const QTimeZone *zoneForLocalText)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return fromEpoch(value.toDouble());
    case QJsonValue::String: {
        const QString string = value.toString();
        const QStringView text = QStringView(string).trimmed();
        if (text.isEmpty())
            return {};
        if (looksLikeIsoDate(text))
            return fromText(text, zoneForLocalText);
        // A bare number is an epoch value (5.11.4's second "create_time": "123").
        if (const auto d = parseNumber(text.toString()))
            return fromEpoch(*d);
        return {};
    }
    default:
        return {};
    }
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

QDateTime timestamp(const QJsonValue &value)
{
    return timestampOf(value, nullptr);
}

QDateTime timestamp(const QJsonValue &value, const QTimeZone &zoneForLocalText)
{
    return timestampOf(value, &zoneForLocalText);
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
