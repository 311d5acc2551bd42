#include "AuthorizationListModel.h"

#include "model/AuthorizationStatus.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QLocale>

namespace osm::ui {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

AuthorizationListModel::AuthorizationListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuthorizationListModel::setClient(ApiClient *client)
{
    m_client = client;
    setQuery(m_query);
}

void AuthorizationListModel::setQuery(const api::ListAuthorizationsParams &query)
{
    m_query = query;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_loading = false;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    requestPage(0);
}

QString AuthorizationListModel::statusName(int status)
{
    switch (status) {
    case AuthorizationStatus::Pending:
        return tr("Pending");
    case AuthorizationStatus::Authorized:
        return tr("Authorized");
    case AuthorizationStatus::Rejected:
        return tr("Rejected");
    case AuthorizationStatus::Expired:
        return tr("Expired");
    case AuthorizationStatus::Withdrawn:
        return tr("Withdrawn");
    case AuthorizationStatus::Cancelled:
        return tr("Revoked");
    default:
        return tr("Status %1").arg(status); // 6-10 are not described
    }
}

int AuthorizationListModel::rowOf(const QString &authorizationId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == authorizationId)
            return int(row);
    }
    return -1;
}

void AuthorizationListModel::requestPage(int offset)
{
    if (!m_client || m_loading)
        return;
    api::ListAuthorizationsParams params = m_query;
    params.offset = offset;
    params.limit = kPageSize;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    whenReady(api::listAuthorizations(*m_client, params), this,
              [this, generation](const Result<AuthorizationList> &result) {
                  if (generation != m_generation)
                      return; // the query changed meanwhile
                  if (result.ok()) {
                      m_total = result->count;
                      QList<Authorization> fresh;
                      for (const Authorization &a : result->authorizations) {
                          // Offset paging can repeat a row when the list moved underneath.
                          if (rowOf(a.id) < 0)
                              fresh.append(a);
                      }
                      if (!fresh.isEmpty()) {
                          beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
                          m_rows.append(fresh);
                          endInsertRows();
                      }
                      // A short page means the end, whatever count said.
                      if (result->authorizations.size() < kPageSize)
                          m_total = m_rows.size();
                  }
                  m_loading = false;
                  Q_EMIT loadingChanged(false);
                  if (result.ok())
                      Q_EMIT totalCountChanged(m_total);
                  else
                      Q_EMIT loadFailed(result.error());
              });
}

void AuthorizationListModel::update(const AuthorizationInfo &info)
{
    const int row = rowOf(info.id);
    if (row < 0)
        return;
    Authorization &a = m_rows[row];
    a.status = info.status;
    a.authEffectiveTime = info.authEffectiveTime;
    a.authExpireTime = info.authExpireTime;
    a.rejectReason = info.rejectReason;
    if (!info.resourceTypeName.isEmpty())
        a.resourceTypeName = info.resourceTypeName;
    if (!info.visitTypeName.isEmpty())
        a.visitTypeName = info.visitTypeName;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AuthorizationListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AuthorizationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthorizationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuthorizationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_loading && m_total >= 0 && m_rows.size() < m_total;
}

void AuthorizationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(int(m_rows.size()));
}

QVariant AuthorizationListModel::rawValue(const Authorization &a, int column) const
{
    switch (column) {
    case Status: return a.status;
    case Case: return a.incidentId;
    case Description: return a.simpleDescription;
    case Resource: return a.resourceTypeName;
    case Access: return a.visitTypeName;
    case SubUser: return a.xcustomerName;
    case Requested: return a.createTime;
    case Expires: return a.authExpireTime;
    case Id: return a.id;
    default: return {};
    }
}

QVariant AuthorizationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Authorization &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Status: return statusName(a.status);
        case Requested: return localTime(a.createTime);
        case Expires: return localTime(a.authExpireTime);
        case Description: return a.simpleDescription.simplified(); // one line in the table
        default: return rawValue(a, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == Description)
            return a.simpleDescription;
        if (index.column() == Status && !a.rejectReason.isEmpty())
            return a.rejectReason;
        return {};
    case RawValueRole: return rawValue(a, index.column());
    case AuthorizationIdRole: return a.id;
    case StatusRole: return a.status;
    default: return {};
    }
}

QVariant AuthorizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status: return tr("Status");
    case Case: return tr("Case");
    case Description: return tr("Description");
    case Resource: return tr("Resource");
    case Access: return tr("Access");
    case SubUser: return tr("Sub-user");
    case Requested: return tr("Requested");
    case Expires: return tr("Expires");
    case Id: return tr("ID");
    default: return {};
    }
}

} // namespace osm::ui
