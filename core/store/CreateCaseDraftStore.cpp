#include "CreateCaseDraftStore.h"

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
        {QStringLiteral("CREATE TABLE create_case_drafts (draft_key TEXT PRIMARY KEY, form TEXT NOT NULL, "
                        "files TEXT NOT NULL DEFAULT '[]', updated_at INTEGER NOT NULL)")},
    };
    return steps;
}

QString jsonText(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

CreateCaseDraftStore::CreateCaseDraftStore(LocalStore &store) : m_store(store)
{
    m_ready = m_store.isOpen() && m_store.migrate(QStringLiteral("create_case_drafts"), migrations());
}

QString CreateCaseDraftStore::folderOf(const QString &key) const
{
    return StagedFiles::folderFor(m_store, QStringLiteral("create-case"), key);
}

std::optional<CreateCaseDraftStore::Draft> CreateCaseDraftStore::load(const QString &key) const
{
    if (!m_ready)
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT form, files, updated_at FROM create_case_drafts WHERE draft_key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Draft draft;
    draft.form = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    const QJsonArray files = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array();
    for (const QJsonValue &file : files)
        draft.files.append(file.toString());
    draft.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    return draft;
}

QStringList CreateCaseDraftStore::save(const QJsonObject &form, const QStringList &files, const QString &key)
{
    if (!m_ready)
        return files;
    if (form.isEmpty() && files.isEmpty()) {
        remove(key);
        return {};
    }
    const QString folder = folderOf(key);
    const QStringList copies = StagedFiles::copyInto(folder, files);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO create_case_drafts (draft_key, form, files, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(draft_key) DO UPDATE SET form = excluded.form, files = excluded.files, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(key);
    query.addBindValue(jsonText(QJsonDocument(form)));
    query.addBindValue(jsonText(QJsonDocument(QJsonArray::fromStringList(copies))));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return files; // the originals stay in use; the next save tries again
    StagedFiles::prune(folder, copies);
    return copies;
}

void CreateCaseDraftStore::remove(const QString &key)
{
    if (!m_ready)
        return;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM create_case_drafts WHERE draft_key = ?"));
    query.addBindValue(key);
    query.exec();
    StagedFiles::removeFolder(folderOf(key));
}

} // namespace osm
