#include "ViewsPane.h"

#include "models/CaseViewsModel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>

namespace osm::ui {

// Draws the name (with the unread total) and the count at the trailing edge, in the palette's colours.
class ViewDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString countText(const QModelIndex &index)
    {
        const qint64 count = index.data(CaseViewsModel::CountRole).toLongLong();
        return count >= 0 ? QLocale().toString(count) : QString();
    }

    static QString nameText(const QModelIndex &index)
    {
        const QString name = index.data(Qt::DisplayRole).toString();
        const int unread = index.data(CaseViewsModel::UnreadRole).toInt();
        //: A view's name and its number of unread messages, as mail clients show folders.
        return unread > 0 ? ViewsPane::tr("%1 (%2)").arg(name, QLocale().toString(unread)) : name;
    }

    int gap(const QStyleOptionViewItem &option) const
    {
        return option.fontMetrics.averageCharWidth() * 2;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // Background, selection and focus as the style draws them; the texts are ours.
        const QString name = nameText(index);
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        // Padded at both ends: the names and counts do not touch the pane's frame.
        const int padding = gap(opt) / 2;
        const QRect textRect =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(padding, 0, -padding, 0);
        const QString count = countText(index);
        const int countWidth = count.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(count);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                                 : QPalette::Inactive;
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;

        QRect nameRect = textRect;
        nameRect.setWidth(std::max(0, textRect.width() - (countWidth > 0 ? countWidth + gap(opt) : 0)));
        nameRect = QStyle::visualRect(opt.direction, textRect, nameRect);
        const QRect countRect = QStyle::visualRect(
            opt.direction, textRect, QRect(textRect.right() - countWidth + 1, textRect.top(), countWidth, textRect.height()));

        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, textRole));
        const QFontMetrics nameMetrics(opt.font);
        painter->drawText(nameRect, int(Qt::AlignVCenter | Qt::AlignLeading) | Qt::TextSingleLine,
                          nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
        if (!count.isEmpty()) {
            painter->setFont(option.font);
            // A quieter colour than the name when not selected, from the palette.
            painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(countRect, int(Qt::AlignVCenter | Qt::AlignTrailing) | Qt::TextSingleLine, count);
        }
        painter->restore();
    }

    // The width the row needs to show its name (bold, as when it has unread messages) and a five-digit count
    // without eliding: what the pane asks for, so that it does not jump when counts and badges arrive.
    int naturalWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text = nameText(index);
        opt.font.setBold(true);
        opt.fontMetrics = QFontMetrics(opt.font);
        return QStyledItemDelegate::sizeHint(opt, index).width() + 2 * gap(opt)
               + option.fontMetrics.horizontalAdvance(QLocale().toString(99999));
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        // As narrow as need be: each row takes the pane's width, a narrowed pane elides names, never the counts.
        return {1, std::max(QStyledItemDelegate::sizeHint(opt, index).height(), opt.fontMetrics.height() * 3 / 2)};
    }
};

ViewsPane::ViewsPane(CaseViewsModel *model, QWidget *parent) : QListView(parent), m_model(model)
{
    setObjectName(QStringLiteral("viewsPane"));
    setAccessibleName(tr("Views"));
    setModel(model);
    m_delegate = new ViewDelegate(this);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows fit the pane (see ViewDelegate::sizeHint)
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT viewSelected(current.row());
            });
}

void ViewsPane::selectView(int row)
{
    setCurrentIndex(m_model->index(row));
}

QSize ViewsPane::sizeHint() const
{
    // As wide as the widest view, not the list view's arbitrary default.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int width = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        width = std::max(width, m_delegate->naturalWidth(option, m_model->index(row)));
    const int frame = 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {width + frame, QListView::sizeHint().height()};
}

void ViewsPane::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Views")); // the rows' names come from the model (CaseViewsModel::retranslate)
}

void ViewsPane::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || m_model->kindAt(index.row()) != CaseViewsModel::Kind::Group)
        return;
    QMenu menu(this);
    menu.addAction(tr("Choose IAM &Group…"), this, &ViewsPane::groupRequested);
    menu.exec(event->globalPos());
}

} // namespace osm::ui
