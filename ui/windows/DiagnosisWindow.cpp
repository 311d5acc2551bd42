#include "DiagnosisWindow.h"

#include "api/Config.h"
#include "api/Diagnosis.h"
#include "models/DiagnoseJobPoller.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

const QString kProjectKey = QStringLiteral("diagnosis/projectId");
const QString kRegionKey = QStringLiteral("diagnosis/region");
const QString kGeometryKey = QStringLiteral("diagnosis/geometry");
constexpr int kCheckIdRole = Qt::UserRole;
const QList<int> kTypes = {api::diagnose::kEcs, api::diagnose::kRds, api::diagnose::kRemoteLogin,
                           api::diagnose::kNetworkHealth};

// A diagnosis of a VM takes its id or, when what was typed is an address, its elastic IP (5.15.5 params).
bool targetsVm(int type)
{
    return type == api::diagnose::kEcs || type == api::diagnose::kRemoteLogin;
}

// Columns as wide as what they hold (ids and times are not worth eliding), the last one stretching.
void fitColumns(QTreeWidget *tree)
{
    for (int column = 0; column + 1 < tree->columnCount(); ++column)
        tree->resizeColumnToContents(column);
}

QString paragraph(const QString &heading, const QString &text)
{
    return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

DiagnosisWindow::DiagnosisWindow(ApiClient *client, QWidget *parent)
    : QWidget(parent, Qt::Window), m_client(client), m_poller(new DiagnoseJobPoller(client, this))
{
    setObjectName(QStringLiteral("diagnosisWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildDiagnoseTab(), QString());
    m_tabs->addTab(buildHistoryTab(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_poller, &DiagnoseJobPoller::updated, this, &DiagnosisWindow::onJobUpdated);
    connect(m_poller, &DiagnoseJobPoller::finished, this, &DiagnosisWindow::onJobFinished);
    connect(m_poller, &DiagnoseJobPoller::failed, this, [this](const Error &error) {
        showProblem(error);
        updateState();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_records.isEmpty() && m_historyTotal == 0)
            loadHistory();
    });

    const QSettings settings;
    m_project->setText(settings.value(kProjectKey).toString());
    m_region->setEditText(settings.value(kRegionKey).toString());
    retranslate();
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(980, 760);
    loadRegions();
}

DiagnosisWindow::~DiagnosisWindow()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kProjectKey, m_project->text().trimmed());
    settings.setValue(kRegionKey, currentRegion());
}

QWidget *DiagnosisWindow::buildDiagnoseTab()
{
    auto *tab = new QWidget;
    m_intro = new QLabel;
    m_intro->setWordWrap(true);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("diagnosisType"));
    for (int type : kTypes)
        m_type->addItem(QString(), type);
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("diagnosisRegion"));
    m_region->setEditable(true); // a region the list does not offer can be typed
    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("diagnosisTarget"));
    m_target->setMaxLength(64);
    m_typeLabel = new QLabel;
    m_regionLabel = new QLabel;
    m_targetLabel = new QLabel;
    auto *form = new QFormLayout;
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_targetLabel, m_target);

    // Finding a VM (5.15.6): the project and region's VMs, filtered by name; choosing one fills the target.
    m_findBox = new QGroupBox;
    m_project = new QLineEdit;
    m_project->setObjectName(QStringLiteral("diagnosisProject"));
    m_project->setMaxLength(64);
    m_vmName = new QLineEdit;
    m_vmName->setObjectName(QStringLiteral("diagnosisVmName"));
    m_vmName->setMaxLength(64);
    m_find = new QPushButton;
    m_find->setObjectName(QStringLiteral("diagnosisFind"));
    m_projectLabel = new QLabel;
    m_vmNameLabel = new QLabel;
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_projectLabel);
    findRow->addWidget(m_project, 2);
    findRow->addWidget(m_vmNameLabel);
    findRow->addWidget(m_vmName, 1);
    findRow->addWidget(m_find);
    m_vms = new QTreeWidget;
    m_vms->setObjectName(QStringLiteral("diagnosisVms"));
    m_vms->setRootIsDecorated(false);
    m_vms->setColumnCount(5);
    m_vms->setUniformRowHeights(true);
    auto *findLayout = new QVBoxLayout(m_findBox);
    findLayout->addLayout(findRow);
    findLayout->addWidget(m_vms);

    m_start = new QPushButton;
    m_start->setObjectName(QStringLiteral("diagnosisStart"));
    m_start->setDefault(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("diagnosisStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("diagnosisProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(m_progress);
    startRow->addWidget(m_status, 1);

    // Results: every check item, and what was found and advised for the chosen one.
    m_items = new QTreeWidget;
    m_items->setObjectName(QStringLiteral("diagnosisItems"));
    m_items->setRootIsDecorated(false);
    m_items->setColumnCount(3);
    m_items->setUniformRowHeights(true);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("diagnosisDetails"));
    m_details->setOpenExternalLinks(true);
    auto *results = new QSplitter(Qt::Horizontal);
    results->addWidget(m_items);
    results->addWidget(m_details);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);

    m_feedbackBox = new QGroupBox;
    m_feedbackBox->setObjectName(QStringLiteral("diagnosisFeedback"));
    m_feedbackText = new QLineEdit;
    m_feedbackText->setObjectName(QStringLiteral("diagnosisFeedbackText"));
    m_feedbackText->setMaxLength(kFeedbackMaxLength);
    m_helpful = new QPushButton;
    m_helpful->setObjectName(QStringLiteral("diagnosisHelpful"));
    m_notHelpful = new QPushButton;
    m_notHelpful->setObjectName(QStringLiteral("diagnosisNotHelpful"));
    m_feedbackStatus = new QLabel;
    m_feedbackStatus->setObjectName(QStringLiteral("diagnosisFeedbackStatus"));
    m_feedbackStatus->setTextFormat(Qt::PlainText);
    m_feedbackStatus->setWordWrap(true);
    auto *feedbackRow = new QHBoxLayout;
    feedbackRow->addWidget(m_feedbackText, 1);
    feedbackRow->addWidget(m_helpful);
    feedbackRow->addWidget(m_notHelpful);
    auto *feedbackLayout = new QVBoxLayout(m_feedbackBox);
    feedbackLayout->addLayout(feedbackRow);
    feedbackLayout->addWidget(m_feedbackStatus);
    m_feedbackBox->hide();

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_findBox, 2);
    layout->addLayout(startRow);
    layout->addWidget(m_problem);
    layout->addWidget(results, 3);
    layout->addWidget(m_feedbackBox);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        retranslate(); // the target's caption and hint depend on the type
    });
    connect(m_region, &QComboBox::currentTextChanged, this, &DiagnosisWindow::updateState);
    connect(m_target, &QLineEdit::textChanged, this, &DiagnosisWindow::updateState);
    connect(m_project, &QLineEdit::textChanged, this, &DiagnosisWindow::updateState);
    connect(m_find, &QPushButton::clicked, this, &DiagnosisWindow::findVms);
    connect(m_vmName, &QLineEdit::returnPressed, this, &DiagnosisWindow::findVms);
    connect(m_vms, &QTreeWidget::itemSelectionChanged, this, &DiagnosisWindow::useSelectedVm);
    connect(m_start, &QPushButton::clicked, this, &DiagnosisWindow::startDiagnosis);
    connect(m_items, &QTreeWidget::currentItemChanged, this, &DiagnosisWindow::showSelectedItem);
    connect(m_helpful, &QPushButton::clicked, this, [this] { sendFeedback(true); });
    connect(m_notHelpful, &QPushButton::clicked, this, [this] { sendFeedback(false); });
    return tab;
}

