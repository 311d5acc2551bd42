#include "AuthorizationsWindow.h"

#include "api/Authorizations.h"
#include "model/AuthorizationStatus.h"
#include "models/AuthorizationListModel.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"
#include "widgets/BastionRecordsPanel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include "dialogs/ConfirmAuthorizationDialog.h"

namespace osm::ui {

namespace {

// The rows of the detail pane, in order.
enum Field {
    FieldId, FieldStatus, FieldCase, FieldDescription, FieldResource, FieldAccess, FieldContent, FieldRequested,
    FieldFrom, FieldUntil, FieldRejectReason, FieldSubUser, FieldHandler, FieldAgency, FieldAuthDescribe,
    FieldBackupNeeded, FieldBackupDone, FieldLetter, FieldCount
};

constexpr int kMaxRejectReason = 300; // reject_reason 1-300

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

AuthorizationsWindow::AuthorizationsWindow(ApiClient *client, QWidget *parent)
    : QWidget(parent, Qt::Window), m_client(client), m_model(new AuthorizationListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_scope(new QComboBox(this)),
      m_groupEdit(new QLineEdit(this)), m_statusFilter(new QComboBox(this)), m_refresh(new QPushButton(this)),
      m_scopeLabel(new QLabel(this)), m_statusLabel(new QLabel(this)), m_title(new QLabel(this)),
      m_toolBar(new QToolBar(this)), m_agree(new QAction(this)), m_reject(new QAction(this)),
      m_revoke(new QAction(this)), m_openCase(new QAction(this)), m_tabs(new QTabWidget(this)),
      m_form(new QGridLayout), m_items(new QTableWidget(0, 6, this)), m_bastion(new BastionRecordsPanel(client, this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("authorizationsWindow"));
    resize(1280, 780);

    // The query: whose authorizations, which status.
    m_scope->addItems({QString(), QString()});
    m_scope->setObjectName(QStringLiteral("authorizationScope"));
    m_scopeLabel->setBuddy(m_scope);
    m_groupEdit->setMaxLength(64); // group_id 0-64
    m_groupEdit->setEnabled(false);
    m_groupEdit->setMaximumWidth(m_groupEdit->fontMetrics().averageCharWidth() * 40);
    m_statusLabel->setBuddy(m_statusFilter);
    m_statusFilter->addItem(QString(), -1);
    for (int status : {AuthorizationStatus::Pending, AuthorizationStatus::Authorized, AuthorizationStatus::Rejected,
                       AuthorizationStatus::Expired, AuthorizationStatus::Withdrawn, AuthorizationStatus::Cancelled})
        m_statusFilter->addItem(QString(), status);
    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_scopeLabel);
    queryRow->addWidget(m_scope);
    queryRow->addWidget(m_groupEdit, 1);
    queryRow->addStretch(1);
    queryRow->addWidget(m_statusLabel);
    queryRow->addWidget(m_statusFilter);
    queryRow->addWidget(m_refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuthorizationListModel::RawValueRole);
    m_view->setObjectName(QStringLiteral("authorizationList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuthorizationListModel::Requested, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Case ids are about two dozen upper-case letters and digits (as in the main window).
    m_view->horizontalHeader()->resizeSection(
        AuthorizationListModel::Case, m_view->fontMetrics().horizontalAdvance(QStringLiteral("TS202603271CUPNFTRIWXYZ")) + 16);
    m_view->horizontalHeader()->resizeSection(AuthorizationListModel::Description,
                                              m_view->fontMetrics().averageCharWidth() * 30);

    // The detail: title, actions, then the fields and items, and the bastion-host records.
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_agree, m_reject, m_revoke});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openCase);
    connect(m_agree, &QAction::triggered, this, &AuthorizationsWindow::agree);
    connect(m_reject, &QAction::triggered, this, &AuthorizationsWindow::reject);
    connect(m_revoke, &QAction::triggered, this, &AuthorizationsWindow::revoke);
    connect(m_openCase, &QAction::triggered, this, [this] {
        if (hasDetail())
            Q_EMIT openCaseRequested(m_info.incidentId);
    });

