#pragma once

#include "model/CaseDetail.h"
#include "model/CaseSummary.h"
#include "model/Message.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace osm {

class LocalStore;

// What the server last said, and when: every cached value comes back with its "as of" time.
template <typename T>
struct Cached
{
    T value;
    QDateTime asOf; // UTC
};

// The read cache of one account (component "cache" of its LocalStore): the case list rows of each query the
// app listed, case details, messages with their attachment names, labels and the configuration lists. Each
// row keeps the server's JSON (the model's toJson()) and the time it was fetched. Writes are transactions —
// a whole page in one. The texts are indexed for LocalSearch (FTS5 with the trigram tokenizer, which also
// matches inside Chinese text). Used from the thread that calls it (LocalStore gives each thread its own
// connection).
class CaseCache
{
public:
    static const QString kComponent;

    explicit CaseCache(LocalStore &store);

    // Creates or migrates the tables; false with errorText() when the store cannot hold them.
    bool open();
    QString errorText() const { return m_errorText; }
    LocalStore &store() const { return m_store; }

    // One page of a case list: the cases themselves, and their place in the list `listKey` (the query,
    // e.g. ListCasesParams::query() without offset and limit). The page at offset 0 starts the list again.
    bool putListPage(const QString &listKey, int offset, const QList<CaseSummary> &cases,
                     const QDateTime &asOf = QDateTime::currentDateTimeUtc());
    // The cases last listed under `listKey`, in list order; asOf is the oldest of their fetch times.
    Cached<QList<CaseSummary>> listed(const QString &listKey) const;
    std::optional<Cached<CaseSummary>> caseSummary(const QString &caseId) const;

    bool putDetail(const CaseDetail &detail, const QDateTime &asOf = QDateTime::currentDateTimeUtc());
    std::optional<Cached<CaseDetail>> detail(const QString &caseId) const;

    // Messages of a case (added or updated, never removed: the thread only grows), with their attachments.
    bool putMessages(const QString &caseId, const QList<Message> &messages,
                     const QDateTime &asOf = QDateTime::currentDateTimeUtc());
    // Oldest first; asOf is the newest fetch time (when the thread was last read).
    Cached<QList<Message>> messages(const QString &caseId) const;
    int attachmentCount(const QString &caseId) const;

    // Labels and configuration lists: a whole answer under a name ("labels", "severities"…).
    bool putList(const QString &name, const QJsonValue &json, const QDateTime &asOf = QDateTime::currentDateTimeUtc());
    std::optional<Cached<QJsonValue>> list(const QString &name) const;

    // Everything cached is dropped (File ▸ Rebuild Cache); the other components' tables are left alone.
    bool clear();

    // The visible text of a message's content (its markup removed), as indexed and searched.
    static QString plainText(const QString &content);

private:
    bool fail(const QString &what, const QString &why) const;

    LocalStore &m_store;
    mutable QString m_errorText;
};

} // namespace osm
