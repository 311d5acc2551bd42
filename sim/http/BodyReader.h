#pragma once

#include "http/Params.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace osm::sim {

// Reads the fields of a JSON request body (or of an object inside it) against a table's types and limits.
// Violations go to the Params it was made with (first one wins, HTTP 400 OSM.0001); `prefix` names nested
// fields in the messages ("contacts." + "id_type").
class BodyReader
{
public:
    BodyReader(Params &params, const QJsonObject &object, const QString &prefix = {});

    bool has(const QString &key) const;
    // A JSON number with an integral value in [min, max]; nullopt when absent (or invalid).
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max, bool required = false);
    // true/false; nullopt when absent (or invalid).
    std::optional<bool> boolean(const QString &key, bool required = false);
    // A string of minLength..maxLength characters when present; "" when absent.
    QString string(const QString &key, int minLength, int maxLength, bool required = false);
    // An array of strings (each minLength..maxLength) with minItems..maxItems entries when present.
    // With `commaText`, a single string is read as its comma-separated parts (request examples do that).
    QStringList strings(const QString &key, int minItems, int maxItems, int minLength, int maxLength,
                        bool required = false, bool commaText = false);
    // A JSON object whose values are strings (Map<String,String>); numbers and booleans are taken as text.
    std::optional<QMap<QString, QString>> stringMap(const QString &key, bool required = false);
    // A nested JSON object; nullopt when absent.
    std::optional<QJsonObject> object(const QString &key, bool required = false);

private:
    QString name(const QString &key) const { return m_prefix + key; }
    void missing(const QString &key);

    Params &m_params;
    QJsonObject m_object;
    QString m_prefix;
};

} // namespace osm::sim
