// Limits on what a server may send (issue 9): an answer larger than ApiClient's cap is refused with a clear
// error, whether it says so up front (Content-Length) or not (chunked, or a lying length); files streamed to
// disk are not bound by the cap; JSON nested deeper than the parser allows is refused instead of overflowing
// the stack. The server here is a raw socket, so that it can send what no well-behaved server would.
#include "net/ApiClient.h"
#include "net/ResponseInterpreter.h"
#include "net/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace osm;

namespace {

// Answers every request with `respond` once the request's head has arrived (bodies are not expected: GETs);
// counts the requests. Answers say Connection: close, but a reused connection is served too.
class RawServer : public QObject
{
public:
    std::function<void(QTcpSocket *)> respond;
    int requests = 0;

    RawServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto received = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    received->append(socket->readAll());
                    while (received->contains("\r\n\r\n")) {
                        received->remove(0, received->indexOf("\r\n\r\n") + 4);
                        ++requests;
                        respond(socket);
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
};

QByteArray head(int status, const QByteArray &contentType, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nConnection: close\r\nContent-Type: " + contentType
           + "\r\n" + extra;
}

// A request that needs no credentials, so that nothing but the answer matters.
ApiRequest plainGet()
{
    ApiRequest request;
    request.path = QStringLiteral("/v2/servicerequest/cases");
    request.auth = ApiRequest::Auth::None;
    request.timeoutMs = 20000;
    return request;
}

QByteArray nestedArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestResponseLimits : public QObject
{
    Q_OBJECT

    RawServer *m_raw = nullptr;
    ApiClient *m_client = nullptr;

    ApiCall *sendAndWait(const ApiRequest &request)
    {
        ApiCall *call = m_client->send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(20000))
            return nullptr;
        return call;
    }

    static void verifyTooLarge(const ApiCall *call)
    {
        QVERIFY(call);
        QCOMPARE(call->error().category(), Error::Category::MalformedBody);
        QCOMPARE(call->error().code(), ResponseInterpreter::kResponseTooLarge);
        QVERIFY2(call->error().userMessage().contains(QLatin1String("too large")), qPrintable(call->error().userMessage()));
        QCOMPARE(call->attempts(), 1); // never repeated: it would only be as large again
    }

private Q_SLOTS:
    void init()
    {
        m_raw = new RawServer;
        QVERIFY(m_raw->listen());
        Credentials credentials;
        credentials.accessKey = QStringLiteral("AK");
        credentials.secretKey = QStringLiteral("SK");
        credentials.domainId = QStringLiteral("D");
        m_client = new ApiClient(Endpoint{m_raw->url(), m_raw->url()}, credentials);
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        m_client->setRetryPolicy(fast);
    }

    void cleanup()
    {
        delete m_client;
        delete m_raw;
    }

    void theDefaultCapIs64MiB() { QCOMPARE(ApiClient::kDefaultMaxResponseBytes, qint64(64) * 1024 * 1024); }

    void announcedLengthOverTheCapIsRefusedUpFront()
    {
        // 64 MiB + 1 announced, one byte sent, the connection kept open: only the header can end this call.
        m_raw->respond = [](QTcpSocket *socket) {
            socket->write(head(200, "application/json", "Content-Length: 67108865\r\n\r\n{"));
        };
        QElapsedTimer timer;
        timer.start();
        const ApiCall *call = sendAndWait(plainGet());
        verifyTooLarge(call);
        QCOMPARE(call->httpStatus(), 200);
        QVERIFY(timer.elapsed() < 15000); // not the request's timeout
        QCOMPARE(m_raw->requests, 1);
    }

