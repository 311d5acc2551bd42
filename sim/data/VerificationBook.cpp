#include "VerificationBook.h"

#include "Server.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-verification-book");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString newVerifiedId()
{
    QString id;
    for (int i = 0; i < 4; ++i)
        id += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return id;
}
} // namespace

bool VerificationBook::Contact::sameAs(const Contact &other) const
{
    if (way != other.way || value.compare(other.value, Qt::CaseInsensitive) != 0)
        return false;
    // An e-mail address has no calling code; a phone number without one is the default "86".
    const auto area = [](const QString &code) { return code.isEmpty() ? QStringLiteral("86") : code; };
    return way != 0 || area(areaCode) == area(other.areaCode);
}

VerificationBook::VerificationBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

VerificationBook &VerificationBook::of(Server &server)
{
    if (auto *book = server.findChild<VerificationBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new VerificationBook(&server);
}

qint64 VerificationBook::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

QList<VerificationBook::Verified> VerificationBook::registeredContacts(const QString &domainId)
{
    const QByteArray hash = QCryptographicHash::hash(domainId.toUtf8(), QCryptographicHash::Sha256);
    QString digits;
    for (int i = 0; digits.size() < 8; ++i)
        digits += QString::number(quint8(hash.at(i)) % 10);
    const auto stableId = [&domainId](const char *what) {
        return QString::fromLatin1(
            QCryptographicHash::hash((QLatin1String(what) + domainId).toUtf8(), QCryptographicHash::Md5).toHex());
    };
    Verified phone{domainId, {0, QStringLiteral("86"), QStringLiteral("138") + digits}, stableId("phone:"), {}, kNever, true};
    Verified mail{domainId, {1, {}, QStringLiteral("account-%1@example.com").arg(domainId.left(8))},
                  stableId("mail:"), {}, kNever, true};
    return {phone, mail};
}

std::optional<VerificationBook::Verified> VerificationBook::verified(const QString &domainId, const Contact &contact) const
{
    for (const Verified &v : verifiedContacts(domainId)) {
        if (v.contact.sameAs(contact))
            return v;
    }
    return std::nullopt;
}

VerificationBook::SentCode *VerificationBook::pendingCode(const QString &domainId, const Contact &contact)
{
    for (qsizetype i = m_sent.size() - 1; i >= 0; --i) {
        SentCode &sent = m_sent[i];
        if (sent.domainId != domainId || !sent.contact.sameAs(contact))
            continue;
        // Only the newest code of a contact counts: a new one replaces the pending one.
        const bool usable = !sent.consumed && sent.expiresAtMs > now() && sent.wrongAttempts < kMaxWrongAttempts;
        return usable ? &sent : nullptr;
    }
    return nullptr;
}

std::optional<VerificationBook::SentCode> VerificationBook::pending(const QString &domainId, const Contact &contact) const
{
    if (const SentCode *sent = const_cast<VerificationBook *>(this)->pendingCode(domainId, contact))
        return *sent;
    return std::nullopt;
}

VerificationBook::SendResult VerificationBook::send(const QString &domainId, const Contact &contact)
{
    const qint64 t = now();
    int sendsToday = 0;
    for (const SentCode &sent : std::as_const(m_sent)) {
        if (sent.domainId != domainId || !sent.contact.sameAs(contact))
            continue;
        if (t - sent.sentAtMs < kResendIntervalMs)
            return SendResult::TooFrequent;
        if (t - sent.sentAtMs < kDayMs)
            ++sendsToday;
    }
    if (sendsToday >= kMaxSendsPerDay)
        return SendResult::LimitReached;
    const QString code = QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(1000000), 6, 10, QLatin1Char('0'));
    m_sent.append(SentCode{domainId, contact, code, t, t + kCodeLifetimeMs, 0, false});
    return SendResult::Sent;
}

bool VerificationBook::verify(const QString &domainId, const Contact &contact, const QString &code,
                              const QString &subCustomerId)
{
    SentCode *sent = pendingCode(domainId, contact);
    if (!sent)
        return false;
    if (sent->code != code) {
        ++sent->wrongAttempts;
        return false;
    }
    sent->consumed = true;
    for (const Verified &own : registeredContacts(domainId)) {
        if (own.contact.sameAs(contact))
            return true; // registered contacts keep their entry
    }
    // A contact verified again gets a new id; the old entry goes.
    m_verified.removeIf([&](const Verified &v) { return v.domainId == domainId && v.contact.sameAs(contact); });
    m_verified.append(Verified{domainId, contact, newVerifiedId(), subCustomerId, now() + kVerificationLifetimeMs, false});
    return true;
}

QList<VerificationBook::Verified> VerificationBook::verifiedContacts(const QString &domainId) const
{
    QList<Verified> list = registeredContacts(domainId);
    for (const Verified &v : m_verified) {
        if (v.domainId == domainId && v.expiresAtMs > now())
            list.append(v);
    }
    return list;
}

std::optional<VerificationBook::SentCode> VerificationBook::lastSent(const QString &contactValue) const
{
    for (qsizetype i = m_sent.size() - 1; i >= 0; --i) {
        if (contactValue.isEmpty() || m_sent.at(i).contact.value.compare(contactValue, Qt::CaseInsensitive) == 0)
            return m_sent.at(i);
    }
    return std::nullopt;
}

} // namespace osm::sim
