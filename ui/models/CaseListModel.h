#pragma once

#include "api/CaseQueries.h"
#include "model/CaseSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace osm {
class ApiClient;
}

namespace osm::ui {

// The case list: pages through list_cases 100 at a time with canFetchMore/fetchMore, keeps an id→row
// index, and changes rows in place (never a reset on refresh, so selection and scroll stay put).
// Roles carry raw values; DisplayRole is formatted in the user's locale.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Description, Status, Product, ProblemType, Region, Submitter, Created, Labels, Unread, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the column's raw value (status code, QDateTime, count)
        CaseIdRole,
        CaseRole, // the whole CaseSummary as a QVariant
    };
    static constexpr int kDefaultPageSize = 100;

    explicit CaseListModel(QObject *parent = nullptr);

    void setClient(ApiClient *client);
    void setPageSize(int size) { m_pageSize = size; }
    // Replaces the server-side query: the list starts again from the first page (offset and limit of
    // `filter` are ignored; the model pages by itself).
    void setFilter(const api::ListCasesParams &filter);
    const api::ListCasesParams &filter() const { return m_filter; }
    // Reads the first page again and merges it into the rows in place. When that page holds the whole list,
    // rows the server no longer lists (a case that left a status view) are removed.
    void refresh();
    // Start-up from the local cache: shows `cases` (saved earlier for this filter) until the first page of
    // the current request answers, which then takes their place. Only before that answer.
    void showCached(const QList<CaseSummary> &cases);
    bool isShowingCache() const { return m_showingCache; }
    // After a language switch: the translated and locale-formatted texts change, the data does not.
    void retranslate();

    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    int rowOf(const QString &caseId) const
    {
        const auto it = m_rowById.constFind(caseId);
        return it == m_rowById.constEnd() ? -1 : int(*it + m_rowOffset);
    }
    const CaseSummary &caseAt(int row) const { return m_cases.at(row); }
    void setUnreadCount(const QString &caseId, int unread);
    int unreadCount(const QString &caseId) const { return m_unread.value(caseId); }

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
    // A refresh() answered: the listed cases are current again.
    void refreshed();
    // `status` is the case's status when the case is listed, -1 otherwise.
    void unreadCountChanged(const QString &caseId, int status, int unread);
    // A page of the current filter arrived from the server (for the local cache).
    void pageListed(int offset, const QList<osm::CaseSummary> &cases);

private:
    void requestPage(int offset, bool merge);
    void appendPage(const QList<CaseSummary> &page);
    void mergePage(const QList<CaseSummary> &page, bool complete);
    void removeRowsNotIn(const QList<CaseSummary> &page);
    void releaseSpareCapacity();
    // Indexes the rows from `fromRow` on (a row's entry is its row minus m_rowOffset).
    void rebuildIndex(int fromRow);
    void rebuildIndex(int fromRow, int toRow);
    // Makes the repeating texts of `summary` (product, region, submitter, label names...) share one copy per
    // distinct value: most of a big list's memory otherwise (issue 8, figure 4).
    void intern(CaseSummary &summary);
    void intern(QString &text);
    QVariant displayValue(const CaseSummary &summary, int column) const;
    QVariant rawValue(const CaseSummary &summary, int column) const;

    QPointer<ApiClient> m_client;
    api::ListCasesParams m_filter;
    QList<CaseSummary> m_cases;
    // id → row - m_rowOffset: rows inserted at the top raise the offset instead of re-indexing the rows below.
    QHash<QString, qint64> m_rowById;
    qint64 m_rowOffset = 0;
    QHash<QString, int> m_unread;
    QSet<QString> m_strings; // the shared copies of intern(); only repeating fields go in
    qint64 m_total = -1; // unknown until the first page answers
    bool m_loading = false;
    int m_pageSize = kDefaultPageSize;
    quint64 m_generation = 0; // answers to an older filter are dropped
    bool m_showingCache = false; // the rows are showCached()'s, not yet replaced by an answer
};

} // namespace osm::ui