    void bytesAreCountedAsTheyArrive()
    {
        // Chunked, no length: 3 MiB of a JSON string against a 1 MiB cap.
        m_client->setMaxResponseBytes(1024 * 1024);
        m_raw->respond = [](QTcpSocket *socket) {
            QByteArray out = head(200, "application/json", "Transfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk(64 * 1024, 'a');
            out += "1\r\n\"\r\n";
            for (int i = 0; i < 48; ++i)
                out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            out += "1\r\n\"\r\n0\r\n\r\n";
            socket->write(out);
        };
        verifyTooLarge(sendAndWait(plainGet()));
    }

    void bytesBeyondTheAnnouncedLengthAreIgnored()
    {
        // A short length followed by 2 MiB more: only the announced body is read (and counted).
        m_client->setMaxResponseBytes(1024 * 1024);
        m_raw->respond = [](QTcpSocket *socket) {
            socket->write(head(200, "application/json", "Content-Length: 2\r\n\r\n{}") + QByteArray(2 << 20, 'x'));
        };
        const ApiCall *call = sendAndWait(plainGet());
        QVERIFY(call);
        QVERIFY2(call->ok(), qPrintable(call->error().detailedMessage()));
    }

    void anAnswerAtTheCapIsRead()
    {
        const int cap = 256 * 1024;
        m_client->setMaxResponseBytes(cap);
        const QByteArray body = "[\"" + QByteArray(cap - 4, 'b') + "\"]";
        m_raw->respond = [body](QTcpSocket *socket) {
            socket->write(head(200, "application/json", "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n")
                          + body);
        };
        const ApiCall *call = sendAndWait(plainGet());
        QVERIFY(call);
        QVERIFY2(call->ok(), qPrintable(call->error().detailedMessage()));
        QCOMPARE(call->json().toArray().first().toString().size(), cap - 4);
    }

    void errorPagesAreCappedToo()
    {
        m_client->setMaxResponseBytes(64 * 1024);
        m_raw->respond = [](QTcpSocket *socket) {
            socket->write(head(502, "text/html", "Content-Length: 1048576\r\n\r\n") + QByteArray(1 << 20, '<'));
        };
        const ApiCall *call = sendAndWait(plainGet());
        verifyTooLarge(call);
        QCOMPARE(call->httpStatus(), 502);
    }

    void filesStreamedToDiskAreNotBound()
    {
        // A download (streamResponse) of 3 MiB with a 1 MiB cap: handed over piece by piece, nothing kept.
        m_client->setMaxResponseBytes(1024 * 1024);
        const qsizetype size = 3 * 1024 * 1024;
        m_raw->respond = [size](QTcpSocket *socket) {
            socket->write(head(200, "application/octet-stream",
                               "Content-Disposition: attachment; filename=\"big.bin\"\r\nContent-Length: "
                                   + QByteArray::number(size) + "\r\n\r\n")
                          + QByteArray(size, 'z'));
        };
        ApiRequest request = plainGet();
        request.expectJson = false;
        request.streamResponse = true;
        ApiCall *call = m_client->send(request);
        qint64 received = 0;
        connect(call, &ApiCall::bodyReceived, this, [&received](const QByteArray &chunk) { received += chunk.size(); });
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(call->ok(), qPrintable(call->error().detailedMessage()));
        QCOMPARE(received, size);
        QVERIFY(call->body().isEmpty());
    }

    void aJsonAnswerToADownloadIsBound()
    {
        // The same request answered with JSON (a business error, say) is kept in memory: the cap applies.
        m_client->setMaxResponseBytes(64 * 1024);
        m_raw->respond = [](QTcpSocket *socket) {
            socket->write(head(200, "application/json", "Content-Length: 1048576\r\n\r\n") + QByteArray(1 << 20, ' '));
        };
        ApiRequest request = plainGet();
        request.expectJson = false;
        request.streamResponse = true;
        verifyTooLarge(sendAndWait(request));
    }

    void deeplyNestedJsonIsRefusedWithoutOverflow()
    {
        // Qt's parser stops at a nesting depth of 1024 (QJsonParseError::DeepNesting) instead of recursing on.
        QJsonParseError error{};
        QJsonDocument::fromJson(nestedArrays(100000), &error);
        QCOMPARE(error.error, QJsonParseError::DeepNesting);

        ResponseInterpreter::Input in;
        in.httpStatus = 200;
        in.body = "{\"a\":" + nestedArrays(100000) + "}";
        QCOMPARE(ResponseInterpreter::interpret(in).error.category(), Error::Category::MalformedBody);
        in.httpStatus = 500; // an error page that nests deeply is an HTTP error, not a crash
        QCOMPARE(ResponseInterpreter::interpret(in).error.category(), Error::Category::Http);

        // Within the limit it parses, and the result can be walked and written out again.
        in.httpStatus = 200;
        in.body = "{\"a\":" + nestedArrays(1000) + "}";
        const auto out = ResponseInterpreter::interpret(in);
        QVERIFY(!out.error);
        QVERIFY(!QJsonDocument(out.json.toObject()).toJson().isEmpty());
    }

    void deeplyNestedJsonOverTheWire()
    {
        const QByteArray body = nestedArrays(100000);
        m_raw->respond = [body](QTcpSocket *socket) {
            socket->write(head(200, "application/json", "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n")
                          + body);
        };
        const ApiCall *call = sendAndWait(plainGet());
        QVERIFY(call);
        QCOMPARE(call->error().category(), Error::Category::MalformedBody);
        QVERIFY(!call->error().userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResponseLimits)
#include "tst_responselimits.moc"
