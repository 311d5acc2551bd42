#pragma once

#include <QListView>
#include <QUrl>

#include <functional>

namespace osm::ui {

class MessageDelegate;
class MessageThreadModel;

// The list of a case's messages, painted by MessageDelegate. Keeps to the bottom while the newest message is
// in sight, keeps the reading position when older messages are inserted above, asks the model for older
// messages when scrolled to the top. Context menu and keys: copy, the row's action (Enter), withdraw an own
// message (Delete, after a confirmation). Links open in the system browser on click only, and only
// http/https/mailto.
class MessageThreadView : public QListView
{
    Q_OBJECT

public:
    explicit MessageThreadView(QWidget *parent = nullptr);

    void setThreadModel(MessageThreadModel *model);
    MessageThreadModel *threadModel() const { return m_model; }
    MessageDelegate *messageDelegate() const { return m_delegate; }

    // Asks before a withdrawal; replaceable (tests). Default: a question box.
    void setWithdrawConfirmation(std::function<bool(const QModelIndex &)> confirm) { m_confirm = std::move(confirm); }
    // Replaceable (tests). Default: QDesktopServices::openUrl.
    void setLinkOpener(std::function<void(const QUrl &)> open) { m_openLink = std::move(open); }

    void requestWithdraw(const QModelIndex &index); // confirmation, then withdrawRequested
    void copyMessage(const QModelIndex &index);
    bool isAtBottom() const;

Q_SIGNALS:
    void withdrawRequested(const QString &messageId);
    void authorizationRequested(const QString &authorizationId, const QString &messageId);
    void parametersRequested(const QString &messageId, const QString &extension);
    void attachmentActivated(const QString &accessoryId, const QString &fileName);

protected:
    void changeEvent(QEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void retranslateUi();
    void openLink(const QUrl &url);
    void maybeLoadOlder();

    MessageThreadModel *m_model = nullptr;
    MessageDelegate *m_delegate;
    std::function<bool(const QModelIndex &)> m_confirm;
    std::function<void(const QUrl &)> m_openLink;
};

} // namespace osm::ui
