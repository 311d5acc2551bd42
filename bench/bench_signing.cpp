// Figure 3 of issue 8: SDK-HMAC-SHA256 signatures per second, for a GET (list_cases) and for a 1 MiB JSON
// body. The body's reference is the bare SHA-256 of the same bytes: hashing the payload is the floor that any
// signer must pay; the ratio says how much the rest of the signature adds on top of it.
#include "BenchSupport.h"

#include "net/Signer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace osm;

namespace {

// Calls `once` repeatedly for at least `minMs` and returns calls per second.
double ratePerSecond(const std::function<void()> &once, qint64 minMs = 300)
{
    QElapsedTimer clock;
    clock.start();
    qint64 calls = 0;
    do {
        once();
        ++calls;
    } while (clock.elapsed() < minMs);
    return calls * 1e9 / double(std::max<qint64>(1, clock.nsecsElapsed()));
}

Signer::Input listCasesInput()
{
    Signer::Input input;
    input.method = "GET";
    input.host = QStringLiteral("osm.cn-south-1.myhuaweicloud.com");
    input.path = QStringLiteral("/v2/servicerequest/cases");
    input.query = {{QStringLiteral("limit"), QStringLiteral("100")},
                   {QStringLiteral("offset"), QStringLiteral("200")},
                   {QStringLiteral("search_key"), QStringLiteral("ECS")},
                   {QStringLiteral("search_key"), QStringLiteral("磁盘 扩容")}};
    input.headers = {{"Content-Type", "application/json"},
                     {"X-Language", "zh-cn"},
                     {"X-Time-Zone", "GMT+8"},
                     {"X-Domain-Id", "0d5c1e2f3a4b4c5d8e9f00112233aabb"}};
    input.sdkDate = "20261123T174500Z";
    return input;
}

// About 1 MiB of JSON shaped like a create_case body with a long description.
QByteArray jsonBodyOfOneMiB()
{
    QJsonArray items;
    QByteArray body;
    for (int i = 0; body.size() < 1024 * 1024; ++i) {
        items.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("extend_%1").arg(i)},
                                 {QStringLiteral("value"), QStringLiteral("说明 description text %1 ").repeated(8).arg(i)}});
        if (i % 256 == 0)
            body = QJsonDocument(QJsonObject{{QStringLiteral("extends_params"), items}}).toJson(QJsonDocument::Compact);
    }
    return body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int reps = bench::repetitions();
    const QByteArray ak = "DEMOAKOSMDESK0000001";
    const QByteArray sk = "DemoSecretKeyForOsmDeskSimulator00000000";

    Signer::Input get = listCasesInput();
    get.payloadHash = Signer::payloadHash({});
    volatile qsizetype sink = 0; // keeps the work observable
    const double getRate = bench::medianOf(reps, [&] {
        return ratePerSecond([&] { sink = sink + Signer::sign(get, ak, sk).authorization.size(); });
    });
    bench::report("3.signing.get", getRate, "sig/s");

    const QByteArray body = jsonBodyOfOneMiB();
    Signer::Input post = listCasesInput();
    post.method = "POST";
    post.path = QStringLiteral("/v2/servicerequest/cases");
    post.query.clear();
    const double hashRate = bench::medianOf(reps, [&] {
        return ratePerSecond([&] { sink = sink + QCryptographicHash::hash(body, QCryptographicHash::Sha256).size(); });
    });
    const double bodyRate = bench::medianOf(reps, [&] {
        return ratePerSecond([&] {
            post.payloadHash = Signer::payloadHash(body);
            sink = sink + Signer::sign(post, ak, sk).authorization.size();
        });
    });
    bench::report("3.signing.body1MiB.sha256-floor", hashRate, "hash/s", "reference");
    bench::report("3.signing.body1MiB", bodyRate, "sig/s", "- (vs bare SHA-256)", hashRate / bodyRate);
    std::printf("# 1 MiB body: %lld bytes\n", static_cast<long long>(body.size()));
    return 0;
}
