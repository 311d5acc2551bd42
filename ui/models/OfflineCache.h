#pragma once

#include "api/CaseQueries.h"
#include "store/CaseCache.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace osm {
class LocalStore;
struct LabelList;
}

namespace osm::ui {

class CaseDetailPanel;
class CaseListModel;
class MessageThreadModel;

// The UI's side of the local cache: what the models show first at start-up (the list of the current query,
// a case's thread), and the one place that saves what the server answers — each list page, each thread's
// messages (as the thread model receives them: first page, older pages, polls, withdrawals), each case
// detail and the labels. Saving happens in transactions, a page or a burst of messages in one.
class OfflineCache : public QObject
{
    Q_OBJECT

public:
    // Opens the cache's tables in `store` (which must outlive this); isReady() tells whether that worked.
    explicit OfflineCache(LocalStore &store, QObject *parent = nullptr);

    bool isReady() const { return m_ready; }
    QString errorText() const { return m_cache.errorText(); }
    CaseCache &cache() { return m_cache; }
    LocalStore &store() const { return m_cache.store(); }

    // The list a query is saved under: its query without offset and limit.
    static QString listKey(const api::ListCasesParams &filter);

    // Shows the cases saved for the model's current filter (CaseListModel::showCached); returns their
    // "as of" time, invalid when nothing was saved.
    QDateTime showCachedList(CaseListModel *model);
    // From now on every page the model receives is saved.
    void recordCaseList(CaseListModel *model);

    // Shows the saved messages of a case (MessageThreadModel::showCached); returns their "as of" time.
    QDateTime showCachedThread(const QString &caseId, MessageThreadModel *model);
    // From now on the messages the model receives from the server are saved.
    void recordThread(const QString &caseId, MessageThreadModel *model);
    // Each detail the panel loads is saved.
    void recordDetail(CaseDetailPanel *panel);
    // Shows the saved detail of the panel's case until the server's arrives (CaseDetailPanel::showSaved);
    // returns its "as of" time, invalid when nothing was saved.
    QDateTime showCachedDetail(CaseDetailPanel *panel);
    void recordLabels(const LabelList &labels);

    // Empties the cache (File ▸ Rebuild Local Cache); the caller reads everything again.
    bool rebuild();

Q_SIGNALS:
    // A write failed (a full disk, a locked file): the app goes on without it.
    void writeFailed(const QString &errorText);

private:
    void noteMessages(const QString &caseId, MessageThreadModel *model, int first, int last);
    void flushMessages();
    void check(bool ok);

    CaseCache m_cache;
    bool m_ready = false;
    QHash<QString, QHash<QString, Message>> m_unsaved; // case id → message id → message, until the flush
    QTimer m_flush; // once the current burst of changes is over
};

} // namespace osm::ui
