#include "Operation.h"

#include <QJsonDocument>

namespace osm::api {

ApiRequest makeRequest(const Operation &operation, const QStringList &pathArgs, QueryItems query,
                       const QJsonObject *body)
{
    ApiRequest request;
    request.method = operation.method;
    request.priority = operation.priority;
    QString path = QString::fromLatin1(operation.pathTemplate);
    for (const QString &arg : pathArgs) {
        const qsizetype open = path.indexOf(QLatin1Char('{'));
        const qsizetype close = path.indexOf(QLatin1Char('}'), open);
        Q_ASSERT_X(open >= 0 && close > open, operation.id, "more arguments than path parameters");
        path.replace(open, close - open + 1, arg);
    }
    Q_ASSERT_X(!path.contains(QLatin1Char('{')), operation.id, "a path parameter was not given");
    request.path = path;
    request.query = std::move(query);
    if (body)
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace osm::api