    // A grid, not a form layout (see CaseDetailPanel: QFormLayout::setRowVisible and word-wrap in Qt 6.4).
    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addLayout(m_form);
    for (int i = 0; i < FieldCount; ++i) {
        auto *caption = new QLabel(fields);
        caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto *value = new QLabel(fields);
        value->setTextFormat(Qt::PlainText); // server text is never markup
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addWidget(caption, i, 0);
        m_form->addWidget(value, i, 1);
        m_captions.append(caption);
        m_values.append(value);
    }
    m_form->setColumnStretch(1, 1);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 8);
    // At most five items (incident_auth_detail_list 1-5): room for them without a scroll bar.
    m_items->setFixedHeight(m_items->verticalHeader()->defaultSectionSize() * 6 + 2 * m_items->frameWidth());
    fieldsLayout->addWidget(m_items);
    fieldsLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_bastion, QString());

    auto *detailSide = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_toolBar);
    detailLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_groupEdit->setEnabled(index == int(Scope::Group));
        if (index == int(Scope::Group) && m_groupEdit->text().trimmed().isEmpty()) {
            m_groupEdit->setFocus(); // the group's list needs its id first
            return;
        }
        applyQuery();
    });
    connect(m_groupEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_scope->currentIndex() == int(Scope::Group))
            applyQuery();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AuthorizationsWindow::applyQuery);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_model->reload();
        loadDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuthorizationsWindow::selectRow);
    connect(m_model, &AuthorizationListModel::loadFailed, this,
            [this](const Error &error) { showError(tr("The authorizations could not be loaded: %1"), error); });
    connect(m_model, &AuthorizationListModel::totalCountChanged, this, [this](qint64 total) {
        if (total >= 0)
            setStatus(tr("%n authorization(s)", nullptr, int(total)));
    });
    // The one asked for (a link) is selected once its page arrives.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_currentId.isEmpty())
            selectListed(m_currentId);
    });

    retranslateUi();
    showDetail();
    m_model->setClient(m_client);
}

AuthorizationsWindow::~AuthorizationsWindow() = default;

QAction *AuthorizationsWindow::action(Action action) const
{
    switch (action) {
    case Action::Agree: return m_agree;
    case Action::Reject: return m_reject;
    case Action::Revoke: return m_revoke;
    case Action::OpenCase: return m_openCase;
    }
    return nullptr;
}

bool AuthorizationsWindow::allows(Action action, int status)
{
    switch (action) {
    case Action::Agree:
    case Action::Reject: return status == AuthorizationStatus::Pending;
    case Action::Revoke: return status == AuthorizationStatus::Authorized;
    case Action::OpenCase: return true;
    }
    return false;
}

void AuthorizationsWindow::setGroupId(const QString &groupId)
{
    m_groupEdit->setText(groupId.left(64));
}

void AuthorizationsWindow::setScope(Scope scope)
{
    m_scope->setCurrentIndex(int(scope));
}

QString AuthorizationsWindow::groupIdForList() const
{
    return m_scope->currentIndex() == int(Scope::Group) ? m_groupEdit->text().trimmed() : QString();
}

QString AuthorizationsWindow::statusText() const
{
    return m_status->text();
}

void AuthorizationsWindow::applyQuery()
{
    api::ListAuthorizationsParams query;
    query.groupId = groupIdForList();
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        query.status = status;
    if (query.query() != m_model->query().query())
        m_model->setQuery(query);
}

void AuthorizationsWindow::showAuthorization(const QString &authorizationId, const QString &groupId)
{
    if (authorizationId.isEmpty())
        return;
    m_currentId = authorizationId;
    m_currentGroupId = groupId.isEmpty() ? groupIdForList() : groupId;
    selectListed(authorizationId);
    loadDetail();
}

