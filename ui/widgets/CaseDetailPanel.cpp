#include "CaseDetailPanel.h"

#include "api/CaseQueries.h"
#include "api/CaseWrites.h"
#include "api/Config.h"
#include "api/Labels.h"
#include "api/Relations.h"
#include "api/Privileges.h"
#include "dialogs/CaseExtendsParamsDialog.h"
#include "dialogs/CaseRatingDialog.h"
#include "dialogs/ContactInfoDialog.h"
#include "model/CaseStatus.h"
#include "models/CaseOperateLogModel.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "store/CaseActionSender.h"
#include "store/ContactChangeSender.h"
#include "store/LabelChangeSender.h"
#include "store/Outbox.h"
#include "store/RatingSender.h"
#include "store/RelationChangeSender.h"
#include "widgets/CaseLabelsEditor.h"
#include "widgets/PrivilegeNotice.h"
#include "widgets/RelatedCasesEditor.h"
#include "windows/BringToFront.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

// The group id last used for relations: create/delete_case_relation require one, and a user has one group.
const QString kRelationGroupKey = QStringLiteral("caseDetail/relationGroupId");

bool isOneOf(int status, std::initializer_list<int> statuses)
{
    return std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

QLabel *valueLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText); // server text is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

void addRow(QGridLayout *grid, int row, QList<QLabel *> *captions, QList<QLabel *> *values)
{
    auto *caption = new QLabel;
    caption->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    QLabel *value = valueLabel();
    caption->setBuddy(value);
    grid->addWidget(caption, row, 0);
    grid->addWidget(value, row, 1);
    captions->append(caption);
    values->append(value);
}

void setRowShown(const QList<QLabel *> &captions, const QList<QLabel *> &values, int row, bool shown)
{
    captions.at(row)->setVisible(shown);
    values.at(row)->setVisible(shown);
}

QGroupBox *section(QWidget *content)
{
    auto *box = new QGroupBox;
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QStringList mergedEmails(const QStringList &a, const QStringList &b)
{
    QStringList all = a + b;
    all.removeDuplicates();
    all.removeAll(QString());
    return all;
}

} // namespace

CaseDetailPanel::CaseDetailPanel(ApiClient *client, const QString &caseId, QWidget *parent)
    : QWidget(parent), m_client(client), m_caseId(caseId), m_caseIdLabel(new QLabel(caseId)),
      m_copyId(new QToolButton), m_statusBadge(new QLabel), m_toolBar(new QToolBar), m_refreshAction(nullptr),
      m_copyAction(nullptr), m_messageIcon(new QLabel), m_message(new QLabel), m_busyBar(new QProgressBar),
      m_form(new QGridLayout), m_labels(new CaseLabelsEditor), m_related(new RelatedCasesEditor),
      m_contactForm(new QGridLayout), m_editContact(new QPushButton), m_logNote(new QLabel),
      m_logModel(new CaseOperateLogModel(this)), m_logView(new QTreeView)
{
    setObjectName(QStringLiteral("caseDetailPanel"));

    // Header: the id (selectable and copyable) and the status.
    QFont idFont = m_caseIdLabel->font();
    idFont.setBold(true);
    m_caseIdLabel->setFont(idFont);
    m_caseIdLabel->setTextFormat(Qt::PlainText);
    m_caseIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_statusBadge->setTextFormat(Qt::PlainText);
    m_statusBadge->setFrameShape(QFrame::StyledPanel);
    m_statusBadge->setMargin(2);
    auto *header = new QHBoxLayout;
    header->addWidget(m_caseIdLabel);
    header->addWidget(m_copyId);
    header->addStretch(1);
    header->addWidget(m_statusBadge);

    // A delegated login without the case privilege (5.4 assumeCaseAll): the actions are off, and this says why.
    m_privilegeNote = new PrivilegeNotice(client, api::Privilege::AssumeCaseAll, this);
    connect(m_privilegeNote, &PrivilegeNotice::permitsChanged, this, [this] { updateActions(); });
    buildActions();
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(0, 0));

    // The message line: progress, the last error or success.
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_messageIcon->hide();
    m_message->hide();
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 1);

    // The fields of the detail.
    // A grid, not a form layout: Qt 6.4's QFormLayout::setRowVisible corrupts memory with word-wrapped
    // fields; hidden widgets of a grid take no room.
    m_form->setColumnStretch(1, 1);
    for (int i = 0; i < FieldCount; ++i)
        addRow(m_form, i, &m_fieldCaptions, &m_fieldValues);
    m_extendsButton = new QPushButton;
    m_extendsButton->setObjectName(QStringLiteral("extendsParamsButton"));
    connect(m_extendsButton, &QPushButton::clicked, this, &CaseDetailPanel::editExtendsParams);
    m_form->addWidget(m_extendsButton, FieldCount, 1, Qt::AlignRight);
    auto *formHolder = new QWidget;
    formHolder->setLayout(m_form);
    m_detailTitle = section(formHolder);

    m_labelsTitle = section(m_labels);
    m_relatedTitle = section(m_related);

    m_contactForm->setColumnStretch(1, 1);
    for (int i = 0; i < ContactFieldCount; ++i)
        addRow(m_contactForm, i, &m_contactCaptions, &m_contactValues);
    auto *contactHolder = new QWidget;
    auto *contactLayout = new QVBoxLayout(contactHolder);
    contactLayout->setContentsMargins(0, 0, 0, 0);
    contactLayout->addLayout(m_contactForm);
    contactLayout->addWidget(m_editContact, 0, Qt::AlignRight);
    m_contactTitle = section(contactHolder);

    auto *logProxy = new QSortFilterProxyModel(this);
    logProxy->setSourceModel(m_logModel);
    logProxy->setSortRole(CaseOperateLogModel::TimeRole); // on raw times, newest first
    logProxy->sort(CaseOperateLogModel::TimeColumn, Qt::DescendingOrder);
    m_logView->setModel(logProxy);
    m_logView->setRootIsDecorated(false);
    m_logView->setUniformRowHeights(true);
    m_logView->setAllColumnsShowFocus(true);
    m_logView->setMinimumHeight(fontMetrics().height() * 9);
    m_logView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_logView->header()->setStretchLastSection(true);
    m_logNote->setWordWrap(true);
    m_logNote->hide();
    auto *logHolder = new QWidget;
    auto *logLayout = new QVBoxLayout(logHolder);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logView);
    logLayout->addWidget(m_logNote);
    m_logTitle = section(logHolder);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_detailTitle);
    contentLayout->addWidget(m_labelsTitle);
    contentLayout->addWidget(m_relatedTitle);
    contentLayout->addWidget(m_contactTitle);
    contentLayout->addWidget(m_logTitle);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setObjectName(QStringLiteral("caseDetailScroll"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_privilegeNote);
    layout->addLayout(messageRow);
    layout->addWidget(m_busyBar);
    layout->addWidget(scroll, 1);

    connect(m_copyId, &QToolButton::clicked, this, &CaseDetailPanel::copyCaseId);
    connect(m_editContact, &QPushButton::clicked, this, &CaseDetailPanel::editContactInfo);
    connect(m_labels, &CaseLabelsEditor::addRequested, this, &CaseDetailPanel::addLabel);
    connect(m_labels, &CaseLabelsEditor::removeRequested, this, &CaseDetailPanel::removeLabel);
    connect(m_related, &RelatedCasesEditor::addRequested, this, &CaseDetailPanel::addRelation);
    connect(m_related, &RelatedCasesEditor::removeRequested, this, &CaseDetailPanel::removeRelation);
    connect(m_related, &RelatedCasesEditor::openRequested, this, &CaseDetailPanel::openCaseRequested);

    m_related->setGroupId(QSettings().value(kRelationGroupKey).toString());
    retranslate();
    updateActions();
    // Once the event loop runs: whoever opened the panel may still give it the case's group (setGroupId).
    QTimer::singleShot(0, this, &CaseDetailPanel::refresh);
}

