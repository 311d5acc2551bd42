#pragma once

#include "net/Error.h"

#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace osm {
class ApiClient;
class Download;
class FileCache;
} // namespace osm

namespace osm::ui {

// The downloads of one case window's attachments (5.5.4 download_accessory, 5.5.5 show_accessory_image),
// streamed to disk by osm::Download, which names each file after the server's name through FileNameSanitizer
// (so "../../evil.sh" lands as "evil.sh" inside the chosen folder, never elsewhere) and never replaces a file.
// Tracks them by accessory id for progress and cancellation. Owns the folders files go to when the user did
// not choose one: a cache for "open with the system" (one sub-folder per attachment, so a second open needs no
// download), and a temporary folder (removed with this object) for image previews and drag-out copies.
// With the account's FileCache (setFileCache) every finished attachment download is also kept there, and the
// kept copy serves later opens, saves and drags without a request (also offline); the cache's size cap then
// replaces the unbounded "open" cache.
class AttachmentDownloader : public QObject
{
    Q_OBJECT

public:
    explicit AttachmentDownloader(ApiClient *client, QObject *parent = nullptr);
    ~AttachmentDownloader() override;

    // Starts a download of one attachment into `folder`. The Download is a child of this object and is deleted
    // after its finished(); nullptr when there is no client.
    Download *download(const QString &accessoryId, const QString &folder);
    // The image form (5.5.5) into the preview folder.
    Download *downloadImage(const QString &accessoryId);
    // Into cacheFolderOf(accessoryId), unless cachedFile() already has it: then nothing is started and
    // nullptr is returned.
    Download *downloadToCache(const QString &accessoryId);

    // The account's cache of downloaded files, and the case the attachments belong to (recorded with them).
    void setFileCache(std::shared_ptr<FileCache> cache, const QString &caseId);
    FileCache *fileCache() const { return m_fileCache.get(); }
    // A copy of the attachment already on this computer (the FileCache's, else the "open" cache's), marked as
    // used; empty when there is none.
    QString localFile(const QString &accessoryId) const;
    // Copies localFile() into `folder` (under its name, made unique there; never replacing a file) without any
    // request; the copy's path, or empty when there is no local file or the copy failed.
    QString copyLocalFile(const QString &accessoryId, const QString &folder) const;

    bool isDownloading(const QString &accessoryId) const;
    int activeCount() const { return int(m_active.size()); }
    void cancel(const QString &accessoryId);
    void cancelAll();

    // <CacheLocation>/attachments/<sanitised id>: created on demand.
    static QString cacheFolderOf(const QString &accessoryId);
    // The file an earlier download left in the cache, when it is still there; empty otherwise.
    static QString cachedFile(const QString &accessoryId);
    QString previewFolder() const;
    // A new empty folder for one drag-out (each drag its own, so names never collide).
    QString newDragFolder();

Q_SIGNALS:
    void started(const QString &accessoryId);
    void progress(const QString &accessoryId, qint64 received, qint64 total); // total -1: unknown
    // Every download ends here once: `filePath` is the saved file when `error` is empty.
    void finished(const QString &accessoryId, const QString &filePath, const osm::Error &error);

private:
    // `keep`: a finished download goes into the FileCache too (the attachment itself, not its image form).
    Download *track(const QString &accessoryId, Download *download, bool keep);
    QString ensureFolder(const QString &path) const;

    QPointer<ApiClient> m_client;
    std::shared_ptr<FileCache> m_fileCache;
    QString m_caseId;
    QTemporaryDir m_temporary;
    QMultiHash<QString, Download *> m_active;
    int m_dragCount = 0;
};

} // namespace osm::ui
