#pragma once
// What the commands that move files have in common (attachments upload/download/image, cases export): the
// result they print, where a download lands (--output FILE or --dir DIR) and the progress shown on stderr, only
// when stderr is a terminal (scripts and pipes get nothing but the result).

#include "net/Download.h"
#include "net/Error.h"
#include "net/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QString>

namespace osm {
class Transfer;
}

namespace osm::ctl {

// A file saved by a download: printed as {"file", "file_name", "server_file_name", "content_type", "size"}.
struct SavedFile
{
    QString file;           // the path written
    QString fileName;       // its name in its folder
    QString serverFileName; // the name the server sent (untrusted: sanitised before it touched the disk)
    QString contentType;
    qint64 size = 0;

    QJsonObject toJson() const;
};

class FileTransfer
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::FileTransfer)

public:
    // The folder a download is streamed into: that of `output` (the file is moved there once complete, on the
    // same file system), else `dir`, else the current folder.
    static QString folderFor(const QString &output, const QString &dir);

    // --output and --dir together, or a --dir that is not a folder: refused before sending.
    static Error checkDestination(const QString &output, const QString &dir);

    // Follows `download` (which it deletes once done) to its end, showing progress on a terminal. The server's
    // file name went through FileNameSanitizer inside Download; with `output`, the file is then renamed to
    // `output`, replacing a file of that name (like curl -o).
    static QFuture<Result<SavedFile>> saved(Download *download, const QString &output = {});

    // A Transfer that shows an upload's progress on a terminal; it belongs to `owner`.
    static Transfer *uploadProgress(QObject *owner);

    // Whether progress may be written: stderr is a terminal.
    static bool stderrIsTerminal();
};

} // namespace osm::ctl
