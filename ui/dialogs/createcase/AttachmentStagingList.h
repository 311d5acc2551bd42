#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QMimeData;
class QPushButton;

namespace osm::ui {

// The files staged for a new case: a list with Add… and Remove, and local files dropped or pasted (Ctrl+V
// with file URLs) anywhere on it. Only readable regular files are taken, each once, at most maxFiles()
// (5.5.6 limit_count once known). Nothing is uploaded here: the wizard checks the limits and uploads on submit.
class AttachmentStagingList : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentStagingList(QWidget *parent = nullptr);

    QStringList files() const { return m_files; }
    void setFiles(const QStringList &files); // a restored draft: files that vanished are dropped
    // Returns how many were added.
    int stageFiles(const QStringList &paths);
    void unstageFile(int index);
    void setMaxFiles(int max);
    int maxFiles() const { return m_maxFiles; }
    void setLimitsText(const QString &text);
    QListWidget *listWidget() const { return m_list; }

Q_SIGNALS:
    void filesChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseFiles();
    void refresh();
    void retranslateUi();
    static QStringList localFiles(const QMimeData *mime);

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_limitsLabel;
    QStringList m_files;
    int m_maxFiles = 10; // create_case accepts up to 100 ids; 5.5.6 narrows it
};

} // namespace osm::ui
