#pragma once

#include "model/RelatedCase.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace osm::ui {

// The cases related to a case (5.12): a list to open (double-click, Enter or Open) or remove from, and a
// field to relate another case by its id. create/delete_case_relation require an IAM group id (group_id),
// asked for next to the case id. It only asks; the owner checks, sends and calls setRelatedCases().
class RelatedCasesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedCasesEditor(QWidget *parent = nullptr);

    void setRelatedCases(const QList<RelatedCase> &cases);
    QList<RelatedCase> relatedCases() const { return m_cases; }
    void setEditable(bool editable);
    void setGroupId(const QString &groupId);
    QString groupId() const;
    void clearInput();

    QTreeWidget *list() const { return m_list; }
    QLineEdit *caseIdEdit() const { return m_caseId; }
    QLineEdit *groupIdEdit() const { return m_groupId; }

Q_SIGNALS:
    void addRequested(const QString &relatedId, const QString &groupId);
    void removeRequested(const QString &relatedId, const QString &groupId);
    void openRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateState();
    QString selectedId() const;

    QList<RelatedCase> m_cases;
    bool m_editable = true;
    QTreeWidget *m_list;
    QLineEdit *m_caseId;
    QLineEdit *m_groupId;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_remove;
};

} // namespace osm::ui