QWidget *DiagnosisWindow::buildHistoryTab()
{
    auto *tab = new QWidget;
    m_historyType = new QComboBox;
    m_historyType->setObjectName(QStringLiteral("historyType"));
    for (int type : kTypes)
        m_historyType->addItem(QString(), type);
    m_historyTypeLabel = new QLabel;
    m_historyTypeLabel->setBuddy(m_historyType);
    m_historyRefresh = new QPushButton;
    m_historyRefresh->setObjectName(QStringLiteral("historyRefresh"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_historyTypeLabel);
    top->addWidget(m_historyType);
    top->addWidget(m_historyRefresh);
    top->addStretch(1);

    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("historyRecords"));
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(5);
    m_history->setUniformRowHeights(true);

    m_historyPrevious = new QPushButton;
    m_historyPrevious->setObjectName(QStringLiteral("historyPrevious"));
    m_historyNext = new QPushButton;
    m_historyNext->setObjectName(QStringLiteral("historyNext"));
    m_historyPage = new QLabel;
    m_historyPage->setObjectName(QStringLiteral("historyPage"));
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_historyPrevious);
    pager->addWidget(m_historyPage);
    pager->addWidget(m_historyNext);
    pager->addStretch(1);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_history, 1);
    layout->addLayout(pager);

    connect(m_historyType, &QComboBox::currentIndexChanged, this, [this] { loadHistory(1); });
    connect(m_historyRefresh, &QPushButton::clicked, this, [this] { loadHistory(m_historyPageNo); });
    connect(m_historyPrevious, &QPushButton::clicked, this, [this] { loadHistory(m_historyPageNo - 1); });
    connect(m_historyNext, &QPushButton::clicked, this, [this] { loadHistory(m_historyPageNo + 1); });
    connect(m_history, &QTreeWidget::itemActivated, this, &DiagnosisWindow::openHistoryRow);
    return tab;
}

