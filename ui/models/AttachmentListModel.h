#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QPointer>

namespace osm::ui {

class AttachmentDownloader;
class MessageThreadModel;

// The files of a case: every attachment of the delivered, not withdrawn messages of its MessageThreadModel
// (model/Accessory.h), in thread order, kept current incrementally as the thread changes (rows are inserted,
// removed and changed, never reset). Columns: name (as it will be stored: sanitised, with a type icon from the
// MIME database), size, date (the message's). The thread does not document sizes: one is shown once a
// download reveals it. With a downloader set, rows show download progress and can be dragged out (the
// AttachmentDragData carries local copies). Roles carry raw values; DisplayRole formats them in the locale.
class AttachmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, DateColumn, ColumnCount };
    enum Role {
        AccessoryIdRole = Qt::UserRole + 1,
        ServerNameRole, // file_actual_name exactly as received (untrusted: never a path to write)
        FileNameRole,   // the sanitised name (FileNameSanitizer)
        SizeRole,       // qint64, -1 unknown
        DateRole,       // QDateTime of the message, UTC
        MessageIdRole,
        MimeTypeRole,  // by the name's extension
        IsImageRole,   // bool: image/*
        ProgressRole,  // int: -1 not downloading, 0-100 percent, or -2 downloading with an unknown total
        SortRole,      // the raw value of the column, for a sort proxy
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString accessoryId;
        QString serverName;
        QString fileName;
        QDateTime date;
        QString messageId;
        qint64 listedSize = -1; // when the server sent one anyway
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit AttachmentListModel(QObject *parent = nullptr);

    void setThreadModel(MessageThreadModel *thread);
    void setDownloader(AttachmentDownloader *downloader);

    const Entry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfAccessory(const QString &accessoryId) const;
    QStringList accessoryIds() const;
    // A size learnt from a download (Content-Length or the saved file).
    void setKnownSize(const QString &accessoryId, qint64 bytes);
    // After a language switch: headers and formatted values.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QList<Entry> collect() const;
    void sync();
    void emitRowChanged(int row);
    void setProgress(const QString &accessoryId, int percent);
    qint64 sizeOf(const Entry &entry) const;
    QIcon iconFor(const QString &mimeType) const;

    QPointer<MessageThreadModel> m_thread;
    QPointer<AttachmentDownloader> m_downloader;
    QList<Entry> m_entries;
    QHash<QString, qint64> m_knownSizes;  // accessory id → bytes
    QHash<QString, int> m_progress;       // accessory id → ProgressRole while downloading
    mutable QHash<QString, QIcon> m_icons; // MIME type → icon
};

} // namespace osm::ui
