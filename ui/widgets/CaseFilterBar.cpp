#include "CaseFilterBar.h"

#include "model/CaseStatus.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QAbstractItemView>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

namespace osm::ui {

namespace {
constexpr int kAnyIndex = 0; // "Any status" / "Any label"

// list_cases' filters take these statuses, plus Paused through incident_statuses (CaseFilter::setStatus).
const QList<int> kFilterStatuses = {CaseStatus::PendingAcceptance, CaseStatus::InProgress,
                                    CaseStatus::ResultToBeConfirmed, CaseStatus::Completed,
                                    CaseStatus::Cancelled, CaseStatus::Paused,
                                    CaseStatus::Invalid, CaseStatus::AwaitingFeedback};
} // namespace

CaseFilterBar::CaseFilterBar(QWidget *parent)
    : QWidget(parent), m_status(new QComboBox(this)), m_label(new QComboBox(this)),
      m_fromEnabled(new QCheckBox(this)), m_from(new QDateEdit(this)),
      m_toEnabled(new QCheckBox(this)), m_to(new QDateEdit(this)),
      m_clearButton(new QToolButton(this)), m_summary(new QLabel(this)),
      m_clearAction(new QAction(this)), m_findAction(new QAction(this))
{
    setObjectName(QStringLiteral("caseFilterBar"));
    m_keywords = addLineEdit(CaseFilter::kMaxKeywords * (CaseFilter::kMaxKeywordLength + 1));
    m_keywords->setClearButtonEnabled(true);
    m_caseId = addLineEdit(32);    // incident_id ≤ 32
    // The submitter: a sub-user picked from the list (shown by name and ID) or an ID typed in.
    m_submitterPicker = new QComboBox(this);
    m_submitterPicker->setObjectName(QStringLiteral("submitterPicker"));
    m_submitterPicker->setEditable(true);
    m_submitterPicker->setInsertPolicy(QComboBox::NoInsert);
    m_submitterPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_submitterPicker->setMinimumContentsLength(12);
    m_submitter = m_submitterPicker->lineEdit();
    wireLineEdit(m_submitter, 64); // x_customer_id ≤ 64
    connect(m_submitterPicker, &QComboBox::activated, this, &CaseFilterBar::applyNow);

    m_status->addItem(QString(), -1); // "Any status", named in retranslateUi()
    for (const int status : kFilterStatuses)
        m_status->addItem(CaseStatus::displayName(status), status);
    connect(m_status, &QComboBox::activated, this, &CaseFilterBar::applyNow);

    m_label->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setLabels({});
    connect(m_label, &QComboBox::activated, this, &CaseFilterBar::applyNow);

    // A date filter is off until ticked: a date edit cannot be empty.
    const QDate today = QDate::currentDate();
    const auto setUpDate = [this](QCheckBox *enabled, QDateEdit *edit, const QDate &date) {
        edit->setCalendarPopup(true);
        edit->setDate(date);
        edit->setEnabled(false);
        connect(enabled, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(enabled, &QCheckBox::toggled, this, &CaseFilterBar::applyNow);
        connect(edit, &QDateEdit::dateChanged, this, [this, enabled] {
            if (enabled->isChecked())
                applyNow();
        });
    };
    setUpDate(m_fromEnabled, m_from, today.addMonths(-1));
    setUpDate(m_toEnabled, m_to, today);
    // The range stays a range: moving one end past the other moves the other along.
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_from->date() > date)
            m_from->setDate(date);
    });

    m_clearAction->setObjectName(QStringLiteral("clearFiltersAction"));
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearAction->setShortcutContext(Qt::WindowShortcut);
    m_clearAction->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    connect(m_clearAction, &QAction::triggered, this, &CaseFilterBar::clear);
    addAction(m_clearAction);
    m_clearButton->setDefaultAction(m_clearAction);
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &CaseFilterBar::focusKeywords);
    addAction(m_findAction);

    m_summary->setObjectName(QStringLiteral("currentFilter"));
    m_summary->setTextFormat(Qt::PlainText); // label names and typed text are not markup
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingDelayMs);
    connect(&m_typingPause, &QTimer::timeout, this, &CaseFilterBar::applyNow);

    auto *layout = new QGridLayout(this);
    // Room from the window's edge and the list below, in the style's own spacing (scales with the screen).
    const int spacing = std::max(0, layout->verticalSpacing());
    layout->setContentsMargins(0, spacing, std::max(0, layout->horizontalSpacing()), spacing);
    auto *texts = new QHBoxLayout;
    texts->addWidget(m_keywords, 3);
    texts->addWidget(m_caseId, 1);
    texts->addWidget(m_submitterPicker, 1);
    texts->addWidget(m_clearButton);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_status);
    choices->addWidget(m_label);
    const int groupGap = 2 * std::max(0, layout->horizontalSpacing()); // between groups of fields
    choices->addSpacing(groupGap);
    choices->addWidget(m_fromEnabled);
    choices->addWidget(m_from);
    choices->addWidget(m_toEnabled);
    choices->addWidget(m_to);
    choices->addSpacing(groupGap);
    choices->addWidget(m_summary, 1);
    layout->addLayout(texts, 0, 0);
    layout->addLayout(choices, 1, 0);

    retranslateUi();
}

