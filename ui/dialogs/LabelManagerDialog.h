#pragma once

#include "model/Label.h"

#include <QColor>
#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

class CaseLabelsEditor;

// Settings ▸ Manage Labels…: the tenant's labels (5.9) in their colours; create (name and colour), rename
// (edit the name in place, F2), recolour (QColorDialog) and delete (confirmed; it also leaves every case).
// At most 30 labels: Add is disabled with the reason before the user hits the limit, and a refusal of the
// server (a label added elsewhere meanwhile, a name taken) is shown in the dialog. After every change the
// list is read again and labelsChanged() tells the rest of the app.
class LabelManagerDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxLabels = 30; // 5.9.1, OSM.01010041

    explicit LabelManagerDialog(ApiClient *client, QWidget *parent = nullptr);

    QList<Label> labels() const { return m_labels; }
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *addButton() const { return m_add; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_loaded; }
    // The colour a new label gets (the colour button changes it).
    QColor newColor() const { return m_newColor; }
    void setNewColor(const QColor &color);

    // Shows `labels` in an open case's editor: the tenant's list, and the case's own labels renamed,
    // recoloured or dropped as the tenant's list says.
    static void updateEditor(CaseLabelsEditor *editor, const QList<Label> &labels);
    // "#RRGGBB", the form of 5.9.1's example (upper case like the console's).
    static QString colorText(const QColor &color);

public Q_SLOTS:
    void reload();
    void addLabel();
    void renameSelected(); // starts editing the selected name in place
    void recolorSelected();
    void deleteSelected();

Q_SIGNALS:
    void labelsChanged(const QList<osm::Label> &labels);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showLabels();
    void updateState();
    void onItemChanged(QListWidgetItem *item);
    void update(const Label &label, const QString &name, const QString &color);
    void remove(const Label &label);
    void finishWrite(const Error &error, const QString &done);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);
    const Label *selectedLabel() const;
    QString limitText() const;
    QColor unusedColor() const;

    QPointer<ApiClient> m_client;
    QList<Label> m_labels;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_filling = false; // showLabels() is setting items: not the user's edits
    bool m_nextColorAfterReload = false;
    QColor m_newColor;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_recolor;
    QPushButton *m_delete;
    QLineEdit *m_name;
    QToolButton *m_color;
    QPushButton *m_add;
    QLabel *m_newCaption;
    QLabel *m_limit;
    QLabel *m_status;
    QLabel *m_statusIcon;
    QPushButton *m_close;
};

} // namespace osm::ui
