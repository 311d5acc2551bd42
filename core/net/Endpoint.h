#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace osm {

// Where one account's requests go: the OSM API base and the IAM base (tokens, domain lookup).
struct Endpoint
{
    QUrl osm; // e.g. https://osm.cn-south-1.myhuaweicloud.com
    QUrl iam; // e.g. https://iam.myhuaweicloud.com

    // Empty when usable; otherwise a translated reason. Plain http is allowed to loopback addresses only.
    static QString checkUrl(const QUrl &url);
    QString check() const;
};

} // namespace osm
