#include "PrivilegeNotice.h"

#include "models/PrivilegeCache.h"

#include <QEvent>

namespace osm::ui {

PrivilegeNotice::PrivilegeNotice(ApiClient *client, const QString &privilege, QWidget *parent)
    : QLabel(parent), m_cache(PrivilegeCache::of(client)), m_privilege(privilege)
{
    setObjectName(QStringLiteral("privilegeNotice"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    setMargin(4);
    hide();
    if (PrivilegeCache *cache = m_cache.data()) {
        connect(cache, &PrivilegeCache::changed, this, [this](const QString &which) {
            if (which == m_privilege)
                refreshText();
        });
        if (!privilege.isEmpty())
            cache->check(privilege); // answered from the cache after the session's first window
    }
    refreshText();
}

void PrivilegeNotice::refreshText()
{
    const bool denied = m_cache && !m_privilege.isEmpty() && m_cache->isDenied(m_privilege);
    setText(denied ? PrivilegeCache::deniedReason(m_privilege)
                   : m_groupDenied ? PrivilegeCache::groupDeniedReason()
                                   : QString());
    setAccessibleName(tr("Why some actions are unavailable"));
    setVisible(denied || m_groupDenied);
    if (denied != m_denied) {
        m_denied = denied;
        Q_EMIT permitsChanged(!denied);
    }
}

bool PrivilegeNotice::noteError(const Error &error)
{
    if (!PrivilegeCache::isGroupDenied(error))
        return false;
    m_groupDenied = true;
    refreshText();
    return true;
}

void PrivilegeNotice::clearGroupDenied()
{
    if (!m_groupDenied)
        return;
    m_groupDenied = false;
    refreshText();
}

void PrivilegeNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshText();
    QLabel::changeEvent(event);
}

} // namespace osm::ui
