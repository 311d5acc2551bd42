#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QVBoxLayout>

#ifndef OSM_QTKEYCHAIN_VERSION
#define OSM_QTKEYCHAIN_VERSION "?"
#endif

namespace osm::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_versions(new QLabel(this))
    , m_licences(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    m_title->setAlignment(Qt::AlignHCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions->setAlignment(Qt::AlignHCenter);
    m_licences->setWordWrap(true);
    m_licences->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_versions->setObjectName(QStringLiteral("aboutVersions"));
    m_licences->setObjectName(QStringLiteral("aboutLicences"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_title);
    layout->addWidget(m_versions);
    layout->addWidget(m_licences);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

QString AboutDialog::versionText() const
{
    return tr("OSM Desk %1\nQt %2 (built with %3)\nQtKeychain %4")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QStringLiteral(OSM_QTKEYCHAIN_VERSION));
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About OSM Desk"));
    m_title->setText(tr("OSM Desk"));
    m_versions->setText(versionText());
    m_licences->setText(
        tr("A desktop client for Huawei Cloud support cases through the OSM API.\n\n"
           "OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and "
           "QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries "
           "(on Debian in /usr/share/doc/<package>/copyright)."));
    m_title->setAccessibleName(tr("Application name"));
    m_versions->setAccessibleName(tr("Versions"));
    m_licences->setAccessibleName(tr("Licences"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace osm::ui
