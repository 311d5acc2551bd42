#include "RichTextSanitizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringView>
#include <QUrl>

namespace osm::ui {

namespace {

// ---- characters -------------------------------------------------------------------------------------------

// Appends one code point, replacing what has no business in displayed text: NUL and other C0/C1 controls
// vanish (tab and line breaks stay), surrogates and out-of-range values become U+FFFD.
void appendCodePoint(QString &out, char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r') {
        out.append(QChar(char16_t(c)));
        return;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return;
    if ((c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
        c = 0xfffd;
    const char32_t one[1] = {c};
    out.append(QString::fromUcs4(one, 1));
}

// The same cleaning for a whole string (lone surrogates included).
QString cleanText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(i + 1));
            ++i;
        } else {
            appendCodePoint(out, c.unicode());
        }
    }
    return out;
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table{
        {QStringLiteral("amp"), U'&'},     {QStringLiteral("lt"), U'<'},       {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},    {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xa0},
        {QStringLiteral("copy"), 0xa9},    {QStringLiteral("reg"), 0xae},      {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("laquo"), 0xab},   {QStringLiteral("raquo"), 0xbb},    {QStringLiteral("ldquo"), 0x201c},
        {QStringLiteral("rdquo"), 0x201d}, {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("middot"), 0xb7},  {QStringLiteral("bull"), 0x2022},   {QStringLiteral("times"), 0xd7},
        {QStringLiteral("divide"), 0xf7},  {QStringLiteral("deg"), 0xb0},      {QStringLiteral("plusmn"), 0xb1},
        {QStringLiteral("euro"), 0x20ac},  {QStringLiteral("yen"), 0xa5},      {QStringLiteral("pound"), 0xa3},
        {QStringLiteral("cent"), 0xa2},    {QStringLiteral("sect"), 0xa7},     {QStringLiteral("para"), 0xb6},
        {QStringLiteral("colon"), U':'},   {QStringLiteral("Tab"), U'\t'},     {QStringLiteral("NewLine"), U'\n'},
    };
    return table;
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Decodes character references the way a browser would, including numeric ones without the semicolon
// (so "jav&#x61script:" is seen as what it is before any check).
QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return cleanText(text);
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out.append(c).append(text.at(i + 1));
                i += 2;
            } else {
                appendCodePoint(out, c.unicode());
                ++i;
            }
            continue;
        }
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == u'#') {
            ++j;
            const bool hex = j < text.size() && (text.at(j) == u'x' || text.at(j) == u'X');
            if (hex)
                ++j;
            char32_t value = 0;
            const qsizetype digitsStart = j;
            while (j < text.size()) {
                const QChar d = text.at(j);
                int digit = -1;
                if (d >= u'0' && d <= u'9')
                    digit = d.unicode() - u'0';
                else if (hex && d >= u'a' && d <= u'f')
                    digit = d.unicode() - u'a' + 10;
                else if (hex && d >= u'A' && d <= u'F')
                    digit = d.unicode() - u'A' + 10;
                if (digit < 0)
                    break;
                if (value <= 0x10ffff) // saturate: anything larger is invalid anyway
                    value = value * (hex ? 16 : 10) + char32_t(digit);
                ++j;
            }
            if (j == digitsStart) { // "&#" without digits is literal text
                out.append(u'&');
                ++i;
                continue;
            }
            if (j < text.size() && text.at(j) == u';')
                ++j;
            appendCodePoint(out, value == 0 ? char32_t(0xfffd) : value);
            i = j;
            continue;
        }
        while (j < text.size() && j - i <= 32 && isAsciiAlnum(text.at(j)))
            ++j;
        const QString name = text.mid(i + 1, j - i - 1).toString();
        const auto found = namedEntities().constFind(name);
        const bool semicolon = j < text.size() && text.at(j) == u';';
        const bool legacy = name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"nbsp";
        if (found != namedEntities().constEnd() && (semicolon || legacy)) {
            appendCodePoint(out, found.value());
            i = semicolon ? j + 1 : j;
        } else {
            out.append(u'&');
            ++i;
        }
    }
    return out;
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        default: out += c;
        }
    }
    return out;
}

