#pragma once

#include "model/AccessoryLimits.h"

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLabel;
class QMimeData;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace osm {
class DraftStore;
class LocalStore;
class Transfer;
}

namespace osm::ui {

// Writing a message: a multi-line editor (Ctrl+Enter sends), staged attachments (the Attach button, or files
// dropped anywhere on the box, with a highlight while dragging), and Send. While a message is being sent the
// box is locked; a failed send keeps the text and the files and offers Retry. The draft — text and staged
// file paths — is kept per case and comes back when the case is opened again: in the account's LocalStore
// (setLocalStore: autosaved as typed, the files copied into the store so that the originals may go) or, without
// one, in QSettings (group drafts/<case id>; moved into the store once a store is set).
// Attachments are checked against the server's limits (setAccessoryLimits, 5.5.6) when they are staged: a file
// that breaks one is refused with a notice naming it and the limit, and nothing else changes. Ctrl+V with an
// image (and no text) on the clipboard stages it as a PNG kept in stagingFolder() until the message is sent.
// During a send the owner reports each upload through trackUpload(): its progress shows per file, and Cancel
// aborts it (the send then fails like any other, keeping everything).
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
    // Adds local files (duplicates and what is not a readable file are skipped, at most kMaxFiles; what breaks
    // the accessory limits is refused with a notice). Returns how many were added.
    int stageFiles(const QStringList &paths);
    void unstageFile(int index);
    // Stages the image of `mime` (when it has one and no text) as a PNG in stagingFolder(). Returns whether
    // the paste was an image (handled, even when the limits refused it).
    bool pasteImage(const QMimeData *mime);
    // <AppLocalDataLocation>/staging/<case>: pasted images wait here until they are sent (or unstaged).
    QString stagingFolder() const;

    // The limits of 5.5.6; until set, files are staged unchecked (and checked when the limits arrive).
    void setAccessoryLimits(const AccessoryLimits &limits);
    bool hasAccessoryLimits() const { return m_hasLimits; }
    QString noticeText() const; // why files were refused; empty when none was

    // Called by the owner for each upload of a send: shows its progress, Cancel aborts it. The Transfer
    // belongs to the box.
    Transfer *trackUpload(const QString &path);

    bool isSending() const { return m_sending; }
    bool isDropHighlighted() const { return m_dropHighlight; }
    bool canSend() const;
    QString errorText() const;

    // Emits sendRequested with the current text and files, and locks the box.
    void send();
    // The outcome of the send the owner carried out.
    void sendSucceeded(); // clears the box and the draft
    void sendFailed(const QString &message); // unlocks, keeps everything, shows the message and Retry

    void saveDraft();
    static void clearDraft(const QString &caseId);
    // The drafts then live in this store (DraftStore): its draft for the case is shown, or the QSettings one
    // is moved into it.
    void setLocalStore(LocalStore *store);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *cancelUploadButton() const { return m_cancelUploadButton; }

Q_SIGNALS:
    void sendRequested(const QString &text, const QStringList &files);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void restoreDraft();
    void chooseFiles();
    void refreshFiles();
    void updateState();
    void setDropHighlight(bool on);
    static QStringList localFiles(const QMimeData *mime);
    QString refusalOf(const QString &path) const;
    void setNotice(const QStringList &lines);
    QString fileItemText(const QString &path) const;
    void updateFileItem(const QString &path);
    void endUploads();
    void removeIfStaged(const QString &path) const;

    QString m_caseId;
    QLabel *m_errorIcon = nullptr;
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
    QLabel *m_notice;
    QWidget *m_uploadBar;
    QLabel *m_uploadLabel;
    QProgressBar *m_uploadProgress;
    QPushButton *m_cancelUploadButton;
    QStringList m_files;
    AccessoryLimits m_limits;
    bool m_hasLimits = false;
    QPointer<Transfer> m_upload;    // the upload running now
    QString m_uploadPath;
    QHash<QString, int> m_uploaded; // path → percent sent in this send
    bool m_sending = false;
    bool m_dropHighlight = false;
    std::unique_ptr<DraftStore> m_drafts; // set by setLocalStore
};

} // namespace osm::ui
