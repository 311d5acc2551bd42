#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

namespace osm::sim {

class Server;

// The extension (additional) parameter values of each case: what create_case's extends_map and
// 5.3.3 create_case_extends_params submitted, read back by 5.3.2 list_case_extends_params.
// One book per Server, created on first use as its child.
class CaseExtendsBook : public QObject
{
    Q_OBJECT

public:
    using Value = std::pair<QString, QJsonValue>; // key, value as submitted

    explicit CaseExtendsBook(QObject *parent = nullptr);
    static CaseExtendsBook &of(Server &server);

    // Sets (or replaces) one value; keys keep the order of their first submission.
    void set(const QString &caseId, const QString &key, const QJsonValue &value);
    QList<Value> valuesOf(const QString &caseId) const;

private:
    QHash<QString, QList<Value>> m_values;
};

} // namespace osm::sim
