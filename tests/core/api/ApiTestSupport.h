#pragma once

// Shared by the operation tests of tests/core/api: the fixture (an in-process osm::sim::Server and a client
// of it, fresh for every test function), the demo credentials, waiting for a typed call, reading a response
// body exactly as the pipeline does, and sending a request that the typed operations would refuse (to see
// the simulator's own validation).

#include "DemoCredentials.h"
#include "Server.h"
#include "model/Acknowledgement.h"
#include "model/JsonRead.h"
#include "net/ApiClient.h"
#include "net/ResponseInterpreter.h"
#include "net/Signer.h"

#include "../model/ReferenceExamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <memory>

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
    return osm::sim::demo::akSkCredentials();
}

// The demo IAM user's password login: a sub-user of the demo account, signed with a token.
inline osm::Credentials demoPasswordLogin()
{
    return osm::sim::demo::passwordCredentials();
}

inline QString demoDomain() { return QString::fromLatin1(osm::sim::demo::kDomainId); }

// The fixture of the operation tests: a test class derives from it, calls startSimulator() from its init()
// and stopSimulator() from its cleanup() (the slots stay in the test class, where moc and QtTest see them).
class SimulatorTest : public QObject
{
protected:
    std::unique_ptr<osm::sim::Server> m_server;
    std::unique_ptr<osm::ApiClient> m_client; // signed with the demo AK/SK

    osm::ApiClient &client() { return *m_client; }
    osm::sim::DataSet &data() { return m_server->dataSet(); }

    void startSimulator()
    {
        m_server = std::make_unique<osm::sim::Server>();
        const bool listening = m_server->listen(0) > 0;
        m_client = clientWith(demoAkSk()); // even when not listening: init() may go on to configure it
        QVERIFY2(listening, "the simulator does not listen");
    }

    void stopSimulator()
    {
        m_client.reset();
        m_server.reset();
    }

    // Another client of the same simulator, with its own credentials.
    std::unique_ptr<osm::ApiClient> clientWith(const osm::Credentials &credentials) const
    {
        return std::make_unique<osm::ApiClient>(osm::Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    // The demo IAM user (a sub-user, token login).
    std::unique_ptr<osm::ApiClient> tokenClient() const { return clientWith(demoPasswordLogin()); }
};

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

// Any request through the pipeline, bypassing the operations' validation; the answer is not read.
struct AnyBody
{
    static AnyBody fromJson(const QJsonObject &) { return {}; }
};

inline osm::Result<AnyBody> send(osm::ApiClient &client, const osm::ApiRequest &request)
{
    return wait(client.call<AnyBody>(request, [](const QJsonValue &json) { return AnyBody::fromJson(json.toObject()); }));
}

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
    const auto result = send(client, request);
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

// The answer of a write endpoint as the table prints it, {"error_code":"","error_msg":""}: a success, and
// exactly the table's fields when written back.
#define OSM_VERIFY_TABLE_ACKNOWLEDGEMENT(id)                                                                   \
    do {                                                                                                       \
        const auto table_ =                                                                                    \
            osmtest::parseBody<osm::Acknowledgement>("{\"error_code\":\"\",\"error_msg\":\"\"}");              \
        QVERIFY(table_.ok());                                                                                  \
        QCOMPARE(osmtest::keys(table_->toJson()), osmtest::tableFields(id));                                   \
    } while (false)

// A write endpoint whose response example is "无" (none): the empty answer is an Acknowledgement, and so is
// the table's shape.
#define OSM_VERIFY_ACKNOWLEDGEMENT_WITHOUT_EXAMPLE(id)                                                         \
    do {                                                                                                       \
        QVERIFY(osmtest::hasNoResponseExample(id)); /* "无" */                                                 \
        const auto none_ = osmtest::parseBody<osm::Acknowledgement>(osmtest::responseExample(id));             \
        QVERIFY2(none_.ok(), qPrintable(none_.error().detailedMessage()));                                     \
        QCOMPARE(none_.value(), osm::Acknowledgement{});                                                       \
        OSM_VERIFY_TABLE_ACKNOWLEDGEMENT(id);                                                                  \
    } while (false)

// A failing error_code in a 200 answer is the API's error, not a success.
#define OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(body, expectedCode)                                                  \
    do {                                                                                                       \
        const auto failed_ = osmtest::parseBody<osm::Acknowledgement>(body);                                   \
        QVERIFY2(!failed_.ok(), "expected " expectedCode);                                                     \
        QCOMPARE(failed_.error().category(), osm::Error::Category::Api);                                       \
        QCOMPARE(failed_.error().code(), QStringLiteral(expectedCode));                                        \
    } while (false)
