#include "ErrorCatalog.h"

#include <QHash>

namespace osm {

QString ErrorCatalog::messageFor(const QString &code)
{
    // Codes as in appendix 7.1 of the reference (all OSM.0101xxxx arrive with HTTP 200).
    static const QHash<QString, const char *> messages = {
        {QStringLiteral("OSM.0001"), QT_TR_NOOP("The request was refused because a parameter is invalid.")},
        {QStringLiteral("OSM.0002"), QT_TR_NOOP("You are not signed in, or your sign-in has expired.")},
        {QStringLiteral("OSM.0003"), QT_TR_NOOP("You do not have permission for this operation.")},
        {QStringLiteral("OSM.0004"), QT_TR_NOOP("The case service had an internal error. Try again later.")},
        {QStringLiteral("OSM.01010001"), QT_TR_NOOP("A parameter failed the server's validation.")},
        {QStringLiteral("OSM.01010002"), QT_TR_NOOP("You do not have permission for this case.")},
        {QStringLiteral("OSM.01010003"), QT_TR_NOOP("The account name or password is wrong.")},
        {QStringLiteral("OSM.01010004"),
         QT_TR_NOOP("You have urged this case too often. Wait a while before urging it again.")},
        {QStringLiteral("OSM.01010005"), QT_TR_NOOP("Today's attachment upload allowance is used up.")},
        {QStringLiteral("OSM.01010006"), QT_TR_NOOP("The selected severity does not exist.")},
        {QStringLiteral("OSM.01010008"), QT_TR_NOOP("A CC e-mail address is not valid.")},
        {QStringLiteral("OSM.01010009"),
         QT_TR_NOOP("Your support plan does not allow creating this case.")},
        {QStringLiteral("OSM.01010010"), QT_TR_NOOP("Verification failed.")},
        {QStringLiteral("OSM.01010013"),
         QT_TR_NOOP("That case action is not supported (only cancel, close, urge and delete).")},
        {QStringLiteral("OSM.01010014"), QT_TR_NOOP("The case service could not complete the operation. Try again later.")},
        {QStringLiteral("OSM.01010015"), QT_TR_NOOP("The case does not exist, or you cannot see it.")},
        {QStringLiteral("OSM.01010018"), QT_TR_NOOP("This authorization operation is not supported.")},
        {QStringLiteral("OSM.01010019"), QT_TR_NOOP("The operation is not allowed.")},
        {QStringLiteral("OSM.01010021"), QT_TR_NOOP("The bastion host (CBH) reported a failure.")},
        {QStringLiteral("OSM.01010022"),
         QT_TR_NOOP("This case was created only a moment ago. Wait a while before urging it.")},
        {QStringLiteral("OSM.01010024"),
         QT_TR_NOOP("A verification code was sent less than a minute ago. Wait before asking for another.")},
        {QStringLiteral("OSM.01010027"), QT_TR_NOOP("The source id does not exist.")},
        {QStringLiteral("OSM.01010028"), QT_TR_NOOP("The selected problem type does not exist.")},
        {QStringLiteral("OSM.01010031"), QT_TR_NOOP("The type is not valid.")},
        {QStringLiteral("OSM.01010032"), QT_TR_NOOP("The authorization item does not exist.")},
        {QStringLiteral("OSM.01010033"), QT_TR_NOOP("The selected region does not exist.")},
        {QStringLiteral("OSM.01010034"), QT_TR_NOOP("The case's current status does not allow this operation.")},
        {QStringLiteral("OSM.01010035"), QT_TR_NOOP("You are not allowed to see cases of this group.")},
        {QStringLiteral("OSM.01010036"), QT_TR_NOOP("The maximum number of verification codes has been sent.")},
        {QStringLiteral("OSM.01010037"), QT_TR_NOOP("Your case quota is used up.")},
        {QStringLiteral("OSM.01010038"), QT_TR_NOOP("You have reached today's limit of new cases.")},
        {QStringLiteral("OSM.01010039"), QT_TR_NOOP("The label does not exist.")},
        {QStringLiteral("OSM.01010040"), QT_TR_NOOP("A label with this name already exists.")},
        {QStringLiteral("OSM.01010041"), QT_TR_NOOP("You already have 30 labels, the most allowed.")},
        {QStringLiteral("OSM.01010042"), QT_TR_NOOP("A case can carry at most 5 labels.")},
        {QStringLiteral("OSM.01010043"), QT_TR_NOOP("A case can have at most 3 related cases.")},
        {QStringLiteral("OSM.01010044"), QT_TR_NOOP("A case cannot be related to itself.")},
        {QStringLiteral("OSM.01010045"), QT_TR_NOOP("The attachment is not valid.")},
        {QStringLiteral("OSM.01010046"),
         QT_TR_NOOP("This authorization can only be changed while it is pending.")},
        {QStringLiteral("OSM.01010047"), QT_TR_NOOP("The connection to the target host timed out.")},
        {QStringLiteral("APIGW.0301"),
         QT_TR_NOOP("The signature was rejected. Check the access key (AK) and secret key (SK) of this account.")},
        {QStringLiteral("APIGW.0307"), QT_TR_NOOP("Your sign-in has expired. Sign in again.")},
        {QStringLiteral("APIGW.0308"), QT_TR_NOOP("Too many requests. The app will try again shortly.")},
    };
    const auto it = messages.constFind(code);
    return it == messages.cend() ? QString() : tr(it.value());
}

} // namespace osm
