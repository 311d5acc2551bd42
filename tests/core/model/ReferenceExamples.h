#pragma once

// Access to the reference's own examples and field tables: tests/data/endpoints.json (a copy of
// shared/osm-api/endpoints.json), looked up by endpoint id.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace osmtest {

inline const QJsonArray &allEndpoints()
{
    static const QJsonArray endpoints = [] {
        QFile file(QStringLiteral(OSM_TEST_DATA_DIR "/endpoints.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(file.fileName()));
        return QJsonDocument::fromJson(file.readAll()).array();
    }();
    return endpoints;
}

// The endpoint object with this `id`; {} when there is none.
inline QJsonObject endpoint(const QString &id)
{
    for (const QJsonValue &value : allEndpoints()) {
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

// The response example, verbatim, as the bytes a server would send.
inline QByteArray responseExample(const QString &id)
{
    return endpoint(id).value(QLatin1String("response_example")).toString().toUtf8();
}

// The field names of the response table at `path` (e.g. {"incident_info_list"}); {} is the top level.
inline QSet<QString> tableFields(const QString &id, const QStringList &path = {})
{
    QJsonArray fields = endpoint(id).value(QLatin1String("response")).toArray();
    for (const QString &step : path) {
        QJsonArray next;
        for (const QJsonValue &f : fields) {
            if (f.toObject().value(QLatin1String("name")).toString() == step)
                next = f.toObject().value(QLatin1String("fields")).toArray();
        }
        fields = next;
    }
    QSet<QString> names;
    for (const QJsonValue &f : fields)
        names.insert(f.toObject().value(QLatin1String("name")).toString());
    return names;
}

inline QSet<QString> keys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.begin(), list.end());
}

} // namespace osmtest