CaseDetailPanel::~CaseDetailPanel() = default;

void CaseDetailPanel::buildActions()
{
    const auto make = [this](Action kind, const QKeySequence &shortcut, void (CaseDetailPanel::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(kind, action);
        addAction(action); // the shortcut works even when the tool bar has no room for the button
        return action;
    };
    m_toolBar->addAction(make(Action::Urge, QKeySequence(Qt::CTRL | Qt::Key_U), &CaseDetailPanel::urge));
    m_toolBar->addAction(
        make(Action::Close, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &CaseDetailPanel::closeCase));
    m_toolBar->addAction(
        make(Action::Rate, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &CaseDetailPanel::rateCase));
    m_toolBar->addAction(
        make(Action::Cancel, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), &CaseDetailPanel::cancelCase));
    m_toolBar->addAction(make(Action::Delete, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                              &CaseDetailPanel::deleteCase));
    make(Action::EditContact, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         &CaseDetailPanel::editContactInfo);
    m_toolBar->addSeparator();
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &CaseDetailPanel::refresh);
    m_toolBar->addAction(m_refreshAction);
    addAction(m_refreshAction);
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_copyAction, &QAction::triggered, this, &CaseDetailPanel::copyCaseId);
    addAction(m_copyAction);
    // Ctrl+L: to the label picker, the quickest way to label a case from the keyboard.
    auto *focusLabels = new QAction(this);
    focusLabels->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focusLabels, &QAction::triggered, this,
            [this] { m_labels->picker()->setFocus(Qt::ShortcutFocusReason); });
    addAction(focusLabels);
}

QAction *CaseDetailPanel::action(Action action) const
{
    return m_actions.value(action);
}

void CaseDetailPanel::setGroupId(const QString &groupId)
{
    m_groupId = groupId;
    if (!groupId.isEmpty())
        m_related->setGroupId(groupId);
}

void CaseDetailPanel::setOutbox(Outbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (!outbox)
        return;
    connect(outbox, &Outbox::itemSent, this, &CaseDetailPanel::queuedWriteSent);
    connect(outbox, &Outbox::itemChanged, this, [this](const OutboxItem &item) {
        // Refused by the server: said here too (the outbox under the thread offers Retry and Discard).
        if (item.caseId == m_caseId && item.state == OutboxItem::State::Failed && m_queued.contains(item.id))
            showProblem(item.errorMessage);
        updateActions();
    });
    connect(outbox, &Outbox::itemAdded, this, &CaseDetailPanel::updateActions);
    connect(outbox, &Outbox::itemRemoved, this, &CaseDetailPanel::updateActions);
    updateActions();
}

bool CaseDetailPanel::caseActionWaiting() const
{
    // An urge or a rating is not idempotent: while one waits in the outbox no second one is queued.
    if (!m_outbox)
        return false;
    const QList<OutboxItem> items = m_outbox->items(m_caseId);
    for (const OutboxItem &item : items) {
        if ((item.kind == OutboxItem::Kind::CaseAction || item.kind == OutboxItem::Kind::Rating)
            && item.state != OutboxItem::State::Failed)
            return true;
    }
    return false;
}

