#include "AttachmentListModel.h"

#include "AttachmentDownloader.h"
#include "AttachmentDragData.h"
#include "MessageThreadModel.h"
#include "net/FileNameSanitizer.h"

#include <QFileIconProvider>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSet>

namespace osm::ui {

AttachmentListModel::AttachmentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttachmentListModel::setThreadModel(MessageThreadModel *thread)
{
    if (m_thread)
        m_thread->disconnect(this);
    m_thread = thread;
    if (thread) {
        // Every kind of change in the thread ends in one incremental sync.
        connect(thread, &QAbstractItemModel::rowsInserted, this, &AttachmentListModel::sync);
        connect(thread, &QAbstractItemModel::rowsRemoved, this, &AttachmentListModel::sync);
        connect(thread, &QAbstractItemModel::rowsMoved, this, &AttachmentListModel::sync);
        connect(thread, &QAbstractItemModel::dataChanged, this, &AttachmentListModel::sync);
        connect(thread, &QAbstractItemModel::modelReset, this, &AttachmentListModel::sync);
        connect(thread, &QAbstractItemModel::layoutChanged, this, &AttachmentListModel::sync);
    }
    sync();
}

void AttachmentListModel::setDownloader(AttachmentDownloader *downloader)
{
    if (m_downloader)
        m_downloader->disconnect(this);
    m_downloader = downloader;
    if (!downloader)
        return;
    connect(downloader, &AttachmentDownloader::started, this, [this](const QString &id) { setProgress(id, -2); });
    connect(downloader, &AttachmentDownloader::progress, this, [this](const QString &id, qint64 received, qint64 total) {
        if (total > 0) {
            setKnownSize(id, total);
            setProgress(id, int(std::clamp<qint64>(received * 100 / total, 0, 100)));
        } else {
            setProgress(id, -2);
        }
    });
    connect(downloader, &AttachmentDownloader::finished, this,
            [this, downloader](const QString &id, const QString &path, const Error &) {
                if (!path.isEmpty())
                    setKnownSize(id, QFileInfo(path).size());
                setProgress(id, downloader->isDownloading(id) ? -2 : -1);
            });
}

QList<AttachmentListModel::Entry> AttachmentListModel::collect() const
{
    QList<Entry> entries;
    if (!m_thread)
        return entries;
    QSet<QString> seen;
    for (int row = 0; row < m_thread->rowCount(); ++row) {
        const QModelIndex index = m_thread->index(row);
        // Files of messages being sent have no id yet; a withdrawn message's files are not shown any more.
        if (index.data(MessageThreadModel::DeliveryRole).toInt() != MessageThreadModel::Delivered
            || index.data(MessageThreadModel::WithdrawnRole).toBool())
            continue;
        const Message &message = m_thread->messageAt(row);
        for (const Accessory &accessory : message.accessories) {
            if (accessory.accessoryId.isEmpty() || seen.contains(message.messageId + u'/' + accessory.accessoryId))
                continue;
            seen.insert(message.messageId + u'/' + accessory.accessoryId);
            Entry entry;
            entry.accessoryId = accessory.accessoryId;
            entry.serverName = accessory.fileActualName;
            entry.fileName = FileNameSanitizer::sanitize(accessory.fileActualName,
                                                         QStringLiteral("attachment-%1").arg(accessory.accessoryId));
            entry.date = message.createTime;
            entry.messageId = message.messageId;
            entry.listedSize = MessageThreadModel::accessorySize(accessory);
            entries.append(entry);
        }
    }
    return entries;
}

void AttachmentListModel::sync()
{
    // Walks the new list against the rows held: rows that are gone are removed, new ones inserted, changed ones
    // reported; the rest (and the view's selection on them) stay untouched.
    const QList<Entry> fresh = collect();
    const auto sameItem = [](const Entry &a, const Entry &b) {
        return a.accessoryId == b.accessoryId && a.messageId == b.messageId;
    };
    int at = 0;
    for (const Entry &entry : fresh) {
        int found = -1;
        for (int row = at; row < m_entries.size(); ++row) {
            if (sameItem(m_entries.at(row), entry)) {
                found = row;
                break;
            }
        }
        if (found < 0) {
            beginInsertRows({}, at, at);
            m_entries.insert(at, entry);
            endInsertRows();
        } else {
            if (found > at) {
                beginRemoveRows({}, at, found - 1);
                m_entries.remove(at, found - at);
                endRemoveRows();
            }
            if (!(m_entries.at(at) == entry)) {
                m_entries[at] = entry;
                emitRowChanged(at);
            }
        }
        ++at;
    }
    if (at < m_entries.size()) {
        beginRemoveRows({}, at, int(m_entries.size()) - 1);
        m_entries.remove(at, m_entries.size() - at);
        endRemoveRows();
    }
}

void AttachmentListModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AttachmentListModel::rowOfAccessory(const QString &accessoryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).accessoryId == accessoryId)
            return row;
    }
    return -1;
}

