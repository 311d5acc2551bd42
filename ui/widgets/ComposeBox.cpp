#include "ComposeBox.h"

#include "api/AccessoryLimitCheck.h"
#include "net/FileNameSanitizer.h"
#include "net/Transfer.h"
#include "store/DraftStore.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
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
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace osm::ui {

namespace {

QString draftGroup(const QString &caseId)
{
    return QStringLiteral("drafts/") + caseId;
}

constexpr int kHighlightWidth = 2;

} // namespace

ComposeBox::ComposeBox(const QString &caseId, QWidget *parent)
    : QFrame(parent), m_caseId(caseId), m_errorLabel(new QLabel), m_retryButton(new QPushButton),
      m_errorBar(new QWidget), m_editor(new QPlainTextEdit), m_fileList(new QListWidget),
      m_attachButton(new QPushButton), m_removeFileButton(new QPushButton),
      m_counter(new QLabel), m_sendButton(new QPushButton), m_draftTimer(new QTimer(this)), m_notice(new QLabel),
      m_uploadBar(new QWidget), m_uploadLabel(new QLabel), m_uploadProgress(new QProgressBar),
      m_cancelUploadButton(new QPushButton)
{
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(kHighlightWidth + 2, kHighlightWidth + 2, kHighlightWidth + 2, kHighlightWidth + 2);

    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorIcon = new QLabel;
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    errorLayout->addWidget(m_errorIcon);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText); // server text is untrusted
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_retryButton);
    m_errorBar->hide();

    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_editor->viewport()->installEventFilter(this);

    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->viewport()->installEventFilter(this);
    m_fileList->installEventFilter(this);
    m_fileList->hide();

    m_sendButton->setDefault(false);

    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText); // file names are the user's, limits the server's
    m_notice->hide();
    auto *uploadLayout = new QHBoxLayout(m_uploadBar);
    uploadLayout->setContentsMargins(0, 0, 0, 0);
    m_uploadLabel->setTextFormat(Qt::PlainText);
    uploadLayout->addWidget(m_uploadLabel);
    uploadLayout->addWidget(m_uploadProgress, 1);
    uploadLayout->addWidget(m_cancelUploadButton);
    m_uploadProgress->setRange(0, 100);
    m_uploadBar->hide();

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
    layout->addWidget(m_notice);
    layout->addWidget(m_uploadBar);
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
    connect(m_cancelUploadButton, &QPushButton::clicked, this, [this] {
        if (m_upload)
            m_upload->abort(); // the send fails as cancelled: text and files stay
    });

    restoreDraft();
    retranslateUi();
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
    QStringList refused;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString canonical = info.absoluteFilePath();
        if (!info.isFile() || !info.isReadable() || m_files.contains(canonical))
            continue;
        if (const QString refusal = refusalOf(canonical); !refusal.isEmpty()) {
            refused.append(refusal);
            continue;
        }
        m_files.append(canonical);
        ++added;
    }
    // A new attempt replaces the last notice; nothing typed or staged before is touched.
    if (added > 0 || !refused.isEmpty())
        setNotice(refused);
    if (added > 0) {
        refreshFiles();
        saveDraft();
    }
    return added;
}

QString ComposeBox::refusalOf(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    if (m_files.size() >= kMaxFiles) {
        //: %1 is a file name
        return tr("“%1” was not attached: a message takes at most %n file(s).", nullptr, kMaxFiles).arg(name);
    }
    if (!m_hasLimits)
        return {};
    if (m_limits.limitCount > 0 && m_files.size() >= m_limits.limitCount) {
        //: %1 is a file name; the limit is the server's (show_accessory_limits)
        return tr("“%1” was not attached: a message takes at most %n file(s).", nullptr, m_limits.limitCount)
            .arg(name);
    }
    // The check's own text names the file and the limit it breaks.
    const Error error = api::checkAccessoryLimits(m_limits, {path});
    //: %1 says which file and which limit, e.g. "“a.exe” is not a type of file that may be attached (…)."
    return error ? tr("Not attached: %1").arg(error.detail()) : QString();
}

void ComposeBox::setNotice(const QStringList &lines)
{
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!lines.isEmpty());
}

