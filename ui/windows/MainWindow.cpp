#include "MainWindow.h"

#include "models/CaseListModel.h"
#include "net/ApiClient.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace osm::ui {

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_cases(new CaseListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("OSM Desk"));
    setObjectName(QStringLiteral("mainWindow"));

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
    setCentralWidget(m_view);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    QAction *refresh = toolbar->addAction(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the case list again (%1)").arg(refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(refresh, &QAction::triggered, m_cases, &CaseListModel::refresh);

    m_accountAction = toolbar->addAction(tr("&Account…"));
    m_accountAction->setObjectName(QStringLiteral("accountAction"));
    m_accountAction->setToolTip(tr("Edit this account's name, endpoint and credentials"));
    connect(m_accountAction, &QAction::triggered, this, &MainWindow::accountRequested);
    m_signOutAction = toolbar->addAction(tr("Sign &Out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setToolTip(tr("Forget this account's stored secret and sign in again"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setAccessibleName(tr("Status"));
    statusBar()->addWidget(m_status, 1);
    connect(m_cases, &CaseListModel::loadFailed, this, &MainWindow::showError);
    connect(m_cases, &CaseListModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_cases, &CaseListModel::totalCountChanged, this, &MainWindow::updateStatus);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/caseHeader")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1200, 720);

    m_cases->setClient(m_client);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setAccountActionsEnabled(bool enabled)
{
    m_accountAction->setEnabled(enabled);
    m_signOutAction->setEnabled(enabled);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/caseHeader"), m_view->horizontalHeader()->saveState());
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
