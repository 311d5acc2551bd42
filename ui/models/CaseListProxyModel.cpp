#include "CaseListProxyModel.h"

#include "CaseListModel.h"
#include "model/CaseStatus.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace osm::ui {

namespace {

int compareTexts(const QString &left, const QString &right, Qt::CaseSensitivity cs, bool localeAware)
{
    return localeAware ? left.localeAwareCompare(right) : left.compare(right, cs);
}

// The label names joined as the Labels column shows them, without building the joined text.
int compareLabels(const QList<Label> &left, const QList<Label> &right, Qt::CaseSensitivity cs)
{
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        if (const int c = left.at(i).name.compare(right.at(i).name, cs))
            return c;
    }
    return left.size() < right.size() ? -1 : (left.size() > right.size() ? 1 : 0);
}

} // namespace

CaseListProxyModel::CaseListProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void CaseListProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_cases)
        disconnect(m_cases, nullptr, this, nullptr);
    m_cases = qobject_cast<CaseListModel *>(model);
    m_cachedFilter = QRegularExpression();
    if (m_cases) {
        // CaseListModel::retranslate announces new headers: the status names changed language.
        connect(m_cases, &QAbstractItemModel::headerDataChanged, this, [this] { m_statusMatches.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

QString CaseListProxyModel::fixedText(const QString &pattern)
{
    // setFilterFixedString stores QRegularExpression::escape(text): undo it, and keep the result only if
    // escaping it again gives the same pattern (then the pattern has no special meaning).
    QString text;
    text.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('\\') && i + 1 < pattern.size()) {
            ++i;
            text.append(pattern.at(i) == QLatin1Char('0') ? QChar(0) : pattern.at(i));
        } else {
            text.append(pattern.at(i));
        }
    }
    return QRegularExpression::escape(text) == pattern ? text : QString();
}

const QString &CaseListProxyModel::keyword() const
{
    const QRegularExpression filter = filterRegularExpression();
    if (filter != m_cachedFilter) {
        m_cachedFilter = filter;
        m_keyword = fixedText(filter.pattern());
        m_matcher = KeywordMatcher(m_keyword, filterCaseSensitivity());
        m_statusMatches.clear();
    }
    return m_keyword;
}

bool CaseListProxyModel::statusMatches(int status) const
{
    auto it = m_statusMatches.find(status);
    if (it == m_statusMatches.end()) {
        const bool matches = CaseStatus::displayName(status).contains(m_keyword, filterCaseSensitivity());
        it = m_statusMatches.insert(status, matches);
    }
    return *it;
}

bool CaseListProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_cases || filterKeyColumn() != -1 || filterRegularExpression().pattern().isEmpty())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const QString &keyword = this->keyword();
    if (keyword.isEmpty())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent); // a real pattern
    const CaseSummary &c = m_cases->caseAt(sourceRow);
    for (const QString *text : {&c.incidentId, &c.simpleDescription, &c.productCategoryName,
                                &c.businessTypeName, &c.dcName, &c.xcustomerName}) {
        if (m_matcher.isIn(*text))
            return true;
    }
    for (const Label &label : c.labels) {
        if (m_matcher.isIn(label.name))
            return true;
    }
    return statusMatches(c.status);
}

bool CaseListProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_cases || left.column() != right.column() || sortRole() != CaseListModel::RawValueRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const CaseSummary &l = m_cases->caseAt(left.row());
    const CaseSummary &r = m_cases->caseAt(right.row());
    // Numbers and dates first: no text settings to read for them.
    switch (left.column()) {
    case CaseListModel::Created:
        // Both in UTC (CaseSummary::fromJson): milliseconds compare as the instants do; an unknown time first.
        return (l.createTime.isValid() ? l.createTime.toMSecsSinceEpoch() : LLONG_MIN)
               < (r.createTime.isValid() ? r.createTime.toMSecsSinceEpoch() : LLONG_MIN);
    case CaseListModel::Status: return l.status < r.status;
    case CaseListModel::Unread: return m_cases->unreadCount(l.incidentId) < m_cases->unreadCount(r.incidentId);
    default: break;
    }
    const Qt::CaseSensitivity cs = sortCaseSensitivity();
    const bool localeAware = isSortLocaleAware();
    switch (left.column()) {
    case CaseListModel::Id: return compareTexts(l.incidentId, r.incidentId, cs, localeAware) < 0;
    case CaseListModel::Description:
        return compareTexts(l.simpleDescription, r.simpleDescription, cs, localeAware) < 0;
    case CaseListModel::Product:
        return compareTexts(l.productCategoryName, r.productCategoryName, cs, localeAware) < 0;
    case CaseListModel::ProblemType:
        return compareTexts(l.businessTypeName, r.businessTypeName, cs, localeAware) < 0;
    case CaseListModel::Region: return compareTexts(l.dcName, r.dcName, cs, localeAware) < 0;
    case CaseListModel::Submitter: return compareTexts(l.xcustomerName, r.xcustomerName, cs, localeAware) < 0;
    case CaseListModel::Labels: return compareLabels(l.labels, r.labels, cs) < 0;
    default: return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace osm::ui
