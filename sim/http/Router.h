#pragma once

#include "http/Request.h"
#include "http/Response.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace osm::sim {

// Method + path pattern ("/v2/servicerequest/cases/{case_id}/messages") → handler. A literal segment beats
// a {parameter} at the same place, so ".../cases/count" wins over ".../cases/{case_id}".
class Router
{
public:
    enum class Auth {
        None,     // IAM token issue, /_sim control routes
        Iam,      // IAM calls: AK/SK (no X-Domain-Id needed) or a token
        Osm,      // OSM calls: AK/SK with X-Domain-Id, or a token
    };
    using Handler = std::function<Response(Request &)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Auth auth = Auth::Osm;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
    };

    void add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler);
    std::optional<Match> match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace osm::sim
