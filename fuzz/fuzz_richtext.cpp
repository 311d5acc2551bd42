// libFuzzer target: ui/text/RichTextSanitizer on untrusted message content. Besides crashes and sanitizer
// reports, the output HTML is checked against the header's allow-list: only the listed tags, only href (with a
// safe target) and numeric colspan/rowspan, and every '<' of the server's text escaped.
#include "text/RichTextSanitizer.h"

#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using osm::ui::RichTextSanitizer;

[[noreturn]] void fail(const char *what, const QString &html)
{
    std::fprintf(stderr, "RichTextSanitizer: %s\n  output: %s\n", what, html.left(2000).toUtf8().constData());
    std::abort();
}

QString unescaped(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// One attribute list as the serializer writes it: ` name="value"` repeated.
void checkAttributes(const QString &tag, QStringView attributes, const QString &html)
{
    while (!attributes.isEmpty()) {
        if (!attributes.startsWith(u' '))
            fail("malformed attribute list", html);
        const qsizetype equals = attributes.indexOf(u'=');
        if (equals < 0 || equals + 1 >= attributes.size() || attributes.at(equals + 1) != u'"')
            fail("attribute without a quoted value", html);
        const QStringView name = attributes.mid(1, equals - 1);
        const qsizetype close = attributes.indexOf(u'"', equals + 2);
        if (close < 0)
            fail("unterminated attribute value", html);
        const QString value = unescaped(attributes.mid(equals + 2, close - equals - 2).toString());
        if (tag == u"a" && name == u"href") {
            if (!RichTextSanitizer::isSafeLinkTarget(value))
                fail("unsafe link target", html);
        } else if ((tag == u"td" || tag == u"th") && (name == u"colspan" || name == u"rowspan")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 2 || n > 100)
                fail("bad span", html);
        } else {
            fail("attribute not on the allow-list", html);
        }
        attributes = attributes.mid(close + 1);
    }
}

void checkHtml(const QString &html)
{
    static const QSet<QString> allowed = {
        QStringLiteral("p"),     QStringLiteral("br"),    QStringLiteral("b"),     QStringLiteral("strong"),
        QStringLiteral("i"),     QStringLiteral("em"),    QStringLiteral("u"),     QStringLiteral("s"),
        QStringLiteral("ul"),    QStringLiteral("ol"),    QStringLiteral("li"),    QStringLiteral("pre"),
        QStringLiteral("code"),  QStringLiteral("blockquote"), QStringLiteral("span"), QStringLiteral("table"),
        QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tfoot"), QStringLiteral("tr"),
        QStringLiteral("th"),    QStringLiteral("td"),    QStringLiteral("a")};
    qsizetype pos = 0;
    int depth = 0;
    while ((pos = html.indexOf(u'<', pos)) >= 0) {
        const qsizetype end = html.indexOf(u'>', pos);
        if (end < 0)
            fail("unterminated tag", html);
        QStringView tag = QStringView(html).mid(pos + 1, end - pos - 1);
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.mid(1);
        const qsizetype space = tag.indexOf(u' ');
        const QString name = (space < 0 ? tag : tag.left(space)).toString();
        if (!allowed.contains(name))
            fail("tag not on the allow-list", html);
        if (space >= 0) {
            if (closing)
                fail("attributes on an end tag", html);
            checkAttributes(name, tag.mid(space), html);
        }
        if (name != u"br")
            depth += closing ? -1 : 1;
        if (depth > RichTextSanitizer::kMaxDepth + 2) // + the wrapper paragraph and the truncation note
            fail("nesting deeper than kMaxDepth", html);
        pos = end + 1;
    }
    if (html.contains(QChar(0)))
        fail("NUL in the output", html);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkHtml(RichTextSanitizer::sanitizeHtml(bytes).html);
    const QString text = QString::fromUtf8(bytes);
    checkHtml(RichTextSanitizer::sanitizeMessage(text).html);
    checkHtml(RichTextSanitizer::fromPlainText(text).html);
    return 0;
}
