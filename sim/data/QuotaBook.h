#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace osm::sim {

class Server;

// The case quotas of 5.7.1 show_case_quota, per account, product category and problem (business) type.
// The limits follow from the Catalog; what has been used is kept here so that create_case can take one
// (consume) when it creates a case. One book per Server, created on first use as its child.
class QuotaBook : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kUnlimited = -1;

    struct Quota
    {
        qint64 total = 0;   // kUnlimited for no limit
        qint64 unUsed = 0;  // kUnlimited when total is
        QString measure;    // MONTH, QUARTER or YEAR
        qint64 specialUsed = 0;
        qint64 specialMax = 0;
    };

    explicit QuotaBook(QObject *parent = nullptr);
    static QuotaBook &of(Server &server);

    // The quota of a problem type of a product category; nullopt when the pair is not in the Catalog.
    std::optional<Quota> quota(const QString &domainId, const QString &productCategoryId,
                               const QString &businessTypeId) const;
    // Takes one case from the quota; false (and nothing taken) when it is used up or the pair is unknown.
    bool consume(const QString &domainId, const QString &productCategoryId, const QString &businessTypeId);
    // Sets what has been used (tests, and a future reset at the start of a period).
    void setUsed(const QString &domainId, const QString &productCategoryId, const QString &businessTypeId, qint64 used);

private:
    static QString key(const QString &domainId, const QString &productCategoryId, const QString &businessTypeId);
    QHash<QString, qint64> m_used;
};

} // namespace osm::sim
