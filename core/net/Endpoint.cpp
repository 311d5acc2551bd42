#include "Endpoint.h"

#include <QHostAddress>

namespace osm {

QString Endpoint::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("osm::Endpoint", "The address \"%1\" is not a valid URL.")
            .arg(url.toDisplayString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        // Plain http would expose signatures and tokens; it is only for the local simulator or a local proxy.
        const QHostAddress address(url.host());
        if (url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return {};
        return QCoreApplication::translate("osm::Endpoint",
                                           "Plain http is only allowed to this computer (loopback); use https "
                                           "for \"%1\".")
            .arg(url.host());
    }
    return QCoreApplication::translate("osm::Endpoint", "The address must start with https://.");
}

QString Endpoint::check() const
{
    if (const QString problem = checkUrl(osm); !problem.isEmpty())
        return problem;
    return checkUrl(iam);
}

} // namespace osm
