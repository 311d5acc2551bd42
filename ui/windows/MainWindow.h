#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

class CaseListModel;

// The main window: the case list of the signed-in account. The full desktop (views pane, detail, thread)
// grows from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListModel *caseModel() const { return m_cases; }
    // The demo has no account of its own to edit or sign out of.
    void setAccountActionsEnabled(bool enabled);

Q_SIGNALS:
    void accountRequested();
    void signOutRequested();

public:
    QTableView *caseView() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showError(const Error &error);
    void updateStatus();

    ApiClient *m_client;
    CaseListModel *m_cases;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
    QAction *m_accountAction;
    QAction *m_signOutAction;
};

} // namespace osm::ui
