#include "CaseExportFlow.h"

#include "models/CaseCsvWriter.h"
#include "models/CaseListModel.h"
#include "net/ApiClient.h"
#include "net/Download.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace osm::ui {

namespace {
constexpr int kMaxIncidentIdChars = 3400; // export_cases' incident_id
const QList<qint64> kExportStatuses = {0, 1, 2, 3, 4, 12, 17};
}

CaseExportFlow::CaseExportFlow(ApiClient *client, QWidget *window)
    : QObject(window), m_client(client), m_window(window)
{
    setObjectName(QStringLiteral("caseExportFlow"));
    m_choose = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Export Cases"), suggested,
                                            tr("CSV files (*.csv);;All files (*)"));
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(m_window, tr("Export Cases"), question) == QMessageBox::Yes;
    };
}

CaseExportFlow::Plan CaseExportFlow::plan(const api::ListCasesParams &query, const QStringList &listedIds,
                                          bool listComplete)
{
    Plan plan;
    api::ExportCasesParams &p = plan.params;
    p.queryStartTime = query.queryStartTime;
    p.queryEndTime = query.queryEndTime;
    p.subCustomerId = query.xCustomerId; // list_cases' x_customer_id is the sub-user's id
    p.xCustomerName = query.xCustomerName;
    if (!query.incidentId.isEmpty())
        p.incidentIds = QStringList{query.incidentId};
    if (query.status && kExportStatuses.contains(*query.status))
        p.status = query.status;
    p.productCategoryId = query.productCategoryId;
    p.businessTypeId = query.businessTypeId;
    p.incidentSubTypeId = query.incidentSubTypeId;
    p.rootCause = query.rootCause;
    p.incidentServiceType = query.incidentServiceType;
    p.limit = -1; // every match: the tables' minimum, which osm-sim reads as "no limit"

    // search_key is one string here, a list of up to three words in list_cases.
    if (query.searchKey.size() == 1)
        p.searchKey = query.searchKey.constFirst();
    else if (query.searchKey.size() > 1 || !query.appKey.isEmpty())
        //: a list filter, inserted into "The server's export cannot filter by %1."
        plan.unsupported.append(tr("several keywords"));
    if (!query.labelIdList.isEmpty())
        //: a list filter, inserted into "The server's export cannot filter by %1."
        plan.unsupported.append(tr("label"));
    if (!query.incidentStatuses.isEmpty() || (query.status && !kExportStatuses.contains(*query.status)))
        //: a list filter, inserted into "The server's export cannot filter by %1."
        plan.unsupported.append(tr("status"));
    if (!query.groupId.isEmpty())
        //: a list filter, inserted into "The server's export cannot filter by %1."
        plan.unsupported.append(tr("IAM group"));

    if (!plan.unsupported.isEmpty() && listComplete && !listedIds.isEmpty()
        && listedIds.join(QLatin1Char(',')).size() <= kMaxIncidentIdChars) {
        p.incidentIds = listedIds;
        plan.byCaseIds = true;
    }
    return plan;
}

void CaseExportFlow::start(const CaseListModel &cases, const QString &viewName)
{
    if (isRunning()) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    if (!m_client)
        return;
    QStringList ids;
    for (int row = 0; row < cases.rowCount(); ++row)
        ids.append(cases.caseAt(row).incidentId);
    const bool complete = !cases.isLoading() && cases.totalCount() >= 0 && ids.size() >= cases.totalCount();
    const Plan planned = plan(cases.filter(), ids, complete);
    if (!planned.unsupported.isEmpty() && !planned.byCaseIds) {
        if (complete && ids.isEmpty()) {
            tell(false, tr("No case matches the list's filters: there is nothing to export."));
            return;
        }
        //: %1 is a list of filters, e.g. "label and status"
        const QString question = tr("The server's export cannot filter by %1. Export the cases that match "
                                    "the other filters?")
                                     .arg(QLocale().createSeparatedList(planned.unsupported));
        if (!m_confirm(question))
            return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath(); // not the working directory, where the file dialog would start
    const QString target = m_choose(QDir(folder).filePath(CaseCsvWriter::suggestedFileName(viewName)));
    if (target.isEmpty())
        return;
    run(planned.params, target);
}

void CaseExportFlow::run(const api::ExportCasesParams &params, const QString &target)
{
    // Into the chosen folder under the server's name first (streamed, removed on failure), then renamed.
    m_download = api::exportCases(*m_client, params, QFileInfo(target).absolutePath(), this);
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export Cases"));
    m_progress->setLabelText(tr("Exporting cases…"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setRange(0, 0); // busy until the size is known
    m_progress->setMinimumDuration(500);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &CaseExportFlow::cancel);
    connect(m_download, &Download::progress, m_progress, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
        }
        //: %1 is an amount of data such as "1.2 MB"
        m_progress->setLabelText(tr("Exporting cases… %1 received").arg(QLocale().formattedDataSize(received)));
    });
    connect(m_download, &Download::finished, this, [this, target] { onFinished(target); });
}

void CaseExportFlow::cancel()
{
    if (m_download)
        m_download->abort();
}

void CaseExportFlow::onFinished(const QString &target)
{
    Download *download = m_download;
    m_download = nullptr;
    download->deleteLater();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    if (!download->ok()) {
        if (download->error().category() == Error::Category::Cancelled) {
            Q_EMIT finished(false, QString(), QString());
            return;
        }
        tell(false, tr("The cases could not be exported. %1").arg(download->error().userMessage()));
        return;
    }
    // The user already agreed to replace an existing file of that name in the file dialog.
    QString path = download->filePath();
    if (QFileInfo(path) != QFileInfo(target)) {
        QFile::remove(target);
        if (QFile::rename(path, target))
            path = target;
    }
    //: %1 is the saved file's path
    tell(true, tr("The cases were exported to %1.").arg(QDir::toNativeSeparators(path)), path);
}

void CaseExportFlow::tell(bool ok, const QString &message, const QString &path)
{
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export Cases"), message,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path can be copied
    box->open();
    Q_EMIT finished(ok, path, message);
}

} // namespace osm::ui
