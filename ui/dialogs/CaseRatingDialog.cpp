#include "CaseRatingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

// The number of star levels of a scale: its total score over the score per star (5 when not given).
int levelsOf(const SatisfactionDimension &dimension)
{
    const int levels = dimension.perValue > 0 ? dimension.value / dimension.perValue : dimension.value;
    return levels >= 1 && levels <= 10 ? levels : 5;
}

QString starsText(int stars, int levels)
{
    return QString(stars, QChar(0x2605)) + QString(levels - stars, QChar(0x2606));
}

} // namespace

CaseRatingDialog::CaseRatingDialog(Purpose purpose, const QString &caseId, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_caseId(caseId), m_intro(new QLabel), m_form(new QFormLayout),
      m_noScales(new QLabel), m_judgementLabel(new QLabel), m_judgement(new QPlainTextEdit),
      m_counter(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(purpose == Purpose::Close ? QStringLiteral("closeCaseDialog")
                                            : QStringLiteral("rateCaseDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_noScales->setWordWrap(true);
    m_judgement->setTabChangesFocus(true);
    m_judgement->setMinimumHeight(80);
    m_judgementLabel->setBuddy(m_judgement);
    m_counter->setAlignment(Qt::AlignRight);
    setMinimumWidth(440);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_noScales);
    layout->addWidget(m_judgementLabel);
    layout->addWidget(m_judgement, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_judgement, &QPlainTextEdit::textChanged, this, &CaseRatingDialog::updateState);
    retranslate();
    rebuildScales();
}

void CaseRatingDialog::setDimensions(const QList<SatisfactionDimension> &dimensions)
{
    m_dimensions = dimensions;
    m_scalesUnavailable = false;
    rebuildScales();
}

void CaseRatingDialog::setScalesUnavailable()
{
    m_scalesUnavailable = m_dimensions.isEmpty();
    retranslate();
}

void CaseRatingDialog::rebuildScales()
{
    // Keep what was chosen when the scales arrive again.
    QHash<int, int> chosen;
    for (const QComboBox *scale : std::as_const(m_scales))
        chosen.insert(scale->property("satisfactionId").toInt(), scale->currentData().toInt());
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_scales.clear();
    for (const SatisfactionDimension &dimension : std::as_const(m_dimensions)) {
        auto *scale = new QComboBox;
        scale->setProperty("satisfactionId", dimension.satisfactionId);
        connect(scale, &QComboBox::currentIndexChanged, this, &CaseRatingDialog::updateState);
        m_scales.append(scale);
        m_form->addRow(new QLabel, scale);
    }
    retranslate();
    for (int i = 0; i < m_scales.size(); ++i)
        m_scales.at(i)->setCurrentIndex(
            std::max(0, m_scales.at(i)->findData(chosen.value(m_dimensions.at(i).satisfactionId))));
    updateState();
}

void CaseRatingDialog::setStars(int satisfactionId, int stars)
{
    for (QComboBox *scale : std::as_const(m_scales)) {
        if (scale->property("satisfactionId").toInt() == satisfactionId)
            scale->setCurrentIndex(std::max(0, scale->findData(stars)));
    }
}

void CaseRatingDialog::setJudgement(const QString &text)
{
    m_judgement->setPlainText(text);
}

QList<Satisfaction> CaseRatingDialog::satisfactions() const
{
    QList<Satisfaction> list;
    for (int i = 0; i < m_scales.size(); ++i) {
        const int stars = m_scales.at(i)->currentData().toInt();
        if (stars <= 0)
            continue;
        const SatisfactionDimension &dimension = m_dimensions.at(i);
        Satisfaction s;
        s.satisfactionId = dimension.satisfactionId;
        // The score: stars times the score per star (the scales of today give 1 per star).
        s.satisfactionValue = stars * std::max(1, dimension.perValue);
        s.satCategoryId = dimension.categoryId;
        list.append(s);
    }
    return list;
}

QString CaseRatingDialog::judgement() const
{
    return m_judgement->toPlainText().trimmed();
}

void CaseRatingDialog::updateState()
{
    const int length = int(m_judgement->toPlainText().trimmed().size());
    //: %1 characters typed, %2 the most allowed
    m_counter->setText(tr("%1 / %2").arg(length).arg(kJudgementMaxLength));
    m_counter->setAccessibleName(tr("Comment length"));
    bool rated = false;
    for (const QComboBox *scale : std::as_const(m_scales))
        rated = rated || scale->currentData().toInt() > 0;
    // Closing needs no rating; rating needs one level or a comment.
    const bool acceptable =
        length <= kJudgementMaxLength && (m_purpose == Purpose::Close || rated || length > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

void CaseRatingDialog::retranslate()
{
    const bool closing = m_purpose == Purpose::Close;
    setWindowTitle(closing ? tr("Close Case") : tr("Rate Case"));
    setAccessibleName(windowTitle());
    m_intro->setText(
        closing
            ? tr("Close case %1? Close it only when the problem is solved. You may rate the "
                 "support you received; the rating can be given only once.")
                  .arg(m_caseId)
            : tr("Rate the support you received for case %1. A case can be rated only once.").arg(m_caseId));
    m_intro->setAccessibleName(tr("Explanation"));
    m_noScales->setText(m_scalesUnavailable ? tr("The rating scales could not be loaded.")
                                            : tr("Loading the rating scales…"));
    m_noScales->setVisible(m_dimensions.isEmpty());
    m_judgementLabel->setText(tr("&Comment:"));
    m_judgement->setAccessibleName(tr("Comment"));
    m_judgement->setPlaceholderText(closing ? tr("Optional") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setText(closing ? tr("C&lose Case") : tr("&Submit Rating"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleName(closing ? tr("Confirm close") : tr("Submit rating"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    for (int i = 0; i < m_scales.size(); ++i) {
        const SatisfactionDimension &dimension = m_dimensions.at(i);
        //: %1 is the number of a rating scale the server did not name
        const QString name = dimension.description.isEmpty() ? tr("Rating %1").arg(dimension.satisfactionId)
                                                             : dimension.description;
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())) {
            //: %1 is the name of a rating scale, e.g. "Handling timeliness"
            label->setText(tr("%1:").arg(name));
            label->setBuddy(m_scales.at(i));
        }
        QComboBox *scale = m_scales.at(i);
        const int current = scale->currentData().toInt();
        const int levels = levelsOf(dimension);
        scale->clear();
        scale->addItem(tr("Not rated"), 0);
        for (int stars = levels; stars >= 1; --stars)
            //: %1 is a row of star characters, %n the number of stars
            scale->addItem(tr("%1 (%n star(s))", nullptr, stars).arg(starsText(stars, levels)), stars);
        scale->setCurrentIndex(std::max(0, scale->findData(current)));
        //: %1 is the name of a rating scale
        scale->setAccessibleName(tr("Rating for %1").arg(name));
    }
    updateState();
}

void CaseRatingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace osm::ui
