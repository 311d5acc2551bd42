#pragma once

#include <QListView>

namespace osm::ui {

class CaseViewsModel;
class ViewDelegate;

// The left pane: the views of CaseViewsModel, each with its case count at the trailing edge and, like a
// mail folder, its unread total in bold after the name.
class ViewsPane : public QListView
{
    Q_OBJECT

public:
    explicit ViewsPane(CaseViewsModel *model, QWidget *parent = nullptr);

    CaseViewsModel *viewsModel() const { return m_model; }
    int currentView() const { return currentIndex().row(); }
    void selectView(int row);

    QSize sizeHint() const override;

Q_SIGNALS:
    void viewSelected(int row);
    // The user asks to choose the IAM group of "Group cases".
    void groupRequested();

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    CaseViewsModel *m_model;
    ViewDelegate *m_delegate = nullptr;
};

} // namespace osm::ui
