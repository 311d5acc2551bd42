#pragma once

#include "data/CaseRecord.h"
#include "data/Label.h"
#include "data/MessageRecord.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace osm::sim {

// Everything the simulated service stores: cases, their messages, labels, sub-users; plus the event log
// behind the instant-message poll. Deterministic for a seed; saved to / loaded from JSON.
class DataSet : public QObject
{
    Q_OBJECT

public:
    struct SubUser
    {
        QString id;
        QString name;
        QString domainId;
    };

    // A change the poll reports: a new message, a withdrawal, messages marked read.
    struct Event
    {
        enum class Kind { Message, Withdrawn, Read };
        qint64 sequence = 0;
        Kind kind = Kind::Message;
        QString caseId;
        QString messageId;
    };

    explicit DataSet(QObject *parent = nullptr);

    // Replaces the contents with the seeded demo data of the given account.
    void generate(quint32 seed, const QString &domainId);
    void clear();

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error = nullptr);
    bool load(const QString &path, QString *error = nullptr);
    bool saveTo(const QString &path, QString *error = nullptr) const;

    // Cases
    QList<CaseRecord> &cases() { return m_cases; }
    const QList<CaseRecord> &cases() const { return m_cases; }
    CaseRecord *findCase(const QString &domainId, const QString &caseId);
    const CaseRecord *findCase(const QString &domainId, const QString &caseId) const;
    const CaseRecord *findCase(const QString &caseId) const; // any account
    void addCase(const CaseRecord &record);

    // Messages, oldest first
    QList<MessageRecord> messagesOf(const QString &caseId) const;
    const MessageRecord *findMessage(const QString &messageId) const;
    int unreadCount(const QString &caseId) const;
    const QList<MessageRecord> &allMessages() const { return m_messages; }

    // An engineer answers: raises the unread count and shows in the instant-message poll. Returns the new
    // message id, empty when the case does not exist.
    QString addEngineerReply(const QString &caseId, const QString &text);
    // A customer message as create_message stores it (content kept as sent; the attachments as
    // AccessoryStore::attachments describes the ids sent).
    QString addCustomerMessage(const QString &caseId, const QString &content, const QList<Accessory> &accessories,
                               const QString &replierId, const QString &replierName, int iamUserType);
    QString addMessage(MessageRecord message); // assigns id, time, sequence when missing
    int markRead(const QString &caseId);        // engineer messages → read; returns how many changed
    bool withdrawMessage(const QString &caseId, const QString &messageId);

    // Labels and sub-users
    QList<Label> &labels() { return m_labels; }
    const QList<Label> &labels() const { return m_labels; }
    const Label *findLabel(const QString &domainId, int labelId) const;
    QList<SubUser> &subUsers() { return m_subUsers; }
    const QList<SubUser> &subUsers() const { return m_subUsers; }

    // Poll cursors: opaque 32-hex ids mapped to the event sequence.
    qint64 sequence() const { return m_sequence; }
    QList<Event> eventsSince(qint64 sequence) const;
    QString cursorFor(qint64 sequence);
    qint64 sequenceOf(const QString &cursor) const; // -1 when unknown

    QString newId(); // 32 hex, from the data set's generator

Q_SIGNALS:
    void messageAdded(const QString &caseId, const QString &messageId);
    void changed();

private:
    friend class DataGenerator;
    qint64 nextSequence() { return ++m_sequence; }
    void recordEvent(Event::Kind kind, const QString &caseId, const QString &messageId);

    QList<CaseRecord> m_cases;
    QList<MessageRecord> m_messages;
    QList<Label> m_labels;
    QList<SubUser> m_subUsers;
    QList<Event> m_events;
    QHash<QString, qint64> m_cursors;
    qint64 m_sequence = 0;
    quint64 m_idCounter = 0;
};

} // namespace osm::sim
