#include "MessageThreadView.h"

#include "delegates/MessageDelegate.h"
#include "models/MessageThreadModel.h"
#include "text/RichTextSanitizer.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QEvent>
#include <QMessageBox>
#include <QScrollBar>
#include <QTimer>

namespace osm::ui {

namespace {
constexpr int kBottomSlack = 8;    // pixels from the bottom that still count as "at the bottom"
constexpr int kLoadOlderZone = 40; // pixels from the top that ask for older messages
} // namespace

MessageThreadView::MessageThreadView(QWidget *parent) : QListView(parent), m_delegate(new MessageDelegate(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust); // bubbles re-wrap when the width changes
    setUniformItemSizes(false);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setWordWrap(true);
    retranslateUi();
    setContextMenuPolicy(Qt::DefaultContextMenu);

    m_confirm = [this](const QModelIndex &) {
        return QMessageBox::question(this, tr("Withdraw Message"),
                                     tr("Withdraw this message? Support will no longer see its text."),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    m_openLink = [](const QUrl &url) { QDesktopServices::openUrl(url); };

    connect(m_delegate, &MessageDelegate::linkActivated, this, &MessageThreadView::openLink);
    connect(m_delegate, &MessageDelegate::authorizationRequested, this, &MessageThreadView::authorizationRequested);
    connect(m_delegate, &MessageDelegate::parametersRequested, this, &MessageThreadView::parametersRequested);
    connect(m_delegate, &MessageDelegate::attachmentActivated, this, &MessageThreadView::attachmentActivated);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MessageThreadView::maybeLoadOlder);
}

void MessageThreadView::retranslateUi()
{
    setAccessibleName(tr("Messages"));
    setAccessibleDescription(tr("The conversation of this case, oldest first."));
}

void MessageThreadView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The bubbles' captions and times are translated and formatted as they are painted: lay out anew.
        scheduleDelayedItemsLayout();
        viewport()->update();
    }
}

void MessageThreadView::setThreadModel(MessageThreadModel *model)
{
    m_model = model;
    setModel(model);
    // A first page shorter than the view cannot be scrolled: fetch on until it fills or the thread ends.
    connect(model, &MessageThreadModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            QTimer::singleShot(0, this, &MessageThreadView::maybeLoadOlder);
    });
    // The same for a cached thread, shown a page at a time (MessageThreadModel::showCached).
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this] { QTimer::singleShot(0, this, &MessageThreadView::maybeLoadOlder); });
}

bool MessageThreadView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - kBottomSlack;
}

void MessageThreadView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QScrollBar *bar = verticalScrollBar();
    const bool wasAtBottom = isAtBottom();
    const int fromBottom = bar->maximum() - bar->value();
    const bool prepended = start == 0 && end + 1 < model()->rowCount();
    QListView::rowsInserted(parent, start, end);
    executeDelayedItemsLayout(); // the new scroll range, now
    if (prepended && !wasAtBottom)
        bar->setValue(bar->maximum() - fromBottom); // older messages above: what was read stays in place
    else if (wasAtBottom)
        scrollToBottom();
}

void MessageThreadView::maybeLoadOlder()
{
    if (m_model && verticalScrollBar()->value() <= kLoadOlderZone && m_model->canLoadOlder())
        m_model->loadOlder();
}

void MessageThreadView::openLink(const QUrl &url)
{
    // The sanitiser only lets safe targets through; checked again where the browser is asked.
    if (RichTextSanitizer::isSafeLinkTarget(url.toString(QUrl::FullyEncoded)))
        m_openLink(url);
}

void MessageThreadView::requestWithdraw(const QModelIndex &index)
{
    if (!index.isValid() || !index.data(MessageThreadModel::CanWithdrawRole).toBool())
        return;
    const QString messageId = index.data(MessageThreadModel::MessageIdRole).toString();
    const QPersistentModelIndex keep(index);
    if (m_confirm(index) && keep.isValid())
        Q_EMIT withdrawRequested(messageId);
}

void MessageThreadView::copyMessage(const QModelIndex &index)
{
    if (index.isValid())
        QApplication::clipboard()->setText(index.data(Qt::DisplayRole).toString());
}

void MessageThreadView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        if (event->key() == Qt::Key_Delete) {
            requestWithdraw(current);
            event->accept();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_delegate->triggerAction(current)) {
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            copyMessage(current);
            event->accept();
            return;
        }
    }
    QListView::keyPressEvent(event);
}

void MessageThreadView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    QMenu menu(this);
    menu.setAccessibleName(tr("Message actions"));
    menu.addAction(tr("&Copy Text"), this, [this, index] { copyMessage(index); });
    const QString action = MessageDelegate::actionText(index);
    if (!action.isEmpty())
        menu.addAction(action, this, [this, index] { m_delegate->triggerAction(index); });
    if (index.data(MessageThreadModel::CanWithdrawRole).toBool()) {
        menu.addSeparator();
        QAction *withdraw = menu.addAction(tr("&Withdraw Message…"), this, [this, index] { requestWithdraw(index); });
        withdraw->setShortcut(QKeySequence::Delete);
    }
    menu.exec(event->globalPos());
}

} // namespace osm::ui
