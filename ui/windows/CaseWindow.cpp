#include "CaseWindow.h"

#include "api/Attachments.h"
#include "api/Messages.h"
#include "dialogs/CaseExtendsParamsDialog.h"
#include "models/MessagePoller.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"
#include "store/Outbox.h"
#include "widgets/OutboxPanel.h"
#include "widgets/AttachmentsPanel.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/ComposeBox.h"
#include "widgets/MessageThreadView.h"
#include "widgets/PrivilegeNotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace osm::ui {

CaseWindow::CaseWindow(ApiClient *client, const QString &caseId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_client(client), m_caseId(caseId), m_model(new MessageThreadModel(this)),
      m_poller(new MessagePoller(client, {caseId}, this)), m_view(new MessageThreadView),
      m_compose(new ComposeBox(caseId)), m_detail(new CaseDetailPanel(client, caseId)), m_title(new QLabel),
      m_status(new QLabel), m_reload(new QPushButton(tr("&Reload")))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Case %1").arg(caseId));
    setAccessibleName(windowTitle());
    resize(1240, 760);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Case %1").arg(caseId));
    m_title->setAccessibleName(tr("Case"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Thread status"));
    m_reload->setAccessibleName(tr("Reload messages"));
    m_reload->hide();

    m_view->setThreadModel(m_model);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setAccessibleName(tr("Messages and reply"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_compose);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The case's files between the thread and the reply (open, save, preview, drag out).
    m_attachments = new AttachmentsPanel(client, m_model);
    splitter->insertWidget(1, m_attachments);

    // The detail beside the thread; the thread gets the extra width.
    auto *sides = new QSplitter(Qt::Horizontal);
    sides->setObjectName(QStringLiteral("caseWindowSides"));
    sides->setAccessibleName(tr("Conversation and case detail"));
    sides->addWidget(splitter);
    sides->addWidget(m_detail);
    sides->setStretchFactor(0, 3);
    sides->setStretchFactor(1, 2);
    sides->setChildrenCollapsible(false);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(sides, 1);
    layout->addLayout(statusRow);

    connect(m_model, &MessageThreadModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            setStatus(tr("Loading messages…"));
        } else if (m_model->hasLoaded()) {
            setStatus({});
            markRead();
        }
    });
    connect(m_model, &MessageThreadModel::loadFailed, this, [this](const Error &error) {
        if (m_savedAsOf.isValid() && !m_model->hasLoaded()) {
            setStatus(tr("Offline: showing the messages saved as of %1. %2")
                          .arg(QLocale().toString(m_savedAsOf.toLocalTime(), QLocale::ShortFormat), error.userMessage()),
                      true);
            return;
        }
        setStatus(tr("The messages could not be loaded: %1").arg(error.userMessage()), !m_model->hasLoaded());
    });
    connect(m_model, &MessageThreadModel::messagesArrived, this, [this](int, bool fromSupport) {
        if (fromSupport)
            markRead();
    });
    connect(m_reload, &QPushButton::clicked, m_model, &MessageThreadModel::reload);
    connect(m_poller, &MessagePoller::polled, m_model, &MessageThreadModel::applyPoll);
    connect(m_poller, &MessagePoller::polled, this, [this] {
        if (m_pollProblemShown)
            setStatus({});
        m_pollProblemShown = false;
    });
    connect(m_poller, &MessagePoller::pollFailed, this, [this](const Error &error) {
        if (m_model->hasLoaded()) {
            setStatus(tr("New messages cannot be checked right now. %1").arg(error.userMessage()));
            m_pollProblemShown = true;
        }
    });
    connect(m_view, &MessageThreadView::withdrawRequested, this, &CaseWindow::withdraw);
    connect(m_view, &MessageThreadView::authorizationRequested, this, &CaseWindow::authorizationRequested);
    connect(m_view, &MessageThreadView::parametersRequested, this,
            [this](const QString &messageId, const QString &extension) {
                Q_EMIT parametersRequested(m_caseId, messageId, extension);
            });
    // An EXT_PARAM_REQUEST's link: the case's extra parameters (typed by its problem type once the detail is in).
    connect(this, &CaseWindow::parametersRequested, this,
            [this](const QString &, const QString &messageId, const QString &extension) {
                const QString typeId = m_detail->hasDetail() ? m_detail->detail().businessTypeId : QString();
                CaseExtendsParamsDialog::openFor(m_client, m_caseId, m_detail->groupId(), typeId, messageId, extension, this);
            });
    // 5.4 assumeCaseAll: a delegated login without it may not reply either (the detail panel says why).
    if (auto *note = m_detail->findChild<PrivilegeNotice *>()) {
        m_compose->setEnabled(note->permits());
        connect(note, &PrivilegeNotice::permitsChanged, m_compose, &QWidget::setEnabled);
    }
    connect(m_compose, &ComposeBox::sendRequested, this, &CaseWindow::send);
    connect(m_view, &MessageThreadView::attachmentActivated, m_attachments,
            [this](const QString &accessoryId, const QString &) { m_attachments->openAttachment(accessoryId); });
    if (client) // staged files are checked against these (ComposeBox); until they arrive the server decides
        whenReady(api::showAccessoryLimits(*client), m_compose, [compose = m_compose](const Result<AccessoryLimits> &limits) {
            if (limits.ok())
                compose->setAccessoryLimits(limits.value());
        });
    connect(m_detail, &CaseDetailPanel::openCaseRequested, this, &CaseWindow::openCaseRequested);

    m_model->setCaseId(caseId);
    m_model->setClient(client);
    m_poller->start();
    m_compose->editor()->setFocus();
}

CaseWindow::~CaseWindow() = default;

QString CaseWindow::statusText() const
{
    return m_status->text();
}

void CaseWindow::setSavedAsOf(const QDateTime &asOf)
{
    m_savedAsOf = asOf;
    if (asOf.isValid() && m_model->isLoading())
        setStatus(tr("Showing the messages saved as of %1; updating…")
                      .arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat)));
}

