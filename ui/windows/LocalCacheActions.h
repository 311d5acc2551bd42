#pragma once

#include "models/OfflineCache.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;

namespace osm::ui {

class CaseWindow;
class LocalSearchDialog;
class MainWindow;

// The local cache in the main window: the case list shows the saved rows of each query at once, marked
// "as of" their time in the status bar until the server's answer replaces them (and still while offline);
// each case window starts from its saved messages; every answer is saved (OfflineCache). Adds File ▸
// Search Saved Cases… and File ▸ Rebuild Local Cache.
class LocalCacheActions : public QObject
{
    Q_OBJECT

public:
    LocalCacheActions(MainWindow *window, LocalStore &store, QMenu *menu);

    OfflineCache *cache() const { return m_cache; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *rebuildAction() const { return m_rebuildAction; }
    LocalSearchDialog *searchDialog() const;
    QLabel *asOfLabel() const { return m_asOf; }
    QDateTime listAsOf() const { return m_listAsOf; }

    void recordLabels(const LabelList &labels) { m_cache->recordLabels(labels); }
    void openSearch();
    // Empties the cache and reads the list again.
    void rebuild();
    // Opens the case's window, with the message selected when one is named (and known to the thread).
    void openAt(const QString &caseId, const QString &messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCachedList();
    void attach(CaseWindow *window);
    void updateAsOf();
    void retranslateUi();

    MainWindow *m_window;
    OfflineCache *m_cache;
    QAction *m_searchAction;
    QAction *m_rebuildAction;
    QLabel *m_asOf;
    QPointer<LocalSearchDialog> m_search;
    QDateTime m_listAsOf; // of the saved rows shown now; invalid once the server's replaced them
};

} // namespace osm::ui
