// The rich-text sanitiser against hostile input: what comes out never carries scripts, styles, event
// handlers, remote images or dangerous links, and still carries the text a reader should see.
#include "text/RichTextSanitizer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using osm::ui::RichTextSanitizer;

namespace {

// Every tag name and attribute name the output contains.
QStringList tagsOf(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>"));
    QStringList out;
    for (const QRegularExpressionMatch &m : tag.globalMatch(html))
        out.append(m.captured(1).toLower());
    return out;
}

QStringList attributesOf(const QString &html)
{
    static const QRegularExpression attribute(QStringLiteral("\\s([a-zA-Z-]+)\\s*="));
    QStringList out;
    for (const QRegularExpressionMatch &m : attribute.globalMatch(html))
        out.append(m.captured(1).toLower());
    return out;
}

// Nothing outside the allow-list, and what QTextDocument makes of it has the expected text.
void verifySafe(const RichTextSanitizer::Output &out)
{
    static const QStringList allowed{QStringLiteral("p"),     QStringLiteral("br"),    QStringLiteral("b"),
                                     QStringLiteral("strong"), QStringLiteral("i"),    QStringLiteral("em"),
                                     QStringLiteral("u"),     QStringLiteral("s"),     QStringLiteral("ul"),
                                     QStringLiteral("ol"),    QStringLiteral("li"),    QStringLiteral("pre"),
                                     QStringLiteral("code"),  QStringLiteral("blockquote"), QStringLiteral("a"),
                                     QStringLiteral("span"),  QStringLiteral("table"), QStringLiteral("thead"),
                                     QStringLiteral("tbody"), QStringLiteral("tfoot"), QStringLiteral("tr"),
                                     QStringLiteral("th"),    QStringLiteral("td")};
    const QStringList tags = tagsOf(out.html);
    for (const QString &tag : tags)
        QVERIFY2(allowed.contains(tag), qPrintable(tag));
    const QStringList attributes = attributesOf(out.html);
    for (const QString &attribute : attributes) {
        QVERIFY2(attribute == u"href" || attribute == u"colspan" || attribute == u"rowspan", qPrintable(attribute));
    }
    const QString lower = out.html.toLower();
    for (const char *bad : {"javascript:", "data:", "vbscript:", "file:", "<script", "<style", "<img", "<iframe",
                            "style=", "onerror", "onclick", "onload", "<object", "<embed", "<form", "<svg"}) {
        QVERIFY2(!lower.contains(QLatin1String(bad)), bad);
    }
}

} // namespace

class TestRichTextSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheSimulatorsMarkup()
    {
        const QString in = QStringLiteral("<div class=\"osm-rich-text\"><p>Hello &amp; welcome</p><p>line 2 &lt;b&gt;</p></div>");
        QVERIFY(RichTextSanitizer::isRichText(in));
        const auto out = RichTextSanitizer::sanitizeMessage(in);
        verifySafe(out);
        QCOMPARE(out.plainText, QStringLiteral("Hello & welcome\nline 2 <b>"));
        QVERIFY(out.html.contains(QStringLiteral("<p>Hello &amp; welcome</p>")));
        QVERIFY(!out.html.contains(QStringLiteral("class")));
        QTextDocument doc;
        doc.setHtml(out.html);
        QCOMPARE(doc.toPlainText(), QStringLiteral("Hello & welcome\nline 2 <b>"));
    }

    void plainTextIsEscaped()
    {
        const auto out = RichTextSanitizer::sanitizeMessage(QStringLiteral("a < b\n<script>alert(1)</script>"));
        QVERIFY(!RichTextSanitizer::isRichText(QStringLiteral("a < b")));
        verifySafe(out);
        QCOMPARE(out.plainText, QStringLiteral("a < b\n<script>alert(1)</script>"));
        QTextDocument doc;
        doc.setHtml(out.html);
        QCOMPARE(doc.toPlainText(), out.plainText);
    }

    void allowedFormattingSurvives()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(QStringLiteral(
            "<p><b>bold</b> <strong>strong</strong> <i>it</i> <em>em</em> <u>u</u> <code>c</code></p>"
            "<ul><li>one<li>two</ul><ol><li>x</li></ol><pre>  keep   spaces</pre><blockquote>q</blockquote>"
            "<table><tr><th colspan=\"2\" style=\"x\">h</th></tr><tr><td>1</td><td>2</td></tr></table>"
            "<span class=\"c\" style=\"color:red\">span</span>"));
        verifySafe(out);
        for (const char *tag : {"<b>bold</b>", "<strong>strong</strong>", "<i>it</i>", "<em>em</em>", "<u>u</u>",
                                "<code>c</code>", "<li>one</li><li>two</li>", "<pre>  keep   spaces</pre>",
                                "<blockquote>q</blockquote>", "<th colspan=\"2\">h</th>", "<span>span</span>"}) {
            QVERIFY2(out.html.contains(QLatin1String(tag)), tag);
        }
    }

    void scriptsAndStylesGoWithTheirContent()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(QStringLiteral(
            "<p>before</p><script>alert('x')</script><SCRIPT type=x>document.cookie</SCRIPT >"
            "<style>p{display:none}</style><iframe src=\"https://evil.example\">frame text</iframe>"
            "<object data=\"x.swf\"><p>fallback</p></object><embed src=\"x\"><form action=\"https://evil.example\">"
            "<input name=\"password\"><button>Log in</button></form><svg><script>x</script></svg><p>after</p>"));
        verifySafe(out);
        QCOMPARE(out.plainText, QStringLiteral("before\nafter"));
        QVERIFY(!out.html.contains(QStringLiteral("alert")));
        QVERIFY(!out.html.contains(QStringLiteral("cookie")));
        QVERIFY(!out.html.contains(QStringLiteral("Log in")));
    }

    void unclosedScriptSwallowsTheRest()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(QStringLiteral("<p>visible</p><script><p>not markup</p>"));
        verifySafe(out);
        QCOMPARE(out.plainText, QStringLiteral("visible"));
    }

    void dangerousLinksLoseTheirTarget_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("javascript") << QStringLiteral("<a href=\"javascript:alert(1)\">click me</a>");
        QTest::newRow("upper case") << QStringLiteral("<a href=\"JaVaScRiPt:alert(1)\">click me</a>");
        QTest::newRow("entity") << QStringLiteral("<a href=\"jav&#x61;script:alert(1)\">click me</a>");
        QTest::newRow("entity no semicolon") << QStringLiteral("<a href=\"jav&#x61script:alert(1)\">click me</a>");
        QTest::newRow("decimal entity") << QStringLiteral("<a href=\"&#106;avascript:alert(1)\">click me</a>");
        QTest::newRow("tab inside") << QStringLiteral("<a href=\"java\tscript:alert(1)\">click me</a>");
        QTest::newRow("entity tab") << QStringLiteral("<a href=\"java&Tab;script:alert(1)\">click me</a>");
        QTest::newRow("leading space") << QStringLiteral("<a href=\"  javascript:alert(1)\">click me</a>");
        QTest::newRow("nul") << QStringLiteral("<a href=\"java&#0;script:alert(1)\">click me</a>");
        QTest::newRow("colon entity") << QStringLiteral("<a href=\"javascript&colon;alert(1)\">click me</a>");
        QTest::newRow("data") << QStringLiteral("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">click me</a>");
        QTest::newRow("vbscript") << QStringLiteral("<a href='vbscript:msgbox'>click me</a>");
        QTest::newRow("file") << QStringLiteral("<a href=file:///etc/passwd>click me</a>");
        QTest::newRow("relative") << QStringLiteral("<a href=\"/settings\">click me</a>");
        QTest::newRow("no host") << QStringLiteral("<a href=\"http:///x\">click me</a>");
    }

    void dangerousLinksLoseTheirTarget()
    {
        QFETCH(QString, html);
        const auto out = RichTextSanitizer::sanitizeHtml(html);
        verifySafe(out);
        QVERIFY2(!out.html.contains(QStringLiteral("<a")), qPrintable(out.html));
        QCOMPARE(out.plainText, QStringLiteral("click me"));
    }

    void safeLinksShowTheirRealTarget()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(QStringLiteral(
            "<p><a href=\"https://real.example/path?q=1\" onclick=\"steal()\" target=\"_blank\">your bank</a> "
            "<a href=\"https://same.example/\">https://same.example/</a> <a href=\"mailto:help@example.com\">help@example.com</a></p>"));
        verifySafe(out);
        QVERIFY(out.html.contains(QStringLiteral("<a href=\"https://real.example/path?q=1\">your bank</a> (https://real.example/path?q=1)")));
        QCOMPARE(out.plainText, QStringLiteral("your bank (https://real.example/path?q=1) https://same.example/ help@example.com"));
        QTextDocument doc;
        doc.setHtml(out.html);
        QVERIFY(doc.toPlainText().contains(QStringLiteral("your bank (https://real.example/path?q=1)")));
        // Look-alike hosts are shown in their encoded form.
        const auto idn = RichTextSanitizer::sanitizeHtml(QStringLiteral("<a href=\"https://аpple.example/\">apple</a>"));
        QVERIFY2(idn.plainText.contains(QStringLiteral("xn--")), qPrintable(idn.plainText));
        QVERIFY(RichTextSanitizer::isSafeLinkTarget(QStringLiteral("https://x.example")));
        QVERIFY(!RichTextSanitizer::isSafeLinkTarget(QStringLiteral("javascript:alert(1)")));
    }

    void nestedLinksAreUnnested()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(
            QStringLiteral("<a href=\"https://a.example/\">a<a href=\"https://b.example/\">b</a></a>"));
        verifySafe(out);
        QCOMPARE(out.html.count(QStringLiteral("<a ")), 2);
        QCOMPARE(out.plainText, QStringLiteral("a (https://a.example/)b (https://b.example/)"));
    }

    void remoteImagesBecomeTheirAltText()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(QStringLiteral(
            "<p>see <img src=\"https://tracker.example/pixel.gif\" alt=\"diagram\" onerror=\"alert(1)\">"
            "<img src=x onerror=alert(1)><IMG SRC=\"data:image/png;base64,AAAA\"></p>"));
        verifySafe(out);
        QCOMPARE(out.plainText, QStringLiteral("see [diagram]"));
        QVERIFY(!out.html.contains(QStringLiteral("tracker")));
    }

    void eventAttributesAndStylesAreDropped()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(QStringLiteral(
            "<p onclick=\"alert(1)\" onmouseover='x'>click</p>"
            "<div style=\"display:none\">hidden text shows</div>"
            "<span style=\"position:absolute;top:0;left:0;width:100%;height:100%;background:white\">overlay</span>"
            "<p style=\"color:#fff;font-size:0\">tiny</p><b/onclick=alert(1)>slash</b>"));
        verifySafe(out);
        QCOMPARE(out.plainText, QStringLiteral("click\nhidden text shows\noverlay\ntiny\nslash"));
    }

    void commentsAndBogusMarkupVanish()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(QStringLiteral(
            "a<!-- <script>alert(1)</script> -->b<!DOCTYPE html><?xml x?>c</ >d<3 e > f<"));
        verifySafe(out);
        QCOMPARE(out.plainText, QStringLiteral("abcd<3 e > f<"));
    }

    void deepNestingIsFlattened()
    {
        for (const char *tag : {"b", "div", "span", "blockquote", "object", "ul", "a href=\"https://x.e/\""}) {
            const QString open = QLatin1Char('<') + QLatin1String(tag) + QLatin1Char('>');
            const QString name = QString::fromLatin1(tag).split(QLatin1Char(' ')).first();
            const QString close = QLatin1String("</") + name + QLatin1Char('>');
            const QString html = open.repeated(10000) + QStringLiteral("deep") + close.repeated(10000) + QStringLiteral("after");
            QElapsedTimer timer;
            timer.start();
            const auto out = RichTextSanitizer::sanitizeHtml(html);
            QVERIFY2(timer.elapsed() < 5000, tag);
            verifySafe(out);
            QVERIFY2(tagsOf(out.html).size() <= 4 * RichTextSanitizer::kMaxDepth, tag); // empty elements are gone
            int depth = 0;
            int maxDepth = 0;
            static const QRegularExpression tagRe(QStringLiteral("<(/?)([a-z]+)[^>]*>"));
            for (const QRegularExpressionMatch &m : tagRe.globalMatch(out.html)) {
                if (m.captured(2) == u"br")
                    continue;
                depth += m.captured(1).isEmpty() ? 1 : -1;
                maxDepth = std::max(maxDepth, depth);
            }
            QCOMPARE(depth, 0);
            QVERIFY2(maxDepth <= RichTextSanitizer::kMaxDepth, tag);
            if (!out.truncated) // the long link tags exceed kMaxInputChars
                QVERIFY2(out.plainText.endsWith(QStringLiteral("after")), tag);
            QVERIFY(out.plainText.size() < 1000);
            if (name != u"object") // an object's content is dropped
                QVERIFY2(out.plainText.contains(QStringLiteral("deep")), tag);
            QTextDocument doc; // and the renderer copes with what is left
            doc.setHtml(out.html);
            QVERIFY(doc.toPlainText().contains(out.truncated ? QStringLiteral("deep") : QStringLiteral("after")));
        }
    }

    void tenMegabytesAreCutWithANote()
    {
        QByteArray big = "<div class=\"osm-rich-text\"><p>start ";
        big += QByteArray("<b>x</b> <i onclick=1>y</i> ").repeated(10 * 1024 * 1024 / 28);
        big += "</p></div>";
        QVERIFY(big.size() >= 10 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const auto out = RichTextSanitizer::sanitizeHtml(big);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(out.truncated);
        verifySafe(out);
        QVERIFY(out.plainText.startsWith(QStringLiteral("start x y")));
        QVERIFY(out.plainText.endsWith(RichTextSanitizer::tr("This message is too long to show in full; the rest was left out.")));
        QVERIFY(out.html.size() < 4 * RichTextSanitizer::kMaxInputChars);
        const auto plain = RichTextSanitizer::fromPlainText(QString(20 * 1024 * 1024, QLatin1Char('z')));
        QVERIFY(plain.truncated);
        QVERIFY(plain.plainText.size() < RichTextSanitizer::kMaxInputChars + 200);
    }

    void invalidUtf8AndControlsAreReplaced()
    {
        const QByteArray bytes = QByteArray("<p>ok \xff\xfe bad \xc3\x28 half \xe2\x82 ") + QByteArray(1, '\0')
                                 + QByteArray("nul \x01\x1b[31m esc <a href=\"https://x.example/\xff\">l</a></p>");
        const auto out = RichTextSanitizer::sanitizeHtml(bytes);
        verifySafe(out);
        QVERIFY(out.plainText.startsWith(QStringLiteral("ok ")));
        QVERIFY(out.plainText.contains(QChar(0xfffd)));
        QVERIFY(!out.plainText.contains(QChar(0)));
        QVERIFY(!out.plainText.contains(QChar(0x1b)));
        QVERIFY(!out.html.contains(QChar(0)));
        // Lone surrogates in a QString (they can come from a JSON \ud800 escape) do not survive either.
        QString lone = QStringLiteral("<p>a");
        lone += QChar(0xd800);
        lone += QStringLiteral("b&#xD800;c&#x110000;d</p>");
        const auto surrogate = RichTextSanitizer::sanitizeHtml(lone);
        for (const QChar c : surrogate.html)
            QVERIFY(!c.isSurrogate());
        QCOMPARE(surrogate.plainText, QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd"));
    }

    void attributeQuotingTricks()
    {
        const auto out = RichTextSanitizer::sanitizeHtml(QStringLiteral(
            "<a href=\"https://ok.example/\" title=\"\"><img src=x onerror=alert(1)>\">t</a>"
            "<a href='https://ok.example/\"onmouseover=\"alert(1)'>q</a>"
            "<p title=\"x>y\" onclick=1>z</p><a href=https://ok.example/a>unquoted</a><a href=\"https://ok.example/"));
        verifySafe(out);
        QVERIFY(!out.html.contains(QStringLiteral("\"onmouseover"))); // the quote stays inside the value
        QVERIFY(out.html.contains(QStringLiteral("href=\"https://ok.example/%22onmouseover=%22alert(1)\"")));
        QVERIFY(out.plainText.contains(QStringLiteral("unquoted (https://ok.example/a)")));
    }
};

QTEST_MAIN(TestRichTextSanitizer)
#include "tst_richtextsanitizer.moc"
