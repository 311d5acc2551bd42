#include "AttachmentStagingList.h"

#include <QApplication>
#include <algorithm>
#include <functional>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace osm::ui {

AttachmentStagingList::AttachmentStagingList(QWidget *parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_addButton(new QPushButton(this)),
      m_removeButton(new QPushButton(this)),
      m_limitsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentStaging"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAcceptDrops(false); // drops go to this widget
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_addButton->setObjectName(QStringLiteral("addAttachmentButton"));
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_limitsLabel->setObjectName(QStringLiteral("attachmentLimitsLabel"));
    m_limitsLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_limitsLabel);

    connect(m_addButton, &QPushButton::clicked, this, &AttachmentStagingList::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        QList<int> rows;
        for (QListWidgetItem *item : selected)
            rows.append(m_list->row(item));
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int row : rows)
            unstageFile(row);
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_list->selectedItems().isEmpty()); });
    retranslateUi();
    refresh();
}

void AttachmentStagingList::setFiles(const QStringList &files)
{
    m_files.clear();
    for (const QString &file : files) {
        if (QFileInfo(file).isFile() && !m_files.contains(file))
            m_files.append(file);
    }
    refresh();
}

int AttachmentStagingList::stageFiles(const QStringList &paths)
{
    int added = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (m_files.size() >= m_maxFiles)
            break;
        if (!info.isFile() || !info.isReadable() || m_files.contains(info.absoluteFilePath()))
            continue;
        m_files.append(info.absoluteFilePath());
        ++added;
    }
    if (added > 0) {
        refresh();
        Q_EMIT filesChanged();
    }
    return added;
}

void AttachmentStagingList::unstageFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    refresh();
    Q_EMIT filesChanged();
}

void AttachmentStagingList::setMaxFiles(int max)
{
    m_maxFiles = max > 0 ? max : 10;
    refresh();
}

void AttachmentStagingList::setLimitsText(const QString &text)
{
    m_limitsLabel->setText(text);
}

void AttachmentStagingList::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    stageFiles(paths);
}

void AttachmentStagingList::refresh()
{
    m_list->clear();
    for (const QString &file : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName(), m_list);
        item->setToolTip(file);
        item->setData(Qt::UserRole, file);
    }
    m_addButton->setEnabled(m_files.size() < m_maxFiles);
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
}

QStringList AttachmentStagingList::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

void AttachmentStagingList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentStagingList::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    stageFiles(files);
    event->acceptProposedAction();
}

void AttachmentStagingList::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        const QStringList files = localFiles(QApplication::clipboard()->mimeData());
        if (!files.isEmpty()) {
            stageFiles(files);
            event->accept();
            return;
        }
    }
    if (event->matches(QKeySequence::Delete) && m_list->hasFocus()) {
        m_removeButton->click();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AttachmentStagingList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AttachmentStagingList::retranslateUi()
{
    m_list->setAccessibleName(tr("Files to attach"));
    m_list->setToolTip(tr("Drop files here, paste them, or use Add Files…"));
    m_addButton->setText(tr("&Add Files…"));
    m_addButton->setAccessibleName(tr("Add files"));
    m_removeButton->setText(tr("Remo&ve"));
    m_removeButton->setAccessibleName(tr("Remove the selected files"));
    m_limitsLabel->setAccessibleName(tr("Attachment limits"));
}

} // namespace osm::ui
