#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

// The caseWindowOpened signal names CaseWindow: moc needs the whole type.
Q_MOC_INCLUDE("windows/CaseWindow.h")

class QAction;
class QMenu;
class QToolBar;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace osm {
class ApiClient;
class Error;
class LocalStore;
class Outbox;
}

namespace osm::ui {

class AboutDialog;
class CaseWindow;
class LocalCacheActions;
class CaseExportFlow;
class PendingCasesButton;
class LabelManagerDialog;
class SaveViewAsCsv;
class CaseFilterBar;
class LanguageMenu;
class CaseListModel;
class CaseViewsModel;
class TrayNotifier;
class UnreadPoller;
class ViewsPane;

// The main window: the views pane with live counts on the left; the filter bar and the case list of the
// signed-in account on the right. The list's server-side query is the selected view plus the filter bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kCountsIntervalMs = 60 * 1000;

    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListModel *caseModel() const { return m_cases; }
    CaseViewsModel *viewsModel() const { return m_views; }
    QTableView *caseView() const { return m_view; }
    ViewsPane *viewsPane() const { return m_viewsPane; }
    CaseFilterBar *filterBar() const { return m_filterBar; }
    const QTimer &countsTimer() const { return m_countsTimer; }
    UnreadPoller *unreadPoller() const { return m_unreadPoller; }
    TrayNotifier *trayNotifier() const { return m_tray; }

    // The demo has no account of its own to edit or sign out of.
    void setAccountActionsEnabled(bool enabled);
    // The IAM group whose cases "Group cases" lists; remembered in the settings.
    void setGroupId(const QString &groupId);
    // Shows the case's own window (its thread), raising the one already open.
    void openCase(const QString &caseId);
    // The account's local database: the list and threads start from its cache, which every answer updates;
    // File ▸ Search Saved Cases and Rebuild Local Cache. Set once, right after construction.
    void setLocalStore(LocalStore *store);
    // The account's outbox: File ▸ New Case records the case there (created when the server can be reached,
    // its window opened then); the status bar shows the new cases still waiting. Set once, if at all.
    void setOutbox(Outbox *outbox);
    PendingCasesButton *pendingCases() const { return m_pendingCases; }
    LocalCacheActions *localCache() const { return m_localCache; }
    // Shows the Authorizations window (one per main window), at this authorization when one is given.
    void openAuthorizations(const QString &authorizationId = {}, const QString &groupId = {});
    // Settings ▸ Language offers these (QLocale names; English always), `current` checked ("" = the system's).
    void setLanguages(const QStringList &codes, const QString &current);

Q_SIGNALS:
    void accountRequested();
    void signOutRequested();
    // Settings ▸ Language: the session switches the translators, after which every window retranslates.
    void languageRequested(const QString &code);
    // A case window was made (before it is shown).
    void caseWindowOpened(osm::ui::CaseWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildCaseView();
    void buildActions();
    void retranslateUi();
    void openCurrentCase();
    void showAbout();
    void selectView(int row);
    void chooseGroup(int fallbackRow);
    void applyQuery();
    void refresh();
    void loadLabels();
    void updateCountsTimer();
    void showError(const Error &error);
    void updateStatus();
    void updateUnreadPolling();
    void updateConnectionStatus();
    void updateUnreadStatus();
    void showFromTray();

    ApiClient *m_client;
    CaseListModel *m_cases;
    CaseViewsModel *m_views;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    ViewsPane *m_viewsPane;
    CaseFilterBar *m_filterBar;
    QSplitter *m_splitter;
    QLabel *m_status;
    LanguageMenu *m_languageMenu;
    QPointer<AboutDialog> m_about;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_toolsMenu = nullptr; // Tools ▸ Diagnosis, Report, Account Information
    QToolBar *m_toolBar = nullptr;
    QAction *m_newCaseAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_accountAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_exportAction = nullptr;   // File ▸ Export Cases… (the server's export, the list's filters)
    QAction *m_saveCsvAction = nullptr;  // File ▸ Save View as CSV… (the loaded rows, locally)
    QAction *m_labelsAction = nullptr;   // Settings ▸ Manage Labels…
    CaseExportFlow *m_export = nullptr;
    SaveViewAsCsv *m_saveCsv = nullptr;
    QPointer<LabelManagerDialog> m_labelManager;
    QAction *m_authorizationsAction = nullptr;
    QAction *m_diagnosisAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_accountInfoAction = nullptr;
    LocalCacheActions *m_localCache = nullptr;
    QTimer m_countsTimer; // counts every minute while the window is shown
    int m_currentView = 0;
    UnreadPoller *m_unreadPoller = nullptr; // the list's unread badges
    TrayNotifier *m_tray = nullptr;
    QLabel *m_unreadStatus = nullptr;       // the unread total, also without a tray
    QLabel *m_connectionStatus = nullptr;   // "Offline, retrying in N s"; hidden while online
    QTimer m_retryCountdown;                // ticks that text once a second while offline
    QPointer<Outbox> m_outbox;              // new cases go through it when set
    PendingCasesButton *m_pendingCases = nullptr; // "N new cases waiting to be sent"
};

} // namespace osm::ui