void AuthorizationsWindow::selectListed(const QString &authorizationId)
{
    const int row = m_model->rowOf(authorizationId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (m_view->currentIndex().row() == index.row())
        return;
    m_view->setCurrentIndex(index); // selectRow() sees the detail already shown or on its way
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void AuthorizationsWindow::selectRow(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const QString id = current.data(AuthorizationListModel::AuthorizationIdRole).toString();
    if (id == m_currentId && (hasDetail() || isBusy()))
        return; // a link's authorization keeps its group id
    m_currentId = id;
    m_currentGroupId = groupIdForList();
    loadDetail();
}

void AuthorizationsWindow::loadDetail()
{
    ++m_generation;
    showDetail();
    if (!m_client || m_currentId.isEmpty())
        return;
    api::ShowAuthorizationParams params;
    params.authorizationId = m_currentId;
    params.groupId = m_currentGroupId;
    const quint64 generation = m_generation;
    setBusy(true);
    whenReady(api::showAuthorization(*m_client, params), this, [this, generation](const Result<AuthorizationInfo> &result) {
        setBusy(false);
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            showError(tr("The authorization could not be loaded: %1"), result.error());
            return;
        }
        m_info = result.value();
        m_model->update(m_info);
        showDetail();
        m_bastion->setAuthorization(m_info, m_currentGroupId); // keeps the host shown when it is the same one
    });
}

void AuthorizationsWindow::showDetail()
{
    const bool shown = hasDetail();
    if (!shown && m_info.id != m_currentId) {
        m_info = {};
        m_bastion->clear();
    }
    const int row = m_model->rowOf(m_currentId);
    const Authorization listed = row >= 0 ? m_model->authorizationAt(row) : Authorization{};
    const auto yesNo = [](const std::optional<bool> &flag, const QString &yes, const QString &no) {
        return flag ? (*flag ? yes : no) : QString();
    };
    QStringList values(FieldCount);
    if (shown) {
        values[FieldId] = m_info.id;
        values[FieldStatus] = AuthorizationListModel::statusName(m_info.status);
        values[FieldCase] = m_info.incidentId;
        values[FieldDescription] = m_info.simpleDescription;
        values[FieldResource] = m_info.resourceTypeName;
        values[FieldAccess] = m_info.visitTypeName;
        values[FieldContent] = m_info.contentTypeName;
        values[FieldRequested] = localTime(listed.createTime);
        values[FieldFrom] = localTime(m_info.authEffectiveTime);
        values[FieldUntil] = localTime(m_info.authExpireTime);
        values[FieldRejectReason] = m_info.rejectReason;
        values[FieldSubUser] = m_info.xcustomerName;
        values[FieldHandler] = m_info.authHandlerName;
        values[FieldAgency] = m_info.agencyName;
        values[FieldAuthDescribe] = m_info.authDescribe;
        values[FieldBackupNeeded] = yesNo(m_info.isNeedBackup, tr("Needed"), tr("Not applicable"));
        values[FieldBackupDone] = yesNo(m_info.isCompleteBackup, tr("Data backed up"), tr("Risk accepted without backup"));
        values[FieldLetter] = listed.contentOfAuthLetter;
    }
    for (int i = 0; i < FieldCount; ++i) {
        m_values.at(i)->setText(values.at(i));
        // Empty rows go, except while nothing is shown (the pane keeps its shape).
        const bool visible = !shown || !values.at(i).isEmpty();
        m_values.at(i)->setVisible(visible);
        m_captions.at(i)->setVisible(visible);
    }
    m_title->setText(shown ? tr("Authorization %1 — %2").arg(m_info.id, AuthorizationListModel::statusName(m_info.status))
                           : (m_currentId.isEmpty() ? tr("Select an authorization") : tr("Loading authorization %1…").arg(m_currentId)));

    m_items->setRowCount(0);
    for (const AuthorizationDetail &d : std::as_const(m_info.details)) {
        const int r = m_items->rowCount();
        m_items->insertRow(r);
        const QStringList cells{d.isHost() ? tr("Host") : tr("Console"), d.instanceName, d.instanceId, d.regionId,
                                d.isHost() ? QString::number(d.port) : QString(), d.account};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c)); // plain text
            item->setToolTip(cells.at(c));
            m_items->setItem(r, c, item);
        }
    }
    m_items->resizeColumnsToContents();
    updateActions();
}

void AuthorizationsWindow::updateActions()
{
    const bool ready = hasDetail() && !isBusy() && m_client;
    m_agree->setEnabled(ready && allows(Action::Agree, m_info.status));
    m_reject->setEnabled(ready && allows(Action::Reject, m_info.status));
    m_revoke->setEnabled(ready && allows(Action::Revoke, m_info.status));
    m_openCase->setEnabled(hasDetail() && !m_info.incidentId.isEmpty());
}

void AuthorizationsWindow::agree()
{
    if (!hasDetail())
        return;
    auto *dialog = new ConfirmAuthorizationDialog(m_client, m_info, m_currentGroupId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmAuthorizationDialog::confirmed, this, [this](const QString &id) {
        if (id != m_currentId)
            return;
        setStatus(tr("You agreed to authorization %1.").arg(id));
        loadDetail();
    });
    dialog->open(); // not exec(): the window keeps working while it is open
}

void AuthorizationsWindow::reject()
{
    if (!hasDetail())
        return;
    // The reason dialog is the confirmation: Cancel rejects nothing.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("rejectReasonDialog"));
    dialog->setWindowTitle(tr("Reject Authorization"));
    dialog->setLabelText(tr("Reject authorization %1? Tell the engineer why (at most %n character(s)):", nullptr,
                            kMaxRejectReason)
                             .arg(m_info.id));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(tr("Reject"));
    const QString id = m_info.id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        const QString reason = text.trimmed();
        if (reason.isEmpty()) {
            setStatus(tr("A reason is needed to reject an authorization; nothing was sent."));
            return;
        }
        if (reason.size() > kMaxRejectReason) {
            setStatus(tr("The reason is longer than %n character(s); nothing was sent.", nullptr, kMaxRejectReason));
            return;
        }
        if (id == m_currentId)
            sendAction(true, reason);
    });
    dialog->open();
}

