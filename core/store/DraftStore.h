#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace osm {

class LocalStore;

// Reply drafts ("drafts" component of the LocalStore): per case, the text and the staged attachments, the
// files copied beside the database (<db>.files/drafts/<case>/) so that the user may delete the originals.
// Each save is committed at once: a draft comes back after a crash.
class DraftStore
{
public:
    struct Draft
    {
        QString text;
        QStringList files; // the copies, in order
        QDateTime updatedAt;
    };

    explicit DraftStore(LocalStore &store);

    bool isReady() const { return m_ready; }

    std::optional<Draft> load(const QString &caseId) const;
    // Saves the draft (an empty one removes it). Files not yet in the draft's folder are copied into it,
    // copies no longer listed are deleted. Returns the files as stored (the copies), to be used from now on.
    QStringList save(const QString &caseId, const QString &text, const QStringList &files);
    void remove(const QString &caseId);

    QString folderOf(const QString &caseId) const;

private:
    LocalStore &m_store;
    bool m_ready = false;
};

} // namespace osm
