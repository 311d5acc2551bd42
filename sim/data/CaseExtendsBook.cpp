#include "CaseExtendsBook.h"

#include "Server.h"

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-case-extends-book");
}

CaseExtendsBook::CaseExtendsBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

CaseExtendsBook &CaseExtendsBook::of(Server &server)
{
    if (auto *book = server.findChild<CaseExtendsBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new CaseExtendsBook(&server);
}

void CaseExtendsBook::set(const QString &caseId, const QString &key, const QJsonValue &value)
{
    QList<Value> &values = m_values[caseId];
    for (Value &existing : values) {
        if (existing.first == key) {
            existing.second = value;
            return;
        }
    }
    values.append({key, value});
}

QList<CaseExtendsBook::Value> CaseExtendsBook::valuesOf(const QString &caseId) const
{
    return m_values.value(caseId);
}

} // namespace osm::sim
