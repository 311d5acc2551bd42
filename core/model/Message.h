#pragma once

#include "Accessory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace osm {

// One message of a case: QueryMessageInfoV2 (5.10.5 list_messages, 5.10.6, 5.10.7 poll_instant_messages)
// and IncidentMessageV2 (5.11.4 message_list, a subset of the same fields). Codes stay raw integers: the
// meaning of `status` is not documented, and replier_type's description is swapped with replier's in 5.10.6.
struct Message
{
    // type (and replier_type): who wrote the message.
    enum Type : int { CustomerMessage = 0, SupportMessage = 1 };
    // iam_user_type
    enum IamUserType : int { MainAccount = 0, SubAccount = 1 };

    int type = CustomerMessage; // type: 0 customer, 1 customer service
    int replierType = 0;        // replier_type, 0..3
    QString replier;            // replier: replier id
    QString replierName;        // replier_name
    QString content;            // content; with trim_osm_rich_text_label=false an osm-rich-text HTML fragment
    QDateTime createTime;       // create_time ("2026-03-24T01:29:42.464+00:00"), UTC
    QString messageId;          // message_id
    int status = 0;             // status (meaning not documented)
    QString displayType;        // display_type: NORMAL, QA_BOT, EXT_PARAM_REQUEST, AUTH (kept as sent)
    QString extension;          // extension: extra display information
    int iamUserType = MainAccount;     // iam_user_type: 0 main account, 1 sub-account
    QList<Accessory> accessories;      // accessory_list
    std::optional<int> isFirstMessage; // is_first_message: only in chapter 4's detail example, not in a table
    QJsonObject raw;                   // the object as received

    static constexpr QLatin1StringView DisplayNormal{"NORMAL"};
    static constexpr QLatin1StringView DisplayQaBot{"QA_BOT"};
    static constexpr QLatin1StringView DisplayExtParamRequest{"EXT_PARAM_REQUEST"};
    static constexpr QLatin1StringView DisplayAuth{"AUTH"};

    bool isFromSupport() const { return type == SupportMessage; }

    static Message fromJson(const QJsonObject &json);
    // Every QueryMessageInfoV2 field; is_first_message only when known; unmodelled fields of `raw` kept.
    QJsonObject toJson() const;

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace osm
