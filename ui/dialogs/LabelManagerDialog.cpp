#include "LabelManagerDialog.h"

#include "api/Labels.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "widgets/CaseLabelsEditor.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace osm::ui {

namespace {
constexpr int kLabelIdRole = Qt::UserRole + 1;

// New labels take these in turn, so that two labels made one after the other differ.
const QList<QColor> kSuggestedColors = {QColor(0xE5, 0x39, 0x35), QColor(0xFB, 0x8C, 0x00), QColor(0x43, 0xA0, 0x47),
                                        QColor(0x1E, 0x88, 0xE5), QColor(0x8E, 0x24, 0xAA), QColor(0x00, 0xAC, 0xC1),
                                        QColor(0x6D, 0x4C, 0x41), QColor(0x54, 0x6E, 0x7A), QColor(0xFD, 0xD8, 0x35),
                                        QColor(0xD8, 0x1B, 0x60), QColor(0x39, 0x49, 0xAB), QColor(0x00, 0x89, 0x7B),
                                        QColor(0x7C, 0xB3, 0x42), QColor(0xF4, 0x51, 0x1E)};
} // namespace

LabelManagerDialog::LabelManagerDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent), m_client(client), m_newColor(kSuggestedColors.constFirst()), m_list(new QListWidget),
      m_rename(new QPushButton), m_recolor(new QPushButton), m_delete(new QPushButton), m_name(new QLineEdit),
      m_color(new QToolButton), m_add(new QPushButton), m_newCaption(new QLabel), m_limit(new QLabel),
      m_status(new QLabel), m_statusIcon(new QLabel), m_close(new QPushButton)
{
    setObjectName(QStringLiteral("labelManagerDialog"));
    m_list->setObjectName(QStringLiteral("labelList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_name->setObjectName(QStringLiteral("newLabelName"));
    m_name->setMaxLength(64); // name: 1-64
    m_newCaption->setBuddy(m_name);
    m_limit->setObjectName(QStringLiteral("labelLimit"));
    m_limit->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("labelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // server text is not markup
    m_statusIcon->hide();
    // Return in the name field adds (Add is the default button); no other button takes Return over.
    for (QPushButton *button : {m_rename, m_recolor, m_delete, m_close})
        button->setAutoDefault(false);
    m_add->setDefault(true);

    auto *side = new QVBoxLayout;
    side->addWidget(m_rename);
    side->addWidget(m_recolor);
    side->addWidget(m_delete);
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newCaption);
    newRow->addWidget(m_name, 1);
    newRow->addWidget(m_color);
    newRow->addWidget(m_add);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(newRow);
    layout->addWidget(m_limit);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &LabelManagerDialog::updateState);
    connect(m_list, &QListWidget::itemChanged, this, &LabelManagerDialog::onItemChanged);
    connect(m_rename, &QPushButton::clicked, this, &LabelManagerDialog::renameSelected);
    connect(m_recolor, &QPushButton::clicked, this, &LabelManagerDialog::recolorSelected);
    connect(m_delete, &QPushButton::clicked, this, &LabelManagerDialog::deleteSelected);
    connect(m_add, &QPushButton::clicked, this, &LabelManagerDialog::addLabel);
    connect(m_name, &QLineEdit::textChanged, this, &LabelManagerDialog::updateState);
    connect(m_color, &QToolButton::clicked, this, [this] {
        auto *dialog = new QColorDialog(m_newColor, this);
        dialog->setObjectName(QStringLiteral("newLabelColorDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QColorDialog::colorSelected, this, &LabelManagerDialog::setNewColor);
        dialog->open();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setNewColor(m_newColor);
    retranslateUi();
    resize(480, 420);
    reload();
}

QColor LabelManagerDialog::unusedColor() const
{
    // The first suggestion no label has yet, so that a new label stands out; all taken: by count.
    for (const QColor &color : kSuggestedColors) {
        const bool used = std::any_of(m_labels.cbegin(), m_labels.cend(),
                                      [&](const Label &label) { return label.color.toUpper() == colorText(color); });
        if (!used)
            return color;
    }
    return kSuggestedColors.at(m_labels.size() % kSuggestedColors.size());
}

QString LabelManagerDialog::colorText(const QColor &color)
{
    return color.name(QColor::HexRgb).toUpper();
}

void LabelManagerDialog::setNewColor(const QColor &color)
{
    if (!color.isValid())
        return;
    m_newColor = color;
    m_color->setIcon(CaseLabelsEditor::swatch(colorText(color)));
    m_color->setToolTip(colorText(color));
}

QString LabelManagerDialog::statusText() const
{
    return m_status->text();
}

void LabelManagerDialog::retranslateUi()
{
    setWindowTitle(tr("Manage Labels"));
    m_list->setAccessibleName(tr("Labels"));
    m_list->setToolTip(tr("Double-click a name (or press F2) to rename the label"));
    m_rename->setText(tr("&Rename"));
    m_recolor->setText(tr("&Colour…"));
    m_delete->setText(tr("&Delete…"));
    m_newCaption->setText(tr("&New label:"));
    m_name->setPlaceholderText(tr("Name"));
    m_name->setAccessibleName(tr("New label name"));
    m_color->setAccessibleName(tr("New label colour"));
    m_add->setText(tr("&Add"));
    m_close->setText(tr("Close"));
    m_status->setAccessibleName(tr("Status"));
    updateState();
}

void LabelManagerDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LabelManagerDialog::reload()
{
    if (!m_client)
        return;
    setBusy(true);
    api::ListLabelsParams params;
    params.limit = 100; // one page holds them all (at most 30)
    whenReady(api::listLabels(*m_client, params), this, [this](const Result<LabelList> &result) {
        setBusy(false);
        if (!result.ok()) {
            showStatus(result.error().userMessage(), true);
            return;
        }
        // Only a change is news for the rest of the app (opening the dialog is not).
        const bool changed = m_loaded && result->labels != m_labels;
        m_labels = result->labels;
        if (!m_loaded)
            setNewColor(unusedColor());
        m_loaded = true;
        if (m_nextColorAfterReload) {
            m_nextColorAfterReload = false;
            setNewColor(unusedColor());
        }
        showLabels();
        if (changed)
            Q_EMIT labelsChanged(m_labels);
    });
}

void LabelManagerDialog::showLabels()
{
    const Label *selected = selectedLabel();
    const int selectedId = selected ? selected->labelId : -1;
    m_filling = true;
    m_list->clear();
    for (const Label &label : std::as_const(m_labels)) {
        auto *item = new QListWidgetItem(CaseLabelsEditor::swatch(label.color), label.name, m_list);
        item->setData(kLabelIdRole, label.labelId);
        item->setToolTip(label.color);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (label.labelId == selectedId)
            m_list->setCurrentItem(item);
    }
    m_filling = false;
    updateState();
}

const Label *LabelManagerDialog::selectedLabel() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const int id = item->data(kLabelIdRole).toInt();
    for (const Label &label : m_labels) {
        if (label.labelId == id)
            return &label;
    }
    return nullptr;
}

QString LabelManagerDialog::limitText() const
{
    if (m_labels.size() >= kMaxLabels)
        return tr("You have %n labels, the most allowed. Delete one to add another.", nullptr, kMaxLabels);
    //: %1 labels in use of at most %2
    return tr("%1 of at most %2 labels").arg(QLocale().toString(m_labels.size()), QLocale().toString(kMaxLabels));
}

void LabelManagerDialog::updateState()
{
    const bool idle = m_loaded && !m_busy;
    const bool selected = selectedLabel() != nullptr;
    const bool full = m_labels.size() >= kMaxLabels;
    m_list->setEnabled(m_loaded);
    m_rename->setEnabled(idle && selected);
    m_recolor->setEnabled(idle && selected);
    m_delete->setEnabled(idle && selected);
    m_name->setEnabled(idle && !full);
    m_color->setEnabled(idle && !full);
    m_add->setEnabled(idle && !full && !m_name->text().trimmed().isEmpty());
    // The reason Add is greyed, where the pointer and a screen reader find it.
    m_add->setToolTip(full ? limitText() : QString());
    m_limit->setText(m_loaded ? limitText() : QString());
}

void LabelManagerDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        showStatus(QString(), false);
    updateState();
}

void LabelManagerDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // A refusal is marked with the style's warning icon, as in the case detail panel.
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(error ? style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side) : QPixmap());
    m_statusIcon->setVisible(error);
}

void LabelManagerDialog::addLabel()
{
    if (!m_client || m_busy || !m_loaded)
        return;
    if (m_labels.size() >= kMaxLabels) {
        showStatus(limitText(), true);
        return;
    }
    api::LabelParams params;
    params.name = m_name->text().trimmed();
    params.color = colorText(m_newColor);
    if (params.name.isEmpty())
        return;
    setBusy(true);
    whenReady(api::createLabel(*m_client, params), this, [this, name = params.name](const Result<Acknowledgement> &result) {
        if (result.ok()) {
            m_name->clear();
            m_nextColorAfterReload = true; // the next label gets another colour
        }
        //: %1 is the label's name
        finishWrite(result.ok() ? Error() : result.error(), tr("Label “%1” created.").arg(name));
    });
}

void LabelManagerDialog::renameSelected()
{
    if (QListWidgetItem *item = m_list->currentItem(); item && selectedLabel())
        m_list->editItem(item);
}

void LabelManagerDialog::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || !item)
        return;
    const int id = item->data(kLabelIdRole).toInt();
    for (const Label &label : std::as_const(m_labels)) {
        if (label.labelId != id)
            continue;
        const QString name = item->text().trimmed();
        if (name == label.name)
            return;
        if (name.isEmpty()) {
            showLabels(); // back to the old name: a label needs one
            showStatus(tr("A label needs a name."), true);
            return;
        }
        update(label, name, label.color);
        return;
    }
}

