#pragma once

#include <QJsonObject>

namespace osm {

// The answer of 5.8.10 show_case_limits: {"config": TenantConfigV2}.
struct CaseLimits
{
    int ccEmailMaxCount = 0; // config.create_case_ccemail_max_count, 0..65535

    static CaseLimits fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseLimits &, const CaseLimits &) = default;
};

} // namespace osm
