#include "Site.h"

namespace osm {

namespace {
const QString kComId = QStringLiteral("huaweicloud-com");
const QString kCnId = QStringLiteral("huaweicloud-cn");
} // namespace

QString Site::displayName() const
{
    if (id == kComId)
        //: The endpoint listed in the OSM API reference (region cn-south-1)
        return tr("Huawei Cloud (myhuaweicloud.com)");
    if (id == kCnId)
        //: The endpoint the official Huawei Cloud SDK uses for the same region
        return tr("Huawei Cloud SDK endpoint (myhuaweicloud.cn)");
    return id;
}

QList<Site> Site::all()
{
    // API.md §1 (reference table 1-1): 华南-广州, cn-south-1. IAM is global, not per region.
    return {
        Site{kComId, QStringLiteral("cn-south-1"),
             QUrl(QStringLiteral("https://osm.cn-south-1.myhuaweicloud.com")),
             QUrl(QStringLiteral("https://iam.myhuaweicloud.com"))},
        Site{kCnId, QStringLiteral("cn-south-1"),
             QUrl(QStringLiteral("https://osm.cn-south-1.myhuaweicloud.cn")),
             QUrl(QStringLiteral("https://iam.myhuaweicloud.cn"))},
    };
}

std::optional<Site> Site::byId(const QString &id)
{
    for (const Site &site : all()) {
        if (site.id == id)
            return site;
    }
    return std::nullopt;
}

QString Site::defaultId()
{
    return kComId;
}

} // namespace osm