QString DiagnosisWindow::typeName(int type)
{
    switch (type) {
    case api::diagnose::kEcs:
        return tr("Cloud server (ECS)");
    case api::diagnose::kRds:
        return tr("Database instance (RDS)");
    case api::diagnose::kRemoteLogin:
        return tr("Remote login");
    case api::diagnose::kNetworkHealth:
        return tr("Network health");
    }
    //: %1 is a number the server sent
    return tr("Type %1").arg(type);
}

QString DiagnosisWindow::statusName(int status)
{
    switch (status) {
    case DiagnoseJob::kPreparing:
        return tr("Preparing");
    case DiagnoseJob::kRunning:
        return tr("Running");
    case DiagnoseJob::kCompleted:
        return tr("Completed");
    case DiagnoseJob::kFailed:
        return tr("Failed");
    case DiagnoseJob::kNotExecuted:
        return tr("Not executed");
    case DiagnoseJob::kUnavailable:
        return tr("Unavailable");
    }
    //: %1 is a number the server sent
    return tr("Status %1").arg(status);
}

QString DiagnosisWindow::statusText(const DiagnoseJob &job)
{
    switch (job.status) {
    case DiagnoseJob::kPreparing:
        return tr("Preparing the diagnosis…");
    case DiagnoseJob::kRunning: {
        int done = 0;
        for (const DiagnoseItemResult &item : job.items)
            done += item.executed() ? 1 : 0;
        //: %1 of %2 check items are done
        return tr("Running: %1 of %2 checks done…").arg(done).arg(job.items.size());
    }
    case DiagnoseJob::kCompleted:
        return job.abnormalCount() == 0
                   ? tr("Completed: no problem found.")
                   : tr("Completed: %n check item(s) found a problem.", nullptr, job.abnormalCount());
    case DiagnoseJob::kFailed:
        return tr("The diagnosis failed: the resource could not be checked. Check its region and ID.");
    case DiagnoseJob::kNotExecuted:
        return tr("The diagnosis was not run.");
    case DiagnoseJob::kUnavailable:
        return tr("This diagnosis is not available for the resource.");
    }
    return statusName(job.status);
}

QString DiagnosisWindow::itemResultText(const DiagnoseItemResult &item, bool jobFinished)
{
    if (item.abnormal())
        return tr("Problem found");
    if (item.problemLevel == DiagnoseItemResult::kNormal)
        return tr("Normal");
    if (jobFinished)
        return statusName(DiagnoseJob::kNotExecuted);
    if (item.status > 0)
        //: a check item in progress; %1 is a percentage
        return tr("Checking (%1%)").arg(item.status);
    return tr("Waiting");
}

int DiagnosisWindow::currentType() const
{
    return m_type->currentData().toInt();
}

QString DiagnosisWindow::currentRegion() const
{
    // The combo shows names and keeps ids; a typed text is taken as an id.
    const int index = m_region->findText(m_region->currentText());
    if (index >= 0 && !m_region->itemData(index).toString().isEmpty())
        return m_region->itemData(index).toString();
    return m_region->currentText().trimmed();
}

bool DiagnosisWindow::englishAdvice() const
{
    return !m_client->language().startsWith(QLatin1String("zh"));
}

