#include "LocalSearchDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

// Paints an item's DisplayRole as rich text: the hits' bold matches. The text is built by the dialog from
// escaped parts only.
class RichTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        QTextDocument document;
        prepare(document, item);
        item.text.clear();
        item.widget->style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        painter->save();
        painter->translate(item.rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = item.palette;
        const bool selected = item.state & QStyle::State_Selected;
        context.palette.setColor(QPalette::Text, item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setClipRect(QRect(QPoint(0, 0), item.rect.size()));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        QTextDocument document;
        prepare(document, item);
        return QSize(int(document.idealWidth()), int(document.size().height()));
    }

private:
    static void prepare(QTextDocument &document, const QStyleOptionViewItem &item)
    {
        document.setDefaultFont(item.font);
        document.setDocumentMargin(4);
        document.setHtml(item.text);
        document.setTextWidth(item.rect.width() > 0 ? item.rect.width() : -1);
    }
};

QString elided(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() > length ? line.left(length) + QStringLiteral("…") : line;
}

} // namespace

LocalSearchDialog::LocalSearchDialog(LocalStore &store, QWidget *parent)
    : QDialog(parent), m_search(store), m_field(new QLineEdit(this)), m_results(new QListView(this)),
      m_model(new QStandardItemModel(this)), m_hint(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("localSearchDialog"));
    resize(760, 540);
    m_field->setObjectName(QStringLiteral("localSearchField"));
    m_field->setClearButtonEnabled(true);
    m_hint->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("localSearchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new RichTextDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setResizeMode(QListView::Adjust);
    m_status->setObjectName(QStringLiteral("localSearchStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &LocalSearchDialog::search);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_field, &QLineEdit::returnPressed, this, &LocalSearchDialog::search);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT hitActivated(index.data(CaseIdRole).toString(), index.data(MessageIdRole).toString());
    });
    retranslateUi();
}

QString LocalSearchDialog::statusText() const
{
    return m_status->text();
}

void LocalSearchDialog::search()
{
    m_typing.stop();
    m_hits = m_search.search(m_field->text());
    m_searched = !LocalSearch::terms(m_field->text()).isEmpty();
    showHits();
}

QString LocalSearchDialog::placeOf(const SearchHit &hit) const
{
    switch (hit.kind) {
    case SearchHit::Kind::Case: return tr("Case %1").arg(hit.caseId);
    case SearchHit::Kind::Message:
        return tr("Message in case %1, %2")
            .arg(hit.caseId, QLocale().toString(hit.time.toLocalTime(), QLocale::ShortFormat));
    case SearchHit::Kind::Attachment: return tr("Attachment in case %1").arg(hit.caseId);
    }
    return {};
}

void LocalSearchDialog::showHits()
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    m_model->clear();
    for (const SearchHit &hit : m_hits) {
        QString heading = placeOf(hit).toHtmlEscaped();
        if (!hit.caseTitle.isEmpty() && hit.kind != SearchHit::Kind::Case)
            heading += QStringLiteral(" — ") + elided(hit.caseTitle, 80).toHtmlEscaped();
        auto *item = new QStandardItem(QStringLiteral("<div><small>%1</small></div><div>%2</div>")
                                           .arg(heading, hit.snippetHtml));
        QString plain = hit.snippetHtml;
        plain.remove(tags);
        item->setData(placeOf(hit) + QStringLiteral(": ") + plain, Qt::AccessibleTextRole);
        item->setData(hit.caseId, CaseIdRole);
        item->setData(hit.messageId, MessageIdRole);
        item->setData(plain, PlainTextRole);
        m_model->appendRow(item);
    }
    if (!m_search.errorText().isEmpty())
        m_status->setText(tr("The search failed: %1").arg(m_search.errorText()));
    else if (!m_searched)
        m_status->clear();
    else if (m_hits.isEmpty())
        m_status->setText(tr("Nothing saved on this computer matches."));
    else
        m_status->setText(tr("%n match(es)", nullptr, int(m_hits.size())));
    if (!m_hits.isEmpty() && !m_results->currentIndex().isValid())
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void LocalSearchDialog::retranslateUi()
{
    setWindowTitle(tr("Search Saved Cases"));
    m_hint->setText(tr("Searches the case descriptions, messages and attachment names saved on this computer, "
                       "also while offline. Press Enter on a result to open its case."));
    m_field->setPlaceholderText(tr("Words to find"));
    m_field->setAccessibleName(tr("Search saved cases"));
    m_results->setAccessibleName(tr("Matches"));
    if (m_searched)
        showHits();
}

void LocalSearchDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace osm::ui
