#pragma once

#include <QString>
#include <QStringList>

namespace osm {

class LocalStore;

// The files the store keeps for unsent work (outbox items, drafts): copies in a folder beside the database
// (<db>.files/<area>/<key>/), so that the user may move or delete the originals. Each copy keeps its file's
// name (it is the name the attachment is uploaded under).
namespace StagedFiles {

// <db>.files/<area>/<key as a safe file name>.
QString folderFor(const LocalStore &store, const QString &area, const QString &key);

// Copies into `folder` each file that is not already in it; files already there are kept as they are.
// Returns the paths inside the folder, in order; a file that cannot be read or copied is left out.
QStringList copyInto(const QString &folder, const QStringList &files);

// Deletes the copies in `folder` that are not in `keep`.
void prune(const QString &folder, const QStringList &keep);

// Deletes the folder and its copies.
void removeFolder(const QString &folder);

bool isInside(const QString &folder, const QString &path);

} // namespace StagedFiles

} // namespace osm
