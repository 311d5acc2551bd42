#include "MessageDelegate.h"

#include "model/Message.h"
#include "models/MessageThreadModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextDocument>

namespace osm::ui {

namespace {

constexpr int kOuterMargin = 10;   // between the bubble and the view's edge
constexpr int kRowSpacing = 5;     // above and below each bubble
constexpr int kPadding = 10;       // inside the bubble
constexpr int kGap = 5;            // between the parts of a bubble
constexpr int kRadius = 9;
constexpr int kMaxBubbleWidth = 760;
constexpr int kIconSize = 16;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.88));
    return font;
}

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QString headerTime(const QModelIndex &index)
{
    const QDateTime time = index.data(MessageThreadModel::CreateTimeRole).toDateTime();
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString attachmentLine(const QVariantMap &attachment)
{
    const QString name = attachment.value(QStringLiteral("name")).toString();
    const qint64 size = attachment.value(QStringLiteral("size")).toLongLong();
    if (size < 0)
        return name;
    //: An attachment in a message: file name and size, e.g. "log.zip (1.2 MB)"
    return MessageDelegate::tr("%1 (%2)").arg(name, QLocale().formattedDataSize(size));
}

QString statusText(int delivery)
{
    switch (delivery) {
    case MessageThreadModel::Sending: return MessageDelegate::tr("Sending…");
    case MessageThreadModel::Sent: return MessageDelegate::tr("Sent");
    default: return {};
    }
}

bool isWithdrawn(const QModelIndex &index)
{
    return index.data(MessageThreadModel::WithdrawnRole).toBool();
}

QSize buttonSize(const QString &text, const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    QStyleOptionButton button;
    button.text = text;
    button.fontMetrics = option.fontMetrics;
    const QSize content = option.fontMetrics.size(Qt::TextShowMnemonic, text);
    return style->sizeFromContents(QStyle::CT_PushButton, &button, content, option.widget);
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString MessageDelegate::badgeText(const QString &displayType)
{
    if (displayType == Message::DisplayQaBot)
        return tr("Automated answer");
    if (displayType == Message::DisplayExtParamRequest)
        return tr("Information requested");
    if (displayType == Message::DisplayAuth)
        return tr("Authorization requested");
    return {};
}

QString MessageDelegate::actionText(const QModelIndex &index)
{
    if (isWithdrawn(index))
        return {};
    const QString type = index.data(MessageThreadModel::DisplayTypeRole).toString();
    if (type == Message::DisplayAuth)
        return tr("Open authorization");
    if (type == Message::DisplayExtParamRequest)
        return tr("Provide parameters");
    return {};
}

bool MessageDelegate::triggerAction(const QModelIndex &index)
{
    if (actionText(index).isEmpty())
        return false;
    const QString messageId = index.data(MessageThreadModel::MessageIdRole).toString();
    if (index.data(MessageThreadModel::DisplayTypeRole).toString() == Message::DisplayAuth)
        Q_EMIT authorizationRequested(index.data(MessageThreadModel::AuthorizationIdRole).toString(), messageId);
    else
        Q_EMIT parametersRequested(messageId, index.data(MessageThreadModel::ExtensionRole).toString());
    return true;
}

void MessageDelegate::prepareDocument(QTextDocument &document, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    if (isWithdrawn(index)) {
        // The withdrawn text is not shown, only the fact.
        document.setPlainText(MessageThreadModel::tr("This message was withdrawn."));
        QFont italic = option.font;
        italic.setItalic(true);
        document.setDefaultFont(italic);
        return;
    }
    // Only the sanitiser's output ever reaches the rich-text engine.
    document.setHtml(index.data(MessageThreadModel::SafeHtmlRole).toString());
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                QTextDocument &document) const
{
    Layout l;
    l.rightSide = index.data(MessageThreadModel::SideRole).toInt() == MessageThreadModel::CustomerSide;
    const int available = std::max(120, option.rect.width() - 2 * kOuterMargin);
    const int maxBubble = std::min(kMaxBubbleWidth, std::max(120, available * 4 / 5));
    const int maxContent = maxBubble - 2 * kPadding;

    const QFontMetrics normal(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics small(smallFont(option.font));

    const QString author = index.data(MessageThreadModel::AuthorRole).toString();
    const QString time = headerTime(index);
    // A little slack: the painter's text advance can round up past the metrics' integer width.
    const int headerWidth = bold.horizontalAdvance(author) + 2 * kGap + small.horizontalAdvance(time) + 4;
    const QString badge = isWithdrawn(index) ? QString() : badgeText(index.data(MessageThreadModel::DisplayTypeRole).toString());
    const int badgeWidth = badge.isEmpty() ? 0 : small.horizontalAdvance(badge) + 2 * kGap;

    prepareDocument(document, option, index);
    document.setTextWidth(maxContent);
    int content = std::max(headerWidth, badgeWidth);
    content = std::max(content, int(std::ceil(document.idealWidth())));

    const QVariantList attachments = isWithdrawn(index) ? QVariantList() : index.data(MessageThreadModel::AccessoriesRole).toList();
    for (const QVariant &a : attachments)
        content = std::max(content, kIconSize + kGap + normal.horizontalAdvance(attachmentLine(a.toMap())));
    const QString action = actionText(index);
    const QSize actionSize = action.isEmpty() ? QSize() : buttonSize(action, option);
    content = std::max(content, actionSize.width());
    const QString status = statusText(index.data(MessageThreadModel::DeliveryRole).toInt());
    content = std::min(std::max(content, small.horizontalAdvance(status)), maxContent);
    document.setTextWidth(content);

    const int bubbleWidth = content + 2 * kPadding;
    const int left = l.rightSide ? option.rect.right() - kOuterMargin - bubbleWidth + 1 : option.rect.left() + kOuterMargin;
    int y = option.rect.top() + kRowSpacing + kPadding;
    const int x = left + kPadding;
    l.header = QRect(x, y, content, std::max(bold.height(), small.height()));
    y = l.header.bottom() + 1 + kGap;
    if (!badge.isEmpty()) {
        l.badge = QRect(x, y, badgeWidth, small.height() + 2);
        y = l.badge.bottom() + 1 + kGap;
    }
    l.body = QRect(x, y, content, int(std::ceil(document.size().height())));
    y = l.body.bottom() + 1;
    for (int i = 0; i < attachments.size(); ++i) {
        const QRect line(x, y + kGap, content, std::max(normal.height(), kIconSize));
        l.attachments.append(line);
        y = line.bottom() + 1;
    }
    if (!action.isEmpty()) {
        l.action = QRect(QPoint(x, y + kGap), actionSize);
        y = l.action.bottom() + 1;
    }
    if (!status.isEmpty()) {
        l.status = QRect(x, y + kGap, content, small.height());
        y = l.status.bottom() + 1;
    }
    l.bubble = QRect(left, option.rect.top() + kRowSpacing, bubbleWidth, y + kPadding - (option.rect.top() + kRowSpacing));
    return l;
}

QString MessageDelegate::cacheKey(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString html = index.data(MessageThreadModel::SafeHtmlRole).toString();
    QString attachments;
    for (const QVariant &a : index.data(MessageThreadModel::AccessoriesRole).toList())
        attachments += attachmentLine(a.toMap()) + QLatin1Char('\x1e');
    const QChar sep(0x1f);
    return index.data(MessageThreadModel::MessageIdRole).toString() + sep
           + index.data(MessageThreadModel::LocalIdRole).toString() + sep + QString::number(option.rect.width())
           + sep + option.font.key() + sep + index.data(MessageThreadModel::SideRole).toString() + sep
           + index.data(MessageThreadModel::AuthorRole).toString() + sep + headerTime(index) + sep
           + (isWithdrawn(index) ? MessageThreadModel::tr("This message was withdrawn.") : QString()) + sep
           + badgeText(index.data(MessageThreadModel::DisplayTypeRole).toString()) + sep + actionText(index) + sep
           + statusText(index.data(MessageThreadModel::DeliveryRole).toInt()) + sep + attachments + sep
           + QString::number(html.size()) + sep + QString::number(qHash(html), 16);
}

MessageDelegate::Prepared MessageDelegate::prepared(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString key = cacheKey(opt, index);
    Prepared result;
    if (const Prepared *cached = m_documents.object(key)) {
        result = *cached;
    } else {
        opt.rect.moveTopLeft(QPoint(0, 0));
        result.document = std::make_shared<QTextDocument>();
        result.layout = layout(opt, index, *result.document);
        m_documents.insert(key, new Prepared(result));
        if (m_heights.size() >= kMaxCachedHeights)
            m_heights.clear(); // many widths seen (the window was resized): keep only the current ones
        m_heights.insert(key, result.layout.bubble.height());
    }
    // The cached layout is for a row at (0, 0): move it to this row.
    Layout &l = result.layout;
    const QPoint offset = option.rect.topLeft();
    for (QRect *rect : {&l.bubble, &l.header, &l.badge, &l.body, &l.action, &l.status}) {
        if (!rect->isNull())
            rect->translate(offset);
    }
    for (QRect &rect : l.attachments)
        rect.translate(offset);
    return result;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto known = m_heights.constFind(cacheKey(opt, index));
    const int bubbleHeight = known != m_heights.constEnd() ? *known : prepared(option, index).layout.bubble.height();
    return {std::max(1, option.rect.width()), bubbleHeight + 2 * kRowSpacing};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Prepared row = prepared(option, index);
    QTextDocument &document = *row.document;
    const Layout &l = row.layout;
    const QPalette &palette = opt.palette;
    const QString displayType = index.data(MessageThreadModel::DisplayTypeRole).toString();
    const bool withdrawn = isWithdrawn(index);
    const int delivery = index.data(MessageThreadModel::DeliveryRole).toInt();
    const bool selected = opt.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (delivery == MessageThreadModel::Sending)
        painter->setOpacity(0.7);

    // Colours from the palette only, so light, dark and high-contrast themes all work.
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    QColor fill = l.rightSide ? mix(base, highlight, 0.16) : palette.color(QPalette::AlternateBase);
    if (fill == base)
        fill = mix(base, palette.color(QPalette::Text), 0.06);
    QColor border = l.rightSide ? mix(base, highlight, 0.45) : mix(base, palette.color(QPalette::Text), 0.22);
    Qt::PenStyle borderStyle = Qt::SolidLine;
    qreal borderWidth = 1.0;
    if (withdrawn) {
        fill = base;
        borderStyle = Qt::DashLine;
    } else if (displayType == Message::DisplayQaBot) {
        borderStyle = Qt::DashLine;
    } else if (displayType == Message::DisplayAuth || displayType == Message::DisplayExtParamRequest) {
        border = highlight;
        borderWidth = 1.5;
    }
    if (selected) {
        border = highlight;
        borderWidth = 2.0;
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter->fillPath(path, fill);
    painter->setPen(QPen(border, borderWidth, borderStyle));
    painter->drawPath(path);

    // Header: author, then the time in a quieter colour.
    const QColor text = palette.color(QPalette::Text);
    const QColor quiet = mix(fill, text, 0.62);
    const QFont bold = boldFont(opt.font);
    const QFont small = smallFont(opt.font);
    const QString author = index.data(MessageThreadModel::AuthorRole).toString();
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    const int authorWidth = std::min(boldMetrics.horizontalAdvance(author), l.header.width());
    painter->drawText(QRect(l.header.topLeft(), QSize(authorWidth, l.header.height())), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(author, Qt::ElideRight, l.header.width()));
    painter->setFont(small);
    painter->setPen(quiet);
    const QRect timeRect = l.header.adjusted(authorWidth + 2 * kGap, 0, 0, 0);
    painter->drawText(timeRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(headerTime(index), Qt::ElideRight, timeRect.width()));

    if (!l.badge.isEmpty()) {
        QPainterPath pill;
        pill.addRoundedRect(QRectF(l.badge), l.badge.height() / 2.0, l.badge.height() / 2.0);
        painter->fillPath(pill, mix(fill, highlight, 0.25));
        painter->setPen(text);
        painter->drawText(l.badge, Qt::AlignCenter, badgeText(displayType));
    }

    // Body: the sanitised document, with the palette's text and link colours.
    painter->save();
    painter->translate(l.body.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, withdrawn ? quiet : text);
    context.clip = QRectF(0, 0, l.body.width(), l.body.height());
    document.documentLayout()->draw(painter, context);
    painter->restore();

    // Attachments: icon, name and size (when the server said).
    const QVariantList attachments = withdrawn ? QVariantList() : index.data(MessageThreadModel::AccessoriesRole).toList();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QIcon fileIcon = style->standardIcon(QStyle::SP_FileIcon, nullptr, opt.widget);
    painter->setFont(opt.font);
    for (int i = 0; i < l.attachments.size() && i < attachments.size(); ++i) {
        const QRect line = l.attachments.at(i);
        fileIcon.paint(painter, QRect(line.left(), line.top() + (line.height() - kIconSize) / 2, kIconSize, kIconSize));
        painter->setPen(palette.color(QPalette::Link));
        const QRect textRect = line.adjusted(kIconSize + kGap, 0, 0, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(attachmentLine(attachments.at(i).toMap()), Qt::ElideMiddle, textRect.width()));
    }

    if (!l.action.isEmpty()) {
        QStyleOptionButton button;
        if (opt.widget)
            button.initFrom(opt.widget);
        button.rect = l.action;
        button.text = actionText(index);
        button.palette = palette;
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        style->drawControl(QStyle::CE_PushButton, &button, painter, opt.widget);
    }

    if (!l.status.isEmpty()) {
        painter->setFont(small);
        painter->setPen(quiet);
        painter->drawText(l.status, Qt::AlignRight | Qt::AlignVCenter, statusText(delivery));
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        if (opt.widget)
            focus.initFrom(opt.widget);
        focus.rect = l.bubble.adjusted(-3, -3, 3, 3);
        focus.palette = palette;
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
    painter->restore();
}

QRect MessageDelegate::actionRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return prepared(option, index).layout.action;
}

MessageDelegate::HitResult MessageDelegate::hitTest(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                    const QPoint &pos) const
{
    const Prepared row = prepared(option, index);
    const QTextDocument &document = *row.document;
    const Layout &l = row.layout;
    HitResult hit;
    if (l.action.contains(pos)) {
        hit.kind = Hit::Action;
    } else if (l.body.contains(pos)) {
        const QString anchor = document.documentLayout()->anchorAt(pos - l.body.topLeft());
        if (!anchor.isEmpty()) {
            hit.kind = Hit::Link;
            hit.link = anchor;
        }
    } else {
        for (int i = 0; i < l.attachments.size(); ++i) {
            if (l.attachments.at(i).contains(pos)) {
                hit.kind = Hit::Attachment;
                hit.attachment = i;
            }
        }
    }
    return hit;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease && event->type() != QEvent::MouseMove)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const HitResult hit = hitTest(option, index, mouse->position().toPoint());
    if (event->type() == QEvent::MouseMove) {
        // A pointing hand over what reacts to a click.
        if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
            QWidget *viewport = view->viewport();
            if (hit.kind == Hit::None)
                viewport->unsetCursor();
            else
                viewport->setCursor(Qt::PointingHandCursor);
        }
        return false;
    }
    if (mouse->button() != Qt::LeftButton)
        return false;
    switch (hit.kind) {
    case Hit::Link: Q_EMIT linkActivated(QUrl(hit.link, QUrl::StrictMode)); return true;
    case Hit::Action: return triggerAction(index);
    case Hit::Attachment: {
        const QVariantMap attachment = index.data(MessageThreadModel::AccessoriesRole).toList().value(hit.attachment).toMap();
        Q_EMIT attachmentActivated(attachment.value(QStringLiteral("id")).toString(),
                                   attachment.value(QStringLiteral("name")).toString());
        return true;
    }
    case Hit::None: return false;
    }
    return false;
}

} // namespace osm::ui
