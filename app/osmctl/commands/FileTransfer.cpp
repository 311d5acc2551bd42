#include "FileTransfer.h"

#include "Output.h"
#include "net/Transfer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPromise>

#include <cstdio>
#include <memory>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace osm::ctl {

namespace {

// One progress line, rewritten in place ("\r"); the caller ends it with a newline when done.
void showProgress(bool upload, qint64 done, qint64 total)
{
    const QLocale locale;
    const QString doneSize = locale.formattedDataSize(done);
    const QString totalSize = locale.formattedDataSize(total);
    QString text;
    if (total > 0) {
        //: %1 and %2 are sizes such as "1.5 MB"
        text = upload ? FileTransfer::tr("Uploading: %1 of %2").arg(doneSize, totalSize)
                      : FileTransfer::tr("Downloading: %1 of %2").arg(doneSize, totalSize);
    } else {
        //: %1 is a size such as "1.5 MB"
        text = upload ? FileTransfer::tr("Uploading: %1").arg(doneSize) : FileTransfer::tr("Downloading: %1").arg(doneSize);
    }
    Output::toStderr(QStringLiteral("\r") + text + QStringLiteral("\x1b[K")); // ESC [K: clear the rest of the line
}

} // namespace

QJsonObject SavedFile::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("file_name"), fileName},
            {QStringLiteral("server_file_name"), serverFileName},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("size"), size}};
}

bool FileTransfer::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

QString FileTransfer::folderFor(const QString &output, const QString &dir)
{
    if (!output.isEmpty())
        return QFileInfo(output).absolutePath();
    return QDir(dir.isEmpty() ? QDir::currentPath() : dir).absolutePath();
}

Error FileTransfer::checkDestination(const QString &output, const QString &dir)
{
    if (!output.isEmpty() && !dir.isEmpty())
        return Error::validation(QStringLiteral("output"), tr("give either --output or --dir, not both."));
    if (!output.isEmpty() && QFileInfo(output).isDir())
        return Error::validation(QStringLiteral("output"), tr("it is a folder; use --dir for a folder."));
    if (!output.isEmpty() && !QFileInfo(QFileInfo(output).absolutePath()).isDir())
        return Error::validation(QStringLiteral("output"), tr("its folder does not exist."));
    if (!dir.isEmpty() && !QFileInfo(dir).isDir())
        return Error::validation(QStringLiteral("dir"), tr("the folder does not exist."));
    return {};
}

QFuture<Result<SavedFile>> FileTransfer::saved(Download *download, const QString &output)
{
    auto promise = std::make_shared<QPromise<Result<SavedFile>>>();
    promise->start();
    QFuture<Result<SavedFile>> future = promise->future();
    auto progressShown = std::make_shared<bool>(false);
    if (stderrIsTerminal()) {
        QObject::connect(download, &Download::progress, download, [progressShown](qint64 received, qint64 total) {
            showProgress(false, received, total);
            *progressShown = true;
        });
    }
    QObject::connect(download, &Download::finished, download, [download, promise, output, progressShown] {
        if (*progressShown)
            Output::toStderr(QStringLiteral("\n"));
        download->deleteLater();
        if (!download->ok()) {
            promise->addResult(Result<SavedFile>(download->error()));
            promise->finish();
            return;
        }
        SavedFile saved;
        saved.file = download->filePath();
        saved.serverFileName = download->serverFileName();
        saved.contentType = QString::fromLatin1(download->contentType());
        saved.size = download->bytesReceived();
        if (!output.isEmpty() && QFileInfo(output).absoluteFilePath() != QFileInfo(saved.file).absoluteFilePath()) {
            // Complete and in the same folder: replacing the old file is a rename, never a partial file.
            if (QFileInfo::exists(output))
                QFile::remove(output);
            if (!QFile::rename(saved.file, output)) {
                promise->addResult(Result<SavedFile>(Error::validation(
                    QStringLiteral("output"),
                    tr("the file could not be written; the download was kept as %1.")
                        .arg(QDir::toNativeSeparators(saved.file)))));
                promise->finish();
                return;
            }
            saved.file = QFileInfo(output).absoluteFilePath();
        }
        saved.fileName = QFileInfo(saved.file).fileName();
        promise->addResult(Result<SavedFile>(saved));
        promise->finish();
    });
    return future;
}

Transfer *FileTransfer::uploadProgress(QObject *owner)
{
    auto *transfer = new Transfer(owner);
    if (stderrIsTerminal()) {
        QObject::connect(transfer, &Transfer::progress, transfer, [](qint64 sent, qint64 total) {
            showProgress(true, sent, total);
            if (total > 0 && sent >= total)
                Output::toStderr(QStringLiteral("\n"));
        });
    }
    return transfer;
}

} // namespace osm::ctl