void DiagnosisWindow::loadRegions()
{
    whenReady(api::listRegions(*m_client), this, [this](const Result<RegionList> &result) {
        if (!result.ok()) {
            showProblem(result.error());
            return;
        }
        const QString wanted = currentRegion();
        m_region->clear();
        for (const Region &region : result->regions) {
            //: a region's name and id, e.g. "CN South-Guangzhou (cn-south-1)"
            m_region->addItem(tr("%1 (%2)").arg(region.regionName, region.regionId), region.regionId);
        }
        const int index = m_region->findData(wanted);
        if (index >= 0)
            m_region->setCurrentIndex(index);
        else if (!wanted.isEmpty())
            m_region->setEditText(wanted);
        updateState();
    });
}

void DiagnosisWindow::findVms()
{
    if (m_searching || m_project->text().trimmed().isEmpty())
        return;
    api::ListDiagnoseVmResourcesParams params;
    params.projectId = m_project->text().trimmed();
    params.region = currentRegion();
    params.offset = 1;
    params.limit = kVmPageSize;
    params.vmName = m_vmName->text().trimmed();
    m_searching = true;
    m_problem->hide();
    updateState();
    whenReady(api::listDiagnoseVmResources(*m_client, params), this, [this](const Result<DiagnoseResourceList> &result) {
        m_searching = false;
        m_vms->clear();
        if (!result.ok()) {
            showProblem(result.error());
        } else {
            for (const DiagnoseResource &vm : result->resources) {
                auto *row = new QTreeWidgetItem(m_vms, {vm.name, vm.id, vm.ipAddresses().join(QStringLiteral(", ")),
                                                        vm.status, vm.fault});
                row->setData(0, Qt::UserRole, vm.id);
            }
            fitColumns(m_vms);
            if (result->resources.isEmpty())
                m_status->setText(tr("No virtual machine of this project and region matches."));
            else
                m_status->setText(tr("Found %n virtual machine(s): choose one to diagnose.", nullptr,
                                     int(result->resources.size())));
        }
        updateState();
    });
}

void DiagnosisWindow::useSelectedVm()
{
    const QList<QTreeWidgetItem *> selected = m_vms->selectedItems();
    if (selected.isEmpty())
        return;
    if (!targetsVm(currentType()))
        m_type->setCurrentIndex(m_type->findData(api::diagnose::kEcs));
    m_target->setText(selected.first()->data(0, Qt::UserRole).toString());
}

void DiagnosisWindow::startDiagnosis()
{
    if (!m_start->isEnabled())
        return;
    api::StartDiagnoseJobParams params;
    params.type = currentType();
    params.regionId = currentRegion();
    const QString target = m_target->text().trimmed();
    if (targetsVm(params.type))
        params.params.insert(QHostAddress(target).isNull() ? QStringLiteral("vm_id") : QStringLiteral("eip"), target);
    else if (params.type == api::diagnose::kRds)
        params.params.insert(QStringLiteral("instanceId"), target);
    m_starting = true;
    m_problem->hide();
    m_status->setText(tr("Starting the diagnosis…"));
    updateState();
    whenReady(api::startDiagnoseJob(*m_client, params), this,
              [this, type = params.type, region = params.regionId](const Result<DiagnoseJobStarted> &result) {
                  m_starting = false;
                  if (!result.ok()) {
                      m_status->clear();
                      showProblem(result.error());
                      updateState();
                      return;
                  }
                  m_startedHere = true;
                  m_feedbackGiven = false;
                  m_feedbackText->clear();
                  m_feedbackStatus->clear();
                  m_jobType = type;
                  m_jobRegion = region;
                  m_job.reset();
                  m_itemDetails.clear();
                  m_items->clear();
                  m_details->clear();
                  m_poller->start(result->jobId, region);
                  updateState();
              });
}

void DiagnosisWindow::showJob(const QString &jobId, const QString &regionId, int type)
{
    m_tabs->setCurrentIndex(0);
    m_startedHere = false;
    m_jobType = type;
    m_jobRegion = regionId;
    m_job.reset();
    m_itemDetails.clear();
    m_items->clear();
    m_details->clear();
    m_problem->hide();
    m_status->setText(tr("Reading the diagnosis…"));
    m_poller->start(jobId, regionId);
    updateState();
}

