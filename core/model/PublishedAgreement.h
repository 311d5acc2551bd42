#pragma once

#include "Agreement.h"

#include <QJsonObject>

namespace osm {

// The answer of 5.1.1 show_published_agreement: the latest published version of one agreement type.
struct PublishedAgreement
{
    Agreement agreement; // case_agreement

    static PublishedAgreement fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const PublishedAgreement &, const PublishedAgreement &) = default;
};

} // namespace osm
