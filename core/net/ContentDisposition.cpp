#include "ContentDisposition.h"

#include <QList>
#include <optional>

namespace osm {

namespace {

// `charset'language'percent-encoded` (RFC 5987); nothing when the charset is unknown or the text is not
// valid.
std::optional<QString> extValue(const QByteArray &value)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0)
        return std::nullopt;
    const QByteArray charset = value.left(first).trimmed().toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(second + 1));
    if (charset == "utf-8") {
        const QString text = QString::fromUtf8(bytes);
        if (text.contains(QChar::ReplacementCharacter))
            return std::nullopt;
        return text;
    }
    if (charset == "iso-8859-1")
        return QString::fromLatin1(bytes);
    return std::nullopt;
}

} // namespace

ContentDisposition ContentDisposition::parse(const QByteArray &header)
{
    ContentDisposition result;
    // Split on ';' outside quoted strings; a quoted string may escape with a backslash.
    QList<QByteArray> pieces;
    QByteArray current;
    bool inQuotes = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const char c = header.at(i);
        if (inQuotes && c == '\\' && i + 1 < header.size()) {
            current += c;
            current += header.at(++i);
            continue;
        }
        if (c == '"')
            inQuotes = !inQuotes;
        if (c == ';' && !inQuotes) {
            pieces.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    pieces.append(current);

    result.type = pieces.isEmpty() ? QByteArray() : pieces.takeFirst().trimmed().toLower();
    QHash<QByteArray, QString> extended;
    for (const QByteArray &piece : std::as_const(pieces)) {
        const qsizetype equals = piece.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = piece.left(equals).trimmed().toLower();
        QByteArray value = piece.mid(equals + 1).trimmed();
        if (name.endsWith('*')) {
            if (const auto text = extValue(value))
                extended.insert(name.chopped(1), *text);
            continue;
        }
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            QByteArray unquoted;
            for (qsizetype i = 1; i + 1 < value.size(); ++i) {
                if (value.at(i) == '\\' && i + 2 < value.size())
                    ++i;
                unquoted += value.at(i);
            }
            value = unquoted;
        }
        if (!result.params.contains(name))
            result.params.insert(name, QString::fromUtf8(value));
    }
    // The extended form wins (RFC 6266 section 4.3).
    for (auto it = extended.cbegin(); it != extended.cend(); ++it)
        result.params.insert(it.key(), it.value());
    return result;
}

QString ContentDisposition::fileName() const
{
    return params.value("filename");
}

} // namespace osm
