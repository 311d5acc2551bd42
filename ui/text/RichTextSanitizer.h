#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace osm::ui {

// Turns untrusted message content into HTML that is safe to hand to QTextDocument, and into plain text.
//
// A small tokenizer and serializer of its own: the raw input is never parsed by QTextDocument. What comes
// out is built from an allow-list only:
//   p, br, b, strong, i, em, u, s, ul, ol, li, pre, code, blockquote, span, table/thead/tbody/tr/th/td,
//   a[href] with http, https or mailto only (the real target is written after the link text).
// No attribute survives except a's href and td/th colspan/rowspan, so there are no styles, classes or event
// handlers: nothing can hide, overlay or restyle text. Scripts, styles, frames, objects, forms and their
// contents are dropped; images become their alt text (nothing is ever fetched). Other block elements (div,
// headings, …) become paragraphs, other inline ones disappear with their text kept. Nesting deeper than
// kMaxDepth is flattened, input longer than kMaxInputChars is cut with a note, invalid UTF-8 and stray
// control characters become U+FFFD or vanish.
class RichTextSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(osm::ui::RichTextSanitizer)

public:
    static constexpr int kMaxDepth = 48;
    static constexpr qsizetype kMaxInputChars = 256 * 1024;

    struct Output
    {
        QString html;      // safe HTML for QTextDocument::setHtml
        QString plainText; // the visible text, links as "text (target)", blocks on their own lines
        bool truncated = false;
    };

    // HTML (an osm-rich-text fragment or any other markup).
    static Output sanitizeHtml(const QString &html);
    static Output sanitizeHtml(const QByteArray &utf8); // invalid sequences become U+FFFD
    // Plain text: escaped, line breaks kept.
    static Output fromPlainText(const QString &text);
    // Message content as the API delivers it: markup when it carries the osm-rich-text wrapper (asked for with
    // trim_osm_rich_text_label=false), plain text otherwise.
    static Output sanitizeMessage(const QString &content);
    static bool isRichText(const QString &content);

    // Whether a link target may be offered to the user (and opened in the system browser on click).
    static bool isSafeLinkTarget(const QString &target);
};

} // namespace osm::ui
