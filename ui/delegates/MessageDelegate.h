#pragma once

#include <QStyledItemDelegate>
#include <QUrl>

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

    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, QTextDocument &document) const;
    void prepareDocument(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace osm::ui
