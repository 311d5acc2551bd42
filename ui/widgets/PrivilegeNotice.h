#pragma once

#include <QLabel>
#include <QPointer>
#include <QString>

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

class PrivilegeCache;

// A line that says why the actions beside it are unavailable while the session lacks a privilege of 5.4
// (asked once per session through PrivilegeCache); hidden otherwise. Its owner enables its actions only
// while permits() — instead of letting the requests fail. Without a privilege (an empty one) it only says
// why a group's cases are out of reach (noteError).
class PrivilegeNotice : public QLabel
{
    Q_OBJECT

public:
    PrivilegeNotice(ApiClient *client, const QString &privilege, QWidget *parent = nullptr);

    QString privilege() const { return m_privilege; }
    // false only when the privilege is known to be missing (unknown or a failed check: the server decides).
    bool permits() const { return !m_denied; }

    // Group cases (5.4, group_id): an answer OSM.01010035 (no same-group permission) is said here in words
    // until clearGroupDenied(); true when `error` was that.
    bool noteError(const Error &error);
    void clearGroupDenied();

Q_SIGNALS:
    void permitsChanged(bool permits);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshText();

    QPointer<PrivilegeCache> m_cache; // the session's; gone with its client
    QString m_privilege;
    bool m_denied = false;
    bool m_groupDenied = false;
};

} // namespace osm::ui
