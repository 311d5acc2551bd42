#include "TrayNotifier.h"

#include "models/CaseListModel.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QSystemTrayIcon>

namespace osm::ui {

TrayNotifier::TrayNotifier(CaseListModel *cases, QObject *parent)
    : QObject(parent), m_cases(cases), m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showAction = m_menu->addAction(QString());
    m_showAction->setObjectName(QStringLiteral("trayShowAction"));
    connect(m_showAction, &QAction::triggered, this, &TrayNotifier::windowRequested);
    m_menu->addSeparator();

    // No tray (a bare X session, offscreen): no icon and no pop-ups, and nothing else changes.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::openNotifiedCase);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT windowRequested();
        });
    }
    connect(cases, &CaseListModel::unreadCountChanged, this, &TrayNotifier::noteUnread);
    retranslate();
    if (m_tray)
        m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    // The icon goes before the menu it shows.
    delete m_tray;
}

void TrayNotifier::retranslate()
{
    m_showAction->setText(tr("Show OSM Desk"));
    m_menu->setTitle(tr("OSM Desk"));
    m_menu->setAccessibleName(tr("OSM Desk tray menu"));
    updateToolTipAndIcon();
    rebuildMenu();
}

void TrayNotifier::noteUnread(const QString &caseId, int, int unread)
{
    if (unread > 0) {
        const bool rose = unread > m_unread.value(caseId);
        m_unread.insert(caseId, unread);
        if (!m_order.contains(caseId))
            m_order.append(caseId);
        else if (rose) // news: to the top of the menu
            m_order.move(m_order.indexOf(caseId), 0);
    } else {
        m_unread.remove(caseId);
        m_order.removeAll(caseId);
    }
    updateTotal();
    rebuildMenu();
}

void TrayNotifier::updateTotal()
{
    int total = 0;
    for (const int unread : std::as_const(m_unread))
        total += unread;
    if (total == m_total)
        return;
    m_total = total;
    updateToolTipAndIcon();
    Q_EMIT totalUnreadChanged(total);
}

void TrayNotifier::updateToolTipAndIcon()
{
    m_toolTip = m_total > 0 ? tr("OSM Desk: %n unread message(s)", nullptr, m_total)
                            : tr("OSM Desk: no unread messages");
    if (!m_tray)
        return;
    m_tray->setToolTip(m_toolTip);
    m_tray->setIcon(badgeIcon());
}

QIcon TrayNotifier::badgeIcon() const
{
    QIcon base = QApplication::windowIcon();
    if (base.isNull())
        base = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    if (m_total <= 0)
        return base;
    // The total drawn in a red disc at the top right, as mail and chat applications do.
    const int size = 64;
    QPixmap pixmap = base.pixmap(size, size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(size * 0.38, 0, size * 0.62, size * 0.62);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawEllipse(disc);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(m_total > 99 ? size / 5 : size / 3);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QString count = m_total > 99 ? tr("99+") : QLocale().toString(m_total);
    painter.drawText(disc, Qt::AlignCenter, count);
    painter.end();
    return QIcon(pixmap);
}

void TrayNotifier::rebuildMenu()
{
    const QList<QAction *> old = m_menu->actions();
    for (QAction *action : old) {
        if (action->property("caseId").isValid()) {
            m_menu->removeAction(action);
            action->deleteLater();
        }
    }
    if (m_order.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No unread messages"));
        none->setProperty("caseId", QString());
        none->setEnabled(false);
        return;
    }
    for (const QString &caseId : m_order.mid(0, kMenuCases)) {
        //: A tray menu entry: the case number and how many of its messages are unread.
        QAction *action = m_menu->addAction(tr("%1 (%n unread)", nullptr, m_unread.value(caseId)).arg(caseId));
        action->setObjectName(QStringLiteral("trayCaseAction"));
        action->setProperty("caseId", caseId);
        action->setToolTip(descriptionOf(caseId));
        connect(action, &QAction::triggered, this, [this, caseId] { Q_EMIT caseRequested(caseId); });
    }
}

QString TrayNotifier::descriptionOf(const QString &caseId) const
{
    const int row = m_cases ? m_cases->rowOf(caseId) : -1;
    if (row < 0)
        return {};
    const QString text = m_cases->caseAt(row).simpleDescription.simplified();
    // Server text: short, and escaped, since notification servers may read the body as markup.
    const QString shortText = text.size() > kDescriptionChars ? text.left(kDescriptionChars - 1) + QChar(0x2026) : text;
    return shortText.toHtmlEscaped();
}

void TrayNotifier::notifyReplies(const QStringList &caseIds)
{
    if (caseIds.isEmpty())
        return;
    QString title;
    QString text;
    if (caseIds.size() == 1) {
        m_notifiedCase = caseIds.first();
        title = tr("New reply in case %1").arg(m_notifiedCase);
        text = descriptionOf(m_notifiedCase);
        if (text.isEmpty())
            text = tr("%n unread message(s)", nullptr, m_unread.value(m_notifiedCase));
    } else {
        // One notification for a burst, not a stream of them.
        m_notifiedCase.clear();
        title = tr("New replies in %n case(s)", nullptr, int(caseIds.size()));
        text = QLocale().createSeparatedList(caseIds.mid(0, 5));
    }
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    Q_EMIT notified(title, text, m_notifiedCase);
}

void TrayNotifier::openNotifiedCase()
{
    if (m_notifiedCase.isEmpty())
        Q_EMIT windowRequested();
    else
        Q_EMIT caseRequested(m_notifiedCase);
}

} // namespace osm::ui
