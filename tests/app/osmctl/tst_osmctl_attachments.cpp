// osmctl attachments: upload (multipart and --base64), download (--dir, --output, several as an archive),
// image, delete, limits, urls — end to end against the simulator.

#include "OsmctlTestSupport.h"

#include "api/Attachments.h"
#include "data/AccessoryStore.h"

#include <QDir>
#include <QFile>

using namespace osmtest;

class TstOsmctlAttachments : public QObject
{
    Q_OBJECT

    static osm::sim::AccessoryStore &store(CtlFixture &fx) { return osm::sim::AccessoryStore::of(fx.server); }

    static QString uploaded(CtlFixture &fx, const QString &name, const QByteArray &content)
    {
        return store(fx).add(demoDomain(), name, QStringLiteral("message"), 0, content).id;
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    // A seeded attachment of a message of the demo account, with this extension.
    static osm::sim::Accessory seeded(CtlFixture &fx, const QString &extension)
    {
        for (const osm::sim::MessageRecord &m : fx.server.dataSet().allMessages()) {
            const osm::sim::CaseRecord *c = fx.server.dataSet().findCase(m.caseId);
            if (!c || c->customerId != demoDomain())
                continue;
            for (const osm::sim::Accessory &a : m.accessories) {
                if (a.name.endsWith(extension))
                    return a;
            }
        }
        return {};
    }

private Q_SLOTS:
    void uploadMultipart()
    {
        CtlFixture fx;
        QTemporaryDir in;
        const QByteArray content = QByteArray("line of the log\n").repeated(500);
        const QString path = writeFile(in, QStringLiteral("system.log"), content);
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("upload"),
                                   QStringLiteral("--file"), path, QStringLiteral("--accessory-from"), QStringLiteral("message")});
        OSMCTL_VERIFY_OK(run);
        QVERIFY2(run.err.isEmpty(), run.err.constData()); // no progress: stderr is not a terminal
        const osm::sim::RecordedRequest request = fx.osmRequests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/accessorys"));
        QVERIFY(request.header("Content-Type").startsWith("multipart/form-data; boundary="));
        QVERIFY(request.body.contains("name=\"file\"; filename=\"system.log\""));
        QVERIFY(request.body.contains(content));
        osm::api::UploadAccessoryParams p;
        p.filePath = path;
        p.accessoryFrom = QStringLiteral("message");
        QVERIFY(request.body.contains(p.formData())); // {"fileName":"system.log","accessoryFrom":"message","uploadType":0}