QString ComposeBox::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ComposeBox::setAccessoryLimits(const AccessoryLimits &limits)
{
    m_limits = limits;
    m_hasLimits = true;
    // Files staged before the limits were known stay (nothing is dropped), but the user learns now.
    QStringList problems;
    for (const QString &path : std::as_const(m_files)) {
        if (const Error error = api::checkAccessoryLimits(m_limits, {path}))
            //: %1 says which file and which limit
            problems.append(tr("Remove before sending: %1").arg(error.detail()));
    }
    if (m_limits.limitCount > 0 && m_files.size() > m_limits.limitCount)
        problems.append(tr("Remove some files before sending: a message takes at most %n file(s).", nullptr,
                           m_limits.limitCount));
    if (!problems.isEmpty())
        setNotice(problems);
}

QString ComposeBox::stagingFolder() const
{
    const QString root = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(root).filePath(QStringLiteral("staging/")
                               + FileNameSanitizer::sanitize(m_caseId, QStringLiteral("no-case")));
}

bool ComposeBox::pasteImage(const QMimeData *mime)
{
    // Text wins: copying from an office program often brings a picture of the text along.
    if (!mime || !mime->hasImage() || mime->hasText())
        return false;
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    if (image.isNull())
        return false;
    if (m_sending)
        return true;
    const QString folder = stagingFolder();
    QDir().mkpath(folder);
    const QString name = FileNameSanitizer::uniqueIn(
        folder, QStringLiteral("pasted-image-%1.png")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = QDir(folder).filePath(name);
    if (!image.save(path, "PNG")) {
        //: %1 is a folder
        setNotice({tr("The pasted image could not be saved in “%1”.").arg(QDir::toNativeSeparators(folder))});
        return true;
    }
    if (stageFiles({path}) == 0)
        QFile::remove(path); // refused: the notice says why
    return true;
}

void ComposeBox::removeIfStaged(const QString &path) const
{
    // Only the box's own copies (pasted images) are deleted, never the user's files.
    if (QFileInfo(path).absolutePath() == QFileInfo(stagingFolder()).absoluteFilePath())
        QFile::remove(path);
}

Transfer *ComposeBox::trackUpload(const QString &path)
{
    if (m_upload)
        m_upload->deleteLater();
    auto *transfer = new Transfer(this);
    m_upload = transfer;
    m_uploadPath = path;
    m_uploaded.insert(path, 0);
    m_uploadLabel->setText(QFileInfo(path).fileName());
    m_uploadProgress->setValue(0);
    m_uploadBar->show();
    connect(transfer, &Transfer::progress, this, [this, path](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
        m_uploaded.insert(path, percent);
        if (path == m_uploadPath)
            m_uploadProgress->setValue(percent);
        updateFileItem(path);
        updateState();
    });
    updateFileItem(path);
    updateState();
    return transfer;
}

void ComposeBox::endUploads()
{
    if (m_upload)
        m_upload->deleteLater();
    m_upload = nullptr;
    m_uploadPath.clear();
    m_uploaded.clear();
    m_uploadBar->hide();
}

QString ComposeBox::fileItemText(const QString &path) const
{
    const QFileInfo info(path);
    const QString size = QLocale().formattedDataSize(info.size());
    if (m_uploaded.contains(path)) {
        //: A staged attachment being uploaded: file name, size, percent sent
        return tr("%1 (%2), uploading: %3%").arg(info.fileName(), size).arg(m_uploaded.value(path));
    }
    //: A staged attachment: file name and size, e.g. "log.zip (1.2 MB)"
    return tr("%1 (%2)").arg(info.fileName(), size);
}

void ComposeBox::updateFileItem(const QString &path)
{
    const int row = int(m_files.indexOf(path));
    if (QListWidgetItem *item = row >= 0 ? m_fileList->item(row) : nullptr)
        item->setText(fileItemText(path));
}

void ComposeBox::unstageFile(int index)
{
    if (index < 0 || index >= m_files.size() || m_sending)
        return;
    removeIfStaged(m_files.takeAt(index));
    refreshFiles();
    saveDraft();
}

void ComposeBox::refreshFiles()
{
    m_fileList->clear();
    for (const QString &path : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), fileItemText(path));
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
    // An upload can be cancelled until its last byte is sent (the message itself is one quick request).
    m_cancelUploadButton->setEnabled(m_sending && m_upload && !(m_upload->total() > 0 && m_upload->done() >= m_upload->total()));
}