// ---- tokenizer ----------------------------------------------------------------------------------------------

struct Attribute
{
    QString name; // lower case
    QString value; // entities decoded
};

struct Token
{
    enum Kind { Text, StartTag, EndTag };
    Kind kind = Text;
    QString text; // decoded text, or the lower-case tag name
    QList<Attribute> attributes;

    QString attribute(QLatin1String name) const
    {
        for (const Attribute &a : attributes) {
            if (a.name == name)
                return a.value;
        }
        return {};
    }
};

// Elements whose content is not markup: the tokenizer hands it over as one text token up to the end tag.
bool isRawTextElement(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("xmp"),
                                     QStringLiteral("iframe"),   QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                     QStringLiteral("noscript"), QStringLiteral("textarea"), QStringLiteral("title"),
                                     QStringLiteral("plaintext")};
    return names.contains(name);
}

// One pass, no backtracking: every character is looked at a bounded number of times.
class Tokenizer
{
public:
    explicit Tokenizer(QStringView input) : m_in(input) {}

    bool next(Token &token)
    {
        while (m_pos < m_in.size()) {
            if (!m_rawTextEnd.isEmpty()) {
                const qsizetype end = findEndTag(m_rawTextEnd);
                token = Token{Token::Text, cleanText(m_in.mid(m_pos, end - m_pos)), {}};
                m_rawTextEnd.clear();
                m_pos = end;
                if (!token.text.isEmpty())
                    return true;
                continue;
            }
            if (m_in.at(m_pos) != u'<') {
                qsizetype end = m_in.indexOf(u'<', m_pos);
                if (end < 0)
                    end = m_in.size();
                token = Token{Token::Text, decodeEntities(m_in.mid(m_pos, end - m_pos)), {}};
                m_pos = end;
                return true;
            }
            const QChar next = peek(1);
            if (m_in.mid(m_pos).startsWith(QLatin1String("<!--"))) {
                skipPast(QStringLiteral("-->"), m_pos + 4);
            } else if (next == u'!' || next == u'?') {
                skipPast(QStringLiteral(">"), m_pos + 2);
            } else if (next == u'/' && isAsciiAlpha(peek(2))) {
                m_pos += 2;
                token = Token{Token::EndTag, readName(), {}};
                skipPast(QStringLiteral(">"), m_pos); // attributes of end tags mean nothing
                return true;
            } else if (next == u'/') {
                skipPast(QStringLiteral(">"), m_pos + 2); // "</>" or "</ 3": a bogus comment
            } else if (isAsciiAlpha(next)) {
                if (readStartTag(token))
                    return true;
            } else {
                token = Token{Token::Text, QStringLiteral("<"), {}};
                ++m_pos;
                return true;
            }
        }
        return false;
    }

private:
    QChar peek(qsizetype ahead) const
    {
        return m_pos + ahead < m_in.size() ? m_in.at(m_pos + ahead) : QChar();
    }

    void skipPast(const QString &marker, qsizetype from)
    {
        const qsizetype at = m_in.indexOf(marker, std::min(from, m_in.size()));
        m_pos = at < 0 ? m_in.size() : at + marker.size();
    }

