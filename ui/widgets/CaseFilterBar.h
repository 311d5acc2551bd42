#pragma once

#include "models/CaseFilter.h"
#include "model/Label.h"
#include "model/SubCustomer.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;

namespace osm::ui {

// The console's case filters above the list: creation dates, status, submitter, label, case ID and
// description keywords. Choices apply at once, typing after a short pause (or at Return); Clear (Esc)
// empties them all; the current filter is spelt out at the end. Ctrl+F goes to the keywords.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTypingDelayMs = 400;

    explicit CaseFilterBar(QWidget *parent = nullptr);

    // The filter as last applied.
    const CaseFilter &filter() const { return m_applied; }
    void setLabels(const QList<Label> &labels);
    // The submitter field offers these (list_sub_customers); an ID typed by hand is still a filter.
    void setSubCustomers(const QList<SubCustomer> &subCustomers);
    QComboBox *submitterPicker() const { return m_submitterPicker; }
    // A status view is selected: the status field shows it and is not a filter of its own meanwhile.
    // nullopt gives the field back, with the user's own choice.
    void setViewStatus(std::optional<int> status);

    QAction *clearAction() const { return m_clearAction; }
    QAction *findAction() const { return m_findAction; }

public Q_SLOTS:
    void clear();
    void focusKeywords();
    // Applies what the fields say now, without waiting for the typing pause.
    void applyNow();

Q_SIGNALS:
    void filterChanged(const osm::ui::CaseFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    CaseFilter readFields() const;
    void showSummary(const CaseFilter &filter, bool valid);
    QLineEdit *addLineEdit(int maxLength);
    void wireLineEdit(QLineEdit *edit, int maxLength);
    QString submitterId() const;
    void retranslateUi();
    QIcon labelIcon(const QString &color) const;

    QLineEdit *m_keywords;
    QLineEdit *m_caseId;
    QComboBox *m_submitterPicker; // editable: its line edit is m_submitter
    QLineEdit *m_submitter;
    QComboBox *m_status;
    QComboBox *m_label;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QToolButton *m_clearButton;
    QLabel *m_summary;
    QAction *m_clearAction;
    QAction *m_findAction;
    QTimer m_typingPause;
    CaseFilter m_applied;
    std::optional<int> m_viewStatus;
    int m_userStatusIndex = 0; // the status field's choice while a status view overrides it
};

} // namespace osm::ui
