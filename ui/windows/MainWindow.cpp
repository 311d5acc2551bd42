#include "MainWindow.h"

#include "api/Labels.h"
#include "models/CaseListModel.h"
#include "models/CaseViewsModel.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "widgets/CaseFilterBar.h"
#include "windows/CaseWindow.h"
#include "widgets/ViewsPane.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace osm::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kHeaderKey = QStringLiteral("mainWindow/caseHeader");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kGroupKey = QStringLiteral("mainWindow/groupId");
} // namespace

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_cases(new CaseListModel(this)), m_views(new CaseViewsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_viewsPane(new ViewsPane(m_views, this)), m_filterBar(new CaseFilterBar(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("OSM Desk"));
    setObjectName(QStringLiteral("mainWindow"));

    buildCaseView();
    auto *listSide = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_view, 1);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_viewsPane);
    m_splitter->addWidget(listSide);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    setCentralWidget(m_splitter);
    buildToolBar();

    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setAccessibleName(tr("Status"));
    statusBar()->addWidget(m_status, 1);
    connect(m_cases, &CaseListModel::loadFailed, this, &MainWindow::showError);
    connect(m_cases, &CaseListModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_cases, &CaseListModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_cases, &CaseListModel::refreshed, m_views, &CaseViewsModel::refreshCounts);
    connect(m_cases, &CaseListModel::unreadCountChanged, m_views, &CaseViewsModel::noteUnread);
    connect(m_views, &CaseViewsModel::countsFailed, this, &MainWindow::showError);
    connect(m_viewsPane, &ViewsPane::viewSelected, this, &MainWindow::selectView);
    connect(m_viewsPane, &ViewsPane::groupRequested, this, [this] { chooseGroup(m_currentView); });
    connect(m_filterBar, &CaseFilterBar::filterChanged, this, &MainWindow::applyQuery);

    // The counts every minute, only while someone can see them (showEvent/hideEvent/changeEvent).
    m_countsTimer.setInterval(kCountsIntervalMs);
    connect(&m_countsTimer, &QTimer::timeout, m_views, &CaseViewsModel::refreshCounts);

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({m_viewsPane->sizeHint().width(), width() - m_viewsPane->sizeHint().width()});
    if (!settings.contains(kGeometryKey))
        resize(1200, 720);
    m_views->setGroupId(settings.value(kGroupKey).toString());

    m_cases->setClient(m_client);
    m_views->setClient(m_client);
    m_viewsPane->selectView(m_views->rowOf(CaseViewsModel::Kind::Mine));
    loadLabels();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCaseView()
{
    m_proxy->setSourceModel(m_cases);
    m_proxy->setSortRole(CaseListModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setAccessibleName(tr("Cases"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::Created, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows for big lists
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Case ids are about two dozen upper-case letters and digits: sized for that, not for average text.
    m_view->horizontalHeader()->resizeSection(
        CaseListModel::Id, m_view->fontMetrics().horizontalAdvance(QStringLiteral("TS202603271CUPNFTRIWXYZ")) + 16);
    m_view->horizontalHeader()->resizeSection(CaseListModel::Description, charWidth * 56);
    m_view->horizontalHeader()->resizeSection(CaseListModel::Created, charWidth * 22);
}

void MainWindow::buildToolBar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    QAction *refresh = toolbar->addAction(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the case list and the counts again (%1)")
                            .arg(refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);

    m_accountAction = toolbar->addAction(tr("&Account…"));
    m_accountAction->setObjectName(QStringLiteral("accountAction"));
    m_accountAction->setToolTip(tr("Edit this account's name, endpoint and credentials"));
    connect(m_accountAction, &QAction::triggered, this, &MainWindow::accountRequested);
    m_signOutAction = toolbar->addAction(tr("Sign &Out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setToolTip(tr("Forget this account's stored secret and sign in again"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
}

void MainWindow::setAccountActionsEnabled(bool enabled)
{
    m_accountAction->setEnabled(enabled);
    m_signOutAction->setEnabled(enabled);
}

void MainWindow::setGroupId(const QString &groupId)
{
    QSettings().setValue(kGroupKey, groupId);
    m_views->setGroupId(groupId);
    if (m_views->kindAt(m_currentView) == CaseViewsModel::Kind::Group)
        applyQuery();
}

void MainWindow::openCase(const QString &caseId)
{
    const QList<CaseWindow *> open = findChildren<CaseWindow *>(Qt::FindDirectChildrenOnly);
    for (CaseWindow *window : open) {
        if (window->caseId() == caseId) {
            window->showNormal();
            window->raise();
            window->activateWindow();
            return;
        }
    }
    auto *window = new CaseWindow(m_client, caseId, this); // deletes itself when closed
    window->show();
}

void MainWindow::selectView(int row)
{
    if (m_views->kindAt(row) == CaseViewsModel::Kind::Group && m_views->groupId().isEmpty()) {
        // Without a group id the group's list would be the account's own: ask for it first.
        chooseGroup(m_currentView);
        return;
    }
    m_currentView = row;
    std::optional<int> viewStatus;
    if (m_views->kindAt(row) == CaseViewsModel::Kind::Status)
        viewStatus = m_views->index(row).data(CaseViewsModel::StatusRole).toInt();
    m_filterBar->setViewStatus(viewStatus);
    applyQuery();
}

void MainWindow::chooseGroup(int fallbackRow)
{
    // Not exec(): the window keeps running (and polling) while the question is open.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("groupIdDialog"));
    dialog->setWindowTitle(tr("Group Cases"));
    dialog->setLabelText(tr("ID of the IAM group whose cases to list:"));
    dialog->setTextValue(m_views->groupId());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString groupId = text.trimmed().left(64); // group_id ≤ 64
        if (groupId.isEmpty())
            return;
        setGroupId(groupId);
        // The pane may already show the group's row (it was clicked): select it in both for certain.
        const int groupRow = m_views->rowOf(CaseViewsModel::Kind::Group);
        m_viewsPane->selectView(groupRow);
        selectView(groupRow);
    });
    connect(dialog, &QDialog::rejected, this, [this, fallbackRow] {
        if (m_views->groupId().isEmpty())
            m_viewsPane->selectView(fallbackRow);
    });
    dialog->open();
}

void MainWindow::applyQuery()
{
    api::ListCasesParams params;
    m_views->applyView(m_currentView, params);
    m_filterBar->filter().applyTo(params);
    // The same query again (a view re-selected, a filter typed back) keeps the list as it is.
    if (params.query() != m_cases->filter().query())
        m_cases->setFilter(params);
}

void MainWindow::refresh()
{
    // While a page is on its way the list is about to be current anyway; the counts are asked now.
    if (m_cases->isLoading())
        m_views->refreshCounts();
    else
        m_cases->refresh(); // the counts follow its answer (CaseListModel::refreshed)
}

void MainWindow::loadLabels()
{
    if (!m_client)
        return;
    api::ListLabelsParams params;
    params.limit = 100; // a tenant has at most 30 labels (5.9)
    whenReady(api::listLabels(*m_client, params), this, [this](const Result<LabelList> &result) {
        if (result.ok())
            m_filterBar->setLabels(result->labels);
        else
            showError(result.error());
    });
}

void MainWindow::updateCountsTimer()
{
    if (isVisible() && !isMinimized())
        m_countsTimer.start();
    else
        m_countsTimer.stop();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateCountsTimer();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_countsTimer.stop();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateCountsTimer();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showError(const Error &error)
{
    // A status, not a pop-up: the list stays usable and the next refresh may succeed.
    m_status->setText(error.userMessage());
    m_status->setToolTip(error.detailedMessage());
}

void MainWindow::updateStatus()
{
    if (m_cases->isLoading()) {
        m_status->setText(tr("Loading cases…"));
        return;
    }
    if (m_cases->totalCount() >= 0)
        m_status->setText(tr("%n case(s)", nullptr, int(m_cases->totalCount())));
}

} // namespace osm::ui
