#include "LocalCacheDialog.h"

#include "store/FileCache.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace osm::ui {

namespace {
const QString kCapKey = QStringLiteral("fileCache/capBytes");
constexpr qint64 kMiB = 1024 * 1024;
} // namespace

qint64 LocalCacheDialog::savedCapBytes()
{
    bool ok = false;
    const qint64 bytes = QSettings().value(kCapKey).toLongLong(&ok);
    return ok && bytes >= 0 ? bytes : FileCache::kDefaultCapBytes;
}

void LocalCacheDialog::saveCapBytes(qint64 bytes)
{
    QSettings().setValue(kCapKey, std::max<qint64>(0, bytes));
}

LocalCacheDialog::LocalCacheDialog(FileCache &cache, QWidget *parent)
    : QDialog(parent), m_cache(cache), m_capLabel(new QLabel), m_cap(new QSpinBox), m_capHint(new QLabel),
      m_usage(new QLabel), m_clear(new QPushButton),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_cap->setRange(0, kMaxCapMiB);
    m_cap->setSingleStep(100);
    m_cap->setGroupSeparatorShown(true);
    m_cap->setValue(int(std::min<qint64>(m_cache.capBytes() / kMiB, kMaxCapMiB)));
    m_capLabel->setBuddy(m_cap);
    m_capHint->setWordWrap(true);
    m_usage->setTextFormat(Qt::PlainText);
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_capLabel, m_cap);

    auto *usageRow = new QHBoxLayout;
    usageRow->addWidget(m_usage, 1);
    usageRow->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_capHint);
    layout->addSpacing(6);
    layout->addLayout(usageRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_clear, &QPushButton::clicked, this, &LocalCacheDialog::clearFiles);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LocalCacheDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LocalCacheDialog::reject);

    retranslateUi();
    setMinimumWidth(460);
}

void LocalCacheDialog::retranslateUi()
{
    setWindowTitle(tr("Local Cache"));
    m_capLabel->setText(tr("&Keep downloaded files up to (MiB):"));
    m_capHint->setText(tr("Attachments you open, save or drag out are kept on this computer, so that they open "
                          "again without a download, also offline. Beyond the limit the least recently used go "
                          "first; 0 keeps none."));
    m_clear->setText(tr("C&lear Downloaded Files"));
    updateUsage();
}

void LocalCacheDialog::updateUsage()
{
    //: %n is how many files are kept, %1 the space they take (e.g. "12.5 MiB")
    m_usage->setText(tr("In use: %n file(s), %1", nullptr, m_cache.fileCount())
                         .arg(QLocale().formattedDataSize(m_cache.usedBytes())));
    m_clear->setEnabled(m_cache.fileCount() > 0);
}

void LocalCacheDialog::clearFiles()
{
    m_cache.clear();
    updateUsage();
}

void LocalCacheDialog::accept()
{
    const qint64 bytes = qint64(m_cap->value()) * kMiB;
    saveCapBytes(bytes);
    m_cache.setCapBytes(bytes); // evicts at once
    QDialog::accept();
}

void LocalCacheDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace osm::ui
