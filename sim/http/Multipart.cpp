#include "Multipart.h"

#include "net/ContentDisposition.h"

namespace osm::sim {

QByteArray Multipart::boundaryOf(const QByteArray &contentType)
{
    const QList<QByteArray> pieces = contentType.split(';');
    if (pieces.isEmpty() || pieces.first().trimmed().toLower() != "multipart/form-data")
        return {};
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        if (piece.toLower().startsWith("boundary=")) {
            QByteArray boundary = piece.mid(9);
            if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
                boundary = boundary.mid(1, boundary.size() - 2);
            return boundary.size() <= 70 ? boundary : QByteArray(); // RFC 2046 limit
        }
    }
    return {};
}

std::optional<QList<Multipart::Part>> Multipart::parse(const QByteArray &body, const QByteArray &boundary,
                                                       QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (boundary.isEmpty())
        return fail(QStringLiteral("Content-Type must be multipart/form-data with a boundary"));
    const QByteArray delimiter = "--" + boundary;
    // The first delimiter may follow a preamble; later ones always follow CRLF.
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (pos < 0)
        return fail(QStringLiteral("The multipart body has no boundary line"));
    pos = body.startsWith(delimiter) ? delimiter.size() : pos + 2 + delimiter.size();

    QList<Part> parts;
    const QByteArray next = "\r\n" + delimiter;
    while (true) {
        if (body.mid(pos, 2) == "--")
            return parts; // the close delimiter
        if (body.mid(pos, 2) != "\r\n")
            return fail(QStringLiteral("A multipart boundary line is not followed by CRLF"));
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype end = body.indexOf(next, pos);
        if (end < 0)
            return fail(QStringLiteral("The multipart body is not closed"));
        Part part;
        qsizetype dataStart = 0;
        if (headersEnd >= 0 && headersEnd < end) {
            dataStart = headersEnd + 4;
        } else if (body.mid(pos, 2) == "\r\n") {
            dataStart = pos + 2; // a part without headers
        } else {
            return fail(QStringLiteral("A multipart part has no blank line after its headers"));
        }
        const QList<QByteArray> headerLines =
            body.mid(pos, std::max<qsizetype>(0, dataStart - 4 - pos)).split('\n');
        for (const QByteArray &rawLine : headerLines) {
            const QByteArray line = rawLine.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                const ContentDisposition disposition = ContentDisposition::parse(value);
                if (disposition.type != "form-data")
                    return fail(QStringLiteral("A multipart part is not form-data"));
                part.name = disposition.param("name").toUtf8();
                part.isFile = disposition.params.contains("filename");
                part.fileName = disposition.fileName();
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (part.name.isEmpty())
            return fail(QStringLiteral("A multipart part has no name"));
        // "\r\n\r\n--boundary": the blank line's CRLF is also the delimiter's, the part is empty (and mid()
        // with a negative length would return the rest of the body).
        part.data = dataStart <= end ? body.mid(dataStart, end - dataStart) : QByteArray();
        parts.append(part);
        pos = end + next.size();
    }
}

const Multipart::Part *Multipart::find(const QList<Part> &parts, const QByteArray &name)
{
    for (const Part &part : parts) {
        if (part.name == name)
            return &part;
    }
    return nullptr;
}

} // namespace osm::sim
