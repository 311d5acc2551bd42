#include "CustomerBook.h"

#include "Server.h"
#include "auth/Accounts.h"
#include "data/DataGenerator.h"

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-customer-book");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

CustomerBook::CustomerBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

CustomerBook &CustomerBook::of(Server &server)
{
    if (auto *book = server.findChild<CustomerBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new CustomerBook(&server);
}

QList<CustomerBook::Agency> CustomerBook::agencies(const QString &domainId) const
{
    // Two agencies per account, derived from its id: one to Huawei Cloud support (valid, no expiry), one to a
    // partner that expired a month before the data set's anchor.
    const qint64 anchor = DataGenerator::anchor().toMSecsSinceEpoch();
    return {
        {Accounts::stableId(QStringLiteral("agency:support:") + domainId), QStringLiteral("osm_support_agency"),
         QString(), QStringLiteral("op_svc_osm"), Accounts::stableId(QStringLiteral("domain:op_svc_osm")),
         anchor - 200 * kDayMs, 0},
        {Accounts::stableId(QStringLiteral("agency:partner:") + domainId), QStringLiteral("partner_ops_agency"),
         QStringLiteral("1"), QStringLiteral("partner-demo"), Accounts::stableId(QStringLiteral("domain:partner-demo")),
         anchor - 120 * kDayMs, anchor - 30 * kDayMs},
    };
}

CustomerBook::PartnerService CustomerBook::partnerService(const QString &domainId) const
{
    Q_UNUSED(domainId) // every account is served by the same demo partner
    return {Accounts::stableId(QStringLiteral("domain:partner-demo")), QStringLiteral("partner-demo"),
            QStringLiteral("GMT+08:00"), QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("09:00"),
            QStringLiteral("18:00")};
}

const CustomerBook::CcEmails *CustomerBook::ccEmails(const QString &domainId) const
{
    const auto it = m_ccEmails.constFind(domainId);
    return it == m_ccEmails.cend() ? nullptr : &it.value();
}

void CustomerBook::recordCcEmails(const QString &domainId, const QString &userId, const QString &text,
                                  const QStringList &emails)
{
    CcEmails &entry = m_ccEmails[domainId];
    entry.userId = userId;
    entry.text = text;
    for (auto it = emails.crbegin(); it != emails.crend(); ++it) {
        entry.recent.removeAll(*it);
        entry.recent.prepend(*it);
    }
    while (entry.recent.size() > kRecentCcEmails)
        entry.recent.removeLast();
}

} // namespace osm::sim
