#pragma once

#include "api/Authorizations.h"
#include "model/Authorization.h"
#include "model/AuthorizationInfo.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

// The authorization requests of 5.6.6 list_authorizations, newest first: pages through the list 50 at a
// time with canFetchMore/fetchMore (offset/limit); the query (group_id, status) is the window's. Status is
// shown in words (AuthorizationStatus), times in the user's locale; roles carry raw values.
class AuthorizationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Case, Description, Resource, Access, SubUser, Requested, Expires, Id, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the column's raw value (status code, QDateTime)
        AuthorizationIdRole,
        StatusRole, // int, AuthorizationStatus
    };
    static constexpr int kPageSize = 50;

    explicit AuthorizationListModel(QObject *parent = nullptr);

    void setClient(ApiClient *client);
    // Replaces the query and reads the first page again (offset and limit of `query` are the model's).
    void setQuery(const api::ListAuthorizationsParams &query);
    const api::ListAuthorizationsParams &query() const { return m_query; }
    void reload() { setQuery(m_query); }

    // The translated word for a status code ("osm::ui::AuthorizationListModel"); an undescribed code keeps its number.
    static QString statusName(int status);

    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    int rowOf(const QString &authorizationId) const;
    const Authorization &authorizationAt(int row) const { return m_rows.at(row); }
    // What show_authorization answered (after an action, say): the row with that id takes its status,
    // period, reason and names. Nothing happens when the id is not listed.
    void update(const AuthorizationInfo &info);
    // After a language switch: the words and formatted times change, not the rows.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const osm::Error &error);
    void totalCountChanged(qint64 total);

private:
    void requestPage(int offset);
    QVariant rawValue(const Authorization &a, int column) const;

    QPointer<ApiClient> m_client;
    api::ListAuthorizationsParams m_query;
    QList<Authorization> m_rows;
    qint64 m_total = -1; // unknown until the first page answers
    bool m_loading = false;
    quint64 m_generation = 0; // answers to an older query are dropped
};

} // namespace osm::ui
