#include "AttachmentsPanel.h"

#include "api/Attachments.h"
#include "models/AttachmentDownloader.h"
#include "models/AttachmentListModel.h"
#include "net/Download.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace osm::ui {

namespace {
constexpr int kPreviewWidth = 260;
constexpr int kPreviewHeight = 180;
} // namespace

AttachmentsPanel::AttachmentsPanel(ApiClient *client, MessageThreadModel *thread, QWidget *parent)
    : QWidget(parent), m_client(client), m_downloader(new AttachmentDownloader(client, this)), m_model(new AttachmentListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_title(new QLabel), m_view(new QTreeView), m_preview(new QLabel),
      m_openButton(new QPushButton), m_saveButton(new QPushButton), m_saveAllButton(new QPushButton),
      m_cancelButton(new QPushButton), m_status(new QLabel), m_copyLinkAction(new QAction(this))
{
    m_model->setDownloader(m_downloader);
    m_model->setThreadModel(thread);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AttachmentListModel::SortRole);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AttachmentListModel::DateColumn, Qt::AscendingOrder);
    // Drag out to the file manager (AttachmentDragData); QAbstractItemView starts it after the drag distance.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_copyLinkAction);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AttachmentListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AttachmentListModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AttachmentListModel::DateColumn, QHeaderView::ResizeToContents);

    m_title->setTextFormat(Qt::PlainText);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(0);
    m_preview->hide();
    m_status->setTextFormat(Qt::PlainText); // file names and server messages are untrusted
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_saveAllButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    m_chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(
            this, tr("Save Attachments To"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    };
    m_openFile = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openAttachment(index.data(AttachmentListModel::AccessoryIdRole).toString());
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        for (const QString &id : ids)
            openAttachment(id);
    });
    connect(m_saveButton, &QPushButton::clicked, this, &AttachmentsPanel::saveSelected);
    connect(m_copyLinkAction, &QAction::triggered, this, [this] {
        copyLink(m_view->currentIndex().data(AttachmentListModel::AccessoryIdRole).toString());
    });
    connect(m_saveAllButton, &QPushButton::clicked, this, &AttachmentsPanel::saveAll);
    connect(m_cancelButton, &QPushButton::clicked, this, &AttachmentsPanel::cancelDownloads);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttachmentsPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AttachmentsPanel::currentChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            updateTitle();
            updateState();
        });
    connect(m_downloader, &AttachmentDownloader::started, this, &AttachmentsPanel::updateState);
    connect(m_downloader, &AttachmentDownloader::finished, this, &AttachmentsPanel::updateState);

    retranslateUi();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::retranslateUi()
{
    setAccessibleName(tr("Case files"));
    updateTitle();
    m_title->setAccessibleName(tr("Files of this case"));
    m_view->setAccessibleName(tr("Attachments"));
    m_view->setAccessibleDescription(
        tr("Press Enter to open a file. Drag files to a folder to save them there."));
    m_preview->setAccessibleName(tr("Image preview"));
    m_openButton->setText(tr("&Open"));
    m_openButton->setAccessibleName(tr("Open the selected attachment"));
    m_saveButton->setText(tr("Sa&ve…"));
    m_saveButton->setAccessibleName(tr("Save the selected attachments"));
    m_saveAllButton->setText(tr("Save A&ll…"));
    m_saveAllButton->setAccessibleName(tr("Save all attachments"));
    m_cancelButton->setText(tr("Cancel Do&wnload"));
    m_copyLinkAction->setText(tr("Copy &Link"));
    m_cancelButton->setAccessibleName(tr("Cancel downloads"));
    m_status->setAccessibleName(tr("Attachment status"));
    m_model->retranslate();
    updateState();
}

void AttachmentsPanel::updateTitle()
{
    //: Heading of the attachment list, with how many files the case has
    m_title->setText(tr("Files (%n)", nullptr, m_model->rowCount()));
    // A case without files gives the room to the thread.
    setVisible(m_model->rowCount() > 0);
    updateGeometry();
}

QSize AttachmentsPanel::sizeHint() const
{
    // A few rows rather than the tree's default height: the thread above deserves the room.
    const QSize whole = QWidget::sizeHint();
    const int rows = std::clamp(m_model->rowCount(), 2, 5);
    const int rowHeight = std::max(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 6);
    const int viewHeight = m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth();
    return {whole.width(), whole.height() - m_view->sizeHint().height() + viewHeight};
}

void AttachmentsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AttachmentsPanel::updateState()
{
    const bool anySelected = !selectedIds().isEmpty();
    m_openButton->setEnabled(anySelected);
    m_saveButton->setEnabled(anySelected);
    m_copyLinkAction->setEnabled(m_view->currentIndex().isValid());
    m_saveAllButton->setEnabled(m_model->rowCount() > 0);
    m_cancelButton->setEnabled(m_downloader->activeCount() > 0);
}

QString AttachmentsPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AttachmentsPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QStringList AttachmentsPanel::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(AttachmentListModel::NameColumn);
    for (const QModelIndex &index : rows) {
        const QString id = index.data(AttachmentListModel::AccessoryIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString AttachmentsPanel::nameOf(const QString &accessoryId) const
{
    const int row = m_model->rowOfAccessory(accessoryId);
    return row >= 0 ? m_model->entryAt(row).fileName : accessoryId;
}

void AttachmentsPanel::reportFailure(const QString &accessoryId, const Error &error)
{
    if (error.category() == Error::Category::Cancelled)
        setStatus(tr("The download of “%1” was cancelled.").arg(nameOf(accessoryId)));
    else
        //: %1 is a file name, %2 the reason
        setStatus(tr("“%1” could not be downloaded: %2").arg(nameOf(accessoryId), error.userMessage()));
}

void AttachmentsPanel::openAttachment(const QString &accessoryId)
{
    if (accessoryId.isEmpty())
        return;
    if (const QString cached = m_downloader->localFile(accessoryId); !cached.isEmpty()) { // no request: also offline
        openFile(accessoryId, cached);
        return;
    }
    if (m_downloader->isDownloading(accessoryId))
        return; // the open already asked for will follow
    Download *download = m_downloader->downloadToCache(accessoryId);
    if (!download) {
        setStatus(tr("Not connected."));
        return;
    }
    setStatus(tr("Downloading “%1”…").arg(nameOf(accessoryId)));
    connect(download, &Download::finished, this, [this, accessoryId, download] {
        if (download->ok()) {
            // The kept copy when the file cache took it: it outlives this window (the viewer may still read it).
            const QString kept = m_downloader->localFile(accessoryId);
            openFile(accessoryId, kept.isEmpty() ? download->filePath() : kept);
        } else
            reportFailure(accessoryId, download->error());
    });
}

void AttachmentsPanel::openFile(const QString &accessoryId, const QString &path)
{
    setStatus({});
    if (!m_openFile(QUrl::fromLocalFile(path)))
        //: %1 is a file name
        setStatus(tr("No application could open “%1”.").arg(QFileInfo(path).fileName()));
    Q_EMIT fileOpened(accessoryId, path);
}

void AttachmentsPanel::saveSelected()
{
    saveAttachments(selectedIds());
}

void AttachmentsPanel::saveAll()
{
    saveAttachments(m_model->accessoryIds());
}

void AttachmentsPanel::saveAttachments(const QStringList &accessoryIds)
{
    if (accessoryIds.isEmpty())
        return;
    const QString folder = m_chooseFolder();
    if (folder.isEmpty())
        return;
    // One batch: the status line sums it up when its last download ends (at once when every file was here).
    struct Batch
    {
        int pending = 0;
        QStringList saved;
        QStringList failed;
        bool cancelled = false;
    };
    auto batch = std::make_shared<Batch>();
    const auto settle = [this, batch, folder] {
        if (batch->pending > 0)
            return;
        const QString where = QDir::toNativeSeparators(folder);
        if (!batch->failed.isEmpty())
            //: %1 is the list of files that failed, %2 the folder
            setStatus(tr("Not saved: %1. The other files are in “%2”.").arg(batch->failed.join(QLatin1String(", ")), where));
        else if (batch->cancelled)
            setStatus(tr("Saving was cancelled; %n file(s) saved in “%1”.", nullptr, int(batch->saved.size())).arg(where));
        else
            setStatus(tr("%n file(s) saved in “%1”.", nullptr, int(batch->saved.size())).arg(where));
        Q_EMIT filesSaved(batch->saved);
    };
    for (const QString &id : accessoryIds) {
        // A copy already on this computer is copied: no request (also offline).
        if (const QString copy = m_downloader->copyLocalFile(id, folder); !copy.isEmpty()) {
            batch->saved.append(copy);
            continue;
        }
        Download *download = m_downloader->download(id, folder);
        if (!download)
            continue;
        ++batch->pending;
        connect(download, &Download::finished, this, [this, batch, id, download, settle] {
            if (download->ok())
                batch->saved.append(download->filePath());
            else if (download->error().category() == Error::Category::Cancelled)
                batch->cancelled = true;
            else
                batch->failed.append(nameOf(id));
            --batch->pending;
            settle();
        });
    }
    if (batch->pending == 0 && batch->saved.isEmpty())
        setStatus(tr("Not connected."));
    else if (batch->pending == 0)
        settle();
    else
        setStatus(tr("Saving %n file(s)…", nullptr, batch->pending));
}

void AttachmentsPanel::cancelDownloads()
{
    bool any = false;
    const QStringList ids = selectedIds();
    for (const QString &id : ids) {
        if (m_downloader->isDownloading(id)) {
            m_downloader->cancel(id);
            any = true;
        }
    }
    if (!any)
        m_downloader->cancelAll();
}

void AttachmentsPanel::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.data(AttachmentListModel::IsImageRole).toBool()) {
        m_previewId.clear();
        m_preview->clear();
        m_preview->hide();
        return;
    }
    showPreview(current.data(AttachmentListModel::AccessoryIdRole).toString());
}

