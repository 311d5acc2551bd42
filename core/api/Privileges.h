#pragma once

#include "model/Acknowledgement.h"
#include "model/CasePrivilege.h"
#include "model/PrivilegePolicy.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <QJsonObject>
#include <QLatin1StringView>

namespace osm::api {

// 5.4 case privileges: restrictions the main account switches on for its sub-users (export cases, create
// cases, case work of a delegated account) and whether the caller holds a privilege.

// The privilege identifiers of the tables.
struct Privilege
{
    static constexpr QLatin1StringView Export{"export"};               // export cases
    static constexpr QLatin1StringView CreateCase{"createCase"};       // create cases
    static constexpr QLatin1StringView AssumeCaseAll{"assumeCaseAll"}; // a delegated account's case work
};

// The query of 5.4.1 show_privilege_policy and 5.4.2 check_case_privilege.
struct PrivilegeQuery
{
    QString privilege; // privilege, required: export, createCase or assumeCaseAll

    Error validate() const;
    QueryItems query() const;
};

// 5.4.1 show_privilege_policy: whether the restriction of the privilege is switched on.
QFuture<Result<PrivilegePolicy>> showPrivilegePolicy(ApiClient &client, const PrivilegeQuery &params);

// 5.4.2 check_case_privilege: whether the caller holds the privilege (has_privilege 0/1).
QFuture<Result<CasePrivilege>> checkCasePrivilege(ApiClient &client, const PrivilegeQuery &params);

// The body of 5.4.3 create_privilege ("create authorization"): creates or deletes a privilege setting.
struct CreatePrivilegeParams
{
    enum class Action { Create, Delete };

    Action operation = Action::Create; // operation, required: create or delete
    QString privilege;                 // privilege, optional, 0-64: export, createCase or assumeCaseAll

    Error validate() const;
    QJsonObject body() const;
};

// 5.4.3 create_privilege
QFuture<Result<Acknowledgement>> createPrivilege(ApiClient &client, const CreatePrivilegeParams &params);

} // namespace osm::api