    QString readName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_in.size() && !isSpace(m_in.at(m_pos)) && m_in.at(m_pos) != u'/' && m_in.at(m_pos) != u'>')
            ++m_pos;
        return m_in.mid(start, m_pos - start).toString().toLower();
    }

    bool readStartTag(Token &token)
    {
        ++m_pos; // '<'
        Token tag{Token::StartTag, readName(), {}};
        while (m_pos < m_in.size()) {
            while (m_pos < m_in.size() && (isSpace(m_in.at(m_pos)) || m_in.at(m_pos) == u'/'))
                ++m_pos;
            if (m_pos >= m_in.size())
                break;
            if (m_in.at(m_pos) == u'>') {
                ++m_pos;
                if (isRawTextElement(tag.text))
                    m_rawTextEnd = tag.text;
                token = std::move(tag);
                return true;
            }
            const qsizetype nameStart = m_pos;
            ++m_pos; // the first character may be '=' (it is then part of the name)
            while (m_pos < m_in.size() && !isSpace(m_in.at(m_pos)) && m_in.at(m_pos) != u'/' && m_in.at(m_pos) != u'>'
                   && m_in.at(m_pos) != u'=')
                ++m_pos;
            Attribute attribute{m_in.mid(nameStart, m_pos - nameStart).toString().toLower(), {}};
            qsizetype look = m_pos;
            while (look < m_in.size() && isSpace(m_in.at(look)))
                ++look;
            if (look < m_in.size() && m_in.at(look) == u'=') {
                m_pos = look + 1;
                while (m_pos < m_in.size() && isSpace(m_in.at(m_pos)))
                    ++m_pos;
                const QChar quote = m_pos < m_in.size() ? m_in.at(m_pos) : QChar();
                qsizetype valueStart = m_pos;
                qsizetype valueEnd;
                if (quote == u'"' || quote == u'\'') {
                    valueStart = m_pos + 1;
                    valueEnd = m_in.indexOf(quote, valueStart);
                    if (valueEnd < 0)
                        valueEnd = m_in.size();
                    m_pos = std::min(valueEnd + 1, m_in.size());
                } else {
                    while (m_pos < m_in.size() && !isSpace(m_in.at(m_pos)) && m_in.at(m_pos) != u'>')
                        ++m_pos;
                    valueEnd = m_pos;
                }
                attribute.value = decodeEntities(m_in.mid(valueStart, valueEnd - valueStart));
            }
            bool duplicate = false; // the first occurrence wins, as in a browser
            for (const Attribute &a : std::as_const(tag.attributes))
                duplicate = duplicate || a.name == attribute.name;
            if (!duplicate)
                tag.attributes.append(attribute);
        }
        return false; // the input ended inside the tag: a browser drops it, so do we
    }

    // Where "</name" followed by a delimiter starts, or the end of the input.
    qsizetype findEndTag(const QString &name) const
    {
        const QString marker = QStringLiteral("</") + name;
        qsizetype from = m_pos;
        while (true) {
            const qsizetype at = m_in.indexOf(marker, from, Qt::CaseInsensitive);
            if (at < 0)
                return m_in.size();
            const qsizetype after = at + marker.size();
            if (after >= m_in.size() || isSpace(m_in.at(after)) || m_in.at(after) == u'>' || m_in.at(after) == u'/')
                return at;
            from = after;
        }
    }

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; // inside a raw-text element: its name
};

// ---- serializer ---------------------------------------------------------------------------------------------

bool isVoidElement(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("area"),  QStringLiteral("base"),   QStringLiteral("br"),
                                     QStringLiteral("col"),   QStringLiteral("embed"),  QStringLiteral("hr"),
                                     QStringLiteral("img"),   QStringLiteral("input"),  QStringLiteral("keygen"),
                                     QStringLiteral("link"),  QStringLiteral("meta"),   QStringLiteral("param"),
                                     QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("wbr"),
                                     QStringLiteral("image")};
    return names.contains(name);
}

