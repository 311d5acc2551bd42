// Hostile server text (issue 9). The rich-text sanitiser against the corpus in tests/data/hostile/html (see the
// README there: KEEP survives, EVIL vanishes, only allow-listed markup remains and rendering fetches nothing),
// plus generated bodies: 10 MB, 100,000 nested tags, every byte value. And hostile attachment names saved
// through the case window's real save path (AttachmentsPanel → AttachmentDownloader → Download): every file
// lands inside the chosen folder, under a visible, safe name, each under its own name.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/Accessory.h"
#include "models/MessagePoller.h"
#include "models/MessageThreadModel.h"
#include "models/AttachmentListModel.h"
#include "net/ApiClient.h"
#include "net/FileNameSanitizer.h"
#include "text/RichTextSanitizer.h"
#include "widgets/AttachmentsPanel.h"
#include "windows/CaseWindow.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace osm;
using osm::ui::AttachmentsPanel;
using osm::ui::CaseWindow;
using osm::ui::RichTextSanitizer;

namespace {

const QString kCorpus = QStringLiteral(OSM_TEST_DATA_DIR "/hostile/html");

// A document that records every resource the renderer asks for (images, style sheets) and loads none.
class RecordingDocument : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int, const QUrl &name) override
    {
        requested.append(name);
        return {};
    }
};

QStringList matches(const QString &pattern, const QString &html)
{
    QStringList out;
    const QRegularExpression re(pattern);
    for (const QRegularExpressionMatch &m : re.globalMatch(html))
        out.append(m.captured(1).toLower());
    return out;
}

// Only allow-listed markup, no marker of what had to go, and nothing fetched when rendered.
void verifySafeOutput(const RichTextSanitizer::Output &out)
{
    static const QStringList tags{QStringLiteral("p"),  QStringLiteral("br"),    QStringLiteral("b"),     QStringLiteral("strong"),
                                  QStringLiteral("i"),  QStringLiteral("em"),    QStringLiteral("u"),     QStringLiteral("s"),
                                  QStringLiteral("ul"), QStringLiteral("ol"),    QStringLiteral("li"),    QStringLiteral("pre"),
                                  QStringLiteral("code"), QStringLiteral("blockquote"), QStringLiteral("a"), QStringLiteral("span"),
                                  QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tfoot"),
                                  QStringLiteral("tr"), QStringLiteral("th"),    QStringLiteral("td")};
    for (const QString &tag : matches(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"), out.html))
        QVERIFY2(tags.contains(tag), qPrintable(tag));
    for (const QString &attribute : matches(QStringLiteral("\\s([a-zA-Z-]+)\\s*="), out.html))
        QVERIFY2(attribute == u"href" || attribute == u"colspan" || attribute == u"rowspan", qPrintable(attribute));
    for (const QString &href : matches(QStringLiteral("href=\"([^\"]*)\""), out.html)) {
        QVERIFY2(href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1String("http://"))
                     || href.startsWith(QLatin1String("mailto:")),
                 qPrintable(href));
        for (const QChar c : href)
            QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, qPrintable(href)); // fully encoded: no bidi tricks
    }
    QVERIFY2(!out.html.contains(QLatin1String("EVIL")), qPrintable(out.html.left(2000)));
    QVERIFY2(!out.plainText.contains(QLatin1String("EVIL")), qPrintable(out.plainText.left(2000)));
    for (const QChar c : out.plainText) {
        const bool control = c.category() == QChar::Other_Control && c != u'\n' && c != u'\t' && c != u'\r';
        QVERIFY2(!control, qPrintable(QString::number(c.unicode(), 16)));
    }

    RecordingDocument document;
    document.setHtml(out.html);
    document.setTextWidth(600);
    QVERIFY(document.size().height() >= 0); // laid out: images would be loaded now
    QVERIFY2(document.requested.isEmpty(), qPrintable(document.requested.value(0).toString()));
}

// Laying out every code point makes the font machinery complain about each script it has no OpenType
// support for: noise, not a finding. Everything else goes to QtTest's handler.
QtMessageHandler g_qtTestHandler = nullptr;
void withoutFontNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.startsWith(QLatin1String("OpenType support missing")))
        g_qtTestHandler(type, context, message);
}

