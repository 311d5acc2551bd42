#pragma once

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;

namespace osm {
class ApiClient;
class Error;
class Outbox;
}

namespace osm::ui {

class AttachmentsPanel;
class CaseDetailPanel;
class ComposeBox;
class MessagePoller;
class MessageThreadModel;
class MessageThreadView;
class OutboxPanel;

// The window of one case: its message thread (MessageThreadView over MessageThreadModel, kept current by a
// MessagePoller) and a ComposeBox, with the case detail (CaseDetailPanel) beside them. Sends (attachments uploaded first with 5.5.1, then 5.10.3 create_message),
// withdraws (5.10.4) and marks the thread read (5.10.1) while it is shown. A top-level window that deletes
// itself when closed; requests for an authorization or for extension parameters are passed on as signals.
class CaseWindow : public QWidget
{
    Q_OBJECT

public:
    CaseWindow(ApiClient *client, const QString &caseId, QWidget *parent = nullptr);
    ~CaseWindow() override;

    QString caseId() const { return m_caseId; }
    MessageThreadModel *threadModel() const { return m_model; }
    MessageThreadView *threadView() const { return m_view; }
    ComposeBox *composeBox() const { return m_compose; }
    AttachmentsPanel *attachmentsPanel() const { return m_attachments; }
    MessagePoller *poller() const { return m_poller; }
    CaseDetailPanel *detailPanel() const { return m_detail; }
    QString statusText() const;
    // The thread shows messages saved earlier (the local cache) until the server answers: says so, with their time.
    void setSavedAsOf(const QDateTime &asOf);
    // Replies then go through the account's persistent outbox (recorded before sending, retried, shown under
    // the thread with Retry / Edit / Discard until sent) and drafts live in its store; so do the detail
    // panel's writes (case actions, rating, labels, relations, contact: Retry / Discard). Set once, early.
    void setOutbox(Outbox *outbox);
    OutboxPanel *outboxPanel() const { return m_outboxPanel; }

Q_SIGNALS:
    void authorizationRequested(const QString &authorizationId, const QString &messageId);
    void parametersRequested(const QString &caseId, const QString &messageId, const QString &extension);
    // The thread was marked read on the server: the case list can drop its unread count.
    void messagesRead(const QString &caseId);
    // A related case was opened from the detail panel.
    void openCaseRequested(const QString &caseId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void send(const QString &text, const QStringList &files);
    void sendThroughOutbox(const QString &text, const QStringList &files);
    void editQueued(qint64 itemId);
    void uploadNext();
    void createMessage();
    void sendFailed(const Error &error);
    void withdraw(const QString &messageId);
    void markRead();
    void setStatus(const QString &text, bool offerReload = false);

    QPointer<ApiClient> m_client;
    QString m_caseId;
    MessageThreadModel *m_model;
    MessagePoller *m_poller;
    MessageThreadView *m_view;
    ComposeBox *m_compose;
    AttachmentsPanel *m_attachments = nullptr;
    CaseDetailPanel *m_detail;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_reload;

    // The send in progress: one at a time (the compose box is locked meanwhile).
    QString m_sendingLocalId;
    QString m_sendingText;
    QStringList m_toUpload;
    QStringList m_accessoryIds;
    QHash<QString, QString> m_uploaded; // path → accessory id: a retry does not upload a file twice
    bool m_readInFlight = false;
    bool m_pollProblemShown = false; // the status line shows a poll failure
    QPointer<Outbox> m_outbox;
    OutboxPanel *m_outboxPanel = nullptr;
    QDateTime m_savedAsOf;           // the saved messages' time while they are shown instead of the server's
};

} // namespace osm::ui
