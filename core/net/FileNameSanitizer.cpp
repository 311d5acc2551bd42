#include "FileNameSanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace osm {

namespace {

bool isInvisibleControl(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0, DEL, C1 (NUL included)
    switch (c) {
    case 0x061C: // arabic letter mark
    case 0x200E:
    case 0x200F: // LRM, RLM
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E: // LRE, RLE, PDF, LRO, RLO
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069: // LRI, RLI, FSI, PDI
    case 0xFEFF: // BOM / zero-width no-break space
    case 0x00AD: // soft hyphen
    case 0x180E: // Mongolian vowel separator
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0x2028:
    case 0x2029: // line and paragraph separators: a name on two lines
        return true;
    default:
        return c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF);
    }
}

bool isWindowsDevice(const QString &name)
{
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    // Windows ignores the extension and trailing spaces: "con.txt" and "NUL .tar.gz" are devices too.
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed();
    return device.match(stem).hasMatch();
}

// The longest prefix of `text` whose UTF-8 form has at most `maxBytes` bytes, never splitting a character.
QString cutToBytes(const QString &text, int maxBytes)
{
    QString result;
    int bytes = 0;
    for (const char32_t c : text.toUcs4()) {
        const int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        result += QString::fromUcs4(&c, 1);
    }
    return result;
}

QString trimmedDotsAndSpaces(QString name)
{
    while (!name.isEmpty() && (name.front() == QLatin1Char('.') || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == QLatin1Char('.') || name.back().isSpace()))
        name.chop(1);
    return name;
}

// Cuts `name` to kMaxBytes, keeping a short extension.
QString capped(const QString &name)
{
    if (name.toUtf8().size() <= FileNameSanitizer::kMaxBytes)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
    const QString stem = extension.isEmpty() ? name : name.left(dot);
    const int room = FileNameSanitizer::kMaxBytes - int(extension.toUtf8().size());
    return trimmedDotsAndSpaces(cutToBytes(stem, room)) + extension;
}

QString clean(const QString &raw)
{
    QString name = raw;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    // The last component only: "../../etc/passwd" is "passwd", "C:/Windows/x.dll" is "x.dll".
    const QStringList components = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    name = components.isEmpty() ? QString() : components.last();

    QString kept;
    for (const char32_t c : name.toUcs4()) {
        if (isInvisibleControl(c))
            continue;
        if (c == '<' || c == '>' || c == ':' || c == '"' || c == '|' || c == '?' || c == '*')
            kept += QLatin1Char('_');
        else
            kept += QString::fromUcs4(&c, 1);
    }
    name = trimmedDotsAndSpaces(kept);
    if (name.isEmpty())
        return {};
    // After the cut: cutting can make a device of a long name ("CON" + 300 spaces + "x" is cut to "CON").
    name = capped(name);
    if (isWindowsDevice(name))
        name = capped(QLatin1Char('_') + name);
    return name;
}

} // namespace

QString FileNameSanitizer::sanitize(const QString &name, const QString &fallback)
{
    QString result = clean(name);
    if (result.isEmpty())
        result = clean(fallback);
    if (result.isEmpty())
        result = QStringLiteral("download");
    return result;
}

QString FileNameSanitizer::uniqueIn(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    if (!QFileInfo::exists(dir.filePath(name)))
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    const QString stem = dot > 0 ? name.left(dot) : name;
    for (int n = 1; n < 100000; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n) + extension;
        const QString candidate = cutToBytes(stem, kMaxBytes - int(suffix.toUtf8().size())) + suffix;
        if (!QFileInfo::exists(dir.filePath(candidate)))
            return candidate;
    }
    return name; // 100000 copies: let the rename fail and say so
}

} // namespace osm
