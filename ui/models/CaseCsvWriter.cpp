#include "CaseCsvWriter.h"

#include "net/FileNameSanitizer.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDir>
#include <QHeaderView>
#include <QSaveFile>

namespace osm::ui {

const QByteArray CaseCsvWriter::kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray CaseCsvWriter::field(const QString &text)
{
    QString value = text;
    // OWASP's CSV-injection guard: what a spreadsheet would evaluate starts with one of these.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value.toUtf8();
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + value.toUtf8() + '"';
}

QByteArray CaseCsvWriter::row(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(cells.at(i));
    }
    return out + "\r\n";
}

QByteArray CaseCsvWriter::toCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QByteArray out = kBom;
    QStringList cells;
    for (const int column : columns)
        cells.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    out += row(cells);
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (const int column : columns)
            cells.append(model.index(r, column).data(Qt::DisplayRole).toString());
        out += row(cells);
    }
    return out;
}

QList<int> CaseCsvWriter::visibleColumns(const QHeaderView &header)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString CaseCsvWriter::suggestedFileName(const QString &viewName)
{
    QString base = viewName.simplified();
    // The sanitiser keeps only a path's last component: a slash in a name must not cut it.
    base.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    const QString date = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    return FileNameSanitizer::sanitize(base.isEmpty() ? date + QStringLiteral(".csv")
                                                      : base + QLatin1Char(' ') + date + QStringLiteral(".csv"),
                                       QStringLiteral("cases.csv"));
}

bool CaseCsvWriter::writeFile(const QString &path, const QByteArray &csv, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
        return true;
    if (error) {
        //: %1 is a file path, %2 the system's reason
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

} // namespace osm::ui