bool CaseDetailPanel::allows(Action action, const CaseDetail &detail)
{
    const int s = detail.status;
    switch (action) {
    case Action::Urge:
    case Action::Cancel:
        return isOneOf(s, {CaseStatus::PendingAcceptance, CaseStatus::InProgress, CaseStatus::Paused,
                           CaseStatus::AwaitingFeedback});
    case Action::Close:
        return isOneOf(s, {CaseStatus::InProgress, CaseStatus::ResultToBeConfirmed, CaseStatus::Paused,
                           CaseStatus::AwaitingFeedback});
    case Action::Delete:
        return isOneOf(s, {CaseStatus::Completed, CaseStatus::Cancelled, CaseStatus::Invalid});
    case Action::Rate:
        return s == CaseStatus::Completed && detail.satisfaction.isEmpty() && detail.judgement.isEmpty();
    case Action::EditContact:
        return isOneOf(s,
                       {CaseStatus::PendingAcceptance, CaseStatus::InProgress,
                        CaseStatus::ResultToBeConfirmed, CaseStatus::Paused, CaseStatus::AwaitingFeedback});
    case Action::EditLabels:
    case Action::EditRelations:
        return s != CaseStatus::Deleted;
    }
    return false;
}

QString CaseDetailPanel::statusText() const
{
    return m_message->text();
}

// ---- loading ----

void CaseDetailPanel::beginLoad()
{
    ++m_pendingLoads;
}

void CaseDetailPanel::endLoad(int generation)
{
    if (generation != m_generation)
        return;
    if (--m_pendingLoads == 0)
        Q_EMIT refreshed();
}

void CaseDetailPanel::loadLog(int generation)
{
    api::ListCaseOperateLogsParams logParams;
    logParams.caseId = m_caseId;
    logParams.groupId = m_groupId;
    logParams.limit = 100; // the most one page holds; a case rarely has more
    beginLoad();
    whenReady(api::listCaseOperateLogs(*m_client, logParams), this,
              [this, generation](const Result<CaseOperateLogList> &result) {
                  if (generation != m_generation)
                      return;
                  if (result.ok()) {
                      m_logTotal = result->count;
                      m_logModel->setLogs(result->logs);
                      m_logNote->setVisible(m_logTotal > result->logs.size());
                      //: %1 entries shown of %2 in the case's operation log
                      m_logNote->setText(
                          tr("Showing %1 of %2 entries.")
                              .arg(QLocale().toString(result->logs.size()), QLocale().toString(m_logTotal)));
                  }
                  endLoad(generation);
              });
}

void CaseDetailPanel::refreshStatus()
{
    // 5.11.7 takes no group_id: a case of another group member is refreshed in full.
    if (!m_client || !m_detail || !m_groupId.isEmpty()) {
        refresh();
        return;
    }
    const int generation = ++m_generation;
    m_pendingLoads = 0;
    beginLoad();
    whenReady(api::showCaseStatus(*m_client, m_caseId), this, [this, generation](const Result<CaseStatusInfo> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            refresh(); // the status could not be told: the full detail will
            return;
        }
        m_detail->status = result->status;
        showDetail();
        Q_EMIT detailLoaded(); // the detail with its new status (the offline cache keeps it)
        endLoad(generation);
    });
    loadLog(generation); // the action is logged
}

void CaseDetailPanel::refresh()
{
    if (!m_client)
        return;
    // A newer refresh makes the answers of an older one irrelevant.
    const int generation = ++m_generation;
    m_pendingLoads = 0;
    ApiClient &client = *m_client;

    api::ShowCaseDetailParams detailParams;
    detailParams.groupId = m_groupId;
    beginLoad();
    whenReady(api::showCaseDetail(client, m_caseId, detailParams), this,
              [this, generation](const Result<CaseDetail> &result) {
                  if (generation != m_generation)
                      return;
                  if (result.ok()) {
                      m_detail = result.value();
                      if (std::exchange(m_savedAsOf, {}).isValid())
                          showInfo({}); // the "saved as of" note goes
                      showDetail();
                      Q_EMIT detailLoaded();
                  } else {
                      showError(result.error());
                  }
                  endLoad(generation);
              });

    loadLog(generation);

    beginLoad();
    whenReady(api::listCaseLabels(client, m_caseId), this,
              [this, generation](const Result<CaseLabelList> &result) {
                  if (generation != m_generation)
                      return;
                  if (result.ok())
                      m_labels->setCaseLabels(result->labels);
                  endLoad(generation);
              });

    api::ListLabelsParams labelParams;
    labelParams.limit = 100; // a tenant has at most 30 labels
    beginLoad();
    whenReady(api::listLabels(client, labelParams), this,
              [this, generation](const Result<LabelList> &result) {
                  if (generation != m_generation)
                      return;
                  if (result.ok())
                      m_labels->setTenantLabels(result->labels);
                  endLoad(generation);
              });

    beginLoad();
    whenReady(api::listCaseRelations(client, m_caseId), this,
              [this, generation](const Result<RelatedCaseList> &result) {
                  if (generation != m_generation)
                      return;
                  if (result.ok())
                      m_related->setRelatedCases(result->cases);
                  endLoad(generation);
              });

    beginLoad();
    whenReady(api::showCcEmails(client), this, [this, generation](const Result<CcEmails> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_recentCc = mergedEmails(ContactInfoDialog::splitEmails(result->ccEmailInfo.ccEmail),
                                      result->mcEmailInfo);
            showDetail();
        }
        endLoad(generation);
    });

    if (m_dimensions.isEmpty())
        loadDimensions();
}

