#include "QuotaBook.h"

#include "Server.h"
#include "data/Catalog.h"

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-quota-book");
}

QuotaBook::QuotaBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

QuotaBook &QuotaBook::of(Server &server)
{
    if (auto *book = server.findChild<QuotaBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new QuotaBook(&server);
}

QString QuotaBook::key(const QString &domainId, const QString &productCategoryId, const QString &businessTypeId)
{
    return domainId + QLatin1Char('|') + productCategoryId + QLatin1Char('|') + businessTypeId;
}

std::optional<QuotaBook::Quota> QuotaBook::quota(const QString &domainId, const QString &productCategoryId,
                                                 const QString &businessTypeId) const
{
    const Catalog &catalog = Catalog::instance();
    const Catalog::Entry *type = Catalog::find(catalog.businessTypes, businessTypeId);
    if (!type || type->parentId != productCategoryId)
        return std::nullopt;
    Quota q;
    // Choices (the reference gives no figures): fault reports are unlimited; consultations 10 a month;
    // quota increases 3 a quarter; every limited type has a special-approval reserve of 2.
    if (type->caseTypeId == 5) {
        q.total = kUnlimited;
        q.measure = QStringLiteral("MONTH");
    } else if (type->id == catalog.businessTypes.at(5).id) {
        q.total = 3;
        q.measure = QStringLiteral("QUARTER");
        q.specialMax = 2;
    } else {
        q.total = 10;
        q.measure = QStringLiteral("MONTH");
        q.specialMax = 2;
    }
    const qint64 used = m_used.value(key(domainId, productCategoryId, businessTypeId));
    q.unUsed = q.total == kUnlimited ? kUnlimited : std::max<qint64>(0, q.total - used);
    q.specialUsed = 0;
    return q;
}

bool QuotaBook::consume(const QString &domainId, const QString &productCategoryId, const QString &businessTypeId)
{
    const std::optional<Quota> q = quota(domainId, productCategoryId, businessTypeId);
    if (!q || (q->total != kUnlimited && q->unUsed <= 0))
        return false;
    ++m_used[key(domainId, productCategoryId, businessTypeId)];
    return true;
}

void QuotaBook::setUsed(const QString &domainId, const QString &productCategoryId, const QString &businessTypeId,
                        qint64 used)
{
    m_used[key(domainId, productCategoryId, businessTypeId)] = used;
}

} // namespace osm::sim