QString depthBomb(int depth, const QString &tag)
{
    QString html;
    html.reserve(depth * (tag.size() * 2 + 5) + 32);
    for (int i = 0; i < depth; ++i)
        html += QLatin1Char('<') + tag + QLatin1Char('>');
    html += QLatin1String("KEEP deep");
    for (int i = 0; i < depth; ++i)
        html += QLatin1String("</") + tag + QLatin1Char('>');
    return html;
}

// What a user sees of a name, and what a file system may refuse or misread.
void verifySafeName(const QString &name)
{
    QVERIFY(!name.isEmpty());
    QVERIFY2(name.toUtf8().size() <= FileNameSanitizer::kMaxBytes, qPrintable(name));
    QVERIFY2(!name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' ')),
             qPrintable(name));
    bool visible = false;
    for (const char32_t c : name.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        QVERIFY2(c >= 0x20 && !(c >= 0x7f && c <= 0x9f), qPrintable(name));
        QVERIFY2(!QStringLiteral("/\\<>:\"|?*").contains(QChar(char16_t(c < 0x10000 ? c : 0))), qPrintable(name));
        // Bidi overrides and other invisible formatting (zero-width space, BOM) let a name pose as another.
        QVERIFY2(category != QChar::Other_Format || c == 0x200C || c == 0x200D, qPrintable(QString::number(c, 16)));
        QVERIFY2(category != QChar::Separator_Line && category != QChar::Separator_Paragraph, qPrintable(name));
        visible = visible
                  || (category != QChar::Other_Format && category != QChar::Separator_Space && c != U'.' && c != U'_');
    }
    QVERIFY2(visible, qPrintable(name));
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!device.match(name.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch(), qPrintable(name));
}

