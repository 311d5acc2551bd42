#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QTableView;
class QWidget;

namespace osm::ui {

// File ▸ Save View as CSV…: the rows the case list has loaded, with its visible columns in their order and
// the list's own formatting, written locally (CaseCsvWriter) — no request. Says where it saved in the
// window's status bar; a failure in a message box.
class SaveViewAsCsv : public QObject
{
    Q_OBJECT

public:
    explicit SaveViewAsCsv(QWidget *window);

    // Replaceable (tests). Default: QFileDialog::getSaveFileName from `suggestedPath`; empty means cancelled.
    void setFileChooser(std::function<QString(const QString &suggestedPath)> choose) { m_choose = std::move(choose); }

    // Asks for a file and writes `view`'s rows there; `viewName` names the suggested file.
    void save(const QTableView *view, const QString &viewName);

Q_SIGNALS:
    void saved(const QString &path, int rows);
    void failed(const QString &message);

private:
    QWidget *m_window;
    std::function<QString(const QString &)> m_choose;
};

} // namespace osm::ui
