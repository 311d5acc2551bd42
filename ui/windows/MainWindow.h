#pragma once

#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

class CaseFilterBar;
class CaseListModel;
class CaseViewsModel;
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

    // The demo has no account of its own to edit or sign out of.
    void setAccountActionsEnabled(bool enabled);
    // The IAM group whose cases "Group cases" lists; remembered in the settings.
    void setGroupId(const QString &groupId);
    // Shows the case's own window (its thread), raising the one already open.
    void openCase(const QString &caseId);

Q_SIGNALS:
    void accountRequested();
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildCaseView();
    void buildToolBar();
    void selectView(int row);
    void chooseGroup(int fallbackRow);
    void applyQuery();
    void refresh();
    void loadLabels();
    void updateCountsTimer();
    void showError(const Error &error);
    void updateStatus();

    ApiClient *m_client;
    CaseListModel *m_cases;
    CaseViewsModel *m_views;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    ViewsPane *m_viewsPane;
    CaseFilterBar *m_filterBar;
    QSplitter *m_splitter;
    QLabel *m_status;
    QAction *m_accountAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QTimer m_countsTimer; // counts every minute while the window is shown
    int m_currentView = 0;
};

} // namespace osm::ui
