#include "ComposeBox.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

QString draftGroup(const QString &caseId)
{
    return QStringLiteral("drafts/") + caseId;
}

constexpr int kHighlightWidth = 2;

} // namespace

ComposeBox::ComposeBox(const QString &caseId, QWidget *parent)
    : QFrame(parent), m_caseId(caseId), m_errorLabel(new QLabel), m_retryButton(new QPushButton(tr("&Retry"))),
      m_errorBar(new QWidget), m_editor(new QPlainTextEdit), m_fileList(new QListWidget),
      m_attachButton(new QPushButton(tr("&Attach Files…"))), m_removeFileButton(new QPushButton(tr("Re&move File"))),
      m_counter(new QLabel), m_sendButton(new QPushButton(tr("&Send"))), m_draftTimer(new QTimer(this))
{
    setAcceptDrops(true);
    setAccessibleName(tr("Compose message"));
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(kHighlightWidth + 2, kHighlightWidth + 2, kHighlightWidth + 2, kHighlightWidth + 2);

    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    auto *errorIcon = new QLabel;
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    errorIcon->setAccessibleName(tr("Warning"));
    errorLayout->addWidget(errorIcon);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText); // server text is untrusted
    m_errorLabel->setAccessibleName(tr("Send error"));
    errorLayout->addWidget(m_errorLabel, 1);
    m_retryButton->setAccessibleName(tr("Retry sending"));
    errorLayout->addWidget(m_retryButton);
    m_errorBar->hide();

    m_editor->setAccessibleName(tr("Message text"));
    m_editor->setAccessibleDescription(tr("Press Ctrl+Enter to send."));
    m_editor->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_editor->viewport()->installEventFilter(this);

    m_fileList->setAccessibleName(tr("Attached files"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->viewport()->installEventFilter(this);
    m_fileList->installEventFilter(this);
    m_fileList->hide();

    m_attachButton->setAccessibleName(tr("Attach files"));
    m_removeFileButton->setAccessibleName(tr("Remove the selected attached file"));
    m_counter->setAccessibleName(tr("Characters left"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setToolTip(tr("Send (Ctrl+Enter)"));
    m_sendButton->setDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_removeFileButton);
    buttons->addStretch(1);
    buttons->addWidget(m_counter);
    buttons->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_fileList);
    layout->addLayout(buttons);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &ComposeBox::saveDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_draftTimer->start();
        updateState();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &ComposeBox::send);
    connect(m_retryButton, &QPushButton::clicked, this, &ComposeBox::send);
    connect(m_attachButton, &QPushButton::clicked, this, &ComposeBox::chooseFiles);
    connect(m_removeFileButton, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> selected = m_fileList->selectedItems();
        QList<int> rows;
        for (QListWidgetItem *item : selected)
            rows.append(m_fileList->row(item));
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            unstageFile(row);
    });
    connect(m_fileList, &QListWidget::itemSelectionChanged, this, &ComposeBox::updateState);

    restoreDraft();
    updateState();
}

ComposeBox::~ComposeBox()
{
    saveDraft();
}

QString ComposeBox::text() const
{
    return m_editor->toPlainText();
}

void ComposeBox::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

int ComposeBox::stageFiles(const QStringList &paths)
{
    int added = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString canonical = info.absoluteFilePath();
        if (!info.isFile() || !info.isReadable() || m_files.contains(canonical) || m_files.size() >= kMaxFiles)
            continue;
        m_files.append(canonical);
        ++added;
    }
    if (added > 0) {
        refreshFiles();
        saveDraft();
    }
    return added;
}

void ComposeBox::unstageFile(int index)
{
    if (index < 0 || index >= m_files.size() || m_sending)
        return;
    m_files.removeAt(index);
    refreshFiles();
    saveDraft();
}

