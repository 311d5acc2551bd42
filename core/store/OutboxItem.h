#pragma once

#include "net/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace osm {

// One write waiting in the outbox (see Outbox): what to send, the files staged for it, and how far it got.
struct OutboxItem
{
    enum class Kind {
        Message,         // create_message, its attachments uploaded first (payload: content, group_id)
        AttachmentUpload,
        CaseAction,      // urge, close, cancel, delete…
        Rating,
        LabelChange,
        RelationChange,
        ContactChange,
        CreateCase,
    };
    enum class State {
        Pending, // waiting for its turn, the network, a new token, or its next attempt time
        Sending, // a request is under way (found so at start-up: it may or may not have reached the server)
        Failed,  // the server refused it (errorCode/errorMessage): waits for the user to edit, retry or discard
        Sent,    // confirmed by the server: the item is removed right after it is announced
    };

    qint64 id = 0;
    Kind kind = Kind::Message;
    QString caseId;
    QJsonObject payload;  // the request's data, plus the progress the sender records (uploaded ids…)
    QStringList files;    // staged copies beside the database, in order
    State state = State::Pending;
    QString errorCode;    // the last failure: Error::code()
    QString errorMessage; // its sentence for the user (Error::userMessage())
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid: as soon as possible
    QDateTime createdAt;     // UTC

    QString content() const { return payload.value(QLatin1String("content")).toString(); }
    // An earlier attempt may have reached the server (its sender's "request started" mark is set): only a
    // retry, which looks on the server first, may send it again; taken back for editing it would become a
    // new write that nobody checks.
    bool mayHaveArrived() const
    {
        return payload.value(QLatin1String("posting")).toBool() || payload.value(QLatin1String("creating")).toBool();
    }

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

} // namespace osm

Q_DECLARE_METATYPE(osm::OutboxItem)
