#pragma once

#include "api/CaseExport.h"
#include "api/CaseQueries.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <functional>

class QWidget;

namespace osm {
class ApiClient;
class Download;
}

namespace osm::ui {

class CaseListModel;

// File ▸ Export Cases…: the server's export (5.3.7) of the cases the list shows, with the list's current
// query (view and filters), saved under a name the user picks, with progress and Cancel, then says where
// the file is. The export's query table lacks some list filters (labels, several keywords, the Paused
// status, an IAM group): when the list is loaded whole, those are applied by naming its cases (incident_id);
// otherwise the user is asked before exporting without them.
class CaseExportFlow : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        api::ExportCasesParams params;
        QStringList unsupported; // the list's filters the export cannot express (translated, for the question)
        bool byCaseIds = false;  // they are applied through the listed cases' ids instead
    };

    CaseExportFlow(ApiClient *client, QWidget *window);

    // The export's parameters for the list's query. `listedIds` are the cases the list holds; `listComplete`
    // says that they are all the cases the query matches.
    static Plan plan(const api::ListCasesParams &query, const QStringList &listedIds, bool listComplete);

    // Replaceable (tests). Default: QFileDialog::getSaveFileName from `suggestedPath`; empty means cancelled.
    void setFileChooser(std::function<QString(const QString &suggestedPath)> choose) { m_choose = std::move(choose); }
    // Replaceable (tests). Default: a QMessageBox question; true means go on.
    void setConfirmer(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    // Plans from the list, asks what needs asking, then downloads. One export at a time.
    void start(const CaseListModel &cases, const QString &viewName);
    void cancel();
    bool isRunning() const { return m_download != nullptr; }
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    // `path` is where the file is (ok), `message` what the user was told.
    void finished(bool ok, const QString &path, const QString &message);

private:
    void run(const api::ExportCasesParams &params, const QString &target);
    void onFinished(const QString &target);
    void tell(bool ok, const QString &message, const QString &path = QString());

    QPointer<ApiClient> m_client;
    QWidget *m_window;
    std::function<QString(const QString &)> m_choose;
    std::function<bool(const QString &)> m_confirm;
    QPointer<Download> m_download;
    QPointer<QProgressDialog> m_progress;
};

} // namespace osm::ui
