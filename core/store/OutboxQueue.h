#pragma once

#include "OutboxItem.h"

#include <QList>
#include <optional>

namespace osm {

class LocalStore;

// The outbox's table ("outbox" component of the LocalStore) and its staged files (<db>.files/outbox/<id>/).
// Plain persistence, no sending: Outbox drives it. Every change is committed at once, so that a crash
// loses nothing that was recorded.
class OutboxQueue
{
public:
    explicit OutboxQueue(LocalStore &store);

    bool isReady() const { return m_ready; }
    QString errorText() const { return m_errorText; }

    // Records the item (its files copied first) and returns it with its id; nullopt when the store failed.
    std::optional<OutboxItem> add(OutboxItem item);
    std::optional<OutboxItem> item(qint64 id) const;
    // All items, oldest first (the order they go out in); only those of `caseId` when it is given.
    QList<OutboxItem> items(const QString &caseId = {}) const;
    // Writes state, payload, error, attempts and next attempt time (not the files).
    bool update(const OutboxItem &item);
    // Replaces the files (copied into the item's folder; copies no longer listed are deleted).
    bool setFiles(OutboxItem &item, const QStringList &files);
    // Deletes the row and the item's files.
    bool remove(qint64 id);

    QString folderOf(qint64 id) const;

private:
    LocalStore &m_store;
    bool m_ready = false;
    QString m_errorText;
};

} // namespace osm
