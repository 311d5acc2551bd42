#include "MainWindow.h"

#include "api/Labels.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AccountInfoDialog.h"
#include "dialogs/ReportFeedbackDialog.h"
#include "windows/DiagnosisWindow.h"
#include "dialogs/CreateCaseWizard.h"
#include "dialogs/SubmissionPrivilegeGate.h"
#include "dialogs/CaseExportFlow.h"
#include "dialogs/LabelManagerDialog.h"
#include "dialogs/SaveViewAsCsv.h"
#include "models/CaseListModel.h"
#include "models/CaseListProxyModel.h"
#include "models/CaseViewsModel.h"
#include "models/UnreadPoller.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/CaseFilterBar.h"
#include "windows/BringToFront.h"
#include "windows/CaseWindow.h"
#include "windows/LocalCacheActions.h"
#include "windows/AuthorizationsWindow.h"
#include "widgets/LanguageMenu.h"
#include "widgets/PendingCasesButton.h"
#include "widgets/PrivilegeNotice.h"
#include "store/CreateCaseSender.h"
#include "store/Outbox.h"
#include "widgets/TrayNotifier.h"
#include "widgets/ViewsPane.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QHostAddress>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkInformation>
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
      m_proxy(new CaseListProxyModel(this)), m_view(new QTableView(this)),
      m_viewsPane(new ViewsPane(m_views, this)), m_filterBar(new CaseFilterBar(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_status(new QLabel(this)),
      m_languageMenu(new LanguageMenu(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    buildCaseView();
    auto *listSide = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    // OSM.01010035 on a group's list: said above the list in words (showError), gone with the next load.
    auto *groupNotice = new PrivilegeNotice(nullptr, QString(), listSide);
    groupNotice->setObjectName(QStringLiteral("groupAccessNotice"));
    listLayout->addWidget(groupNotice);
    connect(m_cases, &CaseListModel::loadingChanged, groupNotice, [groupNotice](bool loading) {
        if (loading)
            groupNotice->clearGroupDenied();
    });
    listLayout->addWidget(m_view, 1);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_viewsPane);
    m_splitter->addWidget(listSide);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    setCentralWidget(m_splitter);
    buildActions();

    m_status->setObjectName(QStringLiteral("statusText"));
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
    connect(m_view, &QTableView::activated, this, &MainWindow::openCurrentCase); // Enter, double-click

    // The counts every minute, only while someone can see them (showEvent/hideEvent/changeEvent).
    m_countsTimer.setInterval(kCountsIntervalMs);
    connect(&m_countsTimer, &QTimer::timeout, m_views, &CaseViewsModel::refreshCounts);

    // Live unread badges and the tray (updateUnreadPolling says when); offline is a status, not pop-ups.
    m_unreadPoller = new UnreadPoller(m_client, m_cases, this);
    m_tray = new TrayNotifier(m_cases, this);
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->hide();
    statusBar()->addPermanentWidget(m_connectionStatus);
    m_unreadStatus = new QLabel(this);
    m_unreadStatus->setObjectName(QStringLiteral("unreadStatus"));
    statusBar()->addPermanentWidget(m_unreadStatus);
    m_retryCountdown.setInterval(1000);
    connect(&m_retryCountdown, &QTimer::timeout, this, &MainWindow::updateConnectionStatus);
    connect(m_unreadPoller, &UnreadPoller::repliesArrived, m_tray, &TrayNotifier::notifyReplies);
    connect(m_unreadPoller, &UnreadPoller::offlineChanged, this, &MainWindow::updateConnectionStatus);
    connect(m_unreadPoller, &UnreadPoller::scheduled, this, &MainWindow::updateConnectionStatus);
    connect(m_unreadPoller, &UnreadPoller::pollFailed, this,
            [this](const Error &error) { m_connectionStatus->setToolTip(error.userMessage()); });
    connect(m_tray, &TrayNotifier::caseRequested, this, &MainWindow::openCase);
    connect(m_tray, &TrayNotifier::windowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayNotifier::totalUnreadChanged, this, &MainWindow::updateUnreadStatus);
    connect(m_cases, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateUnreadPolling);
    connect(m_cases, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateUnreadPolling);
    connect(m_cases, &QAbstractItemModel::modelReset, this, &MainWindow::updateUnreadPolling);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_unreadPoller, &UnreadPoller::noteActivity);
    // Signed out: no more polls, whatever the window does until the session closes it.
    connect(this, &MainWindow::signOutRequested, m_unreadPoller, [this] { m_unreadPoller->setClient(nullptr); });
    // The system's word on the network where Qt has a backend for it (NetworkManager): no polls while it is
    // down, one at once when it is back. Not for a simulator on this machine, which needs no network.
    const QString host = m_client ? m_client->endpoint().osm.host() : QString();
    const bool loopback = host == u"localhost" || QHostAddress(host).isLoopback();
    if (!loopback && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        const auto apply = [this](QNetworkInformation::Reachability reachability) {
            m_unreadPoller->setNetworkReachable(reachability != QNetworkInformation::Reachability::Disconnected);
        };
        apply(QNetworkInformation::instance()->reachability());
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, apply);
    }

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
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCaseView()
{
    m_proxy->setSourceModel(m_cases);
    m_proxy->setSortRole(CaseListModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view->setObjectName(QStringLiteral("caseList"));
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

void MainWindow::buildActions()
{
    const auto makeAction = [this](const char *objectName, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(objectName));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_refreshAction = makeAction("refreshAction", &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_openAction = makeAction("openCaseAction", &MainWindow::openCurrentCase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_accountAction = makeAction("accountAction", &MainWindow::accountRequested);
    m_signOutAction = makeAction("signOutAction", &MainWindow::signOutRequested);
    m_quitAction = makeAction("quitAction", &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = makeAction("aboutAction", &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_authorizationsAction = makeAction("authorizationsAction", [this] { openAuthorizations(); });
    // File ▸ Export Cases… (the server's file, the list's query) and Save View as CSV… (the loaded rows).
    m_export = new CaseExportFlow(m_client, this);
    m_saveCsv = new SaveViewAsCsv(this);
    m_exportAction = makeAction("exportCasesAction", [this] {
        m_export->start(*m_cases, m_views->index(m_currentView).data().toString());
    });
    m_saveCsvAction = makeAction("saveViewAsCsvAction", [this] {
        m_saveCsv->save(m_view, m_views->index(m_currentView).data().toString());
    });
    // Settings ▸ Manage Labels…: one dialog; its changes reach the filter bar, open cases and the list.
    m_labelsAction = makeAction("manageLabelsAction", [this] {
        if (!m_labelManager) {
            m_labelManager = new LabelManagerDialog(m_client, this);
            m_labelManager->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_labelManager, &LabelManagerDialog::labelsChanged, this, [this](const QList<Label> &labels) {
                m_filterBar->setLabels(labels);
                const QList<CaseWindow *> open = findChildren<CaseWindow *>(Qt::FindDirectChildrenOnly);
                for (CaseWindow *window : open)
                    LabelManagerDialog::updateEditor(window->detailPanel()->labelsEditor(), labels);
                m_cases->refresh(); // the Labels column
            });
        }
        bringToFront(m_labelManager);
    });

    // File ▸ New Case…: the create-case wizard, one at a time; the new case opens and the list refreshes.
    m_newCaseAction = new QAction(this);
    m_newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newCaseAction->setShortcut(QKeySequence::New);
    connect(m_newCaseAction, &QAction::triggered, this, [this] {
        if (auto *open = findChild<CreateCaseWizard *>(QString(), Qt::FindDirectChildrenOnly)) {
            bringToFront(open);
            return;
        }
        // 5.4: without the submission privilege the form would fail at submit; explained instead (one check).
        if (!SubmissionPrivilegeGate::allowsNewCase(m_client, this, m_newCaseAction))
            return;
        auto *wizard = new CreateCaseWizard(m_client, m_outbox, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &CreateCaseWizard::caseCreated, this, [this](const QString &caseId) {
            openCase(caseId);
            refresh();
        });
        wizard->show();
    });
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newCaseAction);
    m_fileMenu->addActions({m_openAction, m_refreshAction});
    m_fileMenu->addAction(m_authorizationsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_exportAction, m_saveCsvAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_accountAction, m_signOutAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsMenu->addMenu(m_languageMenu);
    m_settingsMenu->addAction(m_labelsAction);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, &MainWindow::languageRequested);
    // Tools: one window or dialog of each kind, raised when it is already open; each deletes itself when closed.
    const auto toolAction = [this](const char *objectName, auto create) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(objectName));
        connect(action, &QAction::triggered, this, [this, create] {
            using Tool = std::remove_pointer_t<decltype(create())>;
            if (auto *open = findChild<Tool *>(QString(), Qt::FindDirectChildrenOnly)) {
                bringToFront(open);
                return;
            }
            QWidget *tool = create();
            tool->setAttribute(Qt::WA_DeleteOnClose);
            tool->show();
        });
        return action;
    };
    m_diagnosisAction = toolAction("diagnosisAction", [this] { return new DiagnosisWindow(m_client, this); });
    m_reportAction = toolAction("reportAction", [this] { return new ReportFeedbackDialog(m_client, this); });
    m_accountInfoAction = toolAction("accountInfoAction", [this] { return new AccountInfoDialog(m_client, this); });
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addActions({m_diagnosisAction, m_accountInfoAction, m_reportAction});
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->addActions({m_refreshAction, m_accountAction, m_signOutAction});
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("OSM Desk"));
    m_fileMenu->setTitle(tr("&File"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read the case list and the counts again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_openAction->setText(tr("&Open Case"));
    m_openAction->setToolTip(tr("Open the selected case in its own window (Enter or double-click)"));
    m_newCaseAction->setText(tr("&New Case…"));
    m_newCaseAction->setToolTip(
        tr("Create a new case (%1)").arg(m_newCaseAction->shortcut().toString(QKeySequence::NativeText)));
    m_accountAction->setText(tr("&Account…"));
    m_accountAction->setToolTip(tr("Edit this account's name, endpoint and credentials"));
    m_signOutAction->setText(tr("Sign &Out"));
    m_signOutAction->setToolTip(tr("Forget this account's stored secret and sign in again"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About OSM Desk"));
    m_exportAction->setText(tr("&Export Cases…"));
    m_exportAction->setToolTip(tr("Export the cases of the current view and filters to a file"));
    m_saveCsvAction->setText(tr("Save &View as CSV…"));
    m_saveCsvAction->setToolTip(tr("Save the cases listed now, with the visible columns, as a CSV file"));
    m_labelsAction->setText(tr("Manage &Labels…"));
    m_authorizationsAction->setText(tr("A&uthorizations…"));
    m_authorizationsAction->setToolTip(tr("Requests of support engineers for access to your console or hosts"));
    m_diagnosisAction->setText(tr("&Diagnosis…"));
    m_diagnosisAction->setToolTip(tr("Check a cloud resource for common problems in one click"));
    m_accountInfoAction->setText(tr("Account &Information…"));
    m_accountInfoAction->setToolTip(tr("Case quota, agencies, partner service and configuration items"));
    m_reportAction->setText(tr("&Report Infringement or Illegal Information…"));
    m_status->setAccessibleName(tr("Status"));
    m_cases->retranslate();
    m_views->retranslate();
    m_tray->retranslate();
    m_unreadStatus->setAccessibleName(tr("Unread messages"));
    m_connectionStatus->setAccessibleName(tr("Connection status"));
    updateStatus();
    updateUnreadStatus();
    updateConnectionStatus();
}

void MainWindow::setLanguages(const QStringList &codes, const QString &current)
{
    m_languageMenu->setLanguages(codes, current);
}

void MainWindow::openCurrentCase()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openCase(current.data(CaseListModel::CaseIdRole).toString());
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    bringToFront(m_about);
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
            bringToFront(window);
            return;
        }
    }
    auto *window = new CaseWindow(m_client, caseId, this); // deletes itself when closed
    // The IAM group of "Group cases": a colleague's case of that group needs its group_id on every call.
    window->detailPanel()->setGroupId(m_views->groupId());
    // Reading the thread on the server clears its unread badge here at once, not at the next poll.
    connect(window, &CaseWindow::messagesRead, m_cases, [this](const QString &id) { m_cases->setUnreadCount(id, 0); });
    connect(window, &CaseWindow::openCaseRequested, this, &MainWindow::openCase); // a related case
    // An action (urge, close, cancel, labels...) changed the case: the list shows it at once.
    connect(window->detailPanel(), &CaseDetailPanel::caseChanged, this, &MainWindow::refresh);
    // An AUTH message's link: the Authorizations window at that request.
    connect(window, &CaseWindow::authorizationRequested, this,
            [this](const QString &authorizationId) { openAuthorizations(authorizationId, m_views->groupId()); });
    Q_EMIT caseWindowOpened(window);
    window->show();
}

void MainWindow::openAuthorizations(const QString &authorizationId, const QString &groupId)
{
    auto *window = findChild<AuthorizationsWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new AuthorizationsWindow(m_client, this); // closing hides it; it goes with the main window
        window->setGroupId(m_views->groupId());
        connect(window, &AuthorizationsWindow::openCaseRequested, this, &MainWindow::openCase);
    }
    if (!authorizationId.isEmpty())
        window->showAuthorization(authorizationId, groupId);
    bringToFront(window);
}

void MainWindow::setOutbox(Outbox *outbox)
{
    m_outbox = outbox;
    if (!outbox || m_pendingCases)
        return;
    m_pendingCases = new PendingCasesButton(outbox, this);
    statusBar()->addPermanentWidget(m_pendingCases);
    // Edit: the open wizard keeps its draft and goes; the waiting case becomes the draft of a new one.
    connect(m_pendingCases, &PendingCasesButton::editRequested, this, [this](qint64 itemId) {
        if (auto *open = findChild<CreateCaseWizard *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!open->close()) {
                bringToFront(open);
                return;
            }
            delete open;
        }
        if (m_outbox && CreateCaseWizard::takeBackFromOutbox(*m_outbox, itemId, this))
            m_newCaseAction->trigger();
    });
    connect(outbox, &Outbox::itemSent, this, [this](const OutboxItem &item) {
        const QString caseId = CreateCaseSender::caseIdOf(item);
        if (item.kind != OutboxItem::Kind::CreateCase || caseId.isEmpty())
            return;
        openCase(caseId);
        refresh();
    });
}

void MainWindow::setLocalStore(LocalStore *store)
{
    if (store && !m_localCache)
        m_localCache = new LocalCacheActions(this, *store, m_fileMenu);
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
    m_unreadPoller->pollNow(); // and the badges
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
        if (result.ok() && m_localCache)
            m_localCache->recordLabels(result.value());
        else if (!result.ok())
            showError(result.error());
    });
    // The submitter filter's choices. Without them (e.g. no IAM permission) the field still takes an ID.
    whenReady(api::listSubCustomers(*m_client), this, [this](const Result<SubCustomerList> &result) {
        if (result.ok())
            m_filterBar->setSubCustomers(result->subCustomerInfos);
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
    updateUnreadPolling();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_countsTimer.stop();
    updateUnreadPolling();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        updateCountsTimer();
        updateUnreadPolling();
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        m_unreadPoller->noteActivity(); // the user is back: fresh badges soon
    } else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
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
    // A group the user may not work on: the notice above the list says so, not an error code.
    if (auto *notice = findChild<PrivilegeNotice *>(QStringLiteral("groupAccessNotice")); notice && notice->noteError(error))
        m_status->clear();
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

void MainWindow::updateUnreadPolling()
{
    // While the window is up and lists cases. Minimised it keeps polling, since the tray tells of replies
    // then, but only at the slow end of the interval; hidden (closed) it stops.
    if (!(isVisible() || isMinimized()) || m_cases->rowCount() == 0) {
        m_unreadPoller->stop();
        return;
    }
    m_unreadPoller->setSlow(isMinimized());
    if (m_unreadPoller->isRunning())
        m_unreadPoller->noteActivity(); // more rows (paging, a new filter) or the window restored
    else
        m_unreadPoller->start();
}

void MainWindow::updateConnectionStatus()
{
    if (!m_unreadPoller->isOffline()) {
        m_retryCountdown.stop();
        m_connectionStatus->hide();
        return;
    }
    const int remainingMs = m_unreadPoller->remainingMs();
    if (!m_unreadPoller->isNetworkReachable())
        m_connectionStatus->setText(tr("Offline — waiting for the network"));
    else if (remainingMs >= 0)
        m_connectionStatus->setText(tr("Offline — retrying in %n s", nullptr, (remainingMs + 999) / 1000));
    else
        m_connectionStatus->setText(tr("Offline — retrying…"));
    m_connectionStatus->show();
    if (!m_retryCountdown.isActive())
        m_retryCountdown.start();
}

void MainWindow::updateUnreadStatus()
{
    const int total = m_tray->totalUnread();
    m_unreadStatus->setText(total > 0 ? tr("%n unread message(s)", nullptr, total) : QString());
    m_unreadStatus->setToolTip(m_tray->toolTip());
}

void MainWindow::showFromTray()
{
    bringToFront(this);
}

} // namespace osm::ui