void CaseDetailPanel::loadDimensions(const std::function<void()> &then)
{
    if (then)
        m_afterDimensions.append(then);
    if (m_dimensionsLoading || !m_client)
        return;
    m_dimensionsLoading = true;
    whenReady(api::listSatisfactionDimensions(*m_client), this,
              [this](const Result<SatisfactionDimensionList> &result) {
                  m_dimensionsLoading = false;
                  if (result.ok())
                      m_dimensions = result->dimensions;
                  const QList<std::function<void()>> waiting = std::exchange(m_afterDimensions, {});
                  for (const auto &callback : waiting)
                      callback();
                  if (m_detail)
                      showDetail(); // the rating's scale names
              });
}

// ---- showing ----

QString CaseDetailPanel::formatTime(const QDateTime &time) const
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString CaseDetailPanel::ratingText() const
{
    QStringList lines;
    for (const Satisfaction &s : std::as_const(m_detail->satisfaction)) {
        QString name = !s.satisfactionName.isEmpty() ? s.satisfactionName : s.satCategoryName;
        int perStar = 1;
        for (const SatisfactionDimension &d : std::as_const(m_dimensions)) {
            if (d.satisfactionId == s.satisfactionId) {
                if (name.isEmpty())
                    name = d.description;
                perStar = std::max(1, d.perValue);
            }
        }
        if (name.isEmpty())
            name = tr("Rating %1").arg(s.satisfactionId);
        const int stars = s.satisfactionValue / perStar;
        //: %1 a rating scale's name, %2 stars drawn as characters, %3 the score
        lines.append(tr("%1: %2 (%3)")
                         .arg(name, stars >= 0 && stars <= 10 ? QString(stars, QChar(0x2605)) : QString(),
                              QLocale().toString(s.satisfactionValue)));
    }
    return lines.join(QLatin1Char('\n'));
}

void CaseDetailPanel::showDetail()
{
    updateActions();
    if (!m_detail) {
        for (int i = 0; i < FieldCount; ++i)
            setRowShown(m_fieldCaptions, m_fieldValues, i, false);
        for (int i = 0; i < ContactFieldCount; ++i)
            setRowShown(m_contactCaptions, m_contactValues, i, i == RecentCc && !m_recentCc.isEmpty());
        m_contactValues.at(RecentCc)->setText(m_recentCc.join(QStringLiteral(", ")));
        return;
    }
    const CaseDetail &d = *m_detail;
    const QString yes = tr("Yes");
    const QString no = tr("No");
    QString ownership;
    switch (d.businessOwnership) {
    case CaseDetail::HuaweiCloud:
        ownership = tr("Huawei Cloud");
        break;
    case CaseDetail::BpPartner:
        ownership = tr("Partner (BP)");
        break;
    case CaseDetail::Isv:
        ownership = tr("Independent software vendor (ISV)");
        break;
    default:
        ownership = QString::number(d.businessOwnership);
    }
    QString submitter = d.xcustomerName;
    if (!d.xcustomerId.isEmpty() && d.xcustomerId != d.xcustomerName)
        //: %1 the submitter's name, %2 their user id
        submitter = submitter.isEmpty() ? d.xcustomerId : tr("%1 (%2)").arg(d.xcustomerName, d.xcustomerId);

    const QStringList values = {
        d.simpleDescription,
        CaseStatus::displayName(d.status),
        d.severityName,
        d.productCategoryName,
        d.businessTypeName,
        d.incidentTypeName,
        d.incidentSubTypeName,
        d.dcName,
        d.sourceName,
        d.incidentServiceType,
        ownership,
        submitter,
        d.customerId,
        formatTime(d.createTime),
        formatTime(d.confirmedTime),
        formatTime(d.resolveTime),
        d.isAuthorized ? (*d.isAuthorized ? yes : no) : QString(),
        d.gray ? yes : no,
        d.rootCause,
        d.resolution,
        ratingText(),
        d.judgement,
        d.messages.isEmpty() ? QString() : tr("%n message(s)", nullptr, int(d.messages.size())),
        QString::number(d.caseTypeId),
        d.caseSubtypeId,
        d.businessTypeId,
        d.problemTypeId,
        d.productCategoryId,
    };
    Q_ASSERT(values.size() == FieldCount);
    for (int i = 0; i < FieldCount; ++i) {
        m_fieldValues.at(i)->setText(values.at(i));
        setRowShown(m_fieldCaptions, m_fieldValues, i, !values.at(i).isEmpty());
    }

    const CaseExtInfo &e = d.extInfo;
    const QStringList contact = {
        e.areaCode,
        e.remindMobile,
        e.remindMail,
        e.contactType,
        e.remindTime,
        ContactInfoDialog::splitEmails(e.ccEmail).join(QStringLiteral(", ")),
        m_recentCc.join(QStringLiteral(", ")),
        e.commodityId,
    };
    bool anyContact = false;
    for (int i = 0; i < ContactFieldCount; ++i) {
        m_contactValues.at(i)->setText(contact.at(i));
        setRowShown(m_contactCaptions, m_contactValues, i, !contact.at(i).isEmpty());
        anyContact = anyContact || (!contact.at(i).isEmpty() && i != RecentCc);
    }
    if (!anyContact) {
        m_contactValues.at(Mail)->setText(tr("No reminder contact is set."));
        setRowShown(m_contactCaptions, m_contactValues, Mail, true);
    }

    m_statusBadge->setText(CaseStatus::displayName(d.status));
    m_caseIdLabel->setText(d.incidentId.isEmpty() ? m_caseId : d.incidentId);
}

