#include "Request.h"

namespace osm::sim {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool Request::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Request::hasQuery(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString Request::queryValue(const QString &key) const
{
    for (const auto &[name, value] : query) {
        if (name == key)
            return value;
    }
    return {};
}

QStringList Request::queryValues(const QString &key) const
{
    QStringList values;
    for (const auto &[name, value] : query) {
        if (name == key)
            values.append(value);
    }
    return values;
}

bool Request::wantsEnglish() const
{
    return header("X-Language").trimmed().toLower().startsWith("en");
}

} // namespace osm::sim
