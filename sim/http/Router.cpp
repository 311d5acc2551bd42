#include "Router.h"

namespace osm::sim {

namespace {

QStringList splitPath(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast(); // tolerate one trailing slash
    return parts;
}

bool isParam(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler)
{
    m_routes.append(Route{method.toUpper(), pattern, splitPath(pattern), auth, std::move(handler)});
}

std::optional<Router::Match> Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList parts = splitPath(path);
    std::optional<Match> best;
    QList<bool> bestShape; // true = literal, per segment; the first difference decides
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != parts.size())
            continue;
        Match m;
        m.route = &route;
        QList<bool> shape;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &segment = route.segments.at(i);
            if (isParam(segment)) {
                if (parts.at(i).isEmpty())
                    ok = false;
                m.params.insert(segment.mid(1, segment.size() - 2), parts.at(i));
                shape.append(false);
            } else {
                ok = segment == parts.at(i);
                shape.append(true);
            }
        }
        if (!ok)
            continue;
        if (!best || shape > bestShape) {
            best = m;
            bestShape = shape;
        }
    }
    return best;
}

} // namespace osm::sim
