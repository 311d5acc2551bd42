#include "Message.h"

#include "JsonRead.h"

namespace osm {

Message Message::fromJson(const QJsonObject &json)
{
    const auto v = [&json](const char *name) { return json.value(QLatin1StringView(name)); };
    Message message;
    message.type = static_cast<int>(json::integer(v("type")));
    message.replierType = static_cast<int>(json::integer(v("replier_type")));
    message.replier = json::string(v("replier"));
    message.replierName = json::string(v("replier_name"));
    message.content = json::string(v("content"));
    message.createTime = json::timestamp(v("create_time"));
    message.messageId = json::string(v("message_id"));
    message.status = static_cast<int>(json::integer(v("status")));
    message.displayType = json::string(v("display_type"));
    message.extension = json::string(v("extension"));
    message.iamUserType = static_cast<int>(json::integer(v("iam_user_type")));
    message.accessories = json::objects<Accessory>(v("accessory_list"));
    if (const QJsonValue first = v("is_first_message"); !first.isUndefined() && !first.isNull())
        message.isFirstMessage = static_cast<int>(json::integer(first));
    message.raw = json;
    return message;
}

QJsonObject Message::toJson() const
{
    QJsonObject typed{
        {QLatin1String("type"), type},
        {QLatin1String("replier_type"), replierType},
        {QLatin1String("replier"), replier},
        {QLatin1String("replier_name"), replierName},
        {QLatin1String("content"), content},
        {QLatin1String("create_time"), json::isoText(createTime)},
        {QLatin1String("message_id"), messageId},
        {QLatin1String("status"), status},
        {QLatin1String("display_type"), displayType},
        {QLatin1String("extension"), extension},
        {QLatin1String("iam_user_type"), iamUserType},
        {QLatin1String("accessory_list"), json::toArray(accessories)},
    };
    if (isFirstMessage)
        typed.insert(QLatin1String("is_first_message"), *isFirstMessage);
    return json::merged(raw, typed);
}

} // namespace osm