// Elements dropped together with everything inside them.
bool dropsContent(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("iframe"),   QStringLiteral("frame"),
        QStringLiteral("frameset"), QStringLiteral("object"),   QStringLiteral("embed"),    QStringLiteral("applet"),
        QStringLiteral("noscript"), QStringLiteral("noembed"),  QStringLiteral("noframes"), QStringLiteral("template"),
        QStringLiteral("svg"),      QStringLiteral("math"),     QStringLiteral("title"),    QStringLiteral("head"),
        QStringLiteral("form"),     QStringLiteral("input"),    QStringLiteral("textarea"), QStringLiteral("select"),
        QStringLiteral("button"),   QStringLiteral("option"),   QStringLiteral("datalist"), QStringLiteral("meta"),
        QStringLiteral("link"),     QStringLiteral("base"),     QStringLiteral("audio"),    QStringLiteral("video"),
        QStringLiteral("canvas"),   QStringLiteral("map"),      QStringLiteral("area"),     QStringLiteral("param"),
        QStringLiteral("source"),   QStringLiteral("track"),    QStringLiteral("picture"),  QStringLiteral("portal"),
        QStringLiteral("dialog"),   QStringLiteral("slot")};
    return names.contains(name);
}

// What a source element becomes in the output; empty = the tag disappears, its text stays.
QString outputElement(const QString &name)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const char *same : {"p", "b", "strong", "i", "em", "u", "s", "ul", "ol", "li", "pre", "code",
                                 "blockquote", "span", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "a"})
            m.insert(QLatin1String(same), QLatin1String(same));
        for (const char *block : {"div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
                                  "address", "center", "dl", "dt", "dd", "figure", "figcaption", "main", "nav",
                                  "aside", "details", "summary", "caption", "fieldset", "legend"})
            m.insert(QLatin1String(block), QStringLiteral("p"));
        for (const char *code : {"tt", "kbd", "samp", "var"})
            m.insert(QLatin1String(code), QStringLiteral("code"));
        m.insert(QStringLiteral("xmp"), QStringLiteral("pre"));
        m.insert(QStringLiteral("listing"), QStringLiteral("pre"));
        m.insert(QStringLiteral("plaintext"), QStringLiteral("pre"));
        m.insert(QStringLiteral("strike"), QStringLiteral("s"));
        m.insert(QStringLiteral("del"), QStringLiteral("s"));
        m.insert(QStringLiteral("ins"), QStringLiteral("u"));
        return m;
    }();
    return map.value(name);
}

bool isBlock(const QString &output)
{
    return output == u"p" || output == u"li" || output == u"tr" || output == u"pre" || output == u"blockquote"
           || output == u"ul" || output == u"ol" || output == u"table";
}

// The link target as the output carries and shows it, or empty when it may not be offered.
QString safeLinkTarget(const QString &raw)
{
    // Browsers ignore tabs and line breaks anywhere in a URL and spaces/controls around it: so do we, before
    // looking at the scheme.
    QString cleaned;
    for (const QChar c : raw) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            cleaned.append(c);
    }
    cleaned = cleaned.trimmed();
    const QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid() || url.isRelative())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https") {
        if (url.host().isEmpty())
            return {};
    } else if (scheme == u"mailto") {
        if (url.path().isEmpty())
            return {};
    } else {
        return {};
    }
    // Fully encoded: no look-alike Unicode or bidi tricks in what the user reads as the target.
    return url.toString(QUrl::FullyEncoded);
}

