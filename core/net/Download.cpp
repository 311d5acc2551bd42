#include "Download.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "ContentDisposition.h"
#include "FileNameSanitizer.h"
#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTemporaryFile>
#include <QTimer>

namespace osm {

namespace {

QByteArray headerOf(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

Download::Download(ApiClient &client, ApiRequest request, const QString &folder, const QString &fallbackName,
                   const Error &validation, QObject *parent)
    : QObject(parent), m_folder(folder), m_fallbackName(fallbackName)
{
    if (validation) {
        QTimer::singleShot(0, this, [this, validation] { finish(validation); });
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        const Error error = fileError(tr("the folder does not exist."));
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    request.expectJson = false;
    request.streamResponse = true;
    m_call = client.send(std::move(request));
    connect(
        m_call, &ApiCall::responseStarted, this,
        [this](int, const QList<std::pair<QByteArray, QByteArray>> &headers) { onResponseStarted(headers); });
    connect(m_call, &ApiCall::bodyReceived, this, &Download::onBodyReceived);
    connect(m_call, &ApiCall::downloadProgress, this, [this](qint64, qint64 total) {
        if (total > 0)
            m_total = total;
    });
    connect(m_call, &ApiCall::finished, this, &Download::onCallFinished);
}

Download::~Download()
{
    if (m_call && !m_call->isFinished())
        m_call->abort();
    if (m_file) {
        m_file->remove();
        delete m_file;
    }
}

QString Download::fileName() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).fileName();
}

Error Download::fileError(const QString &reason) const
{
    //: field: the folder a download is saved to
    return Error::validation(QDir::toNativeSeparators(m_folder), reason);
}

bool Download::openFile()
{
    // A new attempt (a retry after a dropped connection) starts the file over.
    if (!m_file) {
        m_file = new QTemporaryFile(QDir(m_folder).filePath(QStringLiteral(".osm-download-XXXXXX.part")));
        m_file->setAutoRemove(false); // removed or renamed here, explicitly
        if (!m_file->open()) {
            fail(fileError(tr("the file could not be created (%1).").arg(m_file->errorString())));
            return false;
        }
    } else if (!m_file->resize(0) || !m_file->seek(0)) {
        fail(fileError(tr("the file could not be written (%1).").arg(m_file->errorString())));
        return false;
    }
    m_received = 0;
    return true;
}

void Download::onResponseStarted(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (!openFile())
        return;
    m_serverName = ContentDisposition::parse(headerOf(headers, "Content-Disposition")).fileName();
    m_contentType = headerOf(headers, "Content-Type");
    bool known = false;
    const qint64 length = headerOf(headers, "Content-Length").toLongLong(&known);
    m_total = known ? length : -1;
    Q_EMIT progress(0, m_total);
}

void Download::onBodyReceived(const QByteArray &chunk)
{
    if (!m_file || m_finished || chunk.isEmpty())
        return;
    if (m_file->write(chunk) != chunk.size()) {
        fail(fileError(tr("the file could not be written (%1).").arg(m_file->errorString())));
        return;
    }
    m_received += chunk.size();
    Q_EMIT progress(m_received, m_total);
}

void Download::onCallFinished()
{
    if (m_finished)
        return;
    const ApiCall *call = m_call;
    if (!call->ok()) {
        finish(call->error());
        return;
    }
    if (!m_file) {
        // A 2xx answer that was not streamed: an empty body, or JSON sent without Content-Disposition.
        if (!openFile())
            return;
        m_serverName = ContentDisposition::parse(call->header("Content-Disposition")).fileName();
        m_contentType = call->header("Content-Type");
        onBodyReceived(call->body());
        if (m_finished)
            return;
    }
    if (commit())
        finish({});
}

bool Download::commit()
{
    if (!m_file->flush()) {
        fail(fileError(tr("the file could not be written (%1).").arg(m_file->errorString())));
        return false;
    }
    m_file->close();
    QString name = FileNameSanitizer::sanitize(m_serverName, m_fallbackName);
    if (m_serverName.isEmpty() && QFileInfo(name).suffix().isEmpty()) {
        const QString suffix =
            QMimeDatabase()
                .mimeTypeForName(QString::fromLatin1(m_contentType.split(';').first().trimmed()))
                .preferredSuffix();
        if (!suffix.isEmpty())
            name = FileNameSanitizer::sanitize(name + QLatin1Char('.') + suffix);
    }
    // QFile::rename never replaces a file: when another one took the name meanwhile, pick the next free one.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString target = QDir(m_folder).filePath(FileNameSanitizer::uniqueIn(m_folder, name));
        if (m_file->rename(target)) {
            m_filePath = target;
            delete m_file;
            m_file = nullptr;
            return true;
        }
    }
    fail(fileError(tr("the file could not be saved (%1).").arg(m_file->errorString())));
    return false;
}

void Download::abort()
{
    if (m_finished)
        return;
    if (m_call && !m_call->isFinished())
        m_call->disconnect(this);
    if (m_call)
        m_call->abort();
    finish(Error(Error::Category::Cancelled));
}

void Download::fail(const Error &error)
{
    if (m_call && !m_call->isFinished()) {
        m_call->disconnect(this);
        m_call->abort();
    }
    finish(error);
}

void Download::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_file) {
        m_file->remove(); // no partial file is left behind
        delete m_file;
        m_file = nullptr;
    }
    if (error)
        qCInfo(lcNet) << "download failed:" << Error::categoryName(error.category()) << error.code();
    Q_EMIT finished();
}

} // namespace osm
