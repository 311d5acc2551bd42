#pragma once

#include "model/InstantMessagePoll.h"
#include "model/Message.h"
#include "net/Error.h"
#include "text/RichTextSanitizer.h"

#include <QAbstractListModel>
#include <QPointer>

namespace osm {
class ApiClient;
}

namespace osm::ui {

// The messages of one case, oldest at the top. Reads the newest page with list_messages (5.10.5), older pages
// on demand with list_more_messages (5.10.6), and takes new messages and withdrawals from the instant-message
// poll (applyPoll). Every change is incremental — inserted rows, dataChanged — never a reset after the first
// load, so scroll position and selection stay put. Content is asked for with its rich-text markup and shown
// only after RichTextSanitizer. Messages being sent are extra rows at the bottom (Delivery Sending/Sent) until
// the poll brings the server's copy, which then takes over that row.
class MessageThreadModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        MessageRole,        // the whole osm::Message
        SideRole,           // Side: from Message::type
        AuthorRole,         // replier_name (replier when empty)
        CreateTimeRole,     // QDateTime, UTC as received
        ContentRole,        // content exactly as received (untrusted)
        SafeHtmlRole,       // the sanitised HTML (QTextDocument may render this)
        PlainTextRole,      // the visible text, links with their targets
        DisplayTypeRole,    // display_type as sent: NORMAL, QA_BOT, EXT_PARAM_REQUEST, AUTH (empty = NORMAL)
        ExtensionRole,      // extension as sent
        AuthorizationIdRole, // AUTH: authorization_id read from extension (empty when absent)
        AccessoriesRole,    // QVariantList of QVariantMap {id, name, size (qint64, -1 unknown)}
        WithdrawnRole,      // bool: status -1
        DeliveryRole,       // Delivery
        LocalIdRole,        // rows being sent: the id addPending returned
        CanWithdrawRole,    // bool: a delivered customer message not withdrawn (the server decides the rest)
        TruncatedRole,      // bool: the content was too long and was cut for display
    };
    Q_ENUM(Role)
    enum Side { CustomerSide = Message::CustomerMessage, EngineerSide = Message::SupportMessage };
    Q_ENUM(Side)
    enum Delivery { Delivered, Sending, Sent };
    Q_ENUM(Delivery)
    static constexpr int kDefaultPageSize = 20;
    static constexpr int kWithdrawnStatus = -1;

    explicit MessageThreadModel(QObject *parent = nullptr);

    // Both set: the thread is read from its newest page (the one reset, as it is another thread).
    void setClient(ApiClient *client);
    void setCaseId(const QString &caseId);
    QString caseId() const { return m_caseId; }
    void setPageSize(int size) { m_pageSize = size; }
    void reload();
    // The newest page from the server, merged into what is shown (saved rows, older pages read back) without
    // a reset: after a first load that failed while offline.
    void loadNewestPage();
    // Start-up from the local cache: `oldestFirst` (saved earlier) shown at once; the first page from the
    // server then adds what is new and updates what changed. Only before anything else is shown. Of a long
    // cached thread only the newest page (setPageSize) becomes rows at once: every row is sanitised and laid
    // out by the view when inserted, which took minutes for 10,000 messages (issue 8, figure 5). The older
    // ones wait unsanitised and come in a page at a time through loadOlder(), without a request.
    void showCached(const QList<Message> &oldestFirst);
    int cachedOlderCount() const { return int(m_cachedOlder.size()); }

    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    bool canLoadOlder() const;
    // The page before the oldest message shown, inserted at the top: from the cache while it holds older
    // messages not shown yet, then from the server.
    void loadOlder();

    // The poller's entry point: the news of this case in a 5.10.7 answer (other cases' are ignored). Returns
    // whether anything changed.
    bool applyPoll(const InstantMessagePoll &poll);

    // A message the user is sending: shown at once at the bottom. Returns its local id.
    QString addPending(const QString &text, const QStringList &files);
    void setPendingSent(const QString &localId); // the server accepted it; its copy comes with a poll
    void removePending(const QString &localId);  // the send failed: the compose box keeps the text
    void setWithdrawn(const QString &messageId);  // after a successful withdraw, before the poll says so

    int rowOf(const QString &messageId) const;
    int rowOfLocal(const QString &localId) const;
    const Message &messageAt(int row) const { return m_rows.at(row).message; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString authorizationIdOf(const Message &message);
    static qint64 accessorySize(const Accessory &accessory); // -1 when the server did not say

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const osm::Error &error);
    void olderLoaded(int count);
    // New messages from the server were inserted (not echoes of the user's own sends).
    void messagesArrived(int count, bool fromSupport);

private:
    struct Row
    {
        Message message;
        RichTextSanitizer::Output text;
        Delivery delivery = Delivered;
        QString localId;
        QStringList files;
    };

    static Row rowFor(const Message &message);
    void setLoading(bool loading);
    void takeFirstPage(const QList<Message> &newestFirst, qint64 total);
    void takeOlderPage(const QList<Message> &newestFirst);
    void showCachedOlder();
    Message *cachedOlder(const QString &messageId);
    bool insertFromServer(const Message &message);
    int firstPendingRow() const;
    int deliveredCount() const;
    void emitRowChanged(int row);
    QString displayText(const Row &row) const;
    QString accessibleText(const Row &row) const;

    QPointer<ApiClient> m_client;
    QString m_caseId;
    QList<Row> m_rows;
    QList<Message> m_cachedOlder; // oldest first: cached messages older than the rows, not yet shown
    int m_pageSize = kDefaultPageSize;
    qint64 m_total = -1;
    bool m_hasOlder = false;
    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_generation = 0; // answers for an earlier case are dropped
    quint64 m_nextLocalId = 0;
};

} // namespace osm::ui
