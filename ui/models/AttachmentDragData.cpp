#include "AttachmentDragData.h"

#include "AttachmentDownloader.h"
#include "net/Download.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

namespace osm::ui {

namespace {
const QString kUriList = QStringLiteral("text/uri-list");
} // namespace

AttachmentDragData::AttachmentDragData(AttachmentDownloader *downloader, const QStringList &accessoryIds)
{
    if (!downloader)
        return;
    m_folder = downloader->newDragFolder();
    for (const QString &id : accessoryIds) {
        // A copy already on this computer is ready at once (also offline).
        if (const QString copy = downloader->copyLocalFile(id, m_folder); !copy.isEmpty()) {
            m_files.append(copy);
            continue;
        }
        Download *download = downloader->download(id, m_folder);
        if (!download)
            continue;
        ++m_pending;
        connect(download, &Download::finished, this, [this, download] {
            --m_pending;
            if (download->ok())
                m_files.append(download->filePath());
        });
    }
}

QStringList AttachmentDragData::formats() const
{
    return {kUriList};
}

bool AttachmentDragData::hasFormat(const QString &mimeType) const
{
    return mimeType == kUriList;
}

void AttachmentDragData::waitUntilReady() const
{
    if (m_pending == 0)
        return;
    // The target needs the files now: let the downloads run (network events are processed) until they end.
    QEventLoop loop;
    QTimer check;
    check.setInterval(20);
    const QDeadlineTimer deadline(kWaitMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [this, &loop, &deadline] {
        if (m_pending == 0 || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QVariant AttachmentDragData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType != kUriList)
        return {};
    waitUntilReady();
    QList<QUrl> urls;
    for (const QString &path : m_files)
        urls.append(QUrl::fromLocalFile(path));
    if (type.id() == QMetaType::QByteArray) {
        // RFC 2483: one URI a line, CRLF-terminated.
        QByteArray text;
        for (const QUrl &url : std::as_const(urls))
            text += url.toEncoded() + "\r\n";
        return text;
    }
    QVariantList list;
    for (const QUrl &url : std::as_const(urls))
        list.append(url);
    return list;
}

} // namespace osm::ui
