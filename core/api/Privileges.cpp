#include "Privileges.h"

#include "Operation.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace osm::api {

namespace {
const Operation kShowPrivilegePolicy{"show_privilege_policy", "GET", "/v2/servicerequest/privileges/privilege-policy"};
const Operation kCheckCasePrivilege{"check_case_privilege", "GET", "/v2/servicerequest/privileges"};
const Operation kCreatePrivilege{"create_privilege", "POST", "/v2/servicerequest/privileges"};

// A non-empty `privilege` must be one of the tables' identifiers (case-sensitive: "createCase").
Validator &checkPrivilege(Validator &validator, const QString &privilege)
{
    static const QRegularExpression known(QStringLiteral("^(?:export|createCase|assumeCaseAll)$"));
    return validator.maxLength("privilege", privilege, 64)
        .pattern("privilege", privilege, known,
                 QCoreApplication::translate("osm::api::Privileges",
                                             "it must be one of export, createCase or assumeCaseAll."));
}
} // namespace

Error PrivilegeQuery::validate() const
{
    Validator validator;
    validator.required("privilege", privilege);
    return checkPrivilege(validator, privilege).error();
}

QueryItems PrivilegeQuery::query() const
{
    return QueryBuilder().add("privilege", privilege).items();
}

QFuture<Result<PrivilegePolicy>> showPrivilegePolicy(ApiClient &client, const PrivilegeQuery &params)
{
    return run<PrivilegePolicy>(client, kShowPrivilegePolicy, {}, params.query(), params.validate());
}

QFuture<Result<CasePrivilege>> checkCasePrivilege(ApiClient &client, const PrivilegeQuery &params)
{
    return run<CasePrivilege>(client, kCheckCasePrivilege, {}, params.query(), params.validate());
}

Error CreatePrivilegeParams::validate() const
{
    Validator validator;
    return checkPrivilege(validator, privilege).error();
}

QJsonObject CreatePrivilegeParams::body() const
{
    QJsonObject body{{QStringLiteral("operation"),
                      operation == Action::Create ? QStringLiteral("create") : QStringLiteral("delete")}};
    if (!privilege.isEmpty())
        body.insert(QStringLiteral("privilege"), privilege);
    return body;
}

QFuture<Result<Acknowledgement>> createPrivilege(ApiClient &client, const CreatePrivilegeParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kCreatePrivilege, {}, {}, params.validate(), &body);
}

} // namespace osm::api
