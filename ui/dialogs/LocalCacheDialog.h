#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace osm {
class FileCache;
}

namespace osm::ui {

// Settings ▸ Local Cache…: the size cap of the downloaded files kept on this computer (FileCache), in MiB
// (0 keeps none), how much they take now, and Clear Downloaded Files. OK saves the cap (QSettings: it is no
// secret) and applies it at once, evicting the least recently used files beyond it; Clear acts at once.
class LocalCacheDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxCapMiB = 1024 * 1024; // 1 TiB

    LocalCacheDialog(FileCache &cache, QWidget *parent = nullptr);

    // The cap saved in QSettings (FileCache::kDefaultCapBytes when none was saved), in bytes.
    static qint64 savedCapBytes();
    static void saveCapBytes(qint64 bytes);

    QSpinBox *capField() const { return m_cap; }
    QLabel *usageLabel() const { return m_usage; }
    QPushButton *clearButton() const { return m_clear; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateUsage();
    void clearFiles();

    FileCache &m_cache;
    QLabel *m_capLabel;
    QSpinBox *m_cap;
    QLabel *m_capHint;
    QLabel *m_usage;
    QPushButton *m_clear;
    QDialogButtonBox *m_buttons;
};

} // namespace osm::ui