        const QString id = run.json().value(QLatin1String("accessory_id")).toString();
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("accessory_id"), id}}));
        const auto stored = store(fx).find(fx.server.dataSet(), demoDomain(), id);
        QVERIFY(stored);
        QCOMPARE(stored->content, content);
        QCOMPARE(stored->name, QStringLiteral("system.log"));
        QCOMPARE(stored->from, QStringLiteral("message"));

        // A chosen name and markdown mode; the readable view prints the id.
        const CtlRun named = fx.run({QStringLiteral("attachments"), QStringLiteral("upload"), QStringLiteral("--file"), path,
                                     QStringLiteral("--file-name"), QStringLiteral("日志.txt"), QStringLiteral("--upload-type"),
                                     QStringLiteral("1")});
        OSMCTL_VERIFY_OK(named);
        QVERIFY(named.outText().startsWith(QLatin1String("accessory_id: ")));
        QVERIFY(fx.osmRequests().last().body.contains(
            QByteArray("{\"accessoryFrom\":\"incident\",\"fileName\":\"日志.txt\",\"uploadType\":1}")));
    }

    void uploadBase64()
    {
        CtlFixture fx;
        QTemporaryDir in;
        const QByteArray content("\x89PNG\r\n\x1a\n not really", 20);
        const QString path = writeFile(in, QStringLiteral("shot.png"), content);
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("upload"),
                                   QStringLiteral("--file"), path, QStringLiteral("--base64")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/accessorys/json-format-content"));
        // upload_type only when given.
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("accessory_name"), QStringLiteral("shot.png")},
                                             {QStringLiteral("accessory_from"), QStringLiteral("incident")},
                                             {QStringLiteral("accessory_data"), QString::fromLatin1(content.toBase64())}}));
        const QString id = run.json().value(QLatin1String("accessory_id")).toString();
        const auto stored = store(fx).find(fx.server.dataSet(), demoDomain(), id);
        QVERIFY(stored);
        QCOMPARE(stored->content, content);

        const CtlRun typed = fx.run({QStringLiteral("attachments"), QStringLiteral("upload"), QStringLiteral("--file"), path,
                                     QStringLiteral("--base64"), QStringLiteral("--upload-type"), QStringLiteral("0")});
        OSMCTL_VERIFY_OK(typed);
        QCOMPARE(fx.lastBody().value(QLatin1String("upload_type")), QJsonValue(0));
    }

    void uploadRefused()
    {
        CtlFixture fx;
        QTemporaryDir in;
        const QString path = writeFile(in, QStringLiteral("a.txt"), "a");
        const qsizetype before = fx.server.requests().size();
        CtlRun run = fx.run({QStringLiteral("attachments"), QStringLiteral("upload"), QStringLiteral("--file"),
                             in.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --file)")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("upload"), QStringLiteral("--file"), path,
                      QStringLiteral("--accessory-from"), QStringLiteral("case")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --accessory-from)")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("upload"), QStringLiteral("--file"), path,
                      QStringLiteral("--base64"), QStringLiteral("--upload-type"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --upload-type)")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);

        // A type the limits do not allow: the service's business error.
        const QString exe = writeFile(in, QStringLiteral("tool.exe"), "MZ");
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("upload"), QStringLiteral("--file"), exe});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.")), qPrintable(run.errText()));
    }

    void downloadToFolderAndFile()
    {
        CtlFixture fx;
        QTemporaryDir out;
        const QByteArray content = QByteArray("日志内容\n").repeated(100);
        const QString id = uploaded(fx, QStringLiteral("系统日志.log"), content);
        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("download"),
                             QStringLiteral("--accessory-id"), id, QStringLiteral("--group-id"), QStringLiteral("g1"),
                             QStringLiteral("--dir"), out.path()});
        OSMCTL_VERIFY_OK(run);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/accessory/") + id);
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("group_id"), QStringLiteral("g1")}}));
        const QString saved = out.filePath(QStringLiteral("系统日志.log"));
        QCOMPARE(contentOf(saved), content);
        QCOMPARE(run.json().value(QLatin1String("file")).toString(), saved);
        QCOMPARE(run.json().value(QLatin1String("server_file_name")).toString(), QStringLiteral("系统日志.log"));
        QCOMPARE(run.json().value(QLatin1String("size")).toInteger(), qint64(content.size()));

        // Again into the same folder: a new name next to the first, never replaced.
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("download"), QStringLiteral("--accessory-id"), id,
                      QStringLiteral("--dir"), out.path()});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(filesIn(out.path()), (QStringList{QStringLiteral("系统日志 (1).log"), QStringLiteral("系统日志.log")}));

        // --output: exactly that file, replaced if it exists.
        const QString chosen = out.filePath(QStringLiteral("mine.txt"));
        QFile old(chosen);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
        old.close();
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("download"), QStringLiteral("--accessory-id"), id,
                      QStringLiteral("--output"), chosen});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(contentOf(chosen), content);
        QCOMPARE(filesIn(out.path()).size(), 3);
    }

    void downloadSeveralIsOneArchive()
    {
        CtlFixture fx;
        QTemporaryDir out;
        const QString a = uploaded(fx, QStringLiteral("a.txt"), "first");
        const QString b = uploaded(fx, QStringLiteral("b.txt"), "second");
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("download"),
                                   QStringLiteral("--accessory-id"), a, QStringLiteral("--accessory-id"), b,
                                   QStringLiteral("--dir"), out.path()});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/accessory/%1,%2").arg(a, b));
        QCOMPARE(run.json().value(QLatin1String("content_type")).toString(), QStringLiteral("application/zip"));
        const QString file = run.json().value(QLatin1String("file")).toString();
        QVERIFY(file.endsWith(QLatin1String(".zip")));
        QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(out.path()).absoluteFilePath());
        const QByteArray zip = contentOf(file);
        QVERIFY(zip.startsWith("PK"));
        QVERIFY(zip.contains("a.txt") && zip.contains("b.txt"));
    }

    void hostileServerNameStaysInTheFolder()
    {
        CtlFixture fx;
        QTemporaryDir out;
        QDir(out.path()).mkdir(QStringLiteral("inner"));
        const QString inner = out.filePath(QStringLiteral("inner"));
        const QString id = uploaded(fx, QStringLiteral("../../.profile.txt"), "payload");
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("download"),
                                   QStringLiteral("--accessory-id"), id, QStringLiteral("--dir"), inner});
        OSMCTL_VERIFY_OK(run);
        // The core's FileNameSanitizer: the last component, no leading dot, in the chosen folder only.
        QCOMPARE(filesIn(inner), QStringList{QStringLiteral("profile.txt")});
        QCOMPARE(filesIn(out.path()), QStringList{});
        QCOMPARE(run.json().value(QLatin1String("file_name")).toString(), QStringLiteral("profile.txt"));
        QCOMPARE(contentOf(QDir(inner).filePath(QStringLiteral("profile.txt"))), QByteArray("payload"));
    }

    void downloadErrors()
    {
        CtlFixture fx;
        QTemporaryDir out;
        const qsizetype before = fx.server.requests().size();
        CtlRun run = fx.run({QStringLiteral("attachments"), QStringLiteral("download"), QStringLiteral("--accessory-id"),
                             QStringLiteral("x"), QStringLiteral("--output"), out.filePath(QStringLiteral("f")),
                             QStringLiteral("--dir"), out.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --output)")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("download"), QStringLiteral("--accessory-id"),
                      QString(33, QLatin1Char('a')), QStringLiteral("--dir"), out.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --accessory-id)")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("download"), QStringLiteral("--dir"), out.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--accessory-id")), qPrintable(run.errText()));
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("download"), QStringLiteral("--accessory-id"),
                      QStringLiteral("x"), QStringLiteral("--dir"), out.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --dir)")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);

        // An unknown attachment: the service's error, nothing written.
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("download"), QStringLiteral("--accessory-id"),
                      QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("--dir"), out.path()});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(filesIn(out.path()), QStringList{});
    }

    void image()
    {
        CtlFixture fx;
        QTemporaryDir out;
        const osm::sim::Accessory png = seeded(fx, QStringLiteral(".png"));
        QVERIFY(!png.id.isEmpty());
        const QString file = out.filePath(QStringLiteral("shown.png"));
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("image"),
                                   QStringLiteral("--accessory-id"), png.id, QStringLiteral("--output"), file});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/accessory/%1/image").arg(png.id));
        const QByteArray content = contentOf(file);
        QCOMPARE(qint64(content.size()), png.size);
        QVERIFY(content.startsWith("\x89PNG"));
        QCOMPARE(run.json().value(QLatin1String("file")).toString(), file);
        QVERIFY(run.json().value(QLatin1String("content_type")).toString().startsWith(QLatin1String("image/png")));
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("shown.png")});
    }

    void deleteUpload()
    {
        CtlFixture fx;
        const QString id = uploaded(fx, QStringLiteral("a.txt"), "a");
        CtlRun run = fx.run({QStringLiteral("attachments"), QStringLiteral("delete"), QStringLiteral("--accessory-id"), id});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The attachment was deleted.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("DELETE"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/accessory/") + id);
        QVERIFY(fx.osmRequests().last().body.isEmpty());
        QVERIFY(!store(fx).find(fx.server.dataSet(), demoDomain(), id));

        // Gone: the service's error (exit 3, its code in --json).
        run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("delete"), QStringLiteral("--accessory-id"), id});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.json().value(QLatin1String("error")).toObject().value(QLatin1String("error_code")).toString().isEmpty());
        run = fx.run({QStringLiteral("attachments"), QStringLiteral("delete"), QStringLiteral("--accessory-id"), QString(33, QLatin1Char('a'))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --accessory-id)")), qPrintable(run.errText()));
    }

    void limits()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("limits")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/accessorylimits"));
        const auto expected = fx.core<osm::AccessoryLimits>([](osm::ApiClient &c) { return osm::api::showAccessoryLimits(c); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(expected->limitCount, store(fx).limits().count);
        QCOMPARE(expected->limitSizeMb, store(fx).limits().sizeMb);
    }

    void urls()
    {
        CtlFixture fx;
        const QString a = uploaded(fx, QStringLiteral("a.txt"), "a");
        const QString b = uploaded(fx, QStringLiteral("b.txt"), "b");
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("urls"),
                                   QStringLiteral("--accessory-ids"), a, QStringLiteral("--accessory-ids"), b});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/accessorys/access-urls"));
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("accessory_ids")), (QStringList{a, b}));
        const QJsonArray links = run.json().value(QLatin1String("accessory_urls")).toArray();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).toObject().value(QLatin1String("accessory_id")).toString(), a);
        QVERIFY(links.at(0).toObject().value(QLatin1String("accessory_url")).toString().startsWith(QLatin1String("http")));
        // Same shape as the core's answer (the links are signed with the time, so compared by id and name).
        osm::api::AccessoryAccessUrlsParams p;
        p.accessoryIds = {a, b};
        const auto expected = fx.core<osm::AccessoryUrlList>([&](osm::ApiClient &c) { return osm::api::listAccessoryAccessUrls(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(expected->accessoryUrls.size(), 2);
        QCOMPARE(links.at(1).toObject().value(QLatin1String("accessory_name")).toString(), expected->accessoryUrls.at(1).fileActualName);

        const CtlRun none = fx.run({QStringLiteral("attachments"), QStringLiteral("urls")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.errText().contains(QLatin1String("--accessory-ids")));
    }

    void helpListsTheCommands()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("attachments"), QStringLiteral("--help")});
        OSMCTL_VERIFY_OK(run);
        for (const char *command : {"upload", "download", "image", "delete", "limits", "urls"})
            QVERIFY2(run.outText().contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
        const CtlRun top = fx.run({QStringLiteral("--help")});
        QVERIFY(top.outText().contains(QLatin1String("\n  attachments ")));
    }
};

QTEST_GUILESS_MAIN(TstOsmctlAttachments)
#include "tst_osmctl_attachments.moc"
