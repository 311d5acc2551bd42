#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace osm::sim {

// One case as stored; names come from the Catalog at render time (they depend on X-Language).
struct CaseRecord
{
    struct Satisfaction
    {
        int id = 0;     // 1 handling timeliness, 3 handling result
        int value = 0;  // 1..5
    };

    QString incidentId;
    QString customerId;    // the account (domain) id
    QString xcustomerId;   // sub-user id
    QString xcustomerName;
    QString groupId;       // IAM group, may be empty
    int status = 0;        // 0,1,2,3,4,5,12,13,17
    QString simpleDescription;
    int caseTypeId = 0;    // 0 consultation, 5 fault report
    QString subTypeId;
    QString productCategoryId;
    QString businessTypeId;
    QString problemTypeId;
    QString regionId;
    QString severityId;
    QString sourceId;
    QString serviceType;   // Catalog::serviceTypes id
    QString rootCause;     // Catalog::rootCauses id, may be empty
    QString resolution;
    QString judgement;
    int businessOwnership = 0;
    qint64 createTimeMs = 0;
    qint64 confirmedTimeMs = 0; // 0 = not resolved
    QList<int> labelIds;
    QStringList relatedIds;
    QList<Satisfaction> satisfaction;
    bool engineerOnline = false;
    // ext_info
    QString areaCode;
    QString remindMobile;
    QString remindMail;
    QString contactType;
    QString remindTime;
    QString ccEmail;
    QString commodityId;
};

} // namespace osm::sim