void CaseWindow::setStatus(const QString &text, bool offerReload)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_reload->setVisible(offerReload);
}

void CaseWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markRead();
}

void CaseWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        m_poller->noteActivity();
        markRead();
    }
}

void CaseWindow::markRead()
{
    // Only what the user can see counts as read.
    if (!m_client || !isVisible() || !m_model->hasLoaded() || m_readInFlight)
        return;
    m_readInFlight = true;
    whenReady(api::setMessagesRead(*m_client, m_caseId), this, [this](const Result<Acknowledgement> &result) {
        m_readInFlight = false;
        if (result.ok())
            Q_EMIT messagesRead(m_caseId);
    });
}

void CaseWindow::send(const QString &text, const QStringList &files)
{
    if (m_outbox) {
        sendThroughOutbox(text, files);
        return;
    }
    if (!m_client) {
        m_compose->sendFailed(tr("Not connected."));
        return;
    }
    m_sendingText = text;
    m_sendingLocalId = m_model->addPending(text, files);
    m_toUpload = files;
    m_accessoryIds.clear();
    m_view->scrollToBottom();
    m_poller->noteActivity();
    uploadNext();
}

void CaseWindow::uploadNext()
{
    while (!m_toUpload.isEmpty() && m_uploaded.contains(m_toUpload.first()))
        m_accessoryIds.append(m_uploaded.value(m_toUpload.takeFirst()));
    if (m_toUpload.isEmpty()) {
        createMessage();
        return;
    }
    api::UploadAccessoryParams params;
    params.filePath = m_toUpload.first();
    params.accessoryFrom = QLatin1String(api::kAccessoryFromMessage);
    whenReady(api::uploadAccessory(*m_client, params, m_compose->trackUpload(params.filePath)), this, [this, path = params.filePath](const Result<UploadedAccessory> &result) {
        if (!result.ok()) {
            sendFailed(result.error());
            return;
        }
        m_uploaded.insert(path, result->accessoryId);
        uploadNext();
    });
}

void CaseWindow::createMessage()
{
    api::CreateMessageParams params;
    params.caseId = m_caseId;
    params.content = m_sendingText;
    params.accessoryIds = m_accessoryIds;
    whenReady(api::createMessage(*m_client, params), this, [this](const Result<Acknowledgement> &result) {
        if (!result.ok()) {
            sendFailed(result.error());
            return;
        }
        m_model->setPendingSent(m_sendingLocalId);
        m_sendingLocalId.clear();
        m_uploaded.clear();
        m_compose->sendSucceeded();
        m_poller->pollNow(); // bring the server's copy (and its id) soon
    });
}

