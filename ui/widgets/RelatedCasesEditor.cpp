#include "RelatedCasesEditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace osm::ui {

RelatedCasesEditor::RelatedCasesEditor(QWidget *parent)
    : QWidget(parent), m_list(new QTreeWidget), m_caseId(new QLineEdit), m_groupId(new QLineEdit),
      m_add(new QPushButton), m_open(new QPushButton), m_remove(new QPushButton)
{
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // At most 3 rows: no more room than that.
    m_list->setMaximumHeight(m_list->header()->sizeHint().height() + fontMetrics().height() * 5);
    m_list->installEventFilter(this);
    m_caseId->setMaxLength(64);  // related_id_list items, 1-64
    m_groupId->setMaxLength(64); // group_id, 1-64

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    auto *input = new QHBoxLayout;
    input->addWidget(m_caseId, 3);
    input->addWidget(m_groupId, 2);
    input->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addLayout(input);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RelatedCasesEditor::updateState);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openRequested(item->text(0)); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            Q_EMIT openRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            Q_EMIT removeRequested(id, groupId());
    });
    const auto add = [this] {
        if (m_add->isEnabled())
            Q_EMIT addRequested(m_caseId->text().trimmed(), groupId());
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_caseId, &QLineEdit::returnPressed, this, add);
    connect(m_caseId, &QLineEdit::textChanged, this, &RelatedCasesEditor::updateState);
    connect(m_groupId, &QLineEdit::textChanged, this, &RelatedCasesEditor::updateState);
    retranslate();
}

void RelatedCasesEditor::setRelatedCases(const QList<RelatedCase> &cases)
{
    const QString selected = selectedId();
    m_cases = cases;
    m_list->clear();
    for (const RelatedCase &c : cases) {
        auto *item = new QTreeWidgetItem(m_list, {c.caseId, c.simpleDescription, c.userName});
        item->setToolTip(1, c.simpleDescription);
        if (c.caseId == selected)
            m_list->setCurrentItem(item);
    }
    updateState();
}

void RelatedCasesEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateState();
}

void RelatedCasesEditor::setGroupId(const QString &groupId)
{
    m_groupId->setText(groupId);
}

QString RelatedCasesEditor::groupId() const
{
    return m_groupId->text().trimmed();
}

void RelatedCasesEditor::clearInput()
{
    m_caseId->clear();
}

QString RelatedCasesEditor::selectedId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text(0);
}

void RelatedCasesEditor::updateState()
{
    const bool selected = !selectedId().isEmpty();
    m_open->setEnabled(selected);
    // The relation calls need the group id (their only required field besides the ids).
    m_remove->setEnabled(m_editable && selected && !groupId().isEmpty());
    m_add->setEnabled(m_editable && !m_caseId->text().trimmed().isEmpty() && !groupId().isEmpty());
    m_caseId->setEnabled(m_editable);
    m_groupId->setEnabled(m_editable);
}

bool RelatedCasesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && m_remove->isEnabled()) {
            m_remove->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RelatedCasesEditor::retranslate()
{
    m_list->setHeaderLabels({tr("Case"), tr("Description"), tr("Submitter")});
    m_list->setAccessibleName(tr("Related cases"));
    m_caseId->setAccessibleName(tr("Related case ID"));
    m_caseId->setPlaceholderText(tr("Case ID to relate"));
    m_groupId->setAccessibleName(tr("IAM group ID for relations"));
    m_groupId->setPlaceholderText(tr("IAM group ID"));
    m_groupId->setToolTip(tr("The relation calls of the OSM API require the ID of your IAM group."));
    m_add->setText(tr("Re&late"));
    m_add->setAccessibleName(tr("Add related case"));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open related case"));
    m_remove->setText(tr("Unrelate"));
    m_remove->setAccessibleName(tr("Remove related case"));
    updateState();
}

void RelatedCasesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace osm::ui
