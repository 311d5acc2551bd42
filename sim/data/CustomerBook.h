#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace osm::sim {

class Server;

// What the service knows about an account beyond its cases: its IAM agencies (5.11.1), whether it may
// process cases as a partner (5.11.2), the partner that serves it (5.11.8) and the CC e-mails it used last
// (5.11.6). Seeded per account on first use; one book per Server, created on first use as its child.
class CustomerBook : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRecentCcEmails = 5; // mc_email_info holds at most 5

    struct Agency
    {
        QString id;
        QString name;
        QString duration; // "1" day / "" unlimited: the table allows one character
        QString trustDomainName;
        QString trustDomainId;
        qint64 createTimeMs = 0;
        qint64 expireTimeMs = 0; // 0 = no expiry
    };

    struct PartnerService
    {
        QString customerId; // the partner
        QString customerName;
        QString timeZone;   // "GMT+08:00"
        QString startDay;   // "1" Monday
        QString endDay;     // "5" Friday
        QString startTime;  // "09:00"
        QString endTime;    // "18:00"
    };

    struct CcEmails
    {
        QString userId;   // who used them last
        QString text;     // as given (comma separated)
        QStringList recent; // distinct e-mails, most recent first, at most kRecentCcEmails
    };

    explicit CustomerBook(QObject *parent = nullptr);
    static CustomerBook &of(Server &server);

    QList<Agency> agencies(const QString &domainId) const;

    bool hasPartnerPrivilege(const QString &domainId) const { return m_partnerPrivilege.value(domainId, false); }
    void setPartnerPrivilege(const QString &domainId, bool has) { m_partnerPrivilege[domainId] = has; }

    PartnerService partnerService(const QString &domainId) const;

    // The CC e-mails last used by the account; nullptr when none were recorded.
    const CcEmails *ccEmails(const QString &domainId) const;
    void recordCcEmails(const QString &domainId, const QString &userId, const QString &text, const QStringList &emails);

private:
    QHash<QString, bool> m_partnerPrivilege;
    QHash<QString, CcEmails> m_ccEmails;
};

} // namespace osm::sim