void CaseWindow::sendFailed(const Error &error)
{
    // The bubble goes; the text and the files stay in the compose box with Retry.
    m_model->removePending(m_sendingLocalId);
    m_sendingLocalId.clear();
    m_compose->sendFailed(error.userMessage());
}

void CaseWindow::withdraw(const QString &messageId)
{
    if (!m_client)
        return;
    whenReady(api::withdrawMessage(*m_client, m_caseId, messageId), this,
              [this, messageId](const Result<Acknowledgement> &result) {
                  if (result.ok()) {
                      m_model->setWithdrawn(messageId);
                      setStatus({});
                  } else {
                      setStatus(tr("The message could not be withdrawn: %1").arg(result.error().userMessage()));
                  }
              });
}

// ---- the outbox (issue 7) ----

void CaseWindow::setOutbox(Outbox *outbox)
{
    if (!outbox || m_outbox)
        return;
    m_outbox = outbox;
    m_detail->setOutbox(outbox); // case actions, rating, labels, relations, contact go through it too
    m_compose->setLocalStore(&outbox->store());
    m_outboxPanel = new OutboxPanel(outbox, m_caseId);
    if (auto *splitter = qobject_cast<QSplitter *>(m_view->parentWidget()))
        splitter->insertWidget(splitter->indexOf(m_view) + 1, m_outboxPanel); // right under the thread
    connect(m_outboxPanel, &OutboxPanel::editRequested, this, &CaseWindow::editQueued);
    connect(outbox, &Outbox::itemSent, this, [this](const OutboxItem &item) {
        if (item.caseId != m_caseId || item.kind != OutboxItem::Kind::Message)
            return; // the detail panel follows the other writes of the case
        // Shown as sent until the poll brings the server's copy into the same row — unless a poll already
        // brought it (it can arrive before create_message's own answer).
        bool shown = false;
        for (int row = m_model->rowCount() - 1; row >= 0 && row >= m_model->rowCount() - 20 && !shown; --row) {
            const QModelIndex index = m_model->index(row);
            shown = !index.data(MessageThreadModel::MessageIdRole).toString().isEmpty()
                    && index.data(MessageThreadModel::SideRole).toInt() == MessageThreadModel::CustomerSide
                    && index.data(MessageThreadModel::PlainTextRole).toString().simplified() == item.content().simplified();
        }
        if (!shown)
            m_model->setPendingSent(m_model->addPending(item.content(), item.files));
        m_view->scrollToBottom();
        m_poller->pollNow();
    });
    // A poll that gets through shows the network is back: what waits goes now.
    connect(m_poller, &MessagePoller::polled, outbox, [outbox] {
        if (outbox->isOffline())
            outbox->retryNow();
    });
}

void CaseWindow::sendThroughOutbox(const QString &text, const QStringList &files)
{
    // Recorded (with copies of the files) before anything is sent; the box is free again at once.
    if (m_outbox->enqueueMessage(m_caseId, text, files) == 0) {
        m_compose->sendFailed(tr("The message could not be saved for sending."));
        return;
    }
    m_compose->sendSucceeded();
    m_poller->noteActivity();
}

void CaseWindow::editQueued(qint64 itemId)
{
    const std::optional<OutboxItem> item = m_outbox ? m_outbox->item(itemId) : std::nullopt;
    if (!item || item->state == OutboxItem::State::Sending || item->kind != OutboxItem::Kind::Message
        || item->mayHaveArrived())
        return;
    // Back into the compose box (after what is typed there), then out of the outbox.
    const QString typed = m_compose->text();
    m_compose->setText(typed.isEmpty() ? item->content() : typed + QStringLiteral("\n\n") + item->content());
    if (m_compose->stageFiles(item->files) < item->files.size())
        return; // a file did not fit (the box says why): the item stays
    m_compose->saveDraft();
    m_outbox->discard(itemId);
    m_compose->editor()->setFocus();
}

} // namespace osm::ui
