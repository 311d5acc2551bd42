#include "CaseFilter.h"

#include "model/CaseStatus.h"

#include <QLocale>
#include <QRegularExpression>

namespace osm::ui {

QStringList CaseFilter::keywordList() const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return keywords.split(space, Qt::SkipEmptyParts);
}

bool CaseFilter::isValid() const
{
    const QStringList words = keywordList();
    if (words.size() > kMaxKeywords)
        return false;
    for (const QString &word : words) {
        if (word.size() > kMaxKeywordLength)
            return false;
    }
    return !(createdFrom.isValid() && createdTo.isValid() && createdFrom > createdTo);
}

bool CaseFilter::isEmpty() const
{
    return *this == CaseFilter{};
}

QString CaseFilter::startOfDay(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 00:00:00");
}

QString CaseFilter::endOfDay(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 23:59:59");
}

void CaseFilter::setStatus(api::ListCasesParams &params, int status)
{
    static const QList<int> statusFilter = {0, 1, 2, 3, 4, 12, 17};
    params.status.reset();
    params.incidentStatuses.clear();
    if (statusFilter.contains(status))
        params.status = status;
    else
        params.incidentStatuses = QString::number(status);
}

void CaseFilter::applyTo(api::ListCasesParams &params) const
{
    if (createdFrom.isValid())
        params.queryStartTime = startOfDay(createdFrom);
    if (createdTo.isValid())
        params.queryEndTime = endOfDay(createdTo);
    if (status)
        setStatus(params, *status);
    if (!submitterId.trimmed().isEmpty())
        params.xCustomerId = submitterId.trimmed();
    if (labelId)
        params.labelIdList = {*labelId};
    if (!caseId.trimmed().isEmpty())
        params.incidentId = caseId.trimmed();
    if (const QStringList words = keywordList(); !words.isEmpty())
        params.searchKey = words;
}

QStringList CaseFilter::describe() const
{
    const QLocale locale;
    QStringList items;
    if (createdFrom.isValid() && createdTo.isValid())
        items.append(tr("created %1 to %2")
                         .arg(locale.toString(createdFrom, QLocale::ShortFormat),
                              locale.toString(createdTo, QLocale::ShortFormat)));
    else if (createdFrom.isValid())
        items.append(tr("created from %1").arg(locale.toString(createdFrom, QLocale::ShortFormat)));
    else if (createdTo.isValid())
        items.append(tr("created until %1").arg(locale.toString(createdTo, QLocale::ShortFormat)));
    if (status)
        items.append(tr("status: %1").arg(CaseStatus::displayName(*status)));
    if (!submitterId.trimmed().isEmpty())
        items.append(tr("submitter: %1").arg(submitterId.trimmed()));
    if (labelId)
        items.append(tr("label: %1").arg(labelName.isEmpty() ? QString::number(*labelId) : labelName));
    if (!caseId.trimmed().isEmpty())
        items.append(tr("case ID: %1").arg(caseId.trimmed()));
    if (const QStringList words = keywordList(); !words.isEmpty())
        items.append(tr("description: %1").arg(words.join(QLatin1Char(' '))));
    return items;
}

} // namespace osm::ui
