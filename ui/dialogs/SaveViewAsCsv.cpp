#include "SaveViewAsCsv.h"

#include "models/CaseCsvWriter.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace osm::ui {

namespace {
constexpr int kMessageMs = 15000;
}

SaveViewAsCsv::SaveViewAsCsv(QWidget *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("saveViewAsCsv"));
    m_choose = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Save View as CSV"), suggested,
                                            tr("CSV files (*.csv);;All files (*)"));
    };
}

void SaveViewAsCsv::save(const QTableView *view, const QString &viewName)
{
    if (!view || !view->model())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath(); // not the working directory, where the file dialog would start
    const QString path = m_choose(QDir(folder).filePath(CaseCsvWriter::suggestedFileName(viewName)));
    if (path.isEmpty())
        return;
    // The view's model: its sort order, and the rows loaded so far (paging is the list's, not ours).
    const QAbstractItemModel &model = *view->model();
    const QByteArray csv = CaseCsvWriter::toCsv(model, CaseCsvWriter::visibleColumns(*view->horizontalHeader()));
    QString error;
    if (!CaseCsvWriter::writeFile(path, csv, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save View as CSV"), error, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("saveCsvErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT failed(error);
        return;
    }
    const int rows = model.rowCount();
    if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        //: %1 is the file's path
        main->statusBar()->showMessage(tr("Saved %n case(s) to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)),
                                       kMessageMs);
    }
    Q_EMIT saved(path, rows);
}

} // namespace osm::ui
