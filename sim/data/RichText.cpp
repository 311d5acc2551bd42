#include "RichText.h"

#include <QRegularExpression>
#include <QStringList>

namespace osm::sim {

QString RichText::wrap(const QString &plain)
{
    QString out = QStringLiteral("<div class=\"osm-rich-text\">");
    const QStringList lines = plain.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
    return out + QStringLiteral("</div>");
}

bool RichText::isRichText(const QString &text)
{
    return text.contains(QLatin1String("osm-rich-text"));
}

QString RichText::strip(const QString &html)
{
    if (!isRichText(html))
        return html;
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|</p>|</li>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.trimmed();
}

} // namespace osm::sim