void CaseFilterBar::retranslateUi()
{
    setAccessibleName(tr("Case filters"));
    m_keywords->setAccessibleName(tr("Keywords in description"));
    m_keywords->setPlaceholderText(tr("Search descriptions (up to three words)"));
    m_caseId->setAccessibleName(tr("Case ID"));
    m_caseId->setPlaceholderText(tr("Case ID"));
    m_submitter->setAccessibleName(tr("Submitter ID"));
    m_submitter->setPlaceholderText(tr("Sub-user ID"));
    m_submitterPicker->setAccessibleName(tr("Submitter ID"));
    m_submitterPicker->setToolTip(tr("Pick a sub-user or type a sub-user ID"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setItemText(kAnyIndex, tr("Any status"));
    for (int i = kAnyIndex + 1; i < m_status->count(); ++i)
        m_status->setItemText(i, CaseStatus::displayName(m_status->itemData(i).toInt()));
    m_status->setToolTip(m_viewStatus ? tr("The selected view already lists one status.") : QString());
    m_label->setAccessibleName(tr("Label filter"));
    m_label->setItemText(kAnyIndex, tr("Any label"));
    m_fromEnabled->setText(tr("Created &from"));
    m_fromEnabled->setAccessibleName(tr("Created from"));
    m_from->setAccessibleName(tr("Created from date"));
    m_toEnabled->setText(tr("&until"));
    m_toEnabled->setAccessibleName(tr("Created until"));
    m_to->setAccessibleName(tr("Created until date"));
    // Dates in the language's own short format.
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_clearAction->setText(tr("C&lear Filters"));
    m_clearAction->setToolTip(
        tr("Show every case again (%1)").arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    m_clearButton->setAccessibleName(tr("Clear filters"));
    m_findAction->setText(tr("&Find"));
    m_summary->setAccessibleName(tr("Current filter"));
    showSummary(m_applied, true);
}

void CaseFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QLineEdit *CaseFilterBar::addLineEdit(int maxLength)
{
    auto *edit = new QLineEdit(this);
    wireLineEdit(edit, maxLength);
    return edit;
}

void CaseFilterBar::wireLineEdit(QLineEdit *edit, int maxLength)
{
    edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(edit, &QLineEdit::returnPressed, this, &CaseFilterBar::applyNow);
}

void CaseFilterBar::setSubCustomers(const QList<SubCustomer> &subCustomers)
{
    // The field keeps what it shows (a pick or a typed ID); only the choices change.
    const QString text = m_submitter->text();
    const QSignalBlocker blocker(m_submitterPicker);
    m_submitterPicker->clear();
    for (const SubCustomer &sub : subCustomers) {
        if (sub.customerId.isEmpty())
            continue;
        // Names come anonymised ("z***"): the ID tells two of them apart.
        const QString shown = sub.customerName.isEmpty()
                                  ? sub.customerId
                                  : QStringLiteral("%1 (%2)").arg(sub.customerName, sub.customerId);
        m_submitterPicker->addItem(shown, sub.customerId);
    }
    m_submitterPicker->setCurrentIndex(-1);
    m_submitter->setText(text);
    // The popup shows whole IDs, even where the field itself is narrow.
    QAbstractItemView *popup = m_submitterPicker->view();
    popup->setMinimumWidth(popup->sizeHintForColumn(0) + 2 * popup->frameWidth()
                           + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, popup));
}

QString CaseFilterBar::submitterId() const
{
    // A picked entry shows "name (id)"; its ID is the filter. Anything else typed is taken as an ID.
    const QString text = m_submitter->text().trimmed();
    const int picked = m_submitterPicker->findText(text, Qt::MatchExactly);
    return picked >= 0 ? m_submitterPicker->itemData(picked).toString() : text;
}

QIcon CaseFilterBar::labelIcon(const QString &color) const
{
    // The label's own colour (the one colour not taken from the palette), drawn at the screen's pixel ratio.
    const QColor fill(color.trimmed());
    if (!fill.isValid())
        return {};
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
    painter.setBrush(fill);
    const qreal inset = side * 0.2;
    painter.drawEllipse(QRectF(inset, inset, side - 2 * inset, side - 2 * inset));
    return QIcon(pixmap);
}

void CaseFilterBar::setLabels(const QList<Label> &labels)
{
    const int chosen = m_label->currentData().toInt();
    m_label->clear();
    m_label->addItem(tr("Any label"), -1);
    for (const Label &label : labels) {
        m_label->addItem(labelIcon(label.color), label.name, label.labelId);
        m_label->setItemData(m_label->count() - 1, label.color, Qt::ToolTipRole);
    }
    const int index = m_label->findData(chosen);
    m_label->setCurrentIndex(index >= 0 ? index : kAnyIndex);
    // The label filtered by was renamed or deleted (label manager): the filter follows.
    if (m_applied.labelId)
        applyNow();
}

void CaseFilterBar::setViewStatus(std::optional<int> status)
{
    if (status == m_viewStatus)
        return;
    if (!m_viewStatus)
        m_userStatusIndex = m_status->currentIndex();
    m_viewStatus = status;
    m_status->setCurrentIndex(status ? std::max(kAnyIndex, m_status->findData(*status)) : m_userStatusIndex);
    m_status->setToolTip(status ? tr("The selected view already lists one status.") : QString());
    m_status->setEnabled(!status);
    applyNow();
}

CaseFilter CaseFilterBar::readFields() const
{
    CaseFilter filter;
    if (m_fromEnabled->isChecked())
        filter.createdFrom = m_from->date();
    if (m_toEnabled->isChecked())
        filter.createdTo = m_to->date();
    if (!m_viewStatus && m_status->currentIndex() > kAnyIndex)
        filter.status = m_status->currentData().toInt();
    filter.submitterId = submitterId();
    if (m_label->currentIndex() > kAnyIndex) {
        filter.labelId = m_label->currentData().toInt();
        filter.labelName = m_label->currentText();
    }
    filter.caseId = m_caseId->text().trimmed();
    filter.keywords = m_keywords->text().simplified();
    return filter;
}

void CaseFilterBar::applyNow()
{
    m_typingPause.stop();
    const CaseFilter filter = readFields();
    const bool valid = filter.isValid();
    showSummary(valid ? filter : m_applied, valid);
    if (!valid || filter == m_applied)
        return;
    m_applied = filter;
    Q_EMIT filterChanged(m_applied);
}

void CaseFilterBar::clear()
{
    // Quietly: the fields are reset first, then applied once.
    const QList<QObject *> fields = {m_keywords, m_caseId, m_submitter, m_submitterPicker, m_status, m_label,
                                     m_fromEnabled, m_from, m_toEnabled, m_to};
    for (QObject *field : fields)
        field->blockSignals(true);
    m_keywords->clear();
    m_caseId->clear();
    m_submitter->clear();
    m_submitterPicker->setCurrentIndex(-1);
    m_userStatusIndex = kAnyIndex;
    if (!m_viewStatus)
        m_status->setCurrentIndex(kAnyIndex);
    m_label->setCurrentIndex(kAnyIndex);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    for (QObject *field : fields)
        field->blockSignals(false);
    applyNow();
}

void CaseFilterBar::focusKeywords()
{
    m_keywords->setFocus(Qt::ShortcutFocusReason);
    m_keywords->selectAll();
}

void CaseFilterBar::showSummary(const CaseFilter &filter, bool valid)
{
    m_keywords->setToolTip(valid ? QString() : tr("At most %n words of up to 64 characters each.", nullptr,
                                                  CaseFilter::kMaxKeywords));
    if (!valid) {
        m_summary->setText(tr("At most %n words of up to 64 characters each.", nullptr, CaseFilter::kMaxKeywords));
        return;
    }
    const QStringList items = filter.describe();
    m_summary->setText(items.isEmpty() ? tr("No filter") : tr("Filtered by %1").arg(QLocale().createSeparatedList(items)));
}

} // namespace osm::ui
