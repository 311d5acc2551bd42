#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace osm {

// One selectable place to send requests: an OSM endpoint and the IAM endpoint that goes with it.
// The reference lists one region (cn-south-1) with a .com host; the official SDK uses a .cn host for the same
// region, so both are offered and the user picks the one that works for their account.
struct Site
{
    Q_DECLARE_TR_FUNCTIONS(osm::Site)

public:
    QString id;       // stable key stored in profiles; never translated
    QString regionId; // e.g. cn-south-1
    QUrl osmUrl;
    QUrl iamUrl;

    QString displayName() const; // translated, for pickers

    static QList<Site> all();
    static std::optional<Site> byId(const QString &id);
    static QString defaultId(); // the site the reference documents
};

} // namespace osm
