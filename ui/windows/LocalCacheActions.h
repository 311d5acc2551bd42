#pragma once

#include "models/OfflineCache.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace osm {
class FileCache;
}

namespace osm::ui {

class CaseWindow;
class LocalSearchDialog;
class MainWindow;

// The local cache in the main window: the case list shows the saved rows of each query at once, marked
// "as of" their time in the status bar until the server's answer replaces them (and still while offline);
// each case window starts from its saved messages; every answer is saved (OfflineCache). Adds File ▸
// Search Saved Cases… and File ▸ Rebuild Local Cache. Also keeps the downloaded attachment files (FileCache,
// handed to each case window's downloader), their size cap set in Settings ▸ Local Cache… (LocalCacheDialog).
class LocalCacheActions : public QObject
{
    Q_OBJECT

public:
    LocalCacheActions(MainWindow *window, LocalStore &store, QMenu *menu);

    OfflineCache *cache() const { return m_cache; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *rebuildAction() const { return m_rebuildAction; }
    QAction *fileCacheAction() const { return m_fileCacheAction; }
    FileCache *fileCache() const { return m_files.get(); } // nullptr when its table could not be opened
    LocalSearchDialog *searchDialog() const;
    QLabel *asOfLabel() const { return m_asOf; }
    QDateTime listAsOf() const { return m_listAsOf; }

    void recordLabels(const LabelList &labels) { m_cache->recordLabels(labels); }
    void openSearch();
    // Empties the cache (the downloaded files too) and reads the list again.
    void rebuild();
    // Settings ▸ Local Cache…: modal.
    void openFileCacheSettings();
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
    QAction *m_fileCacheAction;
    std::shared_ptr<FileCache> m_files; // shared with the case windows' downloaders, which may outlive this
    QLabel *m_asOf;
    QPointer<LocalSearchDialog> m_search;
    QDateTime m_listAsOf; // of the saved rows shown now; invalid once the server's replaced them
};

} // namespace osm::ui