void AttachmentsPanel::showPreview(const QString &accessoryId)
{
    m_previewId = accessoryId;
    const auto show = [this](const QString &id, const QString &path) {
        if (id != m_previewId)
            return; // the user moved on meanwhile
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(QSize(kPreviewWidth, kPreviewHeight).boundedTo(size), Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull()) {
            m_preview->setPixmap({});
            m_preview->setText(tr("No preview available."));
        } else {
            m_preview->setPixmap(QPixmap::fromImage(image));
        }
        //: Accessible description of the preview: the image's file name
        m_preview->setAccessibleDescription(tr("Preview of “%1”").arg(nameOf(id)));
        m_preview->show();
        Q_EMIT previewShown(id);
    };
    if (const QString known = m_previews.value(accessoryId); !known.isEmpty() && QFileInfo::exists(known)) {
        show(accessoryId, known);
        return;
    }
    // The image itself, when a copy is on this computer: no request (also offline).
    if (const QString local = m_downloader->localFile(accessoryId); !local.isEmpty()) {
        show(accessoryId, local);
        return;
    }
    Download *download = m_downloader->downloadImage(accessoryId);
    if (!download)
        return;
    connect(download, &Download::finished, this, [this, accessoryId, download, show] {
        if (!download->ok()) {
            if (download->error().category() != Error::Category::Cancelled)
                reportFailure(accessoryId, download->error());
            return;
        }
        m_previews.insert(accessoryId, download->filePath());
        show(accessoryId, download->filePath());
    });
}

void AttachmentsPanel::copyLink(const QString &accessoryId)
{
    if (accessoryId.isEmpty())
        return;
    if (!m_client) {
        setStatus(tr("Not connected."));
        return;
    }
    api::AccessoryAccessUrlsParams params;
    params.accessoryIds = {accessoryId};
    whenReady(api::listAccessoryAccessUrls(*m_client, params), this,
              [this, accessoryId](const Result<AccessoryUrlList> &result) {
                  const QString name = nameOf(accessoryId);
                  if (!result.ok()) {
                      //: %1 is a file name, %2 why its link could not be fetched
                      setStatus(tr("The link to “%1” could not be fetched: %2").arg(name, result.error().userMessage()));
                      return;
                  }
                  QString url;
                  for (const Accessory &accessory : result->accessoryUrls) {
                      if (accessory.accessoryId == accessoryId || (url.isEmpty() && accessory.accessoryId.isEmpty()))
                          url = accessory.accessoryUrl;
                  }
                  if (url.isEmpty()) {
                      setStatus(tr("The server returned no link to “%1”.").arg(name));
                      return;
                  }
                  QGuiApplication::clipboard()->setText(url);
                  setStatus(tr("The link to “%1” is on the clipboard.").arg(name));
                  Q_EMIT linkCopied(accessoryId, url);
              });
}

} // namespace osm::ui
