#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace osm::sim {

class Server;

// The verification codes of 5.13, per account: codes sent, contacts verified, and each account's registered
// contacts (its own phone and e-mail, which need no code). One book per Server, created on first use as its child.
//
// Rules (OSM.01010024's handling text: "a code is valid for five minutes and is sent once a minute"):
//  * a code lives kCodeLifetimeMs; a new one replaces the pending one;
//  * one send per contact per kResendIntervalMs → TooFrequent (OSM.01010024);
//  * at most kMaxSendsPerDay sends per contact in a rolling day → LimitReached (OSM.01010036; the number is ours);
//  * a wrong, expired or never-sent code fails (OSM.01010010); after kMaxWrongAttempts wrong tries the code is void;
//  * a verification holds kVerificationLifetimeMs (ours: the reference gives no figure); registered contacts never expire.
// The clock is the wall clock plus an offset that tests move with advanceClock().
class VerificationBook : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kCodeLifetimeMs = 5 * 60 * 1000;
    static constexpr qint64 kResendIntervalMs = 60 * 1000;
    static constexpr int kMaxSendsPerDay = 5;
    static constexpr int kMaxWrongAttempts = 5;
    static constexpr qint64 kVerificationLifetimeMs = 7LL * 24 * 3600 * 1000;
    static constexpr qint64 kNever = -1;

    // contact_way 0 phone, 1 e-mail; area_code only matters for phones.
    struct Contact
    {
        int way = 0;
        QString areaCode;
        QString value;

        bool sameAs(const Contact &other) const;
    };

    struct SentCode
    {
        QString domainId;
        Contact contact;
        QString code; // six digits
        qint64 sentAtMs = 0;
        qint64 expiresAtMs = 0;
        int wrongAttempts = 0;
        bool consumed = false;
    };

    struct Verified
    {
        QString domainId;
        Contact contact;
        QString verifiedId;    // 32 hex
        QString subCustomerId; // who verified it (x_customer_id, or the IAM user); empty for registered contacts
        qint64 expiresAtMs = kNever;
        bool registered = false;
    };

    enum class SendResult { Sent, TooFrequent, LimitReached };

    explicit VerificationBook(QObject *parent = nullptr);
    static VerificationBook &of(Server &server);

    qint64 now() const;
    void advanceClock(qint64 ms) { m_offsetMs += ms; }

    // The account's own phone (+86) and e-mail, derived from its id: the same for every run.
    static QList<Verified> registeredContacts(const QString &domainId);

    // The registered or verified, unexpired entry of the contact; nullopt when it needs a code.
    std::optional<Verified> verified(const QString &domainId, const Contact &contact) const;
    // The contact's pending code (sent, not used, not expired, not void).
    std::optional<SentCode> pending(const QString &domainId, const Contact &contact) const;

    SendResult send(const QString &domainId, const Contact &contact);
    // True (and the contact verified) when `code` is the pending code of the contact.
    bool verify(const QString &domainId, const Contact &contact, const QString &code, const QString &subCustomerId);

    // Registered and unexpired verified contacts of the account, registered first, then oldest first.
    QList<Verified> verifiedContacts(const QString &domainId) const;

    // The last code sent (to `contactValue` when not empty), for tests and the demo (/_sim/verify-codes/last).
    std::optional<SentCode> lastSent(const QString &contactValue = {}) const;

private:
    SentCode *pendingCode(const QString &domainId, const Contact &contact);

    QList<SentCode> m_sent; // oldest first
    QList<Verified> m_verified;
    qint64 m_offsetMs = 0;
};

} // namespace osm::sim
