#pragma once

#include "net/Error.h"
#include "net/QueryItems.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace osm::api {

// Checks parameters against the limits of the reference's tables before anything is sent, and writes
// the query. The first violation wins and names the field as the API spells it.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(osm::api::Validator)

public:
    Validator &required(const char *field, const QString &value);
    // The case_id path parameter of every case endpoint: required, at most 32 characters.
    Validator &caseId(const QString &caseId);
    Validator &maxLength(const char *field, const QString &value, int max);
    Validator &range(const char *field, std::optional<qint64> value, qint64 min, qint64 max);
    Validator &oneOf(const char *field, std::optional<qint64> value, const QList<int> &allowed);
    Validator &maxItems(const char *field, qsizetype count, qsizetype max);
    Validator &minItems(const char *field, qsizetype count, qsizetype min);
    Validator &eachMaxLength(const char *field, const QStringList &values, int max);
    Validator &dateTime(const char *field, const QString &value); // yyyy-MM-dd HH:mm:ss
    // A non-empty value must match `pattern`; `reason` is the translated sentence shown otherwise.
    Validator &pattern(const char *field, const QString &value, const QRegularExpression &pattern,
                       const QString &reason);

    const Error &error() const { return m_error; }

private:
    void fail(const char *field, const QString &reason);

    Error m_error;
};

// Appends a query parameter only when it carries a value; arrays become repeated keys.
class QueryBuilder
{
public:
    QueryBuilder &add(const char *key, const QString &value);
    QueryBuilder &add(const char *key, std::optional<qint64> value);
    QueryBuilder &add(const char *key, std::optional<bool> value);
    QueryBuilder &add(const char *key, const QStringList &values);
    QueryBuilder &add(const char *key, const QList<int> &values);
    QueryItems items() const { return m_items; }

private:
    QueryItems m_items;
};

} // namespace osm::api
