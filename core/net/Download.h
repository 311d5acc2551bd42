#pragma once

#include "ApiRequest.h"
#include "Error.h"

#include <QObject>
#include <QPointer>

class QTemporaryFile;

namespace osm {

class ApiCall;
class ApiClient;

// One file download through the pipeline (5.5.4 attachments, 5.5.5 images, 5.3.7 case exports), streamed to
// disk: the body goes into a temporary file in the target folder as it arrives (memory stays bounded whatever
// the size; on Linux QTemporaryFile keeps it unnamed until then), which is renamed on success to the server's
// file name (Content-Disposition, sanitised, made unique in the folder, never replacing a file) and removed on
// failure or cancellation. Starts at once; emits finished() exactly once.
class Download : public QObject
{
    Q_OBJECT

public:
    // `fallbackName` is used when the server names no file (with an extension from the Content-Type when it
    // has none). A `validation` error finishes the download at once, without sending anything.
    Download(ApiClient &client, ApiRequest request, const QString &folder, const QString &fallbackName,
             const Error &validation = {}, QObject *parent = nullptr);
    ~Download() override;

    // Stops the transfer and removes the partial file; finished() follows with a Cancelled error.
    void abort();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    const Error &error() const { return m_error; }
    QString filePath() const { return m_filePath; }         // the saved file, once ok()
    QString fileName() const;                               // its name in the folder
    QString serverFileName() const { return m_serverName; } // as the server sent it (untrusted, for logs)
    QByteArray contentType() const { return m_contentType; }
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesTotal() const { return m_total; } // -1 when the server did not say

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    bool openFile();
    void onResponseStarted(const QList<std::pair<QByteArray, QByteArray>> &headers);
    void onBodyReceived(const QByteArray &chunk);
    void onCallFinished();
    bool commit();
    void fail(const Error &error);
    void finish(const Error &error);
    Error fileError(const QString &reason) const;

    QPointer<ApiCall> m_call;
    QString m_folder;
    QString m_fallbackName;
    QTemporaryFile *m_file = nullptr;
    QString m_filePath;
    QString m_serverName;
    QByteArray m_contentType;
    qint64 m_received = 0;
    qint64 m_total = -1;
    Error m_error;
    bool m_finished = false;
};

} // namespace osm
