#include "MessagesCommands.h"

#include "api/Messages.h"

#include <QDateTime>

namespace osm::ctl {

namespace {

struct ListArgs : api::ListMessagesParams
{
    QString caseId;
};

struct CaseArgs
{
    QString caseId;
    QString groupId;
};

struct WithdrawArgs
{
    QString caseId;
    QString messageId;
};

struct UnreadArgs
{
    QStringList caseIds;
    QString groupId;
};

} // namespace

CommandGroup MessagesCommands::group()
{
    using Poll = api::PollInstantMessagesParams;
    using Send = api::CreateMessageParams;
    using More = api::ListMoreMessagesParams;
    const QString trimHelp = tr("false: keep the rich-text markup of the messages (default true: plain text).");
    const QString groupIdHelp = tr("The IAM group, for the cases of its other members (at most 64 characters).");
    const QString caseIdsHelp = tr("A case id; 1-100 cases.");
    const QString caseIdHelp = tr("The case id (1-32 characters).");
    return {QStringLiteral("messages"),
            tr("The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll."),
            {
                CommandBuilder<ListArgs>(QStringLiteral("list"), tr("List the messages of a case (5.10.5)."))
                    .option(QStringLiteral("case-id"), &ListArgs::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("group-id"), &ListArgs::groupId, groupIdHelp)
                    .option(QStringLiteral("offset"), &ListArgs::offset, tr("Skip this many messages (0-65535)."))
                    .option(QStringLiteral("limit"), &ListArgs::limit, tr("At most this many messages (0-100)."))
                    .option(QStringLiteral("trim-osm-rich-text-label"), &ListArgs::trimOsmRichTextLabel, trimHelp)
                    .columns(QStringLiteral("message_list"),
                             {QStringLiteral("message_id"), QStringLiteral("create_time"), QStringLiteral("replier_name"),
                              QStringLiteral("type"), QStringLiteral("content")})
                    .run([](ApiClient &client, const ListArgs &p) { return api::listMessages(client, p.caseId, p); }),
                CommandBuilder<UnreadArgs>(QStringLiteral("unread"), tr("Count the unread messages of cases (5.10.2)."))
                    .option(QStringLiteral("case-ids"), &UnreadArgs::caseIds, caseIdsHelp, Need::Required)
                    .option(QStringLiteral("group-id"), &UnreadArgs::groupId, groupIdHelp)
                    .run([](ApiClient &client, const UnreadArgs &p) {
                        return api::listUnreadMessages(client, p.caseIds, p.groupId);
                    }),
                CommandBuilder<Poll>(QStringLiteral("poll"),
                                     tr("New messages and status changes of cases since a cursor (5.10.7)."))
                    .option(QStringLiteral("case-ids"), &Poll::caseIds, caseIdsHelp, Need::Required)
                    .option(QStringLiteral("last-message-time-id"), &Poll::lastMessageTimeId,
                            tr("The cursor the previous poll returned (last_message_time_id)."))
                    .option(QStringLiteral("group-id"), &Poll::groupId, groupIdHelp)
                    .option(QStringLiteral("trim-osm-rich-text-label"), &Poll::trimOsmRichTextLabel, trimHelp)
                    .run([](ApiClient &client, const Poll &p) { return api::pollInstantMessages(client, p); }),
                CommandBuilder<More>(QStringLiteral("more"),
                                     tr("List the messages before the oldest one loaded so far (5.10.6)."))
                    .option(QStringLiteral("case-id"), &More::caseId, caseIdHelp, Need::Required)
                    .custom({QStringLiteral("create-time"), tr("time"),
                             tr("The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time."),
                             true, false},
                            [](More &p, const QStringList &values) {
                                bool number = false;
                                const qint64 ms = values.constLast().toLongLong(&number);
                                p.createTime = number ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                                      : QDateTime::fromString(values.constLast(), Qt::ISODateWithMs);
                                return p.createTime.isValid()
                                           ? QString()
                                           : tr("--create-time expects epoch milliseconds or an ISO 8601 time, not "
                                                "\"%1\".").arg(values.constLast());
                            })
                    .option(QStringLiteral("type"), &More::type,
                            tr("The type of that message: 0 customer, 1 customer service (default 0)."))
                    .option(QStringLiteral("limit"), &More::limit, tr("At most this many messages (1-100, default 10)."))
                    .option(QStringLiteral("group-id"), &More::groupId, groupIdHelp)
                    .option(QStringLiteral("trim-osm-rich-text-label"), &More::trimOsmRichTextLabel, trimHelp)
                    .columns(QStringLiteral("message_list"),
                             {QStringLiteral("message_id"), QStringLiteral("create_time"), QStringLiteral("replier_name"),
                              QStringLiteral("type"), QStringLiteral("content")})
                    .run([](ApiClient &client, const More &p) { return api::listMoreMessages(client, p); }),
                CommandBuilder<Send>(QStringLiteral("send"), tr("Send a message on a case (5.10.3)."))
                    .option(QStringLiteral("case-id"), &Send::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("content"), &Send::content, tr("The message (at most 10000 characters)."),
                            Need::Required)
                    .option(QStringLiteral("accessory-ids"), &Send::accessoryIds,
                            tr("An uploaded attachment's id (1-32 characters); at most 10."))
                    .option(QStringLiteral("group-id"), &Send::groupId, groupIdHelp)
                    .done(tr("The message was sent."))
                    .run([](ApiClient &client, const Send &p) { return api::createMessage(client, p); }),
                CommandBuilder<WithdrawArgs>(QStringLiteral("withdraw"), tr("Withdraw a message you sent (5.10.4)."))
                    .option(QStringLiteral("case-id"), &WithdrawArgs::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("message-id"), &WithdrawArgs::messageId, tr("The message's id."), Need::Required)
                    .done(tr("The message was withdrawn."))
                    .run([](ApiClient &client, const WithdrawArgs &p) {
                        return api::withdrawMessage(client, p.caseId, p.messageId);
                    }),
                CommandBuilder<CaseArgs>(QStringLiteral("read"), tr("Mark the messages of a case read (5.10.1)."))
                    .option(QStringLiteral("case-id"), &CaseArgs::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("group-id"), &CaseArgs::groupId, groupIdHelp)
                    .done(tr("The messages were marked read."))
                    .run([](ApiClient &client, const CaseArgs &p) { return api::setMessagesRead(client, p.caseId, p.groupId); }),
            }};
}

} // namespace osm::ctl