void DiagnosisWindow::onJobUpdated(const DiagnoseJob &job)
{
    m_job = job;
    const QString current = m_items->currentItem() ? m_items->currentItem()->data(0, kCheckIdRole).toString() : QString();
    m_items->clear();
    for (const DiagnoseItemResult &item : job.items) {
        auto *row = new QTreeWidgetItem(m_items, {item.resourceName, item.checkName, itemResultText(item, job.finished())});
        row->setData(0, kCheckIdRole, item.checkId);
        if (item.abnormal()) {
            QFont bold = row->font(2);
            bold.setBold(true);
            row->setFont(2, bold);
            row->setForeground(2, QColor(0xb0, 0x00, 0x20));
        }
        if (item.checkId == current)
            m_items->setCurrentItem(row);
    }
    fitColumns(m_items);
    m_status->setText(statusText(job));
    updateState();
}

void DiagnosisWindow::onJobFinished(const DiagnoseJob &job)
{
    loadItemDetails(job);
    // A diagnosis started here is the newest of the history: shown there once it was read.
    if (m_startedHere && m_historyTotal > 0)
        loadHistory(1);
    updateState();
}

void DiagnosisWindow::loadItemDetails(const DiagnoseJob &job)
{
    api::ShowDiagnoseItemResultsParams params;
    params.jobId = job.jobId;
    params.regionId = m_jobRegion;
    for (const DiagnoseItemResult &item : job.items) {
        if (item.executed() && !params.itemIds.contains(item.checkId))
            params.itemIds.append(item.checkId);
    }
    if (params.itemIds.isEmpty())
        return;
    const QString jobId = job.jobId;
    whenReady(api::showDiagnoseItemResults(*m_client, params), this,
              [this, jobId](const Result<DiagnoseItemDetailList> &result) {
                  if (!m_job || m_job->jobId != jobId)
                      return; // another job is shown by now
                  if (!result.ok()) {
                      showProblem(result.error());
                      return;
                  }
                  m_site = result->site;
                  for (const DiagnoseItemDetail &detail : result->items)
                      m_itemDetails.insert(detail.checkId, detail);
                  // The first problem is what the user wants to read first (once, as the job ends).
                  {
                      for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
                          QTreeWidgetItem *row = m_items->topLevelItem(i);
                          if (m_itemDetails.value(row->data(0, kCheckIdRole).toString()).level ==
                              DiagnoseItemResult::kAbnormal) {
                              m_items->setCurrentItem(row);
                              break;
                          }
                      }
                  }
                  showSelectedItem();
              });
}

void DiagnosisWindow::showSelectedItem()
{
    const QTreeWidgetItem *row = m_items->currentItem();
    if (!row) {
        m_details->clear();
        return;
    }
    const QString checkId = row->data(0, kCheckIdRole).toString();
    QString html = QStringLiteral("<h3>%1</h3>").arg(row->text(1).toHtmlEscaped());
    html += paragraph(tr("Result"), row->text(2));
    const auto detail = m_itemDetails.constFind(checkId);
    if (detail == m_itemDetails.constEnd()) {
        if (m_job && m_job->finished())
            html += QStringLiteral("<p>%1</p>").arg(tr("No details for this check item.").toHtmlEscaped());
    } else {
        const QString language = englishAdvice() ? QStringLiteral("en") : QStringLiteral("zh");
        if (!detail->response.isEmpty())
            html += paragraph(tr("What was found"), detail->response);
        const QString advice = detail->advice(language);
        if (!advice.isEmpty())
            html += paragraph(tr("Advice"), advice);
        // Server text is untrusted: only web addresses become links.
        const QUrl url(detail->adviceUrl(m_site, language));
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Read more about this problem").toHtmlEscaped());
    }
    m_details->setHtml(html);
}

void DiagnosisWindow::sendFeedback(bool helpful)
{
    if (m_sendingFeedback || m_feedbackGiven || !m_startedHere || !m_job || !m_job->finished())
        return;
    api::DiagnoseFeedbackParams params;
    params.type = m_jobType;
    params.isHelpful = helpful;
    params.content = m_feedbackText->text().trimmed();
    params.regionId = m_jobRegion;
    m_sendingFeedback = true;
    m_feedbackStatus->setText(tr("Sending…"));
    updateState();
    whenReady(api::createDiagnoseFeedback(*m_client, params), this, [this](const Result<Acknowledgement> &result) {
        m_sendingFeedback = false;
        if (result.ok()) {
            m_feedbackGiven = true;
            m_feedbackStatus->setText(tr("Thank you: your feedback was sent."));
        } else {
            m_feedbackStatus->setText(result.error().userMessage());
        }
        updateState();
    });
}