QStringList AttachmentListModel::accessoryIds() const
{
    QStringList ids;
    for (const Entry &entry : m_entries) {
        if (!ids.contains(entry.accessoryId))
            ids.append(entry.accessoryId);
    }
    return ids;
}

void AttachmentListModel::setKnownSize(const QString &accessoryId, qint64 bytes)
{
    if (bytes < 0 || m_knownSizes.value(accessoryId, -1) == bytes)
        return;
    m_knownSizes.insert(accessoryId, bytes);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).accessoryId == accessoryId)
            emitRowChanged(row);
    }
}

void AttachmentListModel::setProgress(const QString &accessoryId, int percent)
{
    if (m_progress.value(accessoryId, -1) == percent)
        return;
    if (percent == -1)
        m_progress.remove(accessoryId);
    else
        m_progress.insert(accessoryId, percent);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).accessoryId == accessoryId)
            emitRowChanged(row);
    }
}

qint64 AttachmentListModel::sizeOf(const Entry &entry) const
{
    return m_knownSizes.value(entry.accessoryId, entry.listedSize);
}

void AttachmentListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

QIcon AttachmentListModel::iconFor(const QString &mimeType) const
{
    auto cached = m_icons.constFind(mimeType);
    if (cached != m_icons.constEnd())
        return *cached;
    // The theme's icon for the type, else its generic group's, else the plain file icon.
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    const QIcon fallback = QFileIconProvider().icon(QAbstractFileIconProvider::File);
    const QIcon icon = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback));
    m_icons.insert(mimeType, icon);
    return icon;
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const qint64 size = sizeOf(entry);
    const int progress = m_progress.value(entry.accessoryId, -1);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return entry.fileName;
        case SizeColumn:
            if (progress >= 0)
                //: An attachment being downloaded: percent done
                return tr("Downloading… %1%").arg(progress);
            if (progress == -2)
                return tr("Downloading…");
            return size >= 0 ? QLocale().formattedDataSize(size) : QString();
        case DateColumn: return QLocale().toString(entry.date.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(iconFor(data(index, MimeTypeRole).toString())) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return entry.fileName;
        if (index.column() == DateColumn)
            return QLocale().toString(entry.date.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            //: An attachment for a screen reader: its name and the date of its message
            return tr("%1, attached %2")
                .arg(entry.fileName, QLocale().toString(entry.date.toLocalTime(), QLocale::ShortFormat));
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case AccessoryIdRole: return entry.accessoryId;
    case ServerNameRole: return entry.serverName;
    case FileNameRole: return entry.fileName;
    case SizeRole: return size;
    case DateRole: return entry.date;
    case MessageIdRole: return entry.messageId;
    case MimeTypeRole: return QMimeDatabase().mimeTypeForFile(entry.fileName, QMimeDatabase::MatchExtension).name();
    case IsImageRole: return data(index, MimeTypeRole).toString().startsWith(QLatin1String("image/"));
    case ProgressRole: return progress;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return entry.fileName.toLower();
        case SizeColumn: return size;
        case DateColumn: return entry.date;
        default: return {};
        }
    default: return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the attachment list
    case NameColumn: return tr("Name");
    //: Column of the attachment list
    case SizeColumn: return tr("Size");
    //: Column of the attachment list: when the file was attached
    case DateColumn: return tr("Date");
    default: return {};
    }
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_downloader)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList AttachmentListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *AttachmentListModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_downloader)
        return nullptr;
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(AccessoryIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    return new AttachmentDragData(m_downloader, ids);
}

Qt::DropActions AttachmentListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace osm::ui