class Serializer
{
public:
    void start(const Token &token)
    {
        const QString &name = token.text;
        if (m_droppedOpen > 0 || dropsContent(name)) {
            if (dropsContent(name) && !isVoidElement(name)) {
                ++m_dropped[name];
                ++m_droppedOpen;
            }
            return;
        }
        if (name == u"img" || name == u"image") {
            const QString alt = token.attribute(QLatin1String("alt")).simplified();
            if (!alt.isEmpty())
                text(QLatin1Char('[') + alt + QLatin1Char(']'));
            return;
        }
        if (name == u"br" || name == u"hr") {
            m_html += QLatin1String("<br>");
            m_plain += u'\n';
            return;
        }
        const QString output = outputElement(name);
        if (output.isEmpty() || isVoidElement(name))
            return;
        // The implied end tags that matter for the shape of the text.
        if (!m_open.isEmpty()) {
            const QString &top = m_open.last().output;
            if ((output == u"p" && top == u"p") || (output == u"li" && top == u"li")
                || (output == u"tr" && top == u"tr") || ((output == u"td" || output == u"th") && (top == u"td" || top == u"th")))
                popTo(m_open.size() - 1);
        }
        if (m_open.size() >= RichTextSanitizer::kMaxDepth)
            return; // flattened: the text still comes through
        QString attributes;
        if (output == u"a") {
            for (qsizetype i = 0; i < m_open.size(); ++i) {
                if (m_open.at(i).output == u"a") {
                    popTo(i); // no links inside links
                    break;
                }
            }
            const QString target = safeLinkTarget(token.attribute(QLatin1String("href")));
            if (target.isEmpty())
                return; // not a link we offer: only its text stays
            attributes = QLatin1String(" href=\"") + escapeHtml(target) + QLatin1Char('"');
            m_linkTarget = target;
            m_linkText.clear();
        } else if (output == u"td" || output == u"th") {
            for (const char *span : {"colspan", "rowspan"}) {
                bool ok = false;
                const int n = token.attribute(QLatin1String(span)).toInt(&ok);
                if (ok && n > 1 && n <= 100)
                    attributes += QLatin1Char(' ') + QLatin1String(span) + QLatin1String("=\"") + QString::number(n) + QLatin1Char('"');
            }
            if (!m_plain.isEmpty() && !m_plain.endsWith(u'\n'))
                m_plain += u'\t';
        }
        if (isBlock(output))
            newLine();
        const qsizetype before = m_html.size();
        m_html += QLatin1Char('<') + output + attributes + QLatin1Char('>');
        m_open.append({name, output, before, m_html.size()});
    }

    void end(const QString &name)
    {
        if (m_droppedOpen > 0) {
            // Counted per name: a mismatched end tag keeps dropping (more is lost, nothing leaks).
            if (auto it = m_dropped.find(name); it != m_dropped.end() && it.value() > 0) {
                --it.value();
                --m_droppedOpen;
            }
            return;
        }
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).source == name) {
                popTo(i);
                return;
            }
        }
    }

    void text(const QString &text)
    {
        if (m_droppedOpen > 0 || text.isEmpty())
            return;
        m_html += escapeHtml(text);
        bool inPre = false;
        for (const Open &open : std::as_const(m_open))
            inPre = inPre || open.output == u"pre";
        if (inPre) {
            m_plain += text;
        } else {
            // As the renderer will show it: runs of white space are one space.
            for (const QChar c : text) {
                if (isSpace(c)) {
                    if (!m_plain.isEmpty() && !m_plain.endsWith(u' ') && !m_plain.endsWith(u'\n'))
                        m_plain += u' ';
                } else {
                    m_plain += c;
                }
            }
        }
        if (!m_linkTarget.isEmpty())
            m_linkText += text;
    }

    RichTextSanitizer::Output finish(bool truncated)
    {
        popTo(0);
        RichTextSanitizer::Output out;
        out.html = m_html;
        out.plainText = m_plain.trimmed();
        out.truncated = truncated;
        return out;
    }

