#pragma once

#include "model/AuthorizationInfo.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

// What the bastion host (CBH) recorded on the hosts of one authorization: the host's history sessions
// (5.6.8) and, for the selected session, the commands run (5.6.7) and the file transfers (5.6.9) in two tabs.
// Each list pages by 100 with a "Load more" button. Console items have no bastion records.
class BastionRecordsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    explicit BastionRecordsPanel(ApiClient *client, QWidget *parent = nullptr);

    // The hosts of `info` (group_id for another user's case of the group); the first one's sessions load.
    void setAuthorization(const AuthorizationInfo &info, const QString &groupId);
    void clear();

    QComboBox *hostBox() const { return m_hosts; }
    QTableView *sessionsView() const { return m_sessionsView; }
    QStandardItemModel *sessionsModel() const { return m_sessions; }
    QStandardItemModel *commandsModel() const { return m_commands; }
    QStandardItemModel *transfersModel() const { return m_transfers; }
    QString message() const;
    bool isLoading() const { return m_pending > 0; }

    // A translated word for a file operation (UPLOAD or 1, …); an unknown one is shown as sent.
    static QString operationName(const QString &operateType);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class List { Sessions, Commands, Transfers };

    void retranslateUi();
    void selectHost(int index);
    void selectSession(const QModelIndex &current);
    void load(List list, bool more);
    void showError(const Error &error);
    void setLoading(bool started);
    void updateMoreButtons();

    QPointer<ApiClient> m_client;
    QString m_authorizationId;
    QString m_groupId;
    qint64 m_detailId = -1;
    qint64 m_sessionId = -1;
    quint64 m_generation = 0; // answers for another host or session are dropped
    int m_pending = 0;
    qint64 m_sessionTotal = 0, m_commandTotal = 0, m_transferTotal = 0;

    QLabel *m_hostLabel;
    QComboBox *m_hosts;
    QLabel *m_sessionsLabel;
    QStandardItemModel *m_sessions;
    QStandardItemModel *m_commands;
    QStandardItemModel *m_transfers;
    QTableView *m_sessionsView;
    QTableView *m_commandsView;
    QTableView *m_transfersView;
    QTabWidget *m_tabs;
    QPushButton *m_moreSessions;
    QPushButton *m_moreCommands;
    QPushButton *m_moreTransfers;
    QLabel *m_message;
};

} // namespace osm::ui
