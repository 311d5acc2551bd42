#include "MessageSender.h"

#include "api/Attachments.h"
#include "api/Messages.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QFileInfo>
#include <QJsonObject>

namespace osm {

namespace {

const QString kContent = QStringLiteral("content");
const QString kGroupId = QStringLiteral("group_id");
const QString kPosting = QStringLiteral("posting");   // create_message was started: it may have arrived

// A message the server lists may have been created a little before our clock says the item was.
constexpr int kClockSlackSeconds = 300;

bool sameText(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

} // namespace

OutboxItem MessageSender::makeItem(const QString &caseId, const QString &content, const QStringList &files,
                                   const QString &groupId)
{
    OutboxItem item;
    item.kind = OutboxItem::Kind::Message;
    item.caseId = caseId;
    item.payload.insert(kContent, content);
    if (!groupId.isEmpty())
        item.payload.insert(kGroupId, groupId);
    item.files = files;
    return item;
}

void MessageSender::start(ApiClient &client, const OutboxItem &item)
{
    m_client = &client;
    m_item = item;
    nextStep();
}

void MessageSender::record()
{
    Q_EMIT progressed(m_item);
}

void MessageSender::nextStep()
{
    if (!m_client)
        return; // the Outbox deletes this sender when its client goes
    if (uploadNextStaged(*m_client, m_item, api::kAccessoryFromMessage, tr("A staged file of this message is missing."),
                         [this] { nextStep(); }))
        return;
    if (m_item.payload.value(kPosting).toBool())
        verify();
    else
        post();
}

void MessageSender::verify()
{
    api::ListMessagesParams params;
    params.limit = 100;
    params.groupId = m_item.payload.value(kGroupId).toString();
    whenReady(api::listMessages(*m_client, m_item.caseId, params), this, [this](const Result<MessageList> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error()); // a refused look proves nothing: the mark stays
            return;
        }
        QStringList names;
        for (const QString &file : std::as_const(m_item.files))
            names.append(QFileInfo(file).fileName());
        names.sort();
        const QDateTime after = m_item.createdAt.addSecs(-kClockSlackSeconds);
        const MessageList &list = result.value();
        for (const Message &message : list.messages) {
            if (message.type != Message::CustomerMessage || !sameText(message.content, m_item.content()))
                continue;
            if (message.createTime.isValid() && message.createTime < after)
                continue;
            QStringList sent;
            for (const Accessory &accessory : message.accessories)
                sent.append(accessory.fileActualName);
            sent.sort();
            if (sent == names) {
                Q_EMIT succeeded(); // the earlier attempt arrived: not posted twice
                return;
            }
        }
        post();
    });
}

void MessageSender::post()
{
    api::CreateMessageParams params;
    params.caseId = m_item.caseId;
    params.content = m_item.content();
    params.groupId = m_item.payload.value(kGroupId).toString();
    params.accessoryIds = uploadedIds(m_item);
    if (const Error error = params.validate()) {
        Q_EMIT failed(error);
        return;
    }
    // Recorded before the request: from now on a lost answer means "look before sending again".
    m_item.payload.insert(kPosting, true);
    record();
    whenReady(api::createMessage(*m_client, params), this, [this](const Result<Acknowledgement> &result) {
        if (result.ok()) {
            Q_EMIT succeeded();
            return;
        }
        if (isRefusal(result.error())) {
            // Refused: this proves nothing was posted, so the next try need not look first.
            m_item.payload.remove(kPosting);
            record();
        }
        Q_EMIT failed(result.error());
    });
}

} // namespace osm
