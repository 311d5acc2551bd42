#include "PrivilegeCache.h"

#include "api/Privileges.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QCoreApplication>

namespace osm::ui {

namespace {
const QLatin1StringView kObjectName("osm-ui-privilege-cache");
}

PrivilegeCache::PrivilegeCache(ApiClient *client)
    : QObject(client), m_client(client)
{
    setObjectName(kObjectName);
}

PrivilegeCache *PrivilegeCache::of(ApiClient *client)
{
    if (!client)
        return nullptr;
    if (auto *cache = client->findChild<PrivilegeCache *>(kObjectName, Qt::FindDirectChildrenOnly))
        return cache;
    return new PrivilegeCache(client);
}

void PrivilegeCache::check(const QString &privilege)
{
    const State now = state(privilege);
    if (!m_client || now == State::Checking || now == State::Granted || now == State::Denied)
        return;
    m_states.insert(privilege, State::Checking);
    Q_EMIT changed(privilege);
    api::PrivilegeQuery query;
    query.privilege = privilege;
    whenReady(api::checkCasePrivilege(*m_client, query), this, [this, privilege](const Result<CasePrivilege> &result) {
        m_states.insert(privilege, !result.ok() ? State::Failed
                                   : result->granted() ? State::Granted
                                                       : State::Denied);
        Q_EMIT changed(privilege);
    });
}

QString PrivilegeCache::deniedReason(const QString &privilege)
{
    if (privilege == api::Privilege::CreateCase)
        return QCoreApplication::translate(
            "osm::ui::PrivilegeCache",
            "Your account's administrator has restricted case submission, and your user does not hold the "
            "privilege to submit cases. Ask the administrator of the main account to grant it.");
    if (privilege == api::Privilege::AssumeCaseAll)
        return QCoreApplication::translate(
            "osm::ui::PrivilegeCache",
            "You are signed in with a delegated account, and the account's administrator does not allow "
            "delegated accounts to work on cases. Ask the administrator to grant the case privilege.");
    if (privilege == api::Privilege::Export)
        return QCoreApplication::translate(
            "osm::ui::PrivilegeCache",
            "Your user does not hold the privilege to export cases. Ask the administrator of the main "
            "account to grant it.");
    return {};
}

QString PrivilegeCache::groupDeniedReason()
{
    return QCoreApplication::translate(
        "osm::ui::PrivilegeCache",
        "You may not see or change the cases of this IAM group: your user is not allowed to work on its "
        "members' cases. Check the group ID, or ask your administrator to add you to the group.");
}

bool PrivilegeCache::isGroupDenied(const Error &error)
{
    return error.code() == QLatin1String("OSM.01010035"); // no same-group permission (appendix 7.1)
}

} // namespace osm::ui
