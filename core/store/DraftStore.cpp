#include "DraftStore.h"

#include "LocalStore.h"
#include "StagedFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace osm {

namespace {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {QStringLiteral("CREATE TABLE drafts (case_id TEXT PRIMARY KEY, text TEXT NOT NULL, "
                        "files TEXT NOT NULL DEFAULT '[]', updated_at INTEGER NOT NULL)")},
    };
    return steps;
}

} // namespace

DraftStore::DraftStore(LocalStore &store) : m_store(store)
{
    m_ready = m_store.isOpen() && m_store.migrate(QStringLiteral("drafts"), migrations());
}

QString DraftStore::folderOf(const QString &caseId) const
{
    return StagedFiles::folderFor(m_store, QStringLiteral("drafts"), caseId);
}

std::optional<DraftStore::Draft> DraftStore::load(const QString &caseId) const
{
    if (!m_ready)
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT text, files, updated_at FROM drafts WHERE case_id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Draft draft;
    draft.text = query.value(0).toString();
    const QJsonArray files = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array();
    for (const QJsonValue &file : files)
        draft.files.append(file.toString());
    draft.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    return draft;
}

QStringList DraftStore::save(const QString &caseId, const QString &text, const QStringList &files)
{
    if (!m_ready)
        return files;
    if (text.isEmpty() && files.isEmpty()) {
        remove(caseId);
        return {};
    }
    const QString folder = folderOf(caseId);
    const QStringList copies = StagedFiles::copyInto(folder, files);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO drafts (case_id, text, files, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(case_id) DO UPDATE SET text = excluded.text, files = excluded.files, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(caseId);
    query.addBindValue(text.isNull() ? QStringLiteral("") : text); // NOT NULL: a null QString is NULL
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(copies)).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return files; // the originals stay in use; the next save tries again
    StagedFiles::prune(folder, copies);
    return copies;
}

void DraftStore::remove(const QString &caseId)
{
    if (!m_ready)
        return;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE case_id = ?"));
    query.addBindValue(caseId);
    query.exec();
    StagedFiles::removeFolder(folderOf(caseId));
}

} // namespace osm
