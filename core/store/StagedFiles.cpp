#include "StagedFiles.h"

#include "LocalStore.h"
#include "net/FileNameSanitizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace osm::StagedFiles {

QString folderFor(const LocalStore &store, const QString &area, const QString &key)
{
    return QDir(store.path() + QStringLiteral(".files"))
        .filePath(area + QLatin1Char('/') + FileNameSanitizer::sanitize(key, QStringLiteral("none")));
}

bool isInside(const QString &folder, const QString &path)
{
    return QFileInfo(path).absolutePath() == QFileInfo(folder).absoluteFilePath();
}

QStringList copyInto(const QString &folder, const QStringList &files)
{
    QStringList copies;
    if (!QDir().mkpath(folder))
        return copies;
    for (const QString &file : files) {
        if (isInside(folder, file)) {
            if (QFileInfo(file).isFile())
                copies.append(QFileInfo(file).absoluteFilePath());
            continue;
        }
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable())
            continue;
        const QString copy = QDir(folder).filePath(FileNameSanitizer::uniqueIn(folder, info.fileName()));
        if (QFile::copy(info.absoluteFilePath(), copy))
            copies.append(QFileInfo(copy).absoluteFilePath());
    }
    return copies;
}

void prune(const QString &folder, const QStringList &keep)
{
    QStringList kept;
    for (const QString &path : keep)
        kept.append(QFileInfo(path).absoluteFilePath());
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo &entry : entries) {
        if (!kept.contains(entry.absoluteFilePath()))
            QFile::remove(entry.absoluteFilePath());
    }
}

void removeFolder(const QString &folder)
{
    if (!folder.isEmpty())
        QDir(folder).removeRecursively();
}

} // namespace osm::StagedFiles
