#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

// Whether the signed-in user holds the privileges of 5.4 (check_case_privilege: createCase = submitting
// cases, assumeCaseAll = a delegated account's case work, export), asked once per session: one cache per
// ApiClient (its child, found again by of()), so every window shares one request per privilege.
// A check that fails (network, server) is Failed: the UI then lets the server decide rather than blocking
// the user on a guess; the next check() asks again.
class PrivilegeCache : public QObject
{
    Q_OBJECT

public:
    // Failed: the check did not answer (network, server); check() asks again.
    enum class State { Unknown, Checking, Granted, Denied, Failed };

    // The cache of the session's client, created on first use; nullptr without a client.
    static PrivilegeCache *of(ApiClient *client);

    State state(const QString &privilege) const { return m_states.value(privilege, State::Unknown); }
    bool isDenied(const QString &privilege) const { return state(privilege) == State::Denied; }
    // Starts check_case_privilege unless the answer is known or on its way; changed() follows.
    void check(const QString &privilege);

    // Why an action is not available without the privilege, in the user's language.
    static QString deniedReason(const QString &privilege);
    // Why a group's cases cannot be listed or changed (OSM.01010035, no same-group permission).
    static QString groupDeniedReason();
    static bool isGroupDenied(const Error &error);

Q_SIGNALS:
    void changed(const QString &privilege);

private:
    explicit PrivilegeCache(ApiClient *client);

    QPointer<ApiClient> m_client;
    QHash<QString, State> m_states;
};

} // namespace osm::ui
