#pragma once

#include <QString>

namespace osm {

// Makes a file name that came from a server safe to create on any desktop file system: a single name in the
// chosen folder, never a path, a device or a hidden file, and displayed as it will be stored.
class FileNameSanitizer
{
public:
    static constexpr int kMaxBytes =
        255; // UTF-8 bytes: the limit of ext4, APFS, NTFS (in UTF-16 units, less)

    // The last path component only (both / and \ separate), without NUL, control, bidi-control and invisible
    // characters (a right-to-left override could show "exe.txt" for "txt.exe"; a zero-width space hides a
    // difference), Windows-forbidden characters (<>:"|?*)
    // replaced by '_', without leading dots (no ".", "..", no hidden file) and trailing dots and spaces,
    // Windows device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension) prefixed with '_', cut to
    // kMaxBytes keeping the extension. What is left empty becomes `fallback` (itself sanitised), or
    // "download".
    static QString sanitize(const QString &name, const QString &fallback = QString());

    // `name` when no file of that name exists in `folder`, else "name (1).ext", "name (2).ext", ...
    // (each still within kMaxBytes).
    static QString uniqueIn(const QString &folder, const QString &name);
};

} // namespace osm
