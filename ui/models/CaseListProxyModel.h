#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include "KeywordMatcher.h"

namespace osm::ui {

class CaseListModel;

// The case list's sort and filter, on a CaseListModel: QSortFilterProxyModel's own configuration (sort
// column and order, filterRegularExpression / setFilterFixedString, case sensitivity, filter key column),
// answered from the rows' typed fields instead of data() for every column of every row. With 100,000 cases
// the generic proxy formatted a million display texts per keystroke (about 1 s) and built two QVariant
// dates per sort comparison (issue 8, figure 4).
//
// What a keyword matches: the case id, description, status name, product, problem type, region, submitter
// and label names — the texts of the list's columns, as typed. Dates and unread counts are not searched.
// On any other source model, or for a single filter column, it behaves as QSortFilterProxyModel.
class CaseListProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseListProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The keyword when the filter is a fixed string (setFilterFixedString), empty for a pattern.
    static QString fixedText(const QString &pattern);
    // Brings the caches up to date with the filter's pattern; answers the keyword.
    const QString &keyword() const;
    bool statusMatches(int status) const;

    CaseListModel *m_cases = nullptr;
    // Per filter pattern (computed on the first row filtered, not per row): its fixed text, and whether a
    // status's translated name matches it (the names are few, the rows many).
    mutable QRegularExpression m_cachedFilter; // pattern and case sensitivity
    mutable QString m_keyword;
    mutable KeywordMatcher m_matcher; // m_keyword with the filter's case sensitivity
    mutable QHash<int, bool> m_statusMatches;
};

} // namespace osm::ui
