#pragma once

#include <QMimeData>
#include <QPointer>
#include <QStringList>

namespace osm::ui {

class AttachmentDownloader;

// What an attachment dragged out of the attachment list carries: text/uri-list naming local copies of the
// files. The choice (a drag cannot hand the file manager a network stream): the downloads start the moment the
// drag starts, into a fresh temporary folder of the downloader, under the server's name sanitised by
// FileNameSanitizer (a copy already on this computer, AttachmentDownloader::localFile(), is copied there
// instead, without a request); the drag itself starts at once. When the drop target asks for the URLs (usually on the
// drop, sometimes already while hovering) retrieveData() waits for the downloads that are still running, at most
// kWaitMs, processing events meanwhile, and answers with the files that arrived. The copies live as long as the
// downloader (the case window), long enough for the file manager to copy them.
class AttachmentDragData : public QMimeData
{
    Q_OBJECT

public:
    static constexpr int kWaitMs = 60000;

    AttachmentDragData(AttachmentDownloader *downloader, const QStringList &accessoryIds);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

    bool isReady() const { return m_pending == 0; }
    QStringList filePaths() const { return m_files; } // the copies that arrived so far
    QString folder() const { return m_folder; }

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    void waitUntilReady() const;

    QString m_folder;
    QStringList m_files;
    int m_pending = 0;
};

} // namespace osm::ui
