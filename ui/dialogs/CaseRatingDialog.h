#pragma once

#include "model/Satisfaction.h"
#include "model/SatisfactionDimension.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace osm::ui {

// Asks for the satisfaction rating of a case: one star level per satisfaction dimension (5.8.8
// list_satisfaction_dimensions) and a comment (judgement, ≤ 400 characters). Used for closing a case
// (5.3.8 action "close", where the rating is optional and the dialog is the confirmation) and for rating a
// completed one (5.3.6 create_case_score).
class CaseRatingDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Close, Rate };
    static constexpr int kJudgementMaxLength = 400;

    CaseRatingDialog(Purpose purpose, const QString &caseId, QWidget *parent = nullptr);

    // The scales to offer; may arrive after the dialog is shown (they are fetched once per panel).
    void setDimensions(const QList<SatisfactionDimension> &dimensions);
    // The scales could not be loaded: say so instead of "Loading…" (closing still works; a comment may rate).
    void setScalesUnavailable();
    // Pre-selects a star level (tests, and a repeated attempt after an error).
    void setStars(int satisfactionId, int stars);
    void setJudgement(const QString &text);

    // The dimensions given a level, as the API takes them: satisfaction_id, satisfaction_value (stars) and
    // the dimension's sat_category_id.
    QList<Satisfaction> satisfactions() const;
    QString judgement() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void rebuildScales();

    Purpose m_purpose;
    QString m_caseId;
    QList<SatisfactionDimension> m_dimensions;
    bool m_scalesUnavailable = false;
    QList<QComboBox *> m_scales; // one per dimension, item data = stars (0: not rated)
    QLabel *m_intro;
    QFormLayout *m_form;
    QLabel *m_noScales;
    QLabel *m_judgementLabel;
    QPlainTextEdit *m_judgement;
    QLabel *m_counter;
    QDialogButtonBox *m_buttons;
};

} // namespace osm::ui
