#include "FeedbackBook.h"

#include "Server.h"

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-feedback-book");
}

FeedbackBook::FeedbackBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

FeedbackBook &FeedbackBook::of(Server &server)
{
    if (auto *book = server.findChild<FeedbackBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new FeedbackBook(&server);
}

void FeedbackBook::add(Report report)
{
    report.received = QDateTime::currentDateTimeUtc();
    m_reports.append(std::move(report));
}

QList<FeedbackBook::Report> FeedbackBook::reports(const QString &domainId) const
{
    QList<Report> result;
    for (const Report &report : m_reports) {
        if (report.domainId == domainId)
            result.append(report);
    }
    return result;
}

} // namespace osm::sim