void CaseDetailPanel::updateActions()
{
    const bool ready = m_detail.has_value() && !m_busy && m_client && m_privilegeNote->permits();
    const bool actionWaiting = caseActionWaiting();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const bool caseAction = it.key() != Action::EditContact && it.key() != Action::EditLabels
                                && it.key() != Action::EditRelations;
        it.value()->setEnabled(ready && allows(it.key(), *m_detail) && !(caseAction && actionWaiting));
    }
    m_editContact->setEnabled(m_actions.value(Action::EditContact)->isEnabled());
    m_extendsButton->setEnabled(m_actions.value(Action::EditContact)->isEnabled()); // open cases, like contacts
    m_labels->setEditable(ready && allows(Action::EditLabels, *m_detail));
    m_related->setEditable(ready && allows(Action::EditRelations, *m_detail));
    m_refreshAction->setEnabled(m_client && !m_busy);
}

void CaseDetailPanel::setBusy(bool busy, const QString &progress)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    if (busy) {
        m_lastError.reset();
        m_messageIcon->hide();
        m_message->setText(progress);
        m_message->setToolTip({});
        m_message->setVisible(!progress.isEmpty());
    }
    updateActions();
    Q_EMIT busyChanged(busy);
}

void CaseDetailPanel::showSaved(const CaseDetail &detail, const QDateTime &asOf)
{
    if (m_detail || !asOf.isValid())
        return;
    m_detail = detail;
    m_savedAsOf = asOf;
    showDetail();
    showInfo(tr("Showing the detail saved as of %1; updating…").arg(formatTime(asOf)));
}

void CaseDetailPanel::showError(const Error &error)
{
    m_lastError = error;
    m_messageIcon->show();
    m_message->setText(m_savedAsOf.isValid()
                           //: %1 when the detail was saved on this computer, %2 why the server's could not be read
                           ? tr("Showing the detail saved as of %1. %2").arg(formatTime(m_savedAsOf), error.userMessage())
                           : error.userMessage());
    // The code and the request id, for a support engineer.
    m_message->setToolTip(error.detailedMessage());
    m_message->show();
}

void CaseDetailPanel::showProblem(const QString &text)
{
    m_lastError.reset();
    m_messageIcon->show();
    m_message->setText(text);
    m_message->setToolTip({});
    m_message->show();
}

void CaseDetailPanel::showInfo(const QString &text)
{
    m_lastError.reset();
    m_messageIcon->hide();
    m_message->setText(text);
    m_message->setToolTip({});
    m_message->setVisible(!text.isEmpty());
}

// ---- writes ----

