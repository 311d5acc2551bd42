#include "LocalCacheActions.h"

#include "dialogs/LocalCacheDialog.h"
#include "dialogs/LocalSearchDialog.h"
#include "models/AttachmentDownloader.h"
#include "models/CaseListModel.h"
#include "models/MessagePoller.h"
#include "models/MessageThreadModel.h"
#include "store/FileCache.h"
#include "widgets/AttachmentsPanel.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/MessageThreadView.h"
#include "windows/BringToFront.h"
#include "windows/CaseWindow.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace osm::ui {

LocalCacheActions::LocalCacheActions(MainWindow *window, LocalStore &store, QMenu *menu)
    : QObject(window), m_window(window), m_cache(new OfflineCache(store, this)), m_searchAction(new QAction(this)),
      m_rebuildAction(new QAction(this)), m_fileCacheAction(new QAction(this)), m_asOf(new QLabel(window))
{
    auto files = std::make_shared<FileCache>(store);
    if (files->open()) {
        files->setCapBytes(LocalCacheDialog::savedCapBytes());
        m_files = std::move(files);
    } else {
        qWarning("%s", qPrintable(files->errorText())); // downloads then work as without a store
    }
    m_fileCacheAction->setObjectName(QStringLiteral("fileCacheAction"));
    m_fileCacheAction->setEnabled(bool(m_files));
    connect(m_fileCacheAction, &QAction::triggered, this, &LocalCacheActions::openFileCacheSettings);
    if (auto *settings = window->findChild<QMenu *>(QStringLiteral("settingsMenu")))
        settings->addAction(m_fileCacheAction);

    m_searchAction->setObjectName(QStringLiteral("searchSavedCasesAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_rebuildAction->setObjectName(QStringLiteral("rebuildCacheAction"));
    connect(m_searchAction, &QAction::triggered, this, &LocalCacheActions::openSearch);
    connect(m_rebuildAction, &QAction::triggered, this, &LocalCacheActions::rebuild);
    if (menu) {
        // After Refresh (File ▸ New, Open, Refresh, …): both are about what the list shows.
        QAction *before = menu->actions().value(3);
        menu->insertActions(before, {m_searchAction, m_rebuildAction});
    }
    window->addAction(m_searchAction); // the shortcut also without the menu

    m_asOf->setObjectName(QStringLiteral("cacheAsOf"));
    m_asOf->setTextFormat(Qt::PlainText);
    m_asOf->hide();
    window->statusBar()->addPermanentWidget(m_asOf);

    CaseListModel *cases = window->caseModel();
    m_cache->recordCaseList(cases);
    // Each new query (a view, a filter) starts from its saved rows too; queued, after the reset is through.
    connect(cases, &QAbstractItemModel::modelReset, this, &LocalCacheActions::showCachedList, Qt::QueuedConnection);
    connect(cases, &CaseListModel::loadingChanged, this, &LocalCacheActions::updateAsOf);
    connect(cases, &CaseListModel::loadFailed, this, &LocalCacheActions::updateAsOf);
    connect(window, &MainWindow::caseWindowOpened, this, &LocalCacheActions::attach);
    window->installEventFilter(this);
    retranslateUi();
    showCachedList(); // the first query was sent already; its answer has not come yet
}

LocalSearchDialog *LocalCacheActions::searchDialog() const
{
    return m_search;
}

void LocalCacheActions::showCachedList()
{
    m_listAsOf = m_cache->showCachedList(m_window->caseModel());
    updateAsOf();
}

void LocalCacheActions::updateAsOf()
{
    if (!m_window->caseModel()->isShowingCache())
        m_listAsOf = QDateTime();
    if (!m_listAsOf.isValid()) {
        m_asOf->hide();
        return;
    }
    m_asOf->setText(tr("Saved list as of %1").arg(QLocale().toString(m_listAsOf.toLocalTime(), QLocale::ShortFormat)));
    m_asOf->setToolTip(m_window->caseModel()->isLoading()
                           ? tr("These are the cases saved on this computer; the server's list replaces them when it answers.")
                           : tr("The server could not be reached: these are the cases saved on this computer."));
    m_asOf->show();
}

void LocalCacheActions::attach(CaseWindow *window)
{
    const QDateTime asOf = m_cache->showCachedThread(window->caseId(), window->threadModel());
    m_cache->recordThread(window->caseId(), window->threadModel());
    m_cache->showCachedDetail(window->detailPanel());
    m_cache->recordDetail(window->detailPanel());
    if (m_files)
        window->attachmentsPanel()->downloader()->setFileCache(m_files, window->caseId());
    window->setSavedAsOf(asOf);
    // The thread's poll got through: the server is back, so what still shows saved data is read again.
    connect(window->poller(), &MessagePoller::polled, window, [window] {
        CaseDetailPanel *panel = window->detailPanel();
        if (panel->savedAsOf().isValid() && !panel->isRefreshing())
            panel->refresh();
        MessageThreadModel *thread = window->threadModel();
        if (!thread->hasLoaded() && !thread->isLoading())
            thread->loadNewestPage(); // what shows from the store stays, scrolled where the user left it
    });
}

void LocalCacheActions::openSearch()
{
    if (!m_search) {
        m_search = new LocalSearchDialog(m_cache->store(), m_window);
        m_search->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_search, &LocalSearchDialog::hitActivated, this, &LocalCacheActions::openAt);
    }
    bringToFront(m_search);
    m_search->searchField()->setFocus();
}

void LocalCacheActions::openAt(const QString &caseId, const QString &messageId)
{
    m_window->openCase(caseId);
    if (messageId.isEmpty())
        return;
    const QList<CaseWindow *> open = m_window->findChildren<CaseWindow *>(Qt::FindDirectChildrenOnly);
    for (CaseWindow *window : open) {
        if (window->caseId() != caseId)
            continue;
        MessageThreadModel *thread = window->threadModel();
        int row = thread->rowOf(messageId);
        // A hit in an older message: the saved pages it waits in are shown (from the store, no request).
        while (row < 0 && thread->cachedOlderCount() > 0 && thread->canLoadOlder()) {
            const int waiting = thread->cachedOlderCount();
            thread->loadOlder();
            if (thread->cachedOlderCount() >= waiting)
                break;
            row = thread->rowOf(messageId);
        }
        if (row < 0)
            return;
        const QModelIndex index = thread->index(row);
        window->threadView()->setCurrentIndex(index);
        window->threadView()->scrollTo(index, QAbstractItemView::PositionAtCenter);
        window->threadView()->setFocus();
    }
}

void LocalCacheActions::rebuild()
{
    if (m_files)
        m_files->clear(); // downloaded again when next asked for, like everything else
    if (!m_cache->rebuild()) {
        m_window->statusBar()->showMessage(tr("The local cache could not be emptied: %1").arg(m_cache->errorText()));
        return;
    }
    m_listAsOf = QDateTime();
    updateAsOf();
    // The same query again, from the first page: each answer fills the cache anew.
    CaseListModel *cases = m_window->caseModel();
    cases->setFilter(cases->filter());
}

void LocalCacheActions::openFileCacheSettings()
{
    if (!m_files)
        return;
    LocalCacheDialog dialog(*m_files, m_window);
    dialog.exec();
}

bool LocalCacheActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void LocalCacheActions::retranslateUi()
{
    m_searchAction->setText(tr("&Search Saved Cases…"));
    m_searchAction->setToolTip(tr("Find words in the cases, messages and attachment names saved on this computer (%1)")
                                   .arg(m_searchAction->shortcut().toString(QKeySequence::NativeText)));
    m_rebuildAction->setText(tr("Rebuild Local &Cache"));
    m_rebuildAction->setToolTip(tr("Forget the cases and messages saved on this computer and read them again "
                                   "from the server (unsent messages and drafts are kept)"));
    m_asOf->setAccessibleName(tr("Saved list"));
    m_fileCacheAction->setText(tr("Local &Cache…"));
    updateAsOf();
}

} // namespace osm::ui