const QStringList &hostileNames()
{
    static const QStringList names{
        QStringLiteral("../../evil.sh"),
        QStringLiteral("..\\..\\evil.bat"),
        QStringLiteral("/etc/passwd"),
        QStringLiteral("C:\\Windows\\System32\\drivers\\etc\\hosts"),
        QStringLiteral("\\\\server\\share\\unc.txt"),
        QStringLiteral("~/.ssh/authorized_keys"),
        QString::fromUtf16(u"nul\0inside.txt", 14),
        QStringLiteral("line\nbreak\r.txt"),
        QStringLiteral("tab\there.txt"),
        QStringLiteral("\x1b[31mred.txt"),
        QStringLiteral("CON"),
        QStringLiteral("con.txt"),
        QStringLiteral("NUL.tar.gz"),
        QStringLiteral("COM1"),
        QStringLiteral("lpt9 .log"),
        QStringLiteral("aux"),
        QString(300, QLatin1Char('a')) + QStringLiteral(".txt"),
        QString(200, QChar(0x4e2d)) + QStringLiteral(".pdf"),
        QStringLiteral("CON") + QString(300, QLatin1Char(' ')) + QStringLiteral("x"),
        QString::fromUtf16(u"invoice\u202Etxt.exe"),
        QString::fromUtf16(u"\u202Ereadme.txt"),
        QString::fromUtf16(u"\u2067photo\u2069.jpg"),
        QString::fromUtf16(u"zero\u200Bwidth.txt"),
        QString::fromUtf16(u"\u200B\u200B\u200B"),
        QString::fromUtf16(u"\uFEFFbom.txt"),
        QString::fromUtf16(u"para\u2029graph.txt"),
        QStringLiteral(".bashrc"),
        QStringLiteral("."),
        QStringLiteral(".."),
        QStringLiteral("..."),
        QString(),
        QStringLiteral("   "),
        QStringLiteral("trailing dot."),
        QStringLiteral("trailing space "),
        QStringLiteral("<>:\"|?*.txt"),
        QStringLiteral("report.txt"),
        QStringLiteral("report.txt"),
        QStringLiteral("sub/report.txt"),
        QStringLiteral("report.txt "),
        QStringLiteral(".report.txt"),
    };
    return names;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_hostileinput"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        g_qtTestHandler = qInstallMessageHandler(withoutFontNoise);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(kCorpus).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QDir(kCorpus).filePath(file);
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray bytes = input.readAll();
        const RichTextSanitizer::Output out = RichTextSanitizer::sanitizeHtml(bytes);
        verifySafeOutput(out);
        // Every KEEP word of the source is shown.
        const QStringList keep = matches(QStringLiteral("(KEEP\\d*)"), QString::fromUtf8(bytes));
        QVERIFY(!keep.isEmpty());
        for (const QString &word : keep)
            QVERIFY2(out.plainText.contains(word.toUpper()), qPrintable(word.toUpper() + QLatin1String(" in ") + out.plainText));
        QVERIFY(!out.truncated);
        // The message path (sanitizeMessage) sees the same: every file carries the osm-rich-text wrapper.
        QCOMPARE(RichTextSanitizer::sanitizeMessage(QString::fromUtf8(bytes)).html, out.html);
    }

    void generated_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<bool>("keep"); // the KEEP word is within the part that is shown
        // Within the input cap (kMaxInputChars), so that the whole depth reaches the serializer...
        QTest::newRow("20000 nested div") << depthBomb(20000, QStringLiteral("div")) << false << true;
        QTest::newRow("30000 nested b") << depthBomb(30000, QStringLiteral("b")) << false << true;
        QTest::newRow("7000 nested a") << QStringLiteral("<a href=\"https://example.com/\">").repeated(7000)
                                                  + QStringLiteral("KEEP deep")
                                           << false << true;
        QTest::newRow("20000 nested svg") << QStringLiteral("<p>KEEP</p>") + depthBomb(20000, QStringLiteral("svg")).replace(QLatin1String("KEEP deep"), QLatin1String("EVIL"))
                                          << false << true;
        QTest::newRow("15000 unclosed td") << QStringLiteral("<table><tr><td>").repeated(15000) + QStringLiteral("KEEP")
                                           << false << true;
        // ...and beyond it: cut first, then sanitised.
        QTest::newRow("100000 nested div") << depthBomb(100000, QStringLiteral("div")) << true << false;
        QTest::newRow("100000 nested svg") << depthBomb(100000, QStringLiteral("svg")).replace(QLatin1String("KEEP deep"), QLatin1String("EVIL"))
                                           << true << false;
        QTest::newRow("10 MB of text") << QStringLiteral("<p>KEEP ") + QString(10 * 1024 * 1024, QLatin1Char('x')) << true << true;
        QTest::newRow("10 MB of tags") << QStringLiteral("<p>KEEP</p>") + QStringLiteral("<b>x</b>").repeated(10 * 1024 * 1024 / 8)
                                       << true << true;
        QTest::newRow("10 MB of scripts") << QStringLiteral("<p>KEEP</p>")
                                                  + QStringLiteral("<script>EVIL</script>").repeated(10 * 1024 * 1024 / 21)
                                          << true << true;
        QTest::newRow("10 MB inside one attribute") << QStringLiteral("<p>KEEP</p><a href=\"javascript:") + QString(10 << 20, QLatin1Char('E'))
                                                    << true << true;
        QString everyUnit;
        for (int i = 0; i < 0x10000; ++i)
            everyUnit += QChar(char16_t(i));
        QTest::newRow("every UTF-16 unit") << QStringLiteral("<p>KEEP</p>") + everyUnit << false << true;
    }

    void generated()
    {
        QFETCH(QString, html);
        QFETCH(bool, truncated);
        QFETCH(bool, keep);
        QElapsedTimer timer;
        timer.start();
        const RichTextSanitizer::Output out = RichTextSanitizer::sanitizeHtml(html);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(out.truncated, truncated);
        QVERIFY(out.html.size() <= 4 * RichTextSanitizer::kMaxInputChars);
        if (keep)
            QVERIFY2(out.plainText.contains(QLatin1String("KEEP")), qPrintable(out.plainText.left(200)));
        verifySafeOutput(out);
    }

    void invalidUtf8Bytes()
    {
        // Every byte value, and overlong, surrogate and out-of-range sequences: U+FFFD or nothing, never a crash.
        QByteArray bytes = "<p>KEEP</p><p>";
        for (int i = 0; i < 256; ++i)
            bytes += char(i);
        bytes += "\xc0\xaf \xe0\x80\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xf8\x88\x80\x80\x80 \xc3";
        const RichTextSanitizer::Output out = RichTextSanitizer::sanitizeHtml(bytes);
        verifySafeOutput(out);
        QVERIFY(out.plainText.contains(QLatin1String("KEEP")));
        QVERIFY(out.plainText.contains(QChar(0xfffd)));
    }

    void hostileFileNames_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < hostileNames().size(); ++i) {
            QString label = hostileNames().at(i).left(40);
            for (QChar &c : label) {
                if (c.unicode() < 0x20 || c.category() == QChar::Other_Format)
                    c = QLatin1Char('?');
            }
            QTest::addRow("%d %s", int(i), qPrintable(label)) << int(i);
        }
    }

    void hostileFileNames()
    {
        // The sanitiser alone: a safe, visible name; also when the folder already holds it (uniqueIn).
        QFETCH(int, index);
        const QString safe = FileNameSanitizer::sanitize(hostileNames().at(index));
        verifySafeName(safe);
        QTemporaryDir folder;
        QFile existing(QDir(folder.path()).filePath(safe));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        const QString other = FileNameSanitizer::uniqueIn(folder.path(), safe);
        QVERIFY(other != safe);
        verifySafeName(other);
    }

    void saveAllPutsEveryFileInsideTheFolder()
    {
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);

        QString caseId;
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1) {
                caseId = c.incidentId;
                break;
            }
        }
        QVERIFY(!caseId.isEmpty());
        // One support message carrying every hostile name (each a file of its own size, to tell them apart).
        sim::MessageRecord message;
        message.caseId = caseId;
        message.type = 1;
        message.replierType = 1;
        message.replier = QStringLiteral("engineer-1");
        message.replierName = QStringLiteral("Support");
        message.content = QStringLiteral("<div class=\"osm-rich-text\">Files.</div>");
        message.createTimeMs = QDateTime::currentMSecsSinceEpoch();
        QStringList ids;
        for (qsizetype i = 0; i < hostileNames().size(); ++i) {
            const QString id = m_server->dataSet().newId();
            message.accessories.append(sim::Accessory{id, hostileNames().at(i), 100 + i});
            ids.append(id);
        }
        m_server->dataSet().addMessage(message);

        auto window = std::make_unique<CaseWindow>(m_client.get(), caseId);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->poller()->setIntervals(30, 120);
        window->threadModel()->setPageSize(100);
        window->threadModel()->reload();
        AttachmentsPanel *panel = window->attachmentsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOfAccessory(ids.last()) >= 0, 20000);

        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("chosen/folder"));
        QVERIFY(QDir().mkpath(folder));
        panel->setFolderChooser([folder] { return folder; });
        QSignalSpy saved(panel, &AttachmentsPanel::filesSaved);
        panel->saveAll();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() == 1, 60000);
        const QStringList paths = saved.first().first().toStringList();
        QCOMPARE(paths.size(), hostileNames().size()); // every one saved, none lost to a collision

        const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
        QSet<QString> names;
        QSet<qint64> sizes;
        for (const QString &path : paths) {
            const QFileInfo info(path);
            QVERIFY2(info.exists(), qPrintable(path));
            QCOMPARE(QFileInfo(info.canonicalPath()).canonicalFilePath(), canonicalFolder);
            verifySafeName(info.fileName());
            names.insert(info.fileName());
            sizes.insert(info.size());
        }
        QCOMPARE(names.size(), paths.size()); // distinct names
        QCOMPARE(sizes.size(), paths.size()); // and each is the file it claims to be
        // Nothing anywhere else under the temporary root.
        QDirIterator everything(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        int files = 0;
        while (everything.hasNext()) {
            const QString path = everything.next();
            QCOMPARE(QFileInfo(QFileInfo(path).canonicalPath()).canonicalFilePath(), canonicalFolder);
            ++files;
        }
        QCOMPARE(files, paths.size());

        window.reset();
        m_client.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
