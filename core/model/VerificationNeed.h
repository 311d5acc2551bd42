#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// The answer of 5.13.1 check_need_verify: whether a contact value needs a verification code first.
struct VerificationNeed
{
    bool needVerifyCode = false; // need_verify_code: Integer 0/1
    // expire_time: the reference gives no format (its example is "test"), so the text is kept as sent.
    QString expireTime;

    static VerificationNeed fromJson(const QJsonObject &json);
    // Writes need_verify_code as the table's integer.
    QJsonObject toJson() const;

    friend bool operator==(const VerificationNeed &, const VerificationNeed &) = default;
};

} // namespace osm
