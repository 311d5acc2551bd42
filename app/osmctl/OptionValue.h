#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace osm::ctl {

// Reading option values, with translated problems naming the option ("--offset expects a whole number…").
class OptionValue
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::OptionValue)

public:
    // Each sets *problem (translated) and returns 0/false when `value` is not of the type.
    static qint64 toInteger(const QString &option, const QString &value, QString *problem);
    static int toInt(const QString &option, const QString &value, QString *problem);
    static bool toBoolean(const QString &option, const QString &value, QString *problem);

    static QString missing(const QString &option);

    // The value names the help shows: <text>, <number>, <true|false>.
    static QString textName();
    static QString numberName();
    static QString booleanName();
};

} // namespace osm::ctl
