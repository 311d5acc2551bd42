#pragma once

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>
#include <QUrl>

#include <memory>

class QTextDocument;

namespace osm::ui {

// Paints one message of a MessageThreadModel as a bubble: customer messages on the right, support on the
// left, colours derived from the system palette. Header (author, local time), a badge for the display types
// other than NORMAL, the sanitised body (SafeHtmlRole only, never the raw content), attachments with their
// sizes when known, an action button for AUTH ("Open authorization") and EXT_PARAM_REQUEST ("Provide
// parameters"), and the delivery state of messages being sent. Clicks on links, buttons and attachments come
// out as signals; nothing is opened here.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Hit { None, Link, Action, Attachment };
    struct HitResult
    {
        Hit kind = Hit::None;
        QString link;        // Hit::Link: the href (already sanitised)
        int attachment = -1; // Hit::Attachment: index in AccessoriesRole
    };

    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // What lies under `pos` (viewport coordinates) in the row painted with `option`.
    HitResult hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // Where the action button of a row is (empty when it has none): for tests and keyboard handling.
    QRect actionRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The button text of a row's display type, empty for those without an action.
    static QString actionText(const QModelIndex &index);
    // The badge of a display type, empty for NORMAL.
    static QString badgeText(const QString &displayType);
    // Emits the signal that belongs to a row's action (AUTH / EXT_PARAM_REQUEST); false when it has none.
    bool triggerAction(const QModelIndex &index);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void authorizationRequested(const QString &authorizationId, const QString &messageId);
    void parametersRequested(const QString &messageId, const QString &extension);
    void attachmentActivated(const QString &accessoryId, const QString &fileName);

private:
    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect badge;
        QRect body;
        QList<QRect> attachments;
        QRect action;
        QRect status;
        bool rightSide = false;
    };

    // A row laid out once: its document (wrapped to the bubble) and its layout for a row rect at (0, 0).
    struct Prepared
    {
        std::shared_ptr<QTextDocument> document;
        Layout layout;
    };

    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, QTextDocument &document) const;
    void prepareDocument(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The row's document and layout at option.rect, from the cache when nothing that shapes them changed.
    // Laying out rich text is the expensive part of a row: sizeHint (every row, on each layout of the view),
    // paint and every mouse move over the view did it anew (issue 8, figure 5).
    Prepared prepared(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Everything layout() depends on: the texts and flags shown, the width, the font, the language's texts.
    static QString cacheKey(const QStyleOptionViewItem &option, const QModelIndex &index);

    static constexpr int kCachedDocuments = 300; // a few screens of documents (each a few KiB to tens of KiB)
    static constexpr int kMaxCachedHeights = 50000; // about 15 MB of keys at most
    mutable QCache<QString, Prepared> m_documents{kCachedDocuments};
    mutable QHash<QString, int> m_heights; // sizeHint of every row laid out so far (small: one int per key)
};

} // namespace osm::ui