void DiagnosisWindow::loadHistory(int page)
{
    api::ListDiagnoseRecordsParams params;
    params.type = m_historyType->currentData().toInt();
    params.pageNo = qMax(1, page);
    params.pageSize = kHistoryPageSize;
    m_historyRefresh->setEnabled(false);
    whenReady(api::listDiagnoseRecords(*m_client, params), this,
              [this, page = int(*params.pageNo)](const Result<DiagnoseRecordList> &result) {
                  m_historyRefresh->setEnabled(true);
                  if (!result.ok()) {
                      m_historyPage->setText(result.error().userMessage());
                      return;
                  }
                  showHistory(result.value(), page);
              });
}

void DiagnosisWindow::showHistory(const DiagnoseRecordList &records, int page)
{
    m_records = records.records;
    m_historyPageNo = page;
    m_historyTotal = records.totalCount;
    m_history->clear();
    const QLocale locale;
    for (const DiagnoseRecord &record : m_records) {
        QStringList targets;
        for (auto it = record.params.cbegin(); it != record.params.cend(); ++it)
            targets.append(it.value());
        bool numeric = false;
        const int status = record.status.toInt(&numeric);
        auto *row = new QTreeWidgetItem(
            m_history, {locale.toString(record.createTime.toLocalTime(), QLocale::ShortFormat), record.region,
                        targets.join(QStringLiteral(", ")), numeric ? statusName(status) : record.status,
                        locale.toString(record.redCount)});
        row->setData(0, Qt::UserRole, record.jobId);
        row->setData(1, Qt::UserRole, record.region);
    }
    fitColumns(m_history);
    retranslate(); // the page label
}

void DiagnosisWindow::openHistoryRow()
{
    const QTreeWidgetItem *row = m_history->currentItem();
    if (row)
        showJob(row->data(0, Qt::UserRole).toString(), row->data(1, Qt::UserRole).toString(),
                m_historyType->currentData().toInt());
}

void DiagnosisWindow::showProblem(const Error &error)
{
    m_problem->setText(error.userMessage());
    m_problem->show();
}

void DiagnosisWindow::updateState()
{
    const int type = currentType();
    const bool needsTarget = type != api::diagnose::kNetworkHealth;
    const bool following = m_poller->isActive() || m_starting;
    m_target->setEnabled(needsTarget);
    m_find->setEnabled(!m_searching && !m_project->text().trimmed().isEmpty());
    m_start->setEnabled(!following && !currentRegion().isEmpty() &&
                        (!needsTarget || !m_target->text().trimmed().isEmpty()));
    m_progress->setVisible(following);
    if (m_job && !m_job->items.isEmpty()) {
        int done = 0;
        for (const DiagnoseItemResult &item : m_job->items)
            done += item.executed() ? 1 : 0;
        m_progress->setRange(0, int(m_job->items.size()));
        m_progress->setValue(done);
    } else {
        m_progress->setRange(0, 0); // busy until the first answer
    }
    const bool canJudge = m_startedHere && m_job && m_job->finished() && m_job->status == DiagnoseJob::kCompleted;
    m_feedbackBox->setVisible(canJudge);
    m_feedbackText->setEnabled(canJudge && !m_feedbackGiven && !m_sendingFeedback);
    m_helpful->setEnabled(canJudge && !m_feedbackGiven && !m_sendingFeedback);
    m_notHelpful->setEnabled(canJudge && !m_feedbackGiven && !m_sendingFeedback);
    const qint64 pages = qMax<qint64>(1, (m_historyTotal + kHistoryPageSize - 1) / kHistoryPageSize);
    m_historyPrevious->setEnabled(m_historyPageNo > 1);
    m_historyNext->setEnabled(m_historyPageNo < pages);
}

