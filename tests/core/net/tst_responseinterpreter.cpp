// Every error shape the reference and the gateway produce becomes the one Error type, in one place.
#include "net/ResponseInterpreter.h"

#include <QJsonObject>
#include <QTest>

using osm::Error;
using osm::ResponseInterpreter;

class TestResponseInterpreter : public QObject
{
    Q_OBJECT

    static ResponseInterpreter::Output run(int status, const QByteArray &body,
                                           QNetworkReply::NetworkError net = QNetworkReply::NoError)
    {
        ResponseInterpreter::Input in;
        in.httpStatus = status;
        in.body = body;
        in.networkError = net;
        in.requestId = "req-1";
        return ResponseInterpreter::interpret(in);
    }

private Q_SLOTS:
    void successJson()
    {
        const auto out = run(200, "{\"total_count\": 1, \"incident_info_list\": []}");
        QVERIFY(!out.error);
        QCOMPARE(out.json.toObject().value(QLatin1String("total_count")).toInt(), 1);
    }

    void emptySuccessBodyIsEmptyObject()
    {
        const auto out = run(200, "");
        QVERIFY(!out.error);
        QVERIFY(out.json.isObject());
    }

    void businessErrorWithHttp200()
    {
        // Appendix 7.1: every OSM.0101xxxx code arrives with HTTP 200.
        const auto out = run(200, "{\"error_code\":\"OSM.01010022\",\"error_msg\":\"urge later\"}");
        QCOMPARE(out.error.category(), Error::Category::Api);
        QCOMPARE(out.error.code(), QStringLiteral("OSM.01010022"));
        QCOMPARE(out.error.serverMessage(), QStringLiteral("urge later"));
        QCOMPARE(out.error.requestId(), QStringLiteral("req-1"));
        QVERIFY(out.error.userMessage().contains(QLatin1String("moment ago")));
    }

    void zeroErrorCodeMeansSuccess()
    {
        // 5.14.1's example carries "error_code": 0 next to its data.
        QVERIFY(!run(200, "{\"error_code\":0,\"error_msg\":\"\",\"value\":1}").error);
        QVERIFY(!run(200, "{\"error_code\":\"0\",\"value\":1}").error);
        QVERIFY(!run(200, "{\"error_code\":\"\",\"error_msg\":\"\"}").error);
        QVERIFY(!run(200, "{\"error_code\":null}").error);
    }

    void validationError400()
    {
        const auto out = run(400, "{\"error_code\":\"OSM.0001\",\"error_msg\":\"failed\"}");
        QCOMPARE(out.error.category(), Error::Category::Api);
        QCOMPARE(out.error.httpStatus(), 400);
        QCOMPARE(out.error.code(), QStringLiteral("OSM.0001"));
    }

    void gatewaySignatureError()
    {
        const auto out = run(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: verify aksk signature fail\"}");
        QCOMPARE(out.error.category(), Error::Category::Auth);
        QCOMPARE(out.error.code(), QStringLiteral("APIGW.0301"));
        QVERIFY(out.error.userMessage().contains(QLatin1String("signature was rejected")));
    }

    void iamErrorShape()
    {
        const auto out = run(401, "{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\",\"title\":\"Unauthorized\"}}");
        QCOMPARE(out.error.category(), Error::Category::Auth);
        QCOMPARE(out.error.code(), QStringLiteral("IAM.401"));
        QCOMPARE(out.error.serverMessage(), QStringLiteral("The username or password is wrong."));
    }

    void htmlErrorPage()
    {
        const auto out = run(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
        QCOMPARE(out.error.category(), Error::Category::Http);
        QCOMPARE(out.error.httpStatus(), 502);
        QVERIFY(out.error.userMessage().contains(QLatin1String("502")));
    }

    void malformedSuccessBody()
    {
        const auto out = run(200, "{\"total_count\": 1, \"incident_info_li");
        QCOMPARE(out.error.category(), Error::Category::MalformedBody);
    }

    void connectionDroppedMidBody()
    {
        const auto out = run(200, "{\"total_count\": 1, \"inc", QNetworkReply::RemoteHostClosedError);
        QCOMPARE(out.error.category(), Error::Category::Network);
    }

    void transportFailures()
    {
        ResponseInterpreter::Input in;
        in.networkError = QNetworkReply::ConnectionRefusedError;
        auto out = ResponseInterpreter::interpret(in);
        QCOMPARE(out.error.category(), Error::Category::Network);
        QVERIFY(!out.reachedServer);

        in.networkError = QNetworkReply::OperationCanceledError;
        in.timedOut = true;
        out = ResponseInterpreter::interpret(in);
        QCOMPARE(out.error.category(), Error::Category::Timeout);
        QVERIFY(out.reachedServer);

        in.timedOut = false;
        in.networkError = QNetworkReply::SslHandshakeFailedError;
        out = ResponseInterpreter::interpret(in);
        QCOMPARE(out.error.category(), Error::Category::Tls);
        QVERIFY(!out.reachedServer);
    }

    void downloadsKeepTheirBody()
    {
        ResponseInterpreter::Input in;
        in.httpStatus = 200;
        in.body = "PNG\x01\x02";
        in.expectJson = false;
        QVERIFY(!ResponseInterpreter::interpret(in).error);
        in.body = "{\"error_code\":\"OSM.01010045\",\"error_msg\":\"bad\"}";
        QCOMPARE(ResponseInterpreter::interpret(in).error.code(), QStringLiteral("OSM.01010045"));
    }

    void detailedMessageCarriesCodeAndRequestId()
    {
        const auto out = run(200, "{\"error_code\":\"OSM.01010004\",\"error_msg\":\"x\"}");
        const QString text = out.error.detailedMessage();
        QVERIFY(text.contains(QLatin1String("OSM.01010004")));
        QVERIFY(text.contains(QLatin1String("req-1")));
    }
};

QTEST_GUILESS_MAIN(TestResponseInterpreter)
#include "tst_responseinterpreter.moc"
