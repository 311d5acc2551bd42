#pragma once

#include "auth/Identity.h"
#include "net/QueryItems.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace osm::sim {

// One request as the simulator received it, copied out of QHttpServerRequest (which 6.4 reuses for the
// next request on the same socket) so that a delayed answer can still read it.
class Request
{
public:
    QByteArray method;   // upper case
    QString path;        // decoded
    QByteArray rawQuery; // percent-encoded, as sent
    QueryItems query;    // decoded pairs, wire order
    QList<std::pair<QByteArray, QByteArray>> headers; // names as received
    QByteArray body;
    QHostAddress peer;

    // Filled in during dispatch.
    QHash<QString, QString> pathParams;
    Identity identity;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    bool hasHeader(const QByteArray &name) const;
    bool hasQuery(const QString &key) const;
    QString queryValue(const QString &key) const; // the first value
    QStringList queryValues(const QString &key) const;
    QString pathParam(const QString &name) const { return pathParams.value(name); }
    bool wantsEnglish() const; // X-Language en-*
};

} // namespace osm::sim
