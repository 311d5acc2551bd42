#include "AttachmentDownloader.h"

#include "api/Attachments.h"
#include "net/ApiClient.h"
#include "net/Download.h"
#include "net/FileNameSanitizer.h"
#include "store/FileCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace osm::ui {

AttachmentDownloader::AttachmentDownloader(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_temporary(QDir(QDir::tempPath()).filePath(QStringLiteral("osmdesk-XXXXXX")))
{
}

AttachmentDownloader::~AttachmentDownloader()
{
    // Downloads are children: their destructors abort the transfers and remove partial files. Nobody hears of
    // them any more.
    for (Download *download : std::as_const(m_active))
        download->disconnect(this);
}

QString AttachmentDownloader::ensureFolder(const QString &path) const
{
    QDir().mkpath(path);
    return path;
}

QString AttachmentDownloader::cacheFolderOf(const QString &accessoryId)
{
    const QString root = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    // The id comes from the server too: it names a folder only after sanitising.
    const QString path = QDir(root).filePath(QStringLiteral("attachments/")
                                             + FileNameSanitizer::sanitize(accessoryId, QStringLiteral("unknown")));
    QDir().mkpath(path);
    return path;
}

QString AttachmentDownloader::cachedFile(const QString &accessoryId)
{
    const QDir folder(cacheFolderOf(accessoryId));
    // Download's partial files are hidden (".osm-download-…"), so only finished files are listed.
    const QFileInfoList files = folder.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Time);
    for (const QFileInfo &file : files) {
        if (file.size() > 0)
            return file.absoluteFilePath();
    }
    return {};
}

QString AttachmentDownloader::previewFolder() const
{
    return ensureFolder(m_temporary.filePath(QStringLiteral("preview")));
}

QString AttachmentDownloader::newDragFolder()
{
    return ensureFolder(m_temporary.filePath(QStringLiteral("drag-%1").arg(++m_dragCount)));
}

Download *AttachmentDownloader::download(const QString &accessoryId, const QString &folder)
{
    if (!m_client)
        return nullptr;
    api::DownloadAccessoryParams params;
    params.accessoryIds = {accessoryId};
    return track(accessoryId, api::downloadAccessories(*m_client, params, folder, this), true);
}

Download *AttachmentDownloader::downloadImage(const QString &accessoryId)
{
    if (!m_client)
        return nullptr;
    return track(accessoryId, api::showAccessoryImage(*m_client, accessoryId, previewFolder(), {}, this), false);
}

Download *AttachmentDownloader::downloadToCache(const QString &accessoryId)
{
    if (!localFile(accessoryId).isEmpty())
        return nullptr;
    // With a FileCache the download is kept there (within its cap); this copy is only for the open at hand.
    if (m_fileCache)
        return download(accessoryId, ensureFolder(m_temporary.filePath(QStringLiteral("open"))));
    return download(accessoryId, cacheFolderOf(accessoryId));
}

void AttachmentDownloader::setFileCache(std::shared_ptr<FileCache> cache, const QString &caseId)
{
    m_fileCache = std::move(cache);
    m_caseId = caseId;
}

QString AttachmentDownloader::localFile(const QString &accessoryId) const
{
    if (m_fileCache)
        return m_fileCache->lookup(accessoryId);
    return cachedFile(accessoryId);
}

QString AttachmentDownloader::copyLocalFile(const QString &accessoryId, const QString &folder) const
{
    const QString local = localFile(accessoryId);
    if (local.isEmpty() || !QDir().mkpath(folder))
        return {};
    // The kept name is sanitised already; sanitised again, as every name that reaches a folder of the user's.
    const QString name = FileNameSanitizer::uniqueIn(folder, FileNameSanitizer::sanitize(QFileInfo(local).fileName()));
    const QString copy = QDir(folder).filePath(name);
    return QFile::copy(local, copy) ? copy : QString();
}

Download *AttachmentDownloader::track(const QString &accessoryId, Download *download, bool keep)
{
    m_active.insert(accessoryId, download);
    connect(download, &Download::progress, this, [this, accessoryId](qint64 received, qint64 total) {
        Q_EMIT progress(accessoryId, received, total);
    });
    connect(download, &Download::finished, this, [this, accessoryId, download, keep] {
        m_active.remove(accessoryId, download);
        // Under the server's name (sanitised by the cache), not "name (1)" that a crowded folder may have made.
        if (keep && m_fileCache && download->ok())
            m_fileCache->put(accessoryId, m_caseId, download->filePath(), download->serverFileName());
        download->deleteLater();
        Q_EMIT finished(accessoryId, download->ok() ? download->filePath() : QString(), download->error());
    });
    Q_EMIT started(accessoryId);
    return download;
}

bool AttachmentDownloader::isDownloading(const QString &accessoryId) const
{
    return m_active.contains(accessoryId);
}

void AttachmentDownloader::cancel(const QString &accessoryId)
{
    // abort() emits finished(), which edits m_active: work on a copy.
    const QList<Download *> downloads = m_active.values(accessoryId);
    for (Download *download : downloads)
        download->abort();
}

void AttachmentDownloader::cancelAll()
{
    const QList<Download *> downloads = m_active.values();
    for (Download *download : downloads)
        download->abort();
}

} // namespace osm::ui
