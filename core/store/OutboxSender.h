#pragma once

#include "OutboxItem.h"

#include <QObject>

#include <functional>

namespace osm {

class ApiClient;

// Sends one outbox item, one attempt: the Outbox makes a sender of the item's kind for each attempt and
// deletes it when the attempt ends or is abandoned (client gone, profile closed), so answers that come
// later are never seen. A sender reports exactly one of succeeded() or failed(); before that it may report
// progress — an uploaded file's id, a "the request was started" mark — which the Outbox records in the
// store at once, so that the next attempt (after a crash, a lost connection) resumes without sending
// anything twice.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts the attempt for `item` (its payload holds the progress of earlier attempts).
    virtual void start(ApiClient &client, const OutboxItem &item) = 0;

Q_SIGNALS:
    void progressed(const osm::OutboxItem &item);
    void succeeded();
    void failed(const osm::Error &error);

protected:
    // The staged files go first: uploads the first of `item`'s files without an id yet (payload "uploaded":
    // file index → accessory id), records the id at once (progressed) so that no retry uploads it again,
    // then calls `next`. True while an upload is under way or failed (the caller stops there), false when
    // every file has its id. A staged file gone from the disk fails with `missingFile`.
    bool uploadNextStaged(ApiClient &client, OutboxItem &item, const char *accessoryFrom, const QString &missingFile,
                          const std::function<void()> &next);
    static QStringList uploadedIds(const OutboxItem &item); // in file order; empty strings for those not yet
};

// The service read the request and refused it (a business error, invalid input): nothing was done, and sending
// it again as it is would be refused again. A 5xx answer, even with the service's error body, proves neither;
// a 429 (the gateway's throttling, with its own error code) asks for the same request later.
inline bool isRefusal(const Error &error)
{
    switch (error.category()) {
    case Error::Category::Validation:
        return true;
    case Error::Category::Api:
        return error.httpStatus() < 500 && error.httpStatus() != 429;
    default:
        return false;
    }
}

} // namespace osm
