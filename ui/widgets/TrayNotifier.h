#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace osm::ui {

class CaseListModel;

// The system tray icon: its tooltip and badge show the unread total of the listed cases, its menu lists
// the cases with unread messages (choosing one opens it), and a notification tells of new engineer
// replies (clicking it opens the case). Without a system tray (QSystemTrayIcon::isSystemTrayAvailable()
// false, e.g. offscreen) there is no icon and no pop-up, but the menu, the totals and notified() still
// work: the status bar shows the counts, and tests observe notifications through notified().
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMenuCases = 10;        // cases listed in the tray menu, most recent news first
    static constexpr int kDescriptionChars = 120; // of a case's description in a notification

    explicit TrayNotifier(CaseListModel *cases, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool hasTrayIcon() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The tray's context menu; it exists also without a tray.
    QMenu *menu() const { return m_menu.get(); }
    int totalUnread() const { return m_total; }
    QString toolTip() const { return m_toolTip; }
    // The case a click on the last notification opens; empty when it named several cases.
    QString notifiedCase() const { return m_notifiedCase; }

    // After a language switch.
    void retranslate();

public Q_SLOTS:
    // One notification for the cases an engineer just answered (UnreadPoller::repliesArrived).
    void notifyReplies(const QStringList &caseIds);
    // What a click on the notification does: open its case, or show the window when it named several.
    void openNotifiedCase();

Q_SIGNALS:
    // Every notification, shown or not (the seam for tests and for platforms without a tray).
    void notified(const QString &title, const QString &text, const QString &caseId);
    void totalUnreadChanged(int total);
    void caseRequested(const QString &caseId);
    void windowRequested();

private:
    void noteUnread(const QString &caseId, int status, int unread);
    void updateTotal();
    void updateToolTipAndIcon();
    void rebuildMenu();
    QIcon badgeIcon() const;
    QString descriptionOf(const QString &caseId) const;

    QPointer<CaseListModel> m_cases;
    std::unique_ptr<QMenu> m_menu; // a widget without a parent widget: owned here
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_showAction = nullptr;
    QHash<QString, int> m_unread; // case id → unread, only cases with some
    QStringList m_order;          // the cases of m_unread, most recent news first
    int m_total = 0;
    QString m_toolTip;
    QString m_notifiedCase;
};

} // namespace osm::ui
