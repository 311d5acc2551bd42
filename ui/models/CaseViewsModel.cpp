#include "CaseViewsModel.h"

#include "models/CaseFilter.h"
#include "model/CaseStatus.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QFont>

namespace osm::ui {

CaseViewsModel::CaseViewsModel(QObject *parent) : QAbstractListModel(parent)
{
    m_rows.append({Kind::Mine});
    m_rows.append({Kind::Group});
    for (const int status : CaseStatus::all()) {
        if (status != CaseStatus::Deleted) // not a view of the console: deleted cases are gone for the user
            m_rows.append({Kind::Status, status});
    }
}

void CaseViewsModel::setClient(ApiClient *client)
{
    m_client = client;
    refreshCounts();
}

void CaseViewsModel::setGroupId(const QString &groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    const int group = rowOf(Kind::Group);
    setCount(group, -1); // another group's count is not this one's
    Q_EMIT dataChanged(index(group), index(group), {Qt::ToolTipRole, Qt::AccessibleTextRole});
    refreshCounts();
}

void CaseViewsModel::refreshCounts()
{
    if (!m_client)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    Q_EMIT refreshingChanged(true);
    requestStatusCounts();
}

void CaseViewsModel::requestStatusCounts()
{
    whenReady(api::countCasesByStatus(*m_client), this, [this](const Result<StatusCounts> &result) {
        if (!result.ok()) {
            Q_EMIT countsFailed(result.error());
            finishRefresh();
            return;
        }
        const StatusCounts &counts = result.value();
        // The list without a status leaves deleted cases out; so does "My cases".
        setCount(rowOf(Kind::Mine), counts.total() - counts.countFor(CaseStatus::Deleted));
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).kind == Kind::Status)
                setCount(row, counts.countFor(m_rows.at(row).status));
        }
        requestGroupCount();
    });
}

void CaseViewsModel::requestGroupCount()
{
    if (m_groupId.isEmpty() || !m_client) {
        finishRefresh();
        return;
    }
    // cases/count takes no group_id: the group's list with limit 0 answers its total alone.
    api::ListCasesParams params;
    params.groupId = m_groupId;
    params.limit = 0;
    const QString asked = m_groupId;
    whenReady(api::listCases(*m_client, params), this, [this, asked](const Result<CaseList> &result) {
        if (result.ok() && asked == m_groupId)
            setCount(rowOf(Kind::Group), result->count);
        else if (!result.ok())
            Q_EMIT countsFailed(result.error());
        finishRefresh();
    });
}

void CaseViewsModel::finishRefresh()
{
    m_inFlight = false;
    if (m_again) {
        m_again = false;
        refreshCounts();
        return;
    }
    Q_EMIT refreshingChanged(false);
}

void CaseViewsModel::setCount(int row, qint64 count)
{
    if (row < 0 || m_rows.at(row).count == count)
        return;
    m_rows[row].count = count;
    Q_EMIT dataChanged(index(row), index(row), {CountRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

void CaseViewsModel::noteUnread(const QString &caseId, int status, int unread)
{
    if (unread > 0)
        m_unreadByCase.insert(caseId, {status, unread});
    else
        m_unreadByCase.remove(caseId);
    recomputeUnread();
}

void CaseViewsModel::recomputeUnread()
{
    QHash<int, int> byStatus;
    int all = 0;
    for (const auto &[status, unread] : std::as_const(m_unreadByCase)) {
        byStatus[status] += unread;
        all += unread;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &view = m_rows.at(row);
        // The group's members are not known per case, so its unread total stays unknown (0).
        const int unread = view.kind == Kind::Mine ? all : view.kind == Kind::Status ? byStatus.value(view.status) : 0;
        if (unread == view.unread)
            continue;
        m_rows[row].unread = unread;
        Q_EMIT dataChanged(index(row), index(row), {UnreadRole, Qt::FontRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
}

int CaseViewsModel::rowOf(Kind kind, int status) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == kind && (kind != Kind::Status || m_rows.at(row).status == status))
            return row;
    }
    return -1;
}

void CaseViewsModel::applyView(int row, api::ListCasesParams &params) const
{
    params.status.reset();
    params.incidentStatuses.clear();
    params.groupId.clear();
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &view = m_rows.at(row);
    switch (view.kind) {
    case Kind::Mine: break;
    case Kind::Group: params.groupId = m_groupId; break;
    case Kind::Status: CaseFilter::setStatus(params, view.status); break;
    }
}

int CaseViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString CaseViewsModel::nameOf(const Row &row) const
{
    switch (row.kind) {
    case Kind::Mine: return tr("My cases");
    case Kind::Group: return tr("Group cases");
    case Kind::Status: return CaseStatus::displayName(row.status);
    }
    return {};
}

QVariant CaseViewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return nameOf(row);
    case KindRole: return int(row.kind);
    case StatusRole: return row.status;
    case CountRole: return row.count;
    case UnreadRole: return row.unread;
    case Qt::FontRole: {
        if (row.unread <= 0)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        if (row.kind == Kind::Group && m_groupId.isEmpty())
            return tr("%1: choose the IAM group whose cases to list").arg(nameOf(row));
        if (row.count < 0)
            return nameOf(row);
        const QString counted = tr("%1, %n case(s)", nullptr, int(row.count)).arg(nameOf(row));
        return row.unread > 0 ? tr("%1, %n unread message(s)", nullptr, row.unread).arg(counted) : counted;
    }
    default: return {};
    }
}

void CaseViewsModel::retranslate()
{
    // Names and accessible texts are translated when asked for: tell the views to ask again.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace osm::ui