private:
    struct Open
    {
        QString source; // the element as written (its end tag closes it)
        QString output; // what was written
        qsizetype tagStart = 0; // where its start tag is in m_html
        qsizetype tagEnd = 0;   // and where it ends: nothing written since = an empty element
    };

    void newLine()
    {
        while (m_plain.endsWith(u' '))
            m_plain.chop(1);
        if (!m_plain.isEmpty() && !m_plain.endsWith(u'\n'))
            m_plain += u'\n';
    }

    // Closes the open elements from the top down to (and including) index `to`.
    void popTo(qsizetype to)
    {
        while (m_open.size() > to) {
            const Open open = m_open.takeLast();
            // Empty elements are taken out again: 10000 nested <div>s must not become 10000 blank lines.
            if (m_html.size() == open.tagEnd)
                m_html.truncate(open.tagStart);
            else
                m_html += QLatin1String("</") + open.output + QLatin1Char('>');
            if (open.output == u"a")
                closeLink();
            else if (isBlock(open.output))
                newLine();
        }
    }

    // The real target follows the link text, unless the text already is exactly that.
    void closeLink()
    {
        const QString shown = m_linkText.simplified();
        // An empty link shows nothing and cannot be clicked: no target either (10000 of them stay small).
        if (!shown.isEmpty() && shown != m_linkTarget && QLatin1String("mailto:") + shown != m_linkTarget) {
            const QString suffix = QLatin1String(" (") + m_linkTarget + QLatin1Char(')');
            m_html += escapeHtml(suffix);
            m_plain += suffix;
        }
        m_linkTarget.clear();
        m_linkText.clear();
    }

    QString m_html;
    QString m_plain;
    QList<Open> m_open;
    // Dropped elements still open, per name: while any is, nothing is written. Counts, not a stack, so that
    // 100000 nested <svg> cost nothing to close.
    QHash<QString, qsizetype> m_dropped;
    qsizetype m_droppedOpen = 0;
    QString m_linkTarget;  // inside a link: its target and the text so far
    QString m_linkText;
};

// Cuts over-long input at a character boundary.
QStringView capped(const QString &input, bool *truncated)
{
    *truncated = input.size() > RichTextSanitizer::kMaxInputChars;
    if (!*truncated)
        return input;
    qsizetype size = RichTextSanitizer::kMaxInputChars;
    if (input.at(size - 1).isHighSurrogate())
        --size;
    return QStringView(input).first(size);
}

} // namespace

RichTextSanitizer::Output RichTextSanitizer::sanitizeHtml(const QString &html)
{
    bool truncated = false;
    Tokenizer tokenizer(capped(html, &truncated));
    Serializer serializer;
    Token token;
    while (tokenizer.next(token)) {
        switch (token.kind) {
        case Token::Text: serializer.text(token.text); break;
        case Token::StartTag: serializer.start(token); break;
        case Token::EndTag: serializer.end(token.text); break;
        }
    }
    Output out = serializer.finish(truncated);
    if (truncated) {
        const QString note = tr("This message is too long to show in full; the rest was left out.");
        out.html += QLatin1String("<p><i>") + escapeHtml(note) + QLatin1String("</i></p>");
        out.plainText += QLatin1Char('\n') + note;
    }
    return out;
}

RichTextSanitizer::Output RichTextSanitizer::sanitizeHtml(const QByteArray &utf8)
{
    // fromUtf8 turns every invalid sequence into U+FFFD.
    return sanitizeHtml(QString::fromUtf8(utf8));
}

RichTextSanitizer::Output RichTextSanitizer::fromPlainText(const QString &text)
{
    bool truncated = false;
    const QString clean = cleanText(capped(text, &truncated));
    Output out;
    out.plainText = clean.trimmed();
    out.truncated = truncated;
    QString body = escapeHtml(out.plainText);
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    out.html = QLatin1String("<p>") + body + QLatin1String("</p>");
    if (truncated) {
        const QString note = tr("This message is too long to show in full; the rest was left out.");
        out.html += QLatin1String("<p><i>") + escapeHtml(note) + QLatin1String("</i></p>");
        out.plainText += QLatin1Char('\n') + note;
    }
    return out;
}

bool RichTextSanitizer::isRichText(const QString &content)
{
    return content.contains(QLatin1String("osm-rich-text")) && content.contains(QLatin1Char('<'));
}

RichTextSanitizer::Output RichTextSanitizer::sanitizeMessage(const QString &content)
{
    return isRichText(content) ? sanitizeHtml(content) : fromPlainText(content);
}

bool RichTextSanitizer::isSafeLinkTarget(const QString &target)
{
    return !safeLinkTarget(target).isEmpty();
}

} // namespace osm::ui
