#pragma once

// Shared by the operation tests of tests/core/api: an in-process osm::sim::Server, the demo credentials,
// waiting for a typed call, reading a response body exactly as the pipeline does, and sending a request that
// the typed operations would refuse (to see the simulator's own validation).

#include "DemoCredentials.h"
#include "Server.h"
#include "model/JsonRead.h"
#include "net/ApiClient.h"
#include "net/ResponseInterpreter.h"
#include "net/Signer.h"

#include "../model/ReferenceExamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

namespace osmtest {

template <typename T>
osm::Result<T> wait(QFuture<osm::Result<T>> future, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return osm::Result<T>(osm::Error(osm::Error::Category::Timeout).setDetail(QStringLiteral("test wait")));
    return future.result();
}

inline osm::Credentials demoAkSk()
{
    osm::Credentials credentials;
    credentials.accessKey = QString::fromLatin1(osm::sim::demo::kAccessKey);
    credentials.secretKey = QString::fromLatin1(osm::sim::demo::kSecretKey);
    credentials.domainId = QString::fromLatin1(osm::sim::demo::kDomainId);
    return credentials;
}

inline QString demoDomain() { return QString::fromLatin1(osm::sim::demo::kDomainId); }

// A response body read as the pipeline reads a 200 answer, then T::fromJson: an empty body is {}, a body
// that is not JSON is Error::Category::MalformedBody, an error_code that means failure is an Api error.
template <typename T>
osm::Result<T> parseBody(const QByteArray &body, int httpStatus = 200)
{
    osm::ResponseInterpreter::Input input;
    input.httpStatus = httpStatus;
    input.body = body;
    input.contentType = "application/json";
    const osm::ResponseInterpreter::Output out = osm::ResponseInterpreter::interpret(input);
    if (out.error)
        return osm::Result<T>(out.error);
    return osm::Result<T>(T::fromJson(out.json.toObject()));
}

// The body and query of the request the simulator received last.
inline QJsonObject lastBody(osm::sim::Server &server)
{
    return QJsonDocument::fromJson(server.requests().last().body).object();
}

inline osm::QueryItems lastQuery(osm::sim::Server &server)
{
    return osm::Signer::decodeQuery(server.requests().last().rawQuery);
}

// Any request through the pipeline, bypassing the operations' validation; the answer read as {} on success.
struct RawAnswer
{
    bool ok = false;
    osm::Error error;
};

inline RawAnswer rawCall(osm::ApiClient &client, const QByteArray &method, const QString &path,
                         const osm::QueryItems &query = {}, const QByteArray &body = {})
{
    osm::ApiRequest request;
    request.method = method;
    request.path = path;
    request.query = query;
    request.body = body;
    struct Any
    {
        static Any fromJson(const QJsonObject &) { return {}; }
    };
    const auto result =
        wait(client.call<Any>(request, [](const QJsonValue &json) { return Any::fromJson(json.toObject()); }));
    return {result.ok(), result.error()};
}

// The ids of the endpoints of a group in endpoints.json whose response example is "无" (none).
inline bool hasNoResponseExample(const QString &id)
{
    const QJsonObject e = endpoint(id);
    return !e.isEmpty() && e.value(QLatin1String("response_example")).isNull()
           && e.value(QLatin1String("response_example_is_valid_json")).isNull();
}

} // namespace osmtest

// Business errors arrive with HTTP 200 and an error_code (appendix 7.1).
#define OSM_VERIFY_BUSINESS_ERROR(result, expectedCode)                                                        \
    do {                                                                                                       \
        QVERIFY2(!(result).ok(), "expected " expectedCode);                                                    \
        QCOMPARE((result).error().category(), osm::Error::Category::Api);                                      \
        QCOMPARE((result).error().code(), QStringLiteral(expectedCode));                                       \
        QCOMPARE((result).error().httpStatus(), 200);                                                          \
    } while (false)

// Malformed requests are HTTP 400 OSM.0001.
#define OSM_VERIFY_BAD_REQUEST(answer)                                                                         \
    do {                                                                                                       \
        QVERIFY2(!(answer).ok, "expected HTTP 400 OSM.0001");                                                   \
        QCOMPARE((answer).error.httpStatus(), 400);                                                            \
        QCOMPARE((answer).error.code(), QStringLiteral("OSM.0001"));                                           \
    } while (false)

// Refused before sending: a Validation error naming the field, and nothing reached the simulator.
#define OSM_VERIFY_REFUSED(server, call, expectedField)                                                        \
    do {                                                                                                       \
        const qsizetype before_ = (server).requests().size();                                                  \
        const auto refused_ = osmtest::wait(call);                                                             \
        QVERIFY2(!refused_.ok(), "expected a validation error");                                               \
        QCOMPARE(refused_.error().category(), osm::Error::Category::Validation);                               \
        QCOMPARE(refused_.error().field(), QStringLiteral(expectedField));                                     \
        QVERIFY(!refused_.error().userMessage().isEmpty());                                                    \
        QCOMPARE((server).requests().size(), before_);                                                         \
    } while (false)
