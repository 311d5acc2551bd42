#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QHeaderView;

namespace osm::ui {

// The rows of a list as a CSV file for spreadsheet programs: RFC 4180 (comma, CRLF, fields quoted when they
// hold a comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so that Excel reads
// Chinese correctly, and cells that a spreadsheet would run as a formula (= + - @, tab, CR) made text with a
// leading apostrophe: the list shows server text, which must not become a formula on the user's machine.
class CaseCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(osm::ui::CaseCsvWriter)

public:
    static const QByteArray kBom; // EF BB BF

    // One field, quoted when needed, guarded against formulas.
    static QByteArray field(const QString &text);
    // Fields joined with commas, ended by CRLF.
    static QByteArray row(const QStringList &cells);
    // BOM, then the header row (the columns' titles), then every row of `model` (DisplayRole) in `columns` order.
    static QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns);
    // The columns the header shows, in the order the user sees them.
    static QList<int> visibleColumns(const QHeaderView &header);
    // "<view name> <yyyy-MM-dd>.csv", safe as a file name (the view's name is translated text).
    static QString suggestedFileName(const QString &viewName);
    // Writes `csv` to `path` all at once or not at all (QSaveFile); false with a translated reason.
    static bool writeFile(const QString &path, const QByteArray &csv, QString *error);
};

} // namespace osm::ui
