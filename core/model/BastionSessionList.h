#pragma once

#include "BastionSession.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.6.8 list_bastion_history_sessions: one page of an authorized host's bastion-host sessions.
struct BastionSessionList
{
    qint64 totalCount = 0; // total_count (count is read too)
    QList<BastionSession> sessions; // session_list

    static BastionSessionList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const BastionSessionList &, const BastionSessionList &) = default;
};

} // namespace osm
