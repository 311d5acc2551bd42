#pragma once

#include <QHash>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace osm {
class ApiClient;
class Error;
} // namespace osm

namespace osm::ui {

class AttachmentDownloader;
class AttachmentListModel;
class MessageThreadModel;

// The files of a case (AttachmentListModel over the case's MessageThreadModel) in a sortable list: open one
// with the system (downloaded to the cache first), save the selected ones or all of them into a folder the user
// picks, a preview of the current image (5.5.5), its access URL copied to the clipboard (5.2.1), download
// progress in the list and Cancel; drag rows to the
// file manager (AttachmentDragData). Everything runs asynchronously; errors go to a status line.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    AttachmentsPanel(ApiClient *client, MessageThreadModel *thread, QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    AttachmentListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    AttachmentDownloader *downloader() const { return m_downloader; }
    QString statusText() const;
    QLabel *previewLabel() const { return m_preview; }
    QSize sizeHint() const override;

    // Replaceable (tests). Default: QFileDialog::getExistingDirectory; empty means cancelled.
    void setFolderChooser(std::function<QString()> choose) { m_chooseFolder = std::move(choose); }
    // Replaceable (tests). Default: QDesktopServices::openUrl.
    void setFileOpener(std::function<bool(const QUrl &)> open) { m_openFile = std::move(open); }

    // Downloads the attachment into the cache (unless it is there) and opens it with the system.
    void openAttachment(const QString &accessoryId);
    // Asks for a folder, then downloads into it each attachment (at most once each).
    void saveAttachments(const QStringList &accessoryIds);
    void saveSelected();
    void saveAll();
    // The selected rows' downloads, or every download when none of them is running.
    void cancelDownloads();
    void showPreview(const QString &accessoryId);
    // Fetches the attachment's access URL (5.2.1 list_accessory_access_urls) and puts it on the clipboard.
    void copyLink(const QString &accessoryId);
    QAction *copyLinkAction() const { return m_copyLinkAction; }

Q_SIGNALS:
    void fileOpened(const QString &accessoryId, const QString &filePath);
    // A save finished: the files written (those that failed are named in the status line).
    void filesSaved(const QStringList &filePaths);
    void previewShown(const QString &accessoryId);
    void linkCopied(const QString &accessoryId, const QString &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void updateTitle();
    QStringList selectedIds() const;
    QString nameOf(const QString &accessoryId) const;
    void setStatus(const QString &text);
    void reportFailure(const QString &accessoryId, const Error &error);
    void openFile(const QString &accessoryId, const QString &path);
    void currentChanged();

    ApiClient *m_client;
    AttachmentDownloader *m_downloader;
    AttachmentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QTreeView *m_view;
    QLabel *m_preview;
    QPushButton *m_openButton;
    QPushButton *m_saveButton;
    QPushButton *m_saveAllButton;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QAction *m_copyLinkAction; // in the list's context menu
    QHash<QString, QString> m_previews; // accessory id → preview file
    QString m_previewId;                // the image the preview should show
    std::function<QString()> m_chooseFolder;
    std::function<bool(const QUrl &)> m_openFile;
};

} // namespace osm::ui
