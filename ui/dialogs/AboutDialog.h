#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace osm::ui {

// Help ▸ About: the version of OSM Desk and of the libraries it runs on (Qt, QtKeychain), and their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text shown, for tests and for "copy to clipboard" in bug reports.
    QString versionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_versions;
    QLabel *m_licences;
    QDialogButtonBox *m_buttons;
};

} // namespace osm::ui
