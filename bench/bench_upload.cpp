// Figure 7 of issue 8: peak memory of an upload. Each case runs in a child process of its own (this program
// with --child), so that its peak resident set (VmHWM of /proc/self/status) is that upload's alone; the
// parent serves a sink on loopback that reads the whole request and answers like 5.5.1 / 5.5.2.
//   multipart : api::uploadAccessory, the file streamed from disk (MultipartStream)
//   json      : api::uploadAccessoryJson, the file read into memory and sent Base64-encoded in a JSON body
// for a file at the API's size limit (show_accessory_limits' limit_size, 4 MB in the reference's example and in
// osm-sim) and a 200 MiB file. Reported: the child's peak RSS minus its RSS just before the upload started,
// against the target file/4 + 16 MiB.
#include "BenchSupport.h"

#include "api/Attachments.h"
#include "net/ApiClient.h"
#include "net/RateLimiter.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace osm;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// VmHWM / VmRSS of this process, in bytes.
qint64 procStatus(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

int child(const QString &mode, const QString &path, const QUrl &base)
{
    Credentials c;
    c.accessKey = QStringLiteral("BENCHAK");
    c.secretKey = QStringLiteral("BENCHSK");
    c.domainId = QStringLiteral("0d5c1e2f3a4b4c5d8e9f00112233aabb");
    ApiClient client(Endpoint{base, base}, c);
    client.setRateLimiter(RateLimiter(1e9, 1000000));

    const qint64 before = procStatus("VmRSS:");
    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    QString error;
    if (mode == QLatin1String("multipart")) {
        api::UploadAccessoryParams params;
        params.filePath = path;
        auto future = api::uploadAccessory(client, params);
        bench::spinUntil([&] { return future.isFinished(); }, 600000);
        const Result<UploadedAccessory> result = future.result();
        ok = result.ok();
        error = ok ? QString() : result.error().userMessage();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        api::UploadAccessoryJsonParams params;
        params.accessoryName = QStringLiteral("bench.zip");
        params.data = file.readAll(); // what a caller of the JSON form has to do
        auto future = api::uploadAccessoryJson(client, params);
        bench::spinUntil([&] { return future.isFinished(); }, 600000);
        const Result<UploadedAccessory> result = future.result();
        ok = result.ok();
        error = ok ? QString() : result.error().userMessage();
    }
    // One line for the parent: ok, peak - before, ms.
    std::printf("%d %lld %lld\n", ok ? 1 : 0, procStatus("VmHWM:") - before, clock.elapsed());
    if (!ok)
        std::fprintf(stderr, "upload failed: %s\n", qPrintable(error));
    return ok ? 0 : 1;
}

// Reads each request whole (Content-Length or chunked) and answers with an accessory id.
class Sink : public QTcpServer
{
public:
    Sink()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto header = std::make_shared<QByteArray>();
        auto remaining = std::make_shared<qint64>(-1); // body bytes still to come; -2: chunked
        auto tail = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [=] {
            QByteArray data = socket->readAll();
            if (*remaining == -1) {
                header->append(data);
                const qsizetype end = header->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                data = header->mid(end + 4);
                const QByteArray head = header->left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                *remaining = at >= 0 ? head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong() : -2;
            }
            bool done = false;
            if (*remaining >= 0) {
                *remaining -= data.size();
                done = *remaining <= 0;
            } else {
                tail->append(data.right(16));
                *tail = tail->right(16);
                done = tail->endsWith("\r\n0\r\n\r\n");
            }
            if (done) {
                const QByteArray body = "{\"accessory_id\":\"bench-accessory\"}";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            }
        });
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2), args.at(3), QUrl(args.at(4)));

    QTemporaryDir dir;
    Sink sink;
    if (!dir.isValid() || !sink.listen(QHostAddress::LocalHost)) {
        std::fprintf(stderr, "bench_upload: no temporary directory or port\n");
        return 1;
    }
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(sink.serverPort()));
    const int reps = bench::repetitions(3);

    struct Size
    {
        const char *name;
        qint64 bytes;
    };
    // 4 MB: limit_size of show_accessory_limits (MB) in the reference's example and osm-sim's default.
    for (const Size size : {Size{"limit4MB", 4 * 1000 * 1000}, Size{"200MiB", 200 * kMiB}}) {
        const QString path = dir.filePath(QStringLiteral("upload-%1.zip").arg(QLatin1String(size.name)));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            QByteArray block(kMiB, Qt::Uninitialized);
            for (qsizetype i = 0; i < block.size(); ++i)
                block[i] = char((i * 131) ^ (i >> 9)); // not all zeros, not compressible to nothing
            for (qint64 written = 0; written < size.bytes;)
                written += file.write(block.constData(), std::min<qint64>(block.size(), size.bytes - written));
        }
        const double target = double(size.bytes) / 4 + 16 * kMiB;
        for (const char *mode : {"multipart", "json"}) {
            QList<double> peaks, times;
            for (int rep = 0; rep < reps; ++rep) {
                QProcess process;
                process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
                process.start(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--child"), QLatin1String(mode), path, base.toString()});
                // The parent's loop serves the sink meanwhile.
                bench::spinUntil([&] { return process.state() == QProcess::NotRunning; }, 600000);
                const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
                if (fields.size() != 3 || fields.at(0) != "1") {
                    std::fprintf(stderr, "bench_upload: %s %s failed\n", mode, size.name);
                    break;
                }
                peaks.append(fields.at(1).toDouble());
                times.append(fields.at(2).toDouble());
            }
            const double peak = bench::median(peaks);
            const QByteArray name = QByteArray("7.upload.") + size.name + '.' + mode + ".peak";
            const bool streamed = qstrcmp(mode, "multipart") == 0;
            bench::report(name.constData(), peak / kMiB, "MiB",
                          streamed ? "<=file/4+16MiB" : "- (comparison)", peak / target,
                          streamed ? bench::verdict(peak <= target) : nullptr);
            const QByteArray timeName = QByteArray("7.upload.") + size.name + '.' + mode + ".time";
            bench::report(timeName.constData(), bench::median(times), "ms", "-");
        }
        QFile::remove(path);
    }
    return 0;
}
