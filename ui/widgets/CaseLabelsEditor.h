#pragma once

#include "model/Label.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace osm::ui {

// The labels of a case in their colours, with a picker of the tenant's other labels to add one and a
// button (or Delete) to remove the selected one. It only asks: the owner sends the request and calls
// setCaseLabels() with the server's answer.
class CaseLabelsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CaseLabelsEditor(QWidget *parent = nullptr);

    void setCaseLabels(const QList<Label> &labels);
    void setTenantLabels(const QList<Label> &labels);
    QList<Label> caseLabels() const { return m_caseLabels; }
    QList<Label> tenantLabels() const { return m_tenantLabels; }
    void setEditable(bool editable);

    QListWidget *list() const { return m_list; }
    QComboBox *picker() const { return m_picker; }

    // A swatch of a label's colour (a grey one when the colour cannot be read).
    static QIcon swatch(const QString &color);

Q_SIGNALS:
    void addRequested(int labelId);
    void removeRequested(int labelId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void updateState();
    void removeSelected();

    QList<Label> m_caseLabels;
    QList<Label> m_tenantLabels;
    bool m_editable = true;
    QListWidget *m_list;
    QComboBox *m_picker;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace osm::ui
