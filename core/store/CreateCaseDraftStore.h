#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace osm {

class LocalStore;

// The draft of a new case ("create_case_drafts" component of the LocalStore): the wizard's form as JSON
// (opaque here) and its staged attachments, copied beside the database (<db>.files/create-case/<key>/) the
// moment they are staged, so that the user may delete the originals and a crash loses nothing. One draft per
// key (the wizard uses kCurrent). Each save is committed at once.
class CreateCaseDraftStore
{
public:
    static inline const QString kCurrent = QStringLiteral("current");

    struct Draft
    {
        QJsonObject form;
        QStringList files; // the copies, in order
        QDateTime updatedAt;
    };

    explicit CreateCaseDraftStore(LocalStore &store);

    bool isReady() const { return m_ready; }

    std::optional<Draft> load(const QString &key = kCurrent) const;
    // Saves the draft (an empty form without files removes it). Files not yet in the draft's folder are
    // copied into it, copies no longer listed are deleted. Returns the files as stored (the copies), to be
    // used from now on; the originals when the store failed.
    QStringList save(const QJsonObject &form, const QStringList &files, const QString &key = kCurrent);
    void remove(const QString &key = kCurrent);

    QString folderOf(const QString &key = kCurrent) const;

private:
    LocalStore &m_store;
    bool m_ready = false;
};

} // namespace osm
