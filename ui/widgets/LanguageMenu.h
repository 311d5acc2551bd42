#pragma once

#include <QMenu>

class QActionGroup;

namespace osm::ui {

// Settings ▸ Language: the system's language or one of those shipped, each named in its own language (a
// reader who cannot read the current one still finds theirs). Choosing one only asks for it
// (languageChosen); whoever owns the translators switches and calls setCurrent.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // `codes` as QLocale names ("zh_CN", "ar"); English, the source language, is always offered.
    // `current` is one of them, "en", or empty for the system's language.
    void setLanguages(const QStringList &codes, const QString &current);
    void setCurrent(const QString &code);
    QString current() const;

Q_SIGNALS:
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace osm::ui