void AuthorizationsWindow::revoke()
{
    if (!hasDetail())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke Authorization"),
                                tr("Revoke authorization %1? Support loses access to these resources at once.").arg(m_info.id),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("revokeAuthorizationBox"));
    box->setTextFormat(Qt::PlainText);
    box->button(QMessageBox::Yes)->setText(tr("Revoke"));
    box->setDefaultButton(QMessageBox::Cancel); // destructive: Enter does not revoke
    const QString id = m_info.id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && id == m_currentId)
            sendAction(false, {});
    });
    box->open();
}

void AuthorizationsWindow::sendAction(bool reject, const QString &reason)
{
    if (!m_client || !hasDetail())
        return;
    api::AuthorizationActionParams params;
    params.authorizationId = m_info.id;
    params.action = reject ? api::AuthorizationActionParams::Action::Reject : api::AuthorizationActionParams::Action::Cancel;
    params.rejectReason = reason;
    params.groupId = m_currentGroupId;
    setBusy(true);
    whenReady(api::rejectOrCancelAuthorization(*m_client, params), this,
              [this, reject, id = params.authorizationId](const Result<Acknowledgement> &result) {
                  setBusy(false);
                  if (!result.ok()) {
                      showError(reject ? tr("The authorization could not be rejected: %1")
                                       : tr("The authorization could not be revoked: %1"),
                                result.error());
                      return;
                  }
                  setStatus(reject ? tr("You rejected authorization %1.").arg(id) : tr("You revoked authorization %1.").arg(id));
                  if (id == m_currentId)
                      loadDetail(); // the row follows (AuthorizationListModel::update)
              });
}

void AuthorizationsWindow::setStatus(const QString &text, const QString &details)
{
    m_status->setText(text);
    m_status->setToolTip(details);
}

void AuthorizationsWindow::showError(const QString &text, const Error &error)
{
    setStatus(text.arg(error.userMessage()), error.detailedMessage());
}

void AuthorizationsWindow::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    updateActions();
}

void AuthorizationsWindow::retranslateUi()
{
    setWindowTitle(tr("Authorizations"));
    setAccessibleName(windowTitle());
    m_scopeLabel->setText(tr("&Show:"));
    m_scope->setItemText(int(Scope::Mine), tr("My authorizations"));
    m_scope->setItemText(int(Scope::Group), tr("My group's authorizations"));
    m_scope->setAccessibleName(tr("Whose authorizations"));
    m_groupEdit->setPlaceholderText(tr("IAM group ID"));
    m_groupEdit->setAccessibleName(tr("IAM group ID"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setItemText(0, tr("Any"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i, AuthorizationListModel::statusName(m_statusFilter->itemData(i).toInt()));
    m_refresh->setText(tr("&Refresh"));
    m_view->setAccessibleName(tr("Authorizations"));
    m_toolBar->setAccessibleName(tr("Authorization actions"));
    m_agree->setText(tr("&Agree…"));
    m_agree->setToolTip(tr("Agree to this request, with host credentials and a validity period"));
    m_reject->setText(tr("Re&ject…"));
    m_reject->setToolTip(tr("Refuse this request, with a reason for the engineer"));
    m_revoke->setText(tr("Re&voke…"));
    m_revoke->setToolTip(tr("Take back an agreement in effect"));
    m_openCase->setText(tr("Open &Case"));
    m_openCase->setToolTip(tr("Open the case this request belongs to"));
    m_tabs->setTabText(0, tr("Detail"));
    m_tabs->setTabText(1, tr("Bastion-host records"));
    m_items->setHorizontalHeaderLabels({tr("Type"), tr("Name"), tr("Instance ID"), tr("Region"), tr("Port"), tr("Account")});
    m_items->setAccessibleName(tr("Requested items"));
    m_status->setAccessibleName(tr("Authorizations status"));
    const QStringList captions{tr("ID"), tr("Status"), tr("Case"), tr("Case description"), tr("Resource type"),
                               tr("Access type"), tr("Content"), tr("Requested"), tr("Valid from"), tr("Valid until"),
                               tr("Reject reason"), tr("Sub-user"), tr("Handled by"), tr("Agency"), tr("Request"),
                               tr("Backup"), tr("Backup status"), tr("Letter of commitment")};
    for (int i = 0; i < FieldCount; ++i) {
        m_captions.at(i)->setText(tr("%1:").arg(captions.at(i)));
        m_values.at(i)->setAccessibleName(captions.at(i));
    }
    m_model->retranslate();
    showDetail();
}

void AuthorizationsWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace osm::ui