void ComposeBox::retranslateUi()
{
    setAccessibleName(tr("Compose message"));
    m_errorIcon->setAccessibleName(tr("Warning"));
    m_errorLabel->setAccessibleName(tr("Send error"));
    m_retryButton->setText(tr("&Retry"));
    m_retryButton->setAccessibleName(tr("Retry sending"));
    m_editor->setAccessibleName(tr("Message text"));
    m_editor->setAccessibleDescription(tr("Press Ctrl+Enter to send."));
    m_editor->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    m_fileList->setAccessibleName(tr("Attached files"));
    m_attachButton->setText(tr("&Attach Files…"));
    m_attachButton->setAccessibleName(tr("Attach files"));
    m_removeFileButton->setText(tr("Re&move File"));
    m_removeFileButton->setAccessibleName(tr("Remove the selected attached file"));
    m_counter->setAccessibleName(tr("Characters left"));
    m_sendButton->setText(m_sending ? tr("Sending…") : tr("&Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setToolTip(tr("Send (Ctrl+Enter)"));
    m_notice->setAccessibleName(tr("Attachment notice"));
    m_uploadLabel->setAccessibleName(tr("File being uploaded"));
    m_uploadProgress->setAccessibleName(tr("Upload progress"));
    m_cancelUploadButton->setText(tr("&Cancel Upload"));
    m_cancelUploadButton->setAccessibleName(tr("Cancel the upload"));
    refreshFiles(); // sizes in the language's number format
    updateState();
}

void ComposeBox::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ComposeBox::send()
{
    if (!canSend())
        return;
    if (m_hasLimits) {
        // Files staged before the limits were known: nothing goes out that the server would refuse.
        if (const Error error = api::checkAccessoryLimits(m_limits, m_files)) {
            setNotice({tr("Remove before sending: %1").arg(error.detail())});
            return;
        }
    }
    m_sending = true;
    m_errorBar->hide();
    retranslateUi(); // the send button says "Sending…"
    Q_EMIT sendRequested(text(), m_files);
}

void ComposeBox::sendSucceeded()
{
    m_sending = false;
    endUploads();
    retranslateUi();
    for (const QString &path : std::as_const(m_files))
        removeIfStaged(path); // a pasted image has been sent: its copy is no longer needed
    m_files.clear();
    setNotice({});
    m_editor->clear();
    refreshFiles();
    m_draftTimer->stop();
    if (m_drafts)
        m_drafts->remove(m_caseId);
    else
        clearDraft(m_caseId);
    m_editor->setFocus();
}

void ComposeBox::sendFailed(const QString &message)
{
    m_sending = false;
    endUploads();
    retranslateUi();
    m_errorLabel->setText(tr("The message was not sent: %1").arg(message));
    m_errorBar->show();
    updateState();
    saveDraft(); // whatever happens next, the text is not lost
}

void ComposeBox::saveDraft()
{
    if (m_caseId.isEmpty())
        return;
    if (m_drafts) {
        // From now on the box works with the store's copies: the user may delete the originals.
        const QStringList stored = m_drafts->save(m_caseId, text(), m_files);
        if (stored != m_files) {
            const QStringList before = std::exchange(m_files, stored);
            for (const QString &path : before)
                if (!stored.contains(path))
                    removeIfStaged(path); // a pasted image's first copy
            refreshFiles();
        }
        return;
    }
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

void ComposeBox::setLocalStore(LocalStore *store)
{
    m_drafts.reset();
    if (!store || m_caseId.isEmpty())
        return;
    auto drafts = std::make_unique<DraftStore>(*store);
    if (!drafts->isReady())
        return;
    m_drafts = std::move(drafts);
    const bool hadLegacyDraft = QSettings().contains(draftGroup(m_caseId) + QStringLiteral("/text"));
    if (const std::optional<DraftStore::Draft> draft = m_drafts->load(m_caseId)) {
        m_files.clear();
        m_editor->setPlainText(draft->text);
        m_editor->moveCursor(QTextCursor::End);
        stageFiles(draft->files);
        m_draftTimer->stop();
    } else if (hadLegacyDraft) {
        saveDraft(); // the QSettings draft restored by the constructor moves into the store, once
    }
    if (hadLegacyDraft)
        QSettings().remove(draftGroup(m_caseId));
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
        // Ctrl+V with an image on the clipboard attaches it.
        if (key->matches(QKeySequence::Paste) && pasteImage(QApplication::clipboard()->mimeData()))
            return true;
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
