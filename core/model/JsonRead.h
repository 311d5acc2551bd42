#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <initializer_list>

// Lenient readers for the OSM API's JSON. The reference contradicts itself (API.md §8, the `notes` of every
// endpoint in endpoints.json): integers arrive as strings ("count": "123", "port": "22"), booleans as 1/0,
// objects as one-element arrays (ext_info, cc_email_info), arrays as comma-separated strings
// (related_id_list, item_ids), totals under two names (count/total_count), and times in four formats
// (API.md §6.2). Every value type in model/ reads its fields through these functions, so a response that
// follows either the table or the example is understood, and nothing here ever throws or asserts.
namespace osm::json {

// A string as is; a number as its text (integers without ".0", other numbers in the shortest exact form);
// a bool as "true"/"false"; an array or object as compact JSON text; null/undefined as an empty string.
QString string(const QJsonValue &value);

// A number (fractions truncated toward zero), a numeric string ("123", " 22 ", "1e3"), a bool as 0/1.
// Anything else — and numbers outside the qint64 range — gives `fallback`.
qint64 integer(const QJsonValue &value, qint64 fallback = 0);

// A number, a numeric string, a bool as 0/1; anything else (and NaN/infinity) gives `fallback`.
double number(const QJsonValue &value, double fallback = 0.0);

// true/false, a number (0 is false, any other number true), the strings "1"/"0"/"true"/"false"
// (case and surrounding blanks ignored); anything else gives `fallback`.
bool boolean(const QJsonValue &value, bool fallback = false);

// A point in time, returned with Qt::UTC as its time spec. Accepted:
//  * epoch seconds, as a number or numeric string (5.11.4 create_time 1640995200);
//  * epoch milliseconds — any magnitude above 1e11 (5.10.6 create_time 1774860177173);
//  * ISO-8601 text with or without fraction and offset ("2026-03-30T08:57:47.921+00:00",
//    "2019-02-13T06:52:13.855000Z", "2020-12-25T09:24:18Z"); fractions beyond milliseconds are truncated;
//  * "yyyy-MM-dd HH:mm:ss" (and "yyyy-MM-dd"), text without an offset: the API processes times in the
//    X-Time-Zone of the request (table 3-3), so such text is read in `zoneForLocalText` (UTC if invalid).
// Anything else ("test", null, an object) and the number 0 — which the reference uses for "not set"
// (chapter 4: "resolve_time": 0) — give an invalid QDateTime.
QDateTime timestamp(const QJsonValue &value, const QTimeZone &zoneForLocalText);
// The same with text without an offset read in UTC (an overload rather than a default argument: building
// QTimeZone::utc() for every call cost more than the parsing).
QDateTime timestamp(const QJsonValue &value);

// The zone named by an X-Time-Zone header value: "GMT+8" (the documented default), "GMT+08:00", "UTC-5:30",
// "GMT", "Z", "+0800", or an IANA id ("Asia/Shanghai"). An unrecognised value gives an invalid QTimeZone.
QTimeZone timeZone(QStringView headerValue);

// An array as is; a single object as a one-element array; a string holding a JSON array as its elements;
// any other string as its comma-separated, trimmed, non-empty parts ("a,b" → ["a","b"]);
// null/undefined/"" as []; any other scalar as a one-element array.
QJsonArray array(const QJsonValue &value);

// An object as is; an array as its first object element (5.11.4 ext_info is an object in the table, an
// array in the example); a string holding a JSON object (or array) is parsed the same way; otherwise {}.
QJsonObject object(const QJsonValue &value);

// The value of the first of `names` that is present and not null; undefined if none is. For the fields the
// reference names two ways: count/total_count, incident_statuses_counts/incident_status_counts, ...
QJsonValue field(const QJsonObject &object, std::initializer_list<QLatin1StringView> names);
QJsonValue field(const QJsonObject &object, std::initializer_list<const char *> names);

// array(value) with every element read by string(); elements that read as empty are dropped.
QStringList stringList(const QJsonValue &value);

// array(value)'s object elements read by T::fromJson; other elements (null, "test") are skipped.
template <typename T> QList<T> objects(const QJsonValue &value)
{
    QList<T> result;
    for (const QJsonValue &element : array(value)) {
        if (element.isObject())
            result.append(T::fromJson(element.toObject()));
    }
    return result;
}

// --- Writers used by the value types' toJson() ---

// Every item's toJson(), in order.
template <typename T> QJsonArray toArray(const QList<T> &items)
{
    QJsonArray result;
    for (const T &item : items)
        result.append(item.toJson());
    return result;
}

// ISO-8601 in UTC with milliseconds ("2026-03-24T01:29:42.464Z"), the format of the String-typed time
// fields; an invalid time is written as "" (what the examples use for "no value").
QJsonValue isoText(const QDateTime &time);

// Epoch seconds, for the fields the tables type Timestamp/Long (5.11.4 create_time, confirmed_time,
// resolve_time); an invalid time is written as null.
QJsonValue epochSeconds(const QDateTime &time);

// `base` with every key of `typed` written over it: toJson() of a type that keeps the object it was read
// from (`raw`) returns the fields it does not model unchanged.
QJsonObject merged(QJsonObject base, const QJsonObject &typed);

} // namespace osm::json
