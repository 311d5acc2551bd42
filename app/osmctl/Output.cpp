#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace osm::ctl {

namespace {

constexpr int kMaxCellWidth = 48;

bool isScalar(const QJsonValue &value)
{
    return !value.isObject() && !value.isArray();
}

// Arrays of objects are tables (an empty array too: a table of no rows says "none" more clearly than a blank).
bool isObjectArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isObject(); });
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return Output::clean(value.toString());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(isScalar(item) ? scalarText(item)
                                        : Output::clean(QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact))));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return Output::clean(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - Output::displayWidth(text)), QLatin1Char(' '));
}

QString truncated(const QString &text, int maxWidth)
{
    if (Output::displayWidth(text) <= maxWidth)
        return text;
    QString out;
    for (const QChar c : text) {
        if (Output::displayWidth(out + c) > maxWidth - 1)
            break;
        out += c;
    }
    return out + QChar(0x2026); // …
}

void renderObject(const QJsonObject &object, const View &view, const QString &indent, QStringList &lines);

void renderTable(const QJsonArray &rows, const QStringList &columns, const QString &indent, QStringList &lines)
{
    QList<int> widths;
    for (const QString &column : columns)
        widths.append(Output::displayWidth(column));
    QList<QStringList> cells;
    for (const QJsonValue &row : rows) {
        QStringList line;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString cell = truncated(scalarText(row.toObject().value(columns.at(c))), kMaxCellWidth);
            widths[c] = qMax(widths[c], Output::displayWidth(cell));
            line.append(cell);
        }
        cells.append(line);
    }
    auto join = [&](const QStringList &line) {
        QString text = indent;
        for (qsizetype c = 0; c < line.size(); ++c)
            text += (c + 1 < line.size()) ? padded(line.at(c), widths.at(c)) + QStringLiteral("  ") : line.at(c);
        return text;
    };
    lines.append(join(columns));
    for (const QStringList &line : cells)
        lines.append(join(line));
}

void renderArray(const QString &key, const QJsonArray &array, const View &view, const QString &indent,
                 QStringList &lines)
{
    //: a heading over a table; %1 is the API's field name, %n the number of rows
    lines.append(indent + Output::tr("%1 (%n):", nullptr, int(array.size())).arg(key));
    QStringList columns = view.columns.value(key);
    bool flat = true;
    if (columns.isEmpty()) {
        for (const QJsonValue &row : array) {
            const QJsonObject object = row.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!isObjectArray(it.value()) || it.value().toArray().isEmpty()) {
                    if (!columns.contains(it.key()))
                        columns.append(it.key());
                } else {
                    flat = false;
                }
            }
        }
    }
    if (array.isEmpty())
        return;
    if (flat) {
        renderTable(array, columns, indent + QStringLiteral("  "), lines);
        return;
    }
    // Rows that hold tables of their own (the instant-message poll's cases): one indented block per row.
    for (const QJsonValue &row : array) {
        QStringList block;
        renderObject(row.toObject(), view, indent + QStringLiteral("    "), block);
        if (!block.isEmpty())
            block.first().replace(int(indent.size()) + 2, 1, QStringLiteral("-"));
        lines.append(block);
    }
}

void renderObject(const QJsonObject &object, const View &view, const QString &indent, QStringList &lines)
{
    int keyWidth = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isObjectArray(it.value()) && !it.value().isObject())
            keyWidth = qMax(keyWidth, Output::displayWidth(it.key()));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isObjectArray(it.value()) && !it.value().isObject()) {
            QString line = padded(it.key() + QLatin1Char(':'), keyWidth + 1) + QLatin1Char(' ') + scalarText(it.value());
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1); // an empty value leaves no trailing blanks
            lines.append(indent + line);
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            lines.append(indent + it.key() + QLatin1Char(':'));
            renderObject(it.value().toObject(), view, indent + QStringLiteral("  "), lines);
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isObjectArray(it.value()))
            renderArray(it.key(), it.value().toArray(), view, indent, lines);
    }
}

} // namespace

QByteArray Output::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString Output::readable(const QJsonObject &object, const View &view)
{
    QStringList lines;
    renderObject(object, view, QString(), lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Output::errorReport(const Error &error)
{
    QStringList lines;
    lines.append(QStringLiteral("osmctl: ") + error.userMessage());
    // The labels are the API's own names, so that a support ticket can quote them as they are.
    if (!error.code().isEmpty())
        lines.append(QStringLiteral("  error_code: ") + clean(error.code()));
    if (!error.serverMessage().isEmpty())
        lines.append(QStringLiteral("  error_msg: ") + clean(error.serverMessage()));
    if (!error.requestId().isEmpty())
        lines.append(QStringLiteral("  request_id: ") + clean(error.requestId()));
    if (error.httpStatus() != 0)
        lines.append(QStringLiteral("  http_status: ") + QString::number(error.httpStatus()));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject Output::errorJson(const Error &error)
{
    QJsonObject body{{QStringLiteral("category"), Error::categoryName(error.category())},
                     {QStringLiteral("error_code"), error.code()},
                     {QStringLiteral("error_msg"), error.serverMessage()},
                     {QStringLiteral("request_id"), error.requestId()},
                     {QStringLiteral("message"), error.userMessage()}};
    if (error.httpStatus() != 0)
        body.insert(QStringLiteral("http_status"), error.httpStatus());
    if (!error.field().isEmpty())
        body.insert(QStringLiteral("field"), error.field());
    return {{QStringLiteral("error"), body}};
}

QString Output::clean(const QString &untrusted)
{
    QString text = untrusted;
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            c = QLatin1Char(' ');
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e)
                 || (u >= 0x2066 && u <= 0x2069))
            c = QChar(0xfffd); // also the bidirectional overrides, which could disguise what is shown
    }
    return text;
}

int Output::displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
                          || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f)
                          || (u >= 0xff00 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

void Output::toStdout(const QString &text)
{
    toStdout(text.toUtf8());
}

void Output::toStdout(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void Output::toStderr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

} // namespace osm::ctl
