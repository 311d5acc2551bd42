#include "Validator.h"

#include <QDateTime>

namespace osm::api {

void Validator::fail(const char *field, const QString &reason)
{
    if (!m_error)
        m_error = Error::validation(QString::fromLatin1(field), reason);
}

Validator &Validator::required(const char *field, const QString &value)
{
    if (value.trimmed().isEmpty())
        fail(field, tr("a value is required."));
    return *this;
}

Validator &Validator::caseId(const QString &caseId)
{
    return required("case_id", caseId).maxLength("case_id", caseId, 32);
}

Validator &Validator::maxLength(const char *field, const QString &value, int max)
{
    if (value.size() > max)
        fail(field, tr("it may be at most %n character(s) long.", nullptr, max));
    return *this;
}

Validator &Validator::range(const char *field, std::optional<qint64> value, qint64 min, qint64 max)
{
    if (value && (*value < min || *value > max))
        fail(field, tr("it must be between %1 and %2.").arg(min).arg(max));
    return *this;
}

Validator &Validator::oneOf(const char *field, std::optional<qint64> value, const QList<int> &allowed)
{
    if (value && !allowed.contains(int(*value))) {
        QStringList names;
        for (int v : allowed)
            names.append(QString::number(v));
        fail(field, tr("it must be one of %1.").arg(names.join(QLatin1String(", "))));
    }
    return *this;
}

Validator &Validator::maxItems(const char *field, qsizetype count, qsizetype max)
{
    if (count > max)
        fail(field, tr("at most %n value(s) may be given.", nullptr, int(max)));
    return *this;
}

Validator &Validator::minItems(const char *field, qsizetype count, qsizetype min)
{
    if (count < min)
        fail(field, tr("at least %n value(s) must be given.", nullptr, int(min)));
    return *this;
}

Validator &Validator::eachMaxLength(const char *field, const QStringList &values, int max)
{
    for (const QString &value : values)
        maxLength(field, value, max);
    return *this;
}

Validator &Validator::dateTime(const char *field, const QString &value)
{
    if (!value.isEmpty()
        && !QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid())
        fail(field, tr("it must be a date and time written as yyyy-MM-dd HH:mm:ss."));
    return *this;
}

Validator &Validator::pattern(const char *field, const QString &value, const QRegularExpression &pattern,
                              const QString &reason)
{
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        fail(field, reason);
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, const QString &value)
{
    if (!value.isEmpty())
        m_items.append({QString::fromLatin1(key), value});
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, std::optional<qint64> value)
{
    if (value)
        m_items.append({QString::fromLatin1(key), QString::number(*value)});
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, std::optional<bool> value)
{
    if (value)
        m_items.append({QString::fromLatin1(key), *value ? QStringLiteral("true") : QStringLiteral("false")});
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, const QStringList &values)
{
    for (const QString &value : values)
        m_items.append({QString::fromLatin1(key), value});
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, const QList<int> &values)
{
    for (int value : values)
        m_items.append({QString::fromLatin1(key), QString::number(value)});
    return *this;
}

} // namespace osm::api
