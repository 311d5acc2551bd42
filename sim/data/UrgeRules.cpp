#include "UrgeRules.h"

#include "Server.h"

#include <QDateTime>

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-urge-rules");
}

UrgeRules::UrgeRules(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

UrgeRules &UrgeRules::of(Server &server)
{
    if (auto *book = server.findChild<UrgeRules *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new UrgeRules(&server);
}

qint64 UrgeRules::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

} // namespace osm::sim