void DiagnosisWindow::retranslate()
{
    setWindowTitle(tr("Diagnosis"));
    m_tabs->setTabText(0, tr("&Diagnose"));
    m_tabs->setTabText(1, tr("&History"));
    m_intro->setText(tr("Check a cloud resource for common problems in one click: choose what to diagnose, "
                        "start, and read the results and advice."));
    for (int i = 0; i < m_type->count(); ++i) {
        m_type->setItemText(i, typeName(m_type->itemData(i).toInt()));
        m_historyType->setItemText(i, typeName(m_historyType->itemData(i).toInt()));
    }
    m_typeLabel->setText(tr("&Diagnose:"));
    m_typeLabel->setBuddy(m_type);
    m_type->setAccessibleName(tr("Diagnosis type"));
    m_regionLabel->setText(tr("&Region:"));
    m_regionLabel->setBuddy(m_region);
    m_region->setAccessibleName(tr("Region"));
    const int type = currentType();
    if (targetsVm(type)) {
        m_targetLabel->setText(tr("&Virtual machine:"));
        m_target->setPlaceholderText(tr("VM ID or elastic IP address, or choose one below"));
    } else if (type == api::diagnose::kRds) {
        m_targetLabel->setText(tr("&Instance:"));
        m_target->setPlaceholderText(tr("RDS instance ID"));
    } else {
        m_targetLabel->setText(tr("&Resource:"));
        m_target->setPlaceholderText(tr("Not needed for this diagnosis"));
    }
    m_targetLabel->setBuddy(m_target);
    m_target->setAccessibleName(tr("Resource to diagnose"));
    m_findBox->setTitle(tr("Find a virtual machine"));
    m_projectLabel->setText(tr("&Project ID:"));
    m_projectLabel->setBuddy(m_project);
    m_project->setAccessibleName(tr("Project ID"));
    m_project->setPlaceholderText(tr("The region's project ID, as shown under My Credentials in the console"));
    m_vmNameLabel->setText(tr("&Name:"));
    m_vmNameLabel->setBuddy(m_vmName);
    m_vmName->setAccessibleName(tr("VM name"));
    m_vmName->setPlaceholderText(tr("Part of the name (optional)"));
    m_find->setText(tr("&Find"));
    m_vms->setHeaderLabels({tr("Name"), tr("ID"), tr("IP addresses"), tr("Status"), tr("Known fault")});
    m_vms->setAccessibleName(tr("Virtual machines"));
    m_start->setText(tr("&Start Diagnosis"));
    m_status->setAccessibleName(tr("Diagnosis status"));
    if (m_job)
        m_status->setText(statusText(*m_job));
    m_problem->setAccessibleName(tr("Problem"));
    m_items->setHeaderLabels({tr("Category"), tr("Check item"), tr("Result")});
    m_items->setAccessibleName(tr("Check items"));
    m_details->setAccessibleName(tr("Check item details"));
    m_feedbackBox->setTitle(tr("Did this diagnosis help?"));
    m_feedbackText->setAccessibleName(tr("Feedback comment"));
    m_feedbackText->setPlaceholderText(tr("Comment (optional)"));
    m_helpful->setText(tr("&Helpful"));
    m_notHelpful->setText(tr("&Not Helpful"));
    if (m_feedbackGiven)
        m_feedbackStatus->setText(tr("Thank you: your feedback was sent."));
    m_historyTypeLabel->setText(tr("&Type:"));
    m_historyType->setAccessibleName(tr("Diagnosis type"));
    m_historyRefresh->setText(tr("&Refresh"));
    m_history->setHeaderLabels({tr("Started"), tr("Region"), tr("Resource"), tr("Status"), tr("Problems")});
    m_history->setAccessibleName(tr("Past diagnoses"));
    m_history->setToolTip(tr("Double-click a diagnosis to see its results"));
    m_historyPrevious->setText(tr("&Previous"));
    m_historyNext->setText(tr("&Next"));
    const qint64 pages = qMax<qint64>(1, (m_historyTotal + kHistoryPageSize - 1) / kHistoryPageSize);
    //: %1 and %2 are page numbers; %3 is the number of diagnoses
    m_historyPage->setText(tr("Page %1 of %2 (%3 in all)").arg(m_historyPageNo).arg(pages).arg(m_historyTotal));
    updateState();
}

void DiagnosisWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace osm::ui
