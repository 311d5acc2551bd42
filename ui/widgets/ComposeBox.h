#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QMimeData;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace osm::ui {

// Writing a message: a multi-line editor (Ctrl+Enter sends), staged attachments (the Attach button, or files
// dropped anywhere on the box, with a highlight while dragging), and Send. While a message is being sent the
// box is locked; a failed send keeps the text and the files and offers Retry. The draft — text and staged
// file paths — is kept per case in QSettings (group drafts/<case id>) and comes back when the case is opened
// again.
class ComposeBox : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kMaxLength = 10000; // create_message content
    static constexpr int kMaxFiles = 10;     // create_message accessory_ids

    explicit ComposeBox(const QString &caseId, QWidget *parent = nullptr);
    ~ComposeBox() override; // saves the draft

    QString caseId() const { return m_caseId; }
    QString text() const;
    void setText(const QString &text);
    QStringList stagedFiles() const { return m_files; }
    // Adds local files (duplicates and what is not a readable file are skipped, at most kMaxFiles). Returns how
    // many were added.
    int stageFiles(const QStringList &paths);
    void unstageFile(int index);

    bool isSending() const { return m_sending; }
    bool isDropHighlighted() const { return m_dropHighlight; }
    bool canSend() const;
    QString errorText() const;

    // Emits sendRequested with the current text and files, and locks the box.
    void send();
    // The outcome of the send the owner carried out.
    void sendSucceeded(); // clears the box and the draft
    void sendFailed(const QString &message); // unlocks, keeps everything, shows the message and Retry

    void saveDraft() const;
    static void clearDraft(const QString &caseId);

    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void sendRequested(const QString &text, const QStringList &files);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreDraft();
    void chooseFiles();
    void refreshFiles();
    void updateState();
    void setDropHighlight(bool on);
    static QStringList localFiles(const QMimeData *mime);

    QString m_caseId;
    QLabel *m_errorLabel;
    QPushButton *m_retryButton;
    QWidget *m_errorBar;
    QPlainTextEdit *m_editor;
    QListWidget *m_fileList;
    QPushButton *m_attachButton;
    QPushButton *m_removeFileButton;
    QLabel *m_counter;
    QPushButton *m_sendButton;
    QTimer *m_draftTimer;
    QStringList m_files;
    bool m_sending = false;
    bool m_dropHighlight = false;
};

} // namespace osm::ui
