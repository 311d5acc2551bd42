#pragma once

#include "model/AuthorizationInfo.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolBar;

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

class AuthorizationListModel;
class BastionRecordsPanel;

// The authorization requests of support engineers (5.6): the list — the caller's own, or an IAM group's
// (group_id), filtered by status, paged — and the selected one's detail with every field and item, the
// actions its status allows (agree with host credentials and a period, reject with a reason, revoke an
// agreement), and the bastion-host records of its hosts. One per main window; closing it only hides it.
class AuthorizationsWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { Mine, Group };
    enum class Action { Agree, Reject, Revoke, OpenCase };

    explicit AuthorizationsWindow(ApiClient *client, QWidget *parent = nullptr);
    ~AuthorizationsWindow() override;

    // The IAM group offered for "My group's authorizations" (the main window's group).
    void setGroupId(const QString &groupId);
    void setScope(Scope scope);
    // Shows this authorization's detail (selected in the list when it is listed). `groupId` goes with
    // its requests when it belongs to another user's case of that group.
    void showAuthorization(const QString &authorizationId, const QString &groupId = {});

    // Which actions a status allows: agree and reject while pending (OSM.01010046), revoke while agreed.
    static bool allows(Action action, int status);

    AuthorizationListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_view; }
    BastionRecordsPanel *bastionPanel() const { return m_bastion; }
    QAction *action(Action action) const;
    QString currentAuthorizationId() const { return m_currentId; }
    bool hasDetail() const { return !m_info.id.isEmpty() && m_info.id == m_currentId; }
    const AuthorizationInfo &detail() const { return m_info; }
    bool isBusy() const { return m_busy > 0; }
    QString statusText() const;

Q_SIGNALS:
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyQuery();
    void selectRow(const QModelIndex &current);
    void selectListed(const QString &authorizationId);
    void loadDetail();
    void showDetail();
    void updateActions();
    void agree();
    void reject();
    void revoke();
    void sendAction(bool reject, const QString &reason);
    void setStatus(const QString &text, const QString &details = {});
    void showError(const QString &text, const Error &error);
    void setBusy(bool busy);
    QString groupIdForList() const;

    QPointer<ApiClient> m_client;
    AuthorizationListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_scope;
    QLineEdit *m_groupEdit;
    QComboBox *m_statusFilter;
    QPushButton *m_refresh;
    QLabel *m_scopeLabel;
    QLabel *m_statusLabel;
    QLabel *m_title;
    QToolBar *m_toolBar;
    QAction *m_agree;
    QAction *m_reject;
    QAction *m_revoke;
    QAction *m_openCase;
    QTabWidget *m_tabs;
    QGridLayout *m_form;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_values;
    QTableWidget *m_items;
    BastionRecordsPanel *m_bastion;
    QLabel *m_status;

    QString m_currentId;      // the authorization shown (or being loaded)
    QString m_currentGroupId; // the group_id its requests carry
    AuthorizationInfo m_info; // its detail once loaded
    quint64 m_generation = 0; // answers about another authorization are dropped
    int m_busy = 0;
};

} // namespace osm::ui
