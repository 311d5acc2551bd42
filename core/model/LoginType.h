#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace osm {

// The answer of 5.6.3 show_login_type: how the caller signed in. The reference names "ASSUMED" (an agency,
// i.e. a delegated account) and "FEDERATION" and is cut off after a third opening quote, so any other
// value is kept as sent.
struct LoginType
{
    static constexpr QLatin1StringView Assumed{"ASSUMED"};
    static constexpr QLatin1StringView Federation{"FEDERATION"};

    QString loginType; // login_type, 0-32

    bool isAssumed() const { return loginType.compare(Assumed, Qt::CaseInsensitive) == 0; }
    bool isFederation() const { return loginType.compare(Federation, Qt::CaseInsensitive) == 0; }

    static LoginType fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const LoginType &, const LoginType &) = default;
};

} // namespace osm