void ComposeBox::refreshFiles()
{
    m_fileList->clear();
    for (const QString &path : std::as_const(m_files)) {
        const QFileInfo info(path);
        //: A staged attachment: file name and size, e.g. "log.zip (1.2 MB)"
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         tr("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
        item->setToolTip(path);
        m_fileList->addItem(item);
    }
    // As tall as its rows (up to four), not a big empty box under one file.
    const int rows = std::clamp(int(m_files.size()), 1, 4);
    const int rowHeight = std::max(m_fileList->sizeHintForRow(0), m_fileList->fontMetrics().height() + 4);
    m_fileList->setFixedHeight(rows * rowHeight + 2 * m_fileList->frameWidth() + 2);
    m_fileList->setVisible(!m_files.isEmpty());
    updateState();
}

bool ComposeBox::canSend() const
{
    const QString content = text();
    return !m_sending && (!content.trimmed().isEmpty() || !m_files.isEmpty()) && content.size() <= kMaxLength;
}

QString ComposeBox::errorText() const
{
    return m_errorBar->isHidden() ? QString() : m_errorLabel->text();
}

void ComposeBox::updateState()
{
    const qsizetype left = kMaxLength - text().size();
    m_counter->setText(left < 500 ? QLocale().toString(left) : QString());
    m_sendButton->setEnabled(canSend());
    m_retryButton->setEnabled(canSend());
    m_attachButton->setEnabled(!m_sending && m_files.size() < kMaxFiles);
    m_removeFileButton->setVisible(!m_files.isEmpty());
    m_removeFileButton->setEnabled(!m_sending && !m_fileList->selectedItems().isEmpty());
    m_editor->setReadOnly(m_sending);
}

void ComposeBox::send()
{
    if (!canSend())
        return;
    m_sending = true;
    m_errorBar->hide();
    m_sendButton->setText(tr("Sending…"));
    updateState();
    Q_EMIT sendRequested(text(), m_files);
}

void ComposeBox::sendSucceeded()
{
    m_sending = false;
    m_sendButton->setText(tr("&Send"));
    m_files.clear();
    m_editor->clear();
    refreshFiles();
    m_draftTimer->stop();
    clearDraft(m_caseId);
    m_editor->setFocus();
}

void ComposeBox::sendFailed(const QString &message)
{
    m_sending = false;
    m_sendButton->setText(tr("&Send"));
    m_errorLabel->setText(tr("The message was not sent: %1").arg(message));
    m_errorBar->show();
    updateState();
    saveDraft(); // whatever happens next, the text is not lost
}

void ComposeBox::saveDraft() const
{
    if (m_caseId.isEmpty())
        return;
    QSettings settings;
    if (text().isEmpty() && m_files.isEmpty()) {
        settings.remove(draftGroup(m_caseId));
        return;
    }
    settings.beginGroup(draftGroup(m_caseId));
    settings.setValue(QStringLiteral("text"), text());
    settings.setValue(QStringLiteral("files"), m_files);
    settings.endGroup();
}

void ComposeBox::clearDraft(const QString &caseId)
{
    if (!caseId.isEmpty())
        QSettings().remove(draftGroup(caseId));
}

void ComposeBox::restoreDraft()
{
    if (m_caseId.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(draftGroup(m_caseId));
    const QString draft = settings.value(QStringLiteral("text")).toString();
    const QStringList files = settings.value(QStringLiteral("files")).toStringList();
    settings.endGroup();
    m_editor->setPlainText(draft);
    m_editor->moveCursor(QTextCursor::End);
    stageFiles(files); // files deleted meanwhile are skipped
    m_draftTimer->stop();
}

void ComposeBox::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    stageFiles(files);
}

QStringList ComposeBox::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

void ComposeBox::setDropHighlight(bool on)
{
    if (m_dropHighlight == on)
        return;
    m_dropHighlight = on;
    update();
}

void ComposeBox::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_sending && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setDropHighlight(true);
    }
}

void ComposeBox::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_sending && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ComposeBox::dragLeaveEvent(QDragLeaveEvent *)
{
    setDropHighlight(false);
}

void ComposeBox::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QStringList files = localFiles(event->mimeData());
    if (m_sending || files.isEmpty())
        return;
    stageFiles(files);
    event->acceptProposedAction();
}

void ComposeBox::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_dropHighlight)
        return;
    // The drop target: the palette's highlight around the whole box.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.12f);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setBrush(tint);
    painter.setPen(QPen(palette().color(QPalette::Highlight), kHighlightWidth));
    painter.drawRoundedRect(frame, 6, 6);
}

bool ComposeBox::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter in the editor sends.
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    if (watched == m_fileList && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        m_removeFileButton->click();
        return true;
    }
    // Files dragged over the editor or the list are attachments, not text to insert.
    const bool childViewport = watched == m_editor->viewport() || watched == m_fileList->viewport();
    if (childViewport) {
        switch (event->type()) {
        case QEvent::DragEnter:
            if (!localFiles(static_cast<QDragEnterEvent *>(event)->mimeData()).isEmpty()) {
                dragEnterEvent(static_cast<QDragEnterEvent *>(event));
                return true;
            }
            break;
        case QEvent::DragMove:
            if (!localFiles(static_cast<QDragMoveEvent *>(event)->mimeData()).isEmpty()) {
                dragMoveEvent(static_cast<QDragMoveEvent *>(event));
                return true;
            }
            break;
        case QEvent::DragLeave: setDropHighlight(false); break;
        case QEvent::Drop:
            if (!localFiles(static_cast<QDropEvent *>(event)->mimeData()).isEmpty()) {
                dropEvent(static_cast<QDropEvent *>(event));
                return true;
            }
            break;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace osm::ui
