#pragma once

#include "VerifiedContact.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.13.2 list_verified_contacts: one page and the number of all that match.
struct VerifiedContactList
{
    qint64 count = 0;                // count (total_count is read too)
    QList<VerifiedContact> contacts; // contact_list

    static VerifiedContactList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const VerifiedContactList &, const VerifiedContactList &) = default;
};

} // namespace osm
