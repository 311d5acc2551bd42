#pragma once

#include <QByteArray>
#include <QString>

namespace osm::sim {

// Who an authenticated request acts for.
struct Identity
{
    enum class Kind { None, AkSk, Token };
    Kind kind = Kind::None;
    QString domainId;
    QString domainName;
    QString userId;   // empty for AK/SK (acts as the account)
    QString userName;
    QByteArray accessKey;
};

} // namespace osm::sim
