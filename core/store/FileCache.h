#pragma once

#include <QString>

namespace osm {

class LocalStore;

// Downloaded attachment files kept on this computer (component "files" of the account's LocalStore), so that
// an attachment opened, saved or dragged out once needs no second download and is there offline. The files
// live beside the database, in <db>.files/downloads/<a hash of the accessory id>/<the file's name> (the id and
// the name come from the server: the folder is a hash, never the id itself, and the name goes through
// FileNameSanitizer, so nothing is ever written outside the folder). A table indexes them: accessory id, case
// id, name, size, last use. The files together stay within a size cap: the least recently used go first when a
// new one would not fit; a file larger than the cap is not kept; a cap of 0 keeps nothing. A file deleted
// behind the cache's back is forgotten when it is looked up (and when the cache is opened). Used from the
// thread that calls it, like the rest of the store.
class FileCache
{
public:
    static const QString kComponent;
    static constexpr qint64 kDefaultCapBytes = qint64(500) * 1024 * 1024;

    enum class Transfer {
        Copy, // the source stays where it is
        Move, // the source is moved into the cache (or copied and removed when it is on another disk)
    };

    explicit FileCache(LocalStore &store);

    // Creates or migrates the table, makes the folder, forgets entries whose file is gone; false with
    // errorText() when the store cannot hold them.
    bool open();
    bool isOpen() const { return m_open; }
    QString errorText() const { return m_errorText; }
    // <db>.files/downloads: everything the cache writes is inside it.
    QString folder() const;

    qint64 capBytes() const { return m_capBytes; }
    // A negative cap counts as 0. Files beyond the new cap are evicted at once, the least recently used first.
    void setCapBytes(qint64 bytes);
    qint64 usedBytes() const;
    int fileCount() const;

    // Keeps `sourceFile` as the attachment `accessoryId` (replacing what was kept for it), under `name` — the
    // server's file name, untrusted: sanitised here; empty: the source's own name. Returns the kept file's path,
    // or empty when it is not kept (larger than the cap, unreadable, a write failure): the source is then left
    // as it was.
    QString put(const QString &accessoryId, const QString &caseId, const QString &sourceFile,
                const QString &name = QString(), Transfer transfer = Transfer::Copy);
    // The kept file of the attachment, marked as just used; empty when none is kept or its file has gone
    // (the entry is then forgotten).
    QString lookup(const QString &accessoryId);
    bool contains(const QString &accessoryId) const;
    // Forgets the attachment and deletes its file.
    bool remove(const QString &accessoryId);
    // Deletes every kept file and forgets them all (Settings ▸ Local Cache ▸ Clear, File ▸ Rebuild Local Cache).
    bool clear();

private:
    QString entryFolder(const QString &accessoryId) const;
    QString pathOf(const QString &accessoryId, const QString &fileName) const;
    bool evictFor(qint64 incomingBytes);
    void forgetMissing();
    qint64 nextUse();
    bool fail(const QString &what, const QString &why) const;

    LocalStore &m_store;
    qint64 m_capBytes = kDefaultCapBytes;
    qint64 m_lastUse = 0; // last uses are strictly increasing, so the order is exact even within a millisecond
    bool m_open = false;
    mutable QString m_errorText;
};

} // namespace osm