void CaseDetailPanel::confirm(const QString &objectName, const QString &title, const QString &text,
                              const QString &yesText, bool destructive, std::function<void()> onYes)
{
    if (m_openDialog) {
        bringToFront(m_openDialog);
        return;
    }
    auto *box = new QMessageBox(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    box->setAccessibleName(title);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(yesText);
    box->button(QMessageBox::Yes)->setAccessibleName(yesText);
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    // A destructive action is not the default: Enter must not delete a case by accident.
    box->setDefaultButton(destructive ? QMessageBox::Cancel : QMessageBox::Yes);
    connect(box, &QMessageBox::finished, this, [box, onYes = std::move(onYes)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    m_openDialog = box;
    box->open(); // window-modal and asynchronous: the polls and the thread keep running
}

void CaseDetailPanel::runWrite(const QFuture<Result<Acknowledgement>> &future, const QString &progress,
                               const QString &done, std::function<void()> onSuccess, Reload reload)
{
    setBusy(true, progress);
    whenReady(future, this,
              [this, done, onSuccess = std::move(onSuccess), reload](const Result<Acknowledgement> &result) {
                  setBusy(false);
                  if (!result.ok()) {
                      showError(result.error()); // and nothing else changes
                      return;
                  }
                  showInfo(done);
                  if (onSuccess)
                      onSuccess();
                  Q_EMIT caseChanged(m_caseId);
                  if (reload == Reload::StatusOnly)
                      refreshStatus();
                  else
                      refresh();
              });
}

bool CaseDetailPanel::queueWrite(const Result<OutboxItem> &item, const QString &progress, const QString &done,
                                 Reload reload, const std::function<void()> &onQueued)
{
    if (!m_outbox)
        return false;
    if (!item.ok()) {
        showError(item.error()); // invalid: nothing is queued
        return true;
    }
    const qint64 id = m_outbox->enqueue(item.value());
    if (id == 0) {
        showProblem(tr("The change could not be saved for sending."));
        return true;
    }
    m_queued.insert(id, {done, reload});
    showInfo(progress); // the outbox under the thread shows where it is
    if (onQueued)
        onQueued();
    return true;
}

void CaseDetailPanel::queuedWriteSent(const OutboxItem &item)
{
    if (item.caseId != m_caseId || item.kind == OutboxItem::Kind::Message || item.kind == OutboxItem::Kind::CreateCase)
        return;
    // Queued here, or earlier (another window, before a restart): either way the case changed.
    const QueuedWrite queued = m_queued.take(item.id);
    if (!queued.done.isEmpty())
        showInfo(queued.done);
    Q_EMIT caseChanged(m_caseId);
    if (queued.reload == Reload::StatusOnly)
        refreshStatus();
    else
        refresh();
}

void CaseDetailPanel::runAction(api::CaseAction action, const QString &progress, const QString &done)
{
    api::RunCaseActionParams params;
    params.caseId = m_caseId;
    params.action = action;
    params.groupId = m_groupId;
    // Urge and cancel change the status and the log, nothing else of the detail (5.11.7 is enough).
    const Reload reload = action == api::CaseAction::Delete ? Reload::Full : Reload::StatusOnly;
    if (queueWrite(CaseActionSender::makeItem(params), progress, done, reload))
        return;
    runWrite(api::runCaseAction(*m_client, params), progress, done, {}, reload);
}

void CaseDetailPanel::urge()
{
    if (!m_client || !m_detail || m_busy || !allows(Action::Urge, *m_detail))
        return;
    confirm(QStringLiteral("confirmUrge"), tr("Urge Case"),
            tr("Ask the support engineers to speed up case %1?").arg(m_caseId), tr("&Urge"), false,
            [this] { runAction(api::CaseAction::Press, tr("Urging the case…"), tr("The case was urged.")); });
}

void CaseDetailPanel::cancelCase()
{
    if (!m_client || !m_detail || m_busy || !allows(Action::Cancel, *m_detail))
        return;
    confirm(QStringLiteral("confirmCancel"), tr("Cancel Case"),
            tr("Cancel case %1? Support stops working on it, and it cannot be reopened.").arg(m_caseId),
            tr("Cancel &Case"), true, [this] {
                runAction(api::CaseAction::Cancel, tr("Cancelling the case…"), tr("The case was cancelled."));
            });
}

void CaseDetailPanel::deleteCase()
{
    if (!m_client || !m_detail || m_busy || !allows(Action::Delete, *m_detail))
        return;
    confirm(QStringLiteral("confirmDelete"), tr("Delete Case"),
            tr("Delete case %1? It disappears from your case lists; this cannot be undone.").arg(m_caseId),
            tr("&Delete Case"), true, [this] {
                runAction(api::CaseAction::Delete, tr("Deleting the case…"), tr("The case was deleted."));
            });
}

void CaseDetailPanel::closeCase()
{
    if (!m_client || !m_detail || m_busy || m_openDialog || !allows(Action::Close, *m_detail))
        return;
    // The rating dialog is the confirmation: it names the case and has an explicit "Close Case" button.
    auto *dialog = new CaseRatingDialog(CaseRatingDialog::Purpose::Close, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDimensions(m_dimensions);
    if (m_dimensions.isEmpty()) {
        loadDimensions([this, dialog = QPointer<CaseRatingDialog>(dialog)] {
            if (dialog && m_dimensions.isEmpty())
                dialog->setScalesUnavailable();
            else if (dialog)
                dialog->setDimensions(m_dimensions);
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        api::RunCaseActionParams params;
        params.caseId = m_caseId;
        params.action = api::CaseAction::Close;
        params.groupId = m_groupId;
        params.judgement = dialog->judgement();
        params.satisfactions = dialog->satisfactions();
        if (queueWrite(CaseActionSender::makeItem(params), tr("Closing the case…"), tr("The case was closed.")))
            return;
        runWrite(api::runCaseAction(*m_client, params), tr("Closing the case…"), tr("The case was closed."));
    });
    m_openDialog = dialog;
    dialog->open();
}

void CaseDetailPanel::rateCase()
{
    if (!m_client || !m_detail || m_busy || m_openDialog || !allows(Action::Rate, *m_detail))
        return;
    auto *dialog = new CaseRatingDialog(CaseRatingDialog::Purpose::Rate, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDimensions(m_dimensions);
    if (m_dimensions.isEmpty()) {
        loadDimensions([this, dialog = QPointer<CaseRatingDialog>(dialog)] {
            if (dialog && m_dimensions.isEmpty())
                dialog->setScalesUnavailable();
            else if (dialog)
                dialog->setDimensions(m_dimensions);
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        api::CreateCaseScoreParams params;
        params.caseId = m_caseId;
        params.groupId = m_groupId;
        params.judgement = dialog->judgement();
        params.satisfactions = dialog->satisfactions();
        if (queueWrite(RatingSender::makeItem(params), tr("Sending the rating…"), tr("Thank you, the rating was sent.")))
            return;
        runWrite(api::createCaseScore(*m_client, params), tr("Sending the rating…"),
                 tr("Thank you, the rating was sent."));
    });
    m_openDialog = dialog;
    dialog->open();
}

void CaseDetailPanel::editContactInfo()
{
    if (!m_client || !m_detail || m_busy || m_openDialog || !allows(Action::EditContact, *m_detail))
        return;
    auto *dialog = new ContactInfoDialog(m_caseId, m_detail->extInfo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRecentCcEmails(m_recentCc);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->hasChanges())
            return;
        if (queueWrite(ContactChangeSender::makeItem(dialog->params(m_groupId)), tr("Saving the contact information…"),
                       tr("The contact information was saved.")))
            return;
        runWrite(api::updateCaseContactInfo(*m_client, dialog->params(m_groupId)),
                 tr("Saving the contact information…"), tr("The contact information was saved."));
    });
    m_openDialog = dialog;
    dialog->open();
}

void CaseDetailPanel::editExtendsParams()
{
    if (!m_client || !m_detail || !m_extendsButton->isEnabled())
        return;
    // Parented to the window, like the one an EXT_PARAM_REQUEST opens (CaseWindow): one per case.
    auto *dialog = CaseExtendsParamsDialog::openFor(m_client, m_caseId, m_groupId, m_detail->businessTypeId, {}, {},
                                                    window());
    disconnect(dialog, &CaseExtendsParamsDialog::sent, this, nullptr); // an open one: connected once
    connect(dialog, &CaseExtendsParamsDialog::sent, this, [this] { showInfo(tr("The extra parameters were sent.")); });
}

void CaseDetailPanel::copyCaseId()
{
    QGuiApplication::clipboard()->setText(m_caseId);
    showInfo(tr("Case ID %1 copied.").arg(m_caseId));
}

void CaseDetailPanel::addLabel(int labelId)
{
    if (!m_client || !m_detail || m_busy || !allows(Action::EditLabels, *m_detail))
        return;
    const QList<Label> current = m_labels->caseLabels();
    for (const Label &label : current) {
        if (label.labelId == labelId)
            return; // already there
    }
    if (current.size() >= kMaxLabels) {
        showProblem(tr("A case can carry at most 5 labels. Remove one before adding another."));
        return;
    }
    api::CaseLabelsParams params;
    params.caseId = m_caseId;
    params.labelIds = {labelId};
    QStringList names;
    const QList<Label> known = m_labels->tenantLabels();
    for (const Label &label : known) {
        if (label.labelId == labelId)
            names.append(label.name);
    }
    if (queueWrite(LabelChangeSender::makeItem(LabelChangeSender::Change::Add, params, names), tr("Adding the label…"),
                   tr("The label was added.")))
        return;
    runWrite(api::addCaseLabels(*m_client, params), tr("Adding the label…"), tr("The label was added."));
}

void CaseDetailPanel::removeLabel(int labelId)
{
    if (!m_client || !m_detail || m_busy || !allows(Action::EditLabels, *m_detail))
        return;
    api::CaseLabelsParams params;
    params.caseId = m_caseId;
    params.labelIds = {labelId};
    QStringList names;
    const QList<Label> attached = m_labels->caseLabels();
    for (const Label &label : attached) {
        if (label.labelId == labelId)
            names.append(label.name);
    }
    if (queueWrite(LabelChangeSender::makeItem(LabelChangeSender::Change::Remove, params, names),
                   tr("Removing the label…"), tr("The label was removed.")))
        return;
    runWrite(api::deleteCaseLabels(*m_client, params), tr("Removing the label…"),
             tr("The label was removed."));
}

void CaseDetailPanel::addRelation(const QString &relatedIdIn, const QString &groupId)
{
    if (!m_client || !m_detail || m_busy || !allows(Action::EditRelations, *m_detail))
        return;
    const QString relatedId = relatedIdIn.trimmed();
    if (relatedId.isEmpty())
        return;
    const QStringList related = [this] {
        QStringList ids;
        const QList<RelatedCase> cases = m_related->relatedCases();
        for (const RelatedCase &c : cases)
            ids.append(c.caseId);
        return ids;
    }();
    if (relatedId.compare(m_caseId, Qt::CaseInsensitive) == 0) {
        showProblem(tr("A case cannot be related to itself."));
        return;
    }
    if (related.contains(relatedId)) {
        showProblem(tr("Case %1 is already related to this case.").arg(relatedId));
        return;
    }
    if (related.size() >= kMaxRelatedCases) {
        showProblem(tr("A case can have at most 3 related cases. Remove one before adding another."));
        return;
    }
    if (groupId.isEmpty()) {
        showProblem(tr("Enter the ID of your IAM group: the OSM API requires it to relate cases."));
        return;
    }
    api::CreateCaseRelationParams params;
    params.caseId = m_caseId;
    params.relatedIdList = {relatedId};
    params.groupId = groupId;
    if (queueWrite(RelationChangeSender::makeItem(params), tr("Relating case %1…").arg(relatedId),
                   tr("Case %1 is now related.").arg(relatedId), Reload::Full, [this, groupId] {
                       QSettings().setValue(kRelationGroupKey, groupId);
                       m_related->clearInput();
                   }))
        return;
    runWrite(api::createCaseRelation(*m_client, params), tr("Relating case %1…").arg(relatedId),
             tr("Case %1 is now related.").arg(relatedId), [this, groupId] {
                 QSettings().setValue(kRelationGroupKey, groupId);
                 m_related->clearInput();
             });
}

void CaseDetailPanel::removeRelation(const QString &relatedId, const QString &groupId)
{
    if (!m_client || !m_detail || m_busy || !allows(Action::EditRelations, *m_detail))
        return;
    if (groupId.isEmpty()) {
        showProblem(tr("Enter the ID of your IAM group: the OSM API requires it to remove a relation."));
        return;
    }
    api::DeleteCaseRelationParams params;
    params.caseId = m_caseId;
    params.relatedId = relatedId;
    params.groupId = groupId;
    if (queueWrite(RelationChangeSender::makeItem(params), tr("Removing the relation…"),
                   tr("Case %1 is no longer related.").arg(relatedId)))
        return;
    runWrite(api::deleteCaseRelation(*m_client, params), tr("Removing the relation…"),
             tr("Case %1 is no longer related.").arg(relatedId));
}

// ---- language ----

QString CaseDetailPanel::captionOf(Field field) const
{
    switch (field) {
    case Description:
        return tr("Description");
    case Status:
        return tr("Status");
    case Severity:
        return tr("Severity");
    case Product:
        return tr("Product");
    case ProblemType:
        return tr("Problem type");
    case CaseType:
        return tr("Case type");
    case SubType:
        return tr("Category");
    case Region:
        return tr("Region");
    case Source:
        return tr("Source");
    case ServiceType:
        return tr("Service type");
    case Ownership:
        return tr("Handled by");
    case Submitter:
        return tr("Submitter");
    case Account:
        return tr("Account ID");
    case Created:
        return tr("Created");
    case Confirmed:
        return tr("Resolution confirmed");
    case Resolved:
        return tr("Resolved");
    case Authorized:
        return tr("Access authorized");
    case Gray:
        return tr("Grey-release routing");
    case RootCause:
        return tr("Root cause");
    case Resolution:
        return tr("Resolution");
    case Rating:
        return tr("Rating");
    case Judgement:
        return tr("Your comment");
    case Messages:
        return tr("Messages");
    case CaseTypeId:
        return tr("Case type ID");
    case CaseSubtypeId:
        return tr("Category ID");
    case BusinessTypeId:
        return tr("Business type ID");
    case ProblemTypeId:
        return tr("Problem type ID");
    case ProductCategoryId:
        return tr("Product ID");
    case FieldCount:
        break;
    }
    return {};
}

QString CaseDetailPanel::captionOf(ContactField field) const
{
    switch (field) {
    case AreaCode:
        return tr("Country code");
    case Mobile:
        return tr("Mobile");
    case Mail:
        return tr("E-mail");
    case ContactType:
        return tr("Contact methods");
    case RemindTime:
        return tr("Contact time");
    case CcEmail:
        return tr("CC e-mails");
    case RecentCc:
        return tr("Recent CC e-mails");
    case Commodity:
        return tr("ISV commodity");
    case ContactFieldCount:
        break;
    }
    return {};
}

void CaseDetailPanel::retranslate()
{
    setAccessibleName(tr("Case detail"));
    m_caseIdLabel->setAccessibleName(tr("Case ID"));
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setAccessibleName(tr("Copy case ID"));
    m_statusBadge->setAccessibleName(tr("Case status"));
    m_toolBar->setAccessibleName(tr("Case actions"));
    m_message->setAccessibleName(tr("Case detail status"));
    m_busyBar->setAccessibleName(tr("Working"));
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("caseDetailScroll")))
        scroll->setAccessibleName(tr("Case detail sections"));

    struct Text
    {
        QAction *action;
        QString text;
        QString name;
    };
    const QList<Text> texts = {
        {m_actions.value(Action::Urge), tr("&Urge"), tr("Urge case")},
        {m_actions.value(Action::Close), tr("C&lose…"), tr("Close case")},
        {m_actions.value(Action::Rate), tr("&Rate…"), tr("Rate case")},
        {m_actions.value(Action::Cancel), tr("Ca&ncel Case"), tr("Cancel case")},
        {m_actions.value(Action::Delete), tr("&Delete"), tr("Delete case")},
        {m_actions.value(Action::EditContact), tr("Edit &Contact…"), tr("Edit contact information")},
        {m_refreshAction, tr("Re&fresh"), tr("Refresh case detail")},
        {m_copyAction, tr("Copy ID"), tr("Copy case ID")},
    };
    for (const Text &t : texts) {
        t.action->setText(t.text);
        //: %1 an action's name, %2 its keyboard shortcut
        t.action->setToolTip(
            tr("%1 (%2)").arg(t.name, t.action->shortcut().toString(QKeySequence::NativeText)));
        if (QWidget *button = m_toolBar->widgetForAction(t.action))
            button->setAccessibleName(t.name);
    }
    m_copyId->setToolTip(m_copyAction->toolTip());

    m_extendsButton->setText(tr("Extra Parameters…"));
    m_extendsButton->setAccessibleName(m_extendsButton->text());
    m_detailTitle->setTitle(tr("Details"));
    m_labelsTitle->setTitle(tr("Labels"));
    m_relatedTitle->setTitle(tr("Related Cases"));
    m_contactTitle->setTitle(tr("Contact and CC"));
    m_logTitle->setTitle(tr("Operation Log"));
    m_editContact->setText(tr("Edit &Contact…"));
    m_editContact->setAccessibleName(tr("Edit contact information"));
    m_logView->setAccessibleName(tr("Operation log"));
    m_logModel->retranslate();

    for (int i = 0; i < FieldCount; ++i) {
        const QString caption = captionOf(Field(i));
        //: A field's name before its value, e.g. "Status:"
        m_fieldCaptions.at(i)->setText(tr("%1:").arg(caption));
        m_fieldValues.at(i)->setAccessibleName(caption);
    }
    for (int i = 0; i < ContactFieldCount; ++i) {
        const QString caption = captionOf(ContactField(i));
        m_contactCaptions.at(i)->setText(tr("%1:").arg(caption));
        m_contactValues.at(i)->setAccessibleName(caption);
    }
    showDetail();
    if (m_lastError)
        showError(*m_lastError);
    else if (!m_busy)
        showInfo({}); // a success or problem message of the old language goes
}

void CaseDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace osm::ui
