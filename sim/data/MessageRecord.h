#pragma once

#include "data/Accessory.h"

#include <QList>
#include <QString>

namespace osm::sim {

// One message of a case as stored. content always holds the rich-text form (<div class="osm-rich-text">).
struct MessageRecord
{
    QString messageId;
    QString caseId;
    int type = 0;          // 0 customer, 1 support engineer
    int replierType = 0;   // same values
    QString replier;       // user / engineer id
    QString replierName;
    int iamUserType = 0;   // 0 main account, 1 sub-account
    QString content;
    qint64 createTimeMs = 0;
    int status = 0;        // 0 normal, -1 withdrawn
    QString displayType = QStringLiteral("NORMAL"); // NORMAL, QA_BOT, EXT_PARAM_REQUEST, AUTH
    QString extension;     // JSON text for EXT_PARAM_REQUEST / AUTH
    QList<Accessory> accessories;
    bool read = true;      // engineer messages: read by the customer
    qint64 sequence = 0;   // event sequence that created it (0 = seeded)
};

} // namespace osm::sim
