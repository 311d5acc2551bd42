#include "CaseStatus.h"

#include <QCoreApplication>

namespace osm {

QList<int> CaseStatus::all()
{
    return {PendingAcceptance, InProgress, ResultToBeConfirmed, Completed, Cancelled, Paused,
            Invalid,           Deleted,    AwaitingFeedback};
}

bool CaseStatus::isKnown(int status)
{
    return all().contains(status);
}

QString CaseStatus::displayName(int status)
{
    switch (status) {
    case PendingAcceptance:
        return QCoreApplication::translate("osm::CaseStatus", "Pending acceptance");
    case InProgress:
        return QCoreApplication::translate("osm::CaseStatus", "In progress");
    case ResultToBeConfirmed:
        return QCoreApplication::translate("osm::CaseStatus", "Result to be confirmed");
    case Completed:
        return QCoreApplication::translate("osm::CaseStatus", "Completed");
    case Cancelled:
        return QCoreApplication::translate("osm::CaseStatus", "Cancelled");
    case Paused:
        return QCoreApplication::translate("osm::CaseStatus", "Paused");
    case Invalid:
        return QCoreApplication::translate("osm::CaseStatus", "Invalid");
    case Deleted:
        return QCoreApplication::translate("osm::CaseStatus", "Deleted");
    case AwaitingFeedback:
        return QCoreApplication::translate("osm::CaseStatus", "Awaiting feedback");
    default:
        return QCoreApplication::translate("osm::CaseStatus", "Status %1").arg(status);
    }
}

} // namespace osm
