// FileNameSanitizer (server file names made safe before they touch the disk), unique names in a folder, and
// the Content-Disposition parser that reads those names.
#include "net/ContentDisposition.h"
#include "net/FileNameSanitizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using osm::ContentDisposition;
using osm::FileNameSanitizer;

namespace {

bool isSafe(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > FileNameSanitizer::kMaxBytes)
        return false;
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.startsWith(QLatin1Char('.')))
        return false;
    for (const char32_t c : name.toUcs4()) {
        if (c < 0x20 || c == 0x7F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return false;
    }
    return QString::fromUtf8(name.toUtf8()) == name;
}

} // namespace

class TestFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("report.pdf") << QStringLiteral("report.pdf");
        QTest::newRow("chinese") << QStringLiteral("系统日志.log") << QStringLiteral("系统日志.log");
        QTest::newRow("relative traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("windows path")
            << QStringLiteral("C:\\Windows\\System32\\evil.dll") << QStringLiteral("evil.dll");
        QTest::newRow("dot dot only") << QStringLiteral("..") << QStringLiteral("fallback.bin");
        QTest::newRow("trailing separator") << QStringLiteral("a/b/") << QStringLiteral("b");
        QTest::newRow("nul") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b.txt"))
                             << QStringLiteral("ab.txt");
        QTest::newRow("controls") << QStringLiteral("a\tb\r\nc\x7f.txt") << QStringLiteral("abc.txt");
        QTest::newRow("rtl override")
            << QString::fromUtf8("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
        QTest::newRow("bidi isolates")
            << QString::fromUtf8("a\u2066b\u2069\u200F.txt") << QStringLiteral("ab.txt");
        QTest::newRow("windows forbidden")
            << QStringLiteral("a<b>c:d|e?f*g\"h.txt") << QStringLiteral("a_b_c_d_e_f_g_h.txt");
        QTest::newRow("CON.txt") << QStringLiteral("CON.txt") << QStringLiteral("_CON.txt");
        QTest::newRow("con") << QStringLiteral("con") << QStringLiteral("_con");
        QTest::newRow("nul.tar.gz") << QStringLiteral("nul.tar.gz") << QStringLiteral("_nul.tar.gz");
        QTest::newRow("COM1") << QStringLiteral("COM1.log") << QStringLiteral("_COM1.log");
        QTest::newRow("LPT9") << QStringLiteral("lpt9") << QStringLiteral("_lpt9");
        QTest::newRow("not a device") << QStringLiteral("CONSOLE.txt") << QStringLiteral("CONSOLE.txt");
        QTest::newRow("trailing dots and spaces")
            << QStringLiteral("name.txt. . ") << QStringLiteral("name.txt");
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("empty") << QString() << QStringLiteral("fallback.bin");
        QTest::newRow("only junk") << QStringLiteral("/../ . /") << QStringLiteral("fallback.bin");
    }

    void sanitize()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const QString name = FileNameSanitizer::sanitize(raw, QStringLiteral("fallback.bin"));
        QCOMPARE(name, expected);
        QVERIFY(isSafe(name));
    }

    void emptyFallbackIsDownload()
    {
        QCOMPARE(FileNameSanitizer::sanitize(QStringLiteral("../"), QStringLiteral("../..")),
                 QStringLiteral("download"));
    }

    void longNamesKeepTheirExtension()
    {
        const QString ascii = QString(300, QLatin1Char('a')) + QStringLiteral(".pdf");
        const QString cut = FileNameSanitizer::sanitize(ascii);
        QCOMPARE(cut.toUtf8().size(), 255);
        QVERIFY(cut.endsWith(QLatin1String(".pdf")));
        QVERIFY(isSafe(cut));

        // 3-byte characters: cut on a character boundary, never inside one.
        const QString cjk = QString(300, QChar(0x65E5)) + QStringLiteral(".log");
        const QString cutCjk = FileNameSanitizer::sanitize(cjk);
        QVERIFY(cutCjk.toUtf8().size() <= 255);
        QVERIFY(cutCjk.toUtf8().size() > 240);
        QVERIFY(cutCjk.endsWith(QLatin1String(".log")));
        QVERIFY(isSafe(cutCjk));

        // Astral characters (surrogate pairs) are not split either.
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUcs4(U"\U0001F600", 1);
        const QString cutEmoji = FileNameSanitizer::sanitize(emoji + QStringLiteral(".txt"));
        QVERIFY(isSafe(cutEmoji));
        QVERIFY(cutEmoji.endsWith(QLatin1String(".txt")));
    }

    // Found by fuzz/fuzz_filename: the cut to kMaxBytes drops trailing spaces and can leave a device name.
    void cuttingNeverLeavesADevice()
    {
        const QString spaces(300, QLatin1Char(' '));
        QCOMPARE(FileNameSanitizer::sanitize(QStringLiteral("CON") + spaces + QStringLiteral("x")),
                 QStringLiteral("_CON"));
        QCOMPARE(FileNameSanitizer::sanitize(QStringLiteral("aux") + spaces + QStringLiteral("y.txt")),
                 QStringLiteral("_aux.txt"));
        // A long device-named file is still cut to kMaxBytes once prefixed.
        const QString longDevice = FileNameSanitizer::sanitize(QStringLiteral("CON.") + QString(300, QLatin1Char('a')));
        QVERIFY(longDevice.startsWith(QLatin1String("_CON.")));
        QCOMPARE(longDevice.toUtf8().size(), 255);
    }

    void uniqueInFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(FileNameSanitizer::uniqueIn(dir.path(), QStringLiteral("a.txt")), QStringLiteral("a.txt"));
        auto touch = [&](const QString &name) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        };
        touch(QStringLiteral("a.txt"));
        QCOMPARE(FileNameSanitizer::uniqueIn(dir.path(), QStringLiteral("a.txt")),
                 QStringLiteral("a (1).txt"));
        touch(QStringLiteral("a (1).txt"));
        QCOMPARE(FileNameSanitizer::uniqueIn(dir.path(), QStringLiteral("a.txt")),
                 QStringLiteral("a (2).txt"));
        touch(QStringLiteral("README"));
        QCOMPARE(FileNameSanitizer::uniqueIn(dir.path(), QStringLiteral("README")),
                 QStringLiteral("README (1)"));

        const QString longName =
            FileNameSanitizer::sanitize(QString(300, QLatin1Char('b')) + QStringLiteral(".zip"));
        touch(longName);
        const QString next = FileNameSanitizer::uniqueIn(dir.path(), longName);
        QVERIFY(next != longName);
        QVERIFY(next.toUtf8().size() <= 255);
        QVERIFY(next.endsWith(QLatin1String(" (1).zip")));
    }

    void contentDisposition_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("quoted") << QByteArray("attachment; filename=\"a b.txt\"") << QByteArray("attachment")
                                << QStringLiteral("a b.txt");
        QTest::newRow("token") << QByteArray("inline; filename=plain.txt") << QByteArray("inline")
                               << QStringLiteral("plain.txt");
        QTest::newRow("type case") << QByteArray("ATTACHMENT; FILENAME=\"x.txt\"") << QByteArray("attachment")
                                   << QStringLiteral("x.txt");
        QTest::newRow("rfc5987")
            << QByteArray("attachment; filename*=UTF-8''%E7%B3%BB%E7%BB%9F%E6%97%A5%E5%BF%97.log")
            << QByteArray("attachment") << QStringLiteral("系统日志.log");
        QTest::newRow("extended wins, either order")
            << QByteArray("attachment; filename*=utf-8'en'%C3%A9t%C3%A9.txt; filename=\"ete.txt\"")
            << QByteArray("attachment") << QStringLiteral("été.txt");
        QTest::newRow("latin1") << QByteArray("attachment; filename*=ISO-8859-1''%E9t%E9.txt")
                                << QByteArray("attachment") << QStringLiteral("été.txt");
        QTest::newRow("bad extended falls back")
            << QByteArray("attachment; filename=\"ok.txt\"; filename*=UTF-8''%FF%FE.txt")
            << QByteArray("attachment") << QStringLiteral("ok.txt");
        QTest::newRow("unknown charset falls back")
            << QByteArray("attachment; filename=\"ok.txt\"; filename*=KOI8-R''x.txt")
            << QByteArray("attachment") << QStringLiteral("ok.txt");
        QTest::newRow("escaped quote") << QByteArray("attachment; filename=\"a\\\"b.txt\"")
                                       << QByteArray("attachment") << QStringLiteral("a\"b.txt");
        QTest::newRow("semicolon inside quotes") << QByteArray("attachment; filename=\"a;b.txt\"; size=3")
                                                 << QByteArray("attachment") << QStringLiteral("a;b.txt");
        QTest::newRow("raw utf-8 in quotes")
            << QByteArray("attachment; filename=\"\xE6\x97\xA5.txt\"") << QByteArray("attachment")
            << QString::fromUtf8("\xE6\x97\xA5.txt");
        QTest::newRow("form-data") << QByteArray("form-data; name=\"file\"; filename=\"test.jpg\"")
                                   << QByteArray("form-data") << QStringLiteral("test.jpg");
        QTest::newRow("no name") << QByteArray("attachment") << QByteArray("attachment") << QString();
        QTest::newRow("empty") << QByteArray() << QByteArray() << QString();
        // Hostile names come out as the server wrote them: the sanitiser's job (see sanitize()).
        QTest::newRow("traversal kept for the sanitiser")
            << QByteArray("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd") << QByteArray("attachment")
            << QStringLiteral("../../etc/passwd");
        QTest::newRow("nul kept for the sanitiser")
            << QByteArray("attachment; filename*=UTF-8''a%00b.txt") << QByteArray("attachment")
            << (QStringLiteral("a") + QChar(0) + QStringLiteral("b.txt"));
    }

    void contentDisposition()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, type);
        QFETCH(QString, fileName);
        const ContentDisposition parsed = ContentDisposition::parse(header);
        QCOMPARE(parsed.type, type);
        QCOMPARE(parsed.fileName(), fileName);
    }

    void formDataName()
    {
        const ContentDisposition parsed = ContentDisposition::parse("form-data; name=\"form_data\"");
        QCOMPARE(parsed.param("name"), QStringLiteral("form_data"));
        QVERIFY(!parsed.params.contains("filename"));
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
