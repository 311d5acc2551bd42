#include "CaseListModel.h"

#include "model/CaseStatus.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QLocale>

#include <algorithm>

namespace osm::ui {

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaseListModel::setClient(ApiClient *client)
{
    m_client = client;
    setFilter(m_filter);
}

void CaseListModel::setFilter(const api::ListCasesParams &filter)
{
    m_filter = filter;
    ++m_generation;
    // A different filter is a different list: this is the one place a reset is right.
    beginResetModel();
    m_cases.clear();
    m_rowById.clear();
    m_rowOffset = 0;
    m_strings.clear();
    m_total = -1;
    m_loading = false;
    m_showingCache = false;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    requestPage(0, false);
}

void CaseListModel::refresh()
{
    requestPage(0, true);
}

void CaseListModel::showCached(const QList<CaseSummary> &cases)
{
    if (m_total >= 0 || !m_cases.isEmpty() || cases.isEmpty())
        return; // the server answered already
    m_showingCache = true;
    appendPage(cases);
}

void CaseListModel::requestPage(int offset, bool merge)
{
    if (!m_client || m_loading)
        return;
    api::ListCasesParams params = m_filter;
    params.offset = offset;
    params.limit = m_pageSize;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    whenReady(api::listCases(*m_client, params), this,
              [this, generation, merge, offset](const Result<CaseList> &result) {
        if (generation != m_generation)
            return; // the filter changed meanwhile
        if (result.ok()) {
            m_total = result->count;
            Q_EMIT pageListed(offset, result->cases);
            if (std::exchange(m_showingCache, false))
                mergePage(result->cases, true); // the saved rows not in this first page go
            else if (merge)
                mergePage(result->cases, result->count <= result->cases.size());
            else
                appendPage(result->cases);
        }
        // Only now: a view reacting to the inserted rows must not ask for the same page again.
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (result.ok()) {
            Q_EMIT totalCountChanged(m_total);
            if (merge)
                Q_EMIT refreshed();
        } else {
            Q_EMIT loadFailed(result.error());
        }
    });
}

void CaseListModel::intern(QString &text)
{
    if (text.isEmpty()) {
        text = QString(); // no allocation for an empty text
        return;
    }
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        text = *it;
    else
        m_strings.insert(text);
}

void CaseListModel::intern(CaseSummary &summary)
{
    for (QString *text : {&summary.xcustomerId, &summary.xcustomerName, &summary.businessTypeName,
                          &summary.productCategoryName, &summary.incidentServiceType,
                          &summary.incidentTypeName, &summary.customerId, &summary.dcName})
        intern(*text);
    // Free texts, mostly empty in a list: not pooled (the pool would keep them after their case is gone).
    for (QString *text : {&summary.rootCause, &summary.resolution}) {
        if (text->isEmpty())
            *text = QString();
    }
    for (Label &label : summary.labels) {
        intern(label.name);
        intern(label.color);
    }
}

void CaseListModel::appendPage(const QList<CaseSummary> &page)
{
    QList<CaseSummary> fresh;
    for (CaseSummary summary : page) {
        intern(summary);
        if (const int row = rowOf(summary.incidentId); row >= 0) {
            // Paging by offset can repeat a case when the list moved underneath: update it instead.
            m_cases[row] = std::move(summary);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            fresh.append(std::move(summary));
        }
    }
    if (fresh.isEmpty()) {
        // Nothing new although more were promised: stop paging rather than asking forever.
        if (m_total > m_cases.size())
            m_total = m_cases.size();
        return;
    }
    const int first = int(m_cases.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_cases.append(fresh);
    rebuildIndex(first);
    endInsertRows();
    releaseSpareCapacity();
}

void CaseListModel::mergePage(const QList<CaseSummary> &page, bool complete)
{
    // Changed rows in place, new cases inserted at the top; rows further down are left for paging, unless
    // the page is the whole list: then a row missing from it is gone from the server's list.
    if (complete)
        removeRowsNotIn(page);
    QList<CaseSummary> fresh;
    for (CaseSummary summary : page) {
        intern(summary);
        const int row = rowOf(summary.incidentId);
        if (row < 0) {
            fresh.append(std::move(summary));
        } else if (!(m_cases.at(row) == summary)) {
            m_cases[row] = std::move(summary);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    // In place: QList keeps free space at its front for prepends, where `fresh + m_cases` copied every row.
    m_cases.insert(0, fresh.size(), CaseSummary());
    std::move(fresh.begin(), fresh.end(), m_cases.begin());
    m_rowOffset += fresh.size(); // every indexed row moved down by as many
    rebuildIndex(0, int(fresh.size()));
    endInsertRows();
    releaseSpareCapacity();
}

void CaseListModel::releaseSpareCapacity()
{
    // The list grows geometrically while it pages (up to twice the rows' size held); once it holds every
    // case the server counts, the spare room is given back, once.
    if (m_total >= 0 && m_cases.size() >= m_total && m_cases.capacity() > m_cases.size())
        m_cases.squeeze();
}

void CaseListModel::removeRowsNotIn(const QList<CaseSummary> &page)
{
    QSet<QString> listed;
    for (const CaseSummary &summary : page)
        listed.insert(summary.incidentId);
    // From the bottom up, one contiguous block at a time, so that the rows above keep their numbers.
    for (int last = int(m_cases.size()) - 1; last >= 0;) {
        if (listed.contains(m_cases.at(last).incidentId)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !listed.contains(m_cases.at(first - 1).incidentId))
            --first;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowById.remove(m_cases.at(row).incidentId);
        m_cases.remove(first, last - first + 1);
        rebuildIndex(first);
        endRemoveRows();
        last = first - 1;
    }
}

void CaseListModel::rebuildIndex(int fromRow)
{
    rebuildIndex(fromRow, int(m_cases.size()));
}

void CaseListModel::rebuildIndex(int fromRow, int toRow)
{
    for (int row = fromRow; row < toRow; ++row)
        m_rowById.insert(m_cases.at(row).incidentId, row - m_rowOffset);
}

void CaseListModel::setUnreadCount(const QString &caseId, int unread)
{
    if (m_unread.value(caseId) == unread)
        return;
    m_unread.insert(caseId, unread);
    const int row = rowOf(caseId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, Unread), index(row, Unread));
    Q_EMIT unreadCountChanged(caseId, row >= 0 ? m_cases.at(row).status : -1, unread);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_loading && m_total >= 0 && m_cases.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(int(m_cases.size()), false);
}

QVariant CaseListModel::rawValue(const CaseSummary &summary, int column) const
{
    switch (column) {
    case Id: return summary.incidentId;
    case Description: return summary.simpleDescription;
    case Status: return summary.status;
    case Product: return summary.productCategoryName;
    case ProblemType: return summary.businessTypeName;
    case Region: return summary.dcName;
    case Submitter: return summary.xcustomerName;
    case Created: return summary.createTime;
    case Labels: {
        QStringList names;
        for (const Label &label : summary.labels)
            names.append(label.name);
        return names;
    }
    case Unread: return m_unread.value(summary.incidentId);
    }
    return {};
}

QVariant CaseListModel::displayValue(const CaseSummary &summary, int column) const
{
    switch (column) {
    case Status: return CaseStatus::displayName(summary.status);
    case Created:
        return summary.createTime.isValid()
                   ? QLocale().toString(summary.createTime.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case Labels: return rawValue(summary, Labels).toStringList().join(QLatin1String(", "));
    case Unread: {
        const int unread = m_unread.value(summary.incidentId);
        return unread > 0 ? QLocale().toString(unread) : QString();
    }
    case Description:
        // One line in the list; the full text is in the detail view.
        return summary.simpleDescription.simplified();
    default: return rawValue(summary, column);
    }
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &summary = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayValue(summary, index.column());
    case Qt::ToolTipRole:
        return index.column() == Description ? summary.simpleDescription : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Unread ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawValueRole: return rawValue(summary, index.column());
    case CaseIdRole: return summary.incidentId;
    case CaseRole: return QVariant::fromValue(summary);
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Case ID");
    case Description: return tr("Description");
    case Status: return tr("Status");
    case Product: return tr("Product");
    case ProblemType: return tr("Problem type");
    case Region: return tr("Region");
    case Submitter: return tr("Submitter");
    case Created: return tr("Created");
    case Labels: return tr("Labels");
    case Unread: return tr("Unread");
    }
    return {};
}

void CaseListModel::retranslate()
{
    // Headers, statuses and dates are translated and formatted when asked for: tell the views to ask again.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace osm::ui