void LabelManagerDialog::recolorSelected()
{
    const Label *label = selectedLabel();
    if (!label)
        return;
    const QColor current = QColor::isValidColorName(label->color) ? QColor::fromString(label->color) : QColor(Qt::gray);
    auto *dialog = new QColorDialog(current, this);
    dialog->setObjectName(QStringLiteral("labelColorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    //: %1 is the label's name
    dialog->setWindowTitle(tr("Colour of “%1”").arg(label->name));
    connect(dialog, &QColorDialog::colorSelected, this, [this, chosen = *label](const QColor &color) {
        if (color.isValid() && colorText(color) != chosen.color.toUpper())
            update(chosen, chosen.name, colorText(color));
    });
    dialog->open();
}

void LabelManagerDialog::update(const Label &label, const QString &name, const QString &color)
{
    if (!m_client || m_busy)
        return;
    api::LabelParams params;
    params.name = name;
    params.color = color;
    // Both fields are required: a rename sends the colour as it is, which may be a form 5.9.1 does not
    // document (the reference's own example of update sends "1"); then only the server can judge it.
    if (const Error invalid = params.validate(); invalid && !(invalid.field() == QLatin1String("color"))) {
        showLabels();
        showStatus(invalid.userMessage(), true);
        return;
    }
    setBusy(true);
    whenReady(api::updateLabel(*m_client, label.labelId, params), this,
              [this, name](const Result<Acknowledgement> &result) {
                  //: %1 is the label's name
                  finishWrite(result.ok() ? Error() : result.error(), tr("Label “%1” saved.").arg(name));
              });
}

void LabelManagerDialog::deleteSelected()
{
    const Label *label = selectedLabel();
    if (!label || m_busy)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Label"),
                                //: %1 is the label's name
                                tr("Delete the label “%1”? It is also removed from every case that carries it.")
                                    .arg(label->name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("deleteLabelBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box->button(QMessageBox::Yes), &QPushButton::clicked, this, [this, chosen = *label] { remove(chosen); });
    box->open();
}

void LabelManagerDialog::remove(const Label &label)
{
    if (!m_client || m_busy)
        return;
    setBusy(true);
    whenReady(api::deleteLabel(*m_client, label.labelId), this,
              [this, name = label.name](const Result<Acknowledgement> &result) {
                  //: %1 is the label's name
                  finishWrite(result.ok() ? Error() : result.error(), tr("Label “%1” deleted.").arg(name));
              });
}

void LabelManagerDialog::finishWrite(const Error &error, const QString &done)
{
    setBusy(false);
    // Read again either way: a refusal may mean the list changed elsewhere (30 reached, name taken).
    reload();
    showStatus(error ? error.userMessage() : done, bool(error));
}

void LabelManagerDialog::updateEditor(CaseLabelsEditor *editor, const QList<Label> &labels)
{
    if (!editor)
        return;
    QList<Label> onCase;
    for (const Label &old : editor->caseLabels()) {
        for (const Label &label : labels) {
            if (label.labelId == old.labelId)
                onCase.append(label);
        }
    }
    editor->setTenantLabels(labels);
    editor->setCaseLabels(onCase);
}

} // namespace osm::ui
