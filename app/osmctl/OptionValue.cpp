#include "OptionValue.h"

#include <limits>

namespace osm::ctl {

qint64 OptionValue::toInteger(const QString &option, const QString &value, QString *problem)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok) {
        //: %1 is an option name such as --offset, %2 the value given
        *problem = tr("--%1 expects a whole number, not \"%2\".").arg(option, value);
        return 0;
    }
    return number;
}

int OptionValue::toInt(const QString &option, const QString &value, QString *problem)
{
    const qint64 number = toInteger(option, value, problem);
    if (problem->isEmpty()
        && (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())) {
        *problem = tr("--%1 expects a whole number, not \"%2\".").arg(option, value);
        return 0;
    }
    return int(number);
}

bool OptionValue::toBoolean(const QString &option, const QString &value, QString *problem)
{
    const QString word = value.trimmed().toLower();
    if (word == QLatin1String("true") || word == QLatin1String("1") || word == QLatin1String("yes"))
        return true;
    if (word == QLatin1String("false") || word == QLatin1String("0") || word == QLatin1String("no"))
        return false;
    //: %1 is an option name, %2 the value given; "true" and "false" are typed as they are
    *problem = tr("--%1 expects true or false, not \"%2\".").arg(option, value);
    return false;
}

QString OptionValue::missing(const QString &option)
{
    return tr("The option --%1 is required.").arg(option);
}

QString OptionValue::textName()
{
    //: the value of an option in the help: --group-id <text>
    return tr("text");
}

QString OptionValue::numberName()
{
    //: the value of an option in the help: --offset <number>
    return tr("number");
}

QString OptionValue::booleanName()
{
    //: the value of an option in the help; "true" and "false" are typed as they are
    return QStringLiteral("true|false");
}

} // namespace osm::ctl
