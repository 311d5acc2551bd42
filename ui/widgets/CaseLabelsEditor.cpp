#include "CaseLabelsEditor.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace osm::ui {

namespace {
constexpr int kLabelIdRole = Qt::UserRole + 1;
}

CaseLabelsEditor::CaseLabelsEditor(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_picker(new QComboBox), m_add(new QPushButton),
      m_remove(new QPushButton)
{
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(fontMetrics().height() * 3); // a row or two of labels: at most 5
    m_list->installEventFilter(this);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *row = new QHBoxLayout;
    row->addWidget(m_picker, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int id = m_picker->currentData().toInt();
        if (m_picker->currentIndex() >= 0 && id >= 0)
            Q_EMIT addRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, &CaseLabelsEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &CaseLabelsEditor::updateState);
    retranslate();
}

QIcon CaseLabelsEditor::swatch(const QString &color)
{
    const QColor fill = QColor::isValidColorName(color) ? QColor::fromString(color) : QColor(Qt::gray);
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(fill.darker(140));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

void CaseLabelsEditor::setCaseLabels(const QList<Label> &labels)
{
    m_caseLabels = labels;
    rebuild();
}

void CaseLabelsEditor::setTenantLabels(const QList<Label> &labels)
{
    m_tenantLabels = labels;
    rebuild();
}

void CaseLabelsEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateState();
}

void CaseLabelsEditor::rebuild()
{
    const int selectedId = m_list->currentItem() ? m_list->currentItem()->data(kLabelIdRole).toInt() : -1;
    m_list->clear();
    QList<int> onCase;
    for (const Label &label : std::as_const(m_caseLabels)) {
        auto *item = new QListWidgetItem(swatch(label.color), label.name, m_list);
        item->setData(kLabelIdRole, label.labelId);
        item->setToolTip(label.color);
        onCase.append(label.labelId);
        if (label.labelId == selectedId)
            m_list->setCurrentItem(item);
    }
    const int pickedId = m_picker->currentData().isValid() ? m_picker->currentData().toInt() : -1;
    m_picker->clear();
    for (const Label &label : std::as_const(m_tenantLabels)) {
        if (!onCase.contains(label.labelId))
            m_picker->addItem(swatch(label.color), label.name, label.labelId);
    }
    m_picker->setCurrentIndex(std::max(0, m_picker->findData(pickedId)));
    updateState();
}

void CaseLabelsEditor::removeSelected()
{
    if (const QListWidgetItem *item = m_list->currentItem(); item && item->isSelected())
        Q_EMIT removeRequested(item->data(kLabelIdRole).toInt());
}

void CaseLabelsEditor::updateState()
{
    // Adding stays possible with 5 labels: the owner then says why it refuses, a greyed button would not.
    m_add->setEnabled(m_editable && m_picker->count() > 0);
    m_picker->setEnabled(m_editable && m_picker->count() > 0);
    m_remove->setEnabled(m_editable && m_list->currentItem() && m_list->currentItem()->isSelected());
}

bool CaseLabelsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && m_editable) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseLabelsEditor::retranslate()
{
    m_list->setAccessibleName(tr("Case labels"));
    m_list->setToolTip(tr("Select a label and press Delete to remove it from the case"));
    m_picker->setAccessibleName(tr("Label to add"));
    m_picker->setPlaceholderText(tr("No other labels"));
    m_add->setText(tr("&Add Label"));
    m_add->setAccessibleName(tr("Add label"));
    m_remove->setText(tr("Remo&ve Label"));
    m_remove->setAccessibleName(tr("Remove label"));
}

void CaseLabelsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace osm::ui
