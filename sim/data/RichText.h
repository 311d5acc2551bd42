#pragma once

#include <QString>

namespace osm::sim {

// The reference's rich-text wrapper (<div class="osm-rich-text">…</div>) and what
// trim_osm_rich_text_label=true (the default) does to it.
class RichText
{
public:
    // Plain text → <div class="osm-rich-text"><p>line</p>…</div>, HTML-escaped.
    static QString wrap(const QString &plain);
    // Removes the markup (paragraphs and <br> become line breaks) and decodes the basic entities.
    // Text without the wrapper is returned unchanged.
    static QString strip(const QString &html);
    static bool isRichText(const QString &text);
};

} // namespace osm::sim
