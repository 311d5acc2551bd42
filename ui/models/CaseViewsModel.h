#pragma once

#include "api/CaseQueries.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

// The left pane's views: My cases, Group cases and one per listable status, each with its live count
// (cases/count; list_cases with group_id and limit 0 for the group, which cases/count cannot filter by) and
// the unread total of the cases it holds, when known. Counts change in place (dataChanged), never by a reset.
class CaseViewsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Mine, Group, Status };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        StatusRole,                  // the status code of a status view, -1 otherwise
        CountRole,                   // qint64; -1 while unknown
        UnreadRole,                  // int; unread messages of the view's cases that the model learnt about
    };

    explicit CaseViewsModel(QObject *parent = nullptr);

    void setClient(ApiClient *client);
    // The IAM group whose cases "Group cases" lists (list_cases group_id, 5.11.9); empty: not set up yet.
    void setGroupId(const QString &groupId);
    QString groupId() const { return m_groupId; }

    // Asks the server for the counts again. One request at a time: a call while one is under way is
    // remembered and served once it answers.
    void refreshCounts();
    // After a language switch: the translated and locale-formatted texts change, the data does not.
    void retranslate();
    bool isRefreshing() const { return m_inFlight; }

    // Learns an unread count (from CaseListModel::unreadCountChanged); `status` -1 when not known.
    void noteUnread(const QString &caseId, int status, int unread);

    int rowOf(Kind kind, int status = -1) const;
    Kind kindAt(int row) const { return m_rows.at(row).kind; }
    // Sets the view's part of a list query: its status or group; leaves the other filters alone.
    void applyView(int row, api::ListCasesParams &params) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsFailed(const osm::Error &error);
    void refreshingChanged(bool refreshing);

private:
    struct Row
    {
        Kind kind;
        int status = -1;
        qint64 count = -1;
        int unread = 0;
    };

    void requestStatusCounts();
    void requestGroupCount();
    void finishRefresh();
    void setCount(int row, qint64 count);
    void recomputeUnread();
    QString nameOf(const Row &row) const;

    QPointer<ApiClient> m_client;
    QString m_groupId;
    QList<Row> m_rows;
    bool m_inFlight = false;
    bool m_again = false;                              // a refresh was asked for while one was under way
    QHash<QString, std::pair<int, int>> m_unreadByCase; // case id → (status, unread)
};

} // namespace osm::ui
