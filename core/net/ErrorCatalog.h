#pragma once

#include <QCoreApplication>
#include <QString>

namespace osm {

// Translated, actionable sentences for the error codes of the reference's appendix 7.1 and the gateway's
// APIGW.* codes. The server's own error_msg is often terse, English-only or Chinese-only.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(osm::ErrorCatalog)

public:
    // Empty when the code is not one we have a sentence for.
    static QString messageFor(const QString &code);
};

} // namespace osm
