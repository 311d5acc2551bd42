#include "PrivilegesCommands.h"

#include "api/Privileges.h"

namespace osm::ctl {

CommandGroup PrivilegesCommands::group()
{
    using Query = api::PrivilegeQuery;
    using Create = api::CreatePrivilegeParams;
    const QString privilegeHelp =
        tr("The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a "
           "delegated account).");
    return {QStringLiteral("privileges"),
            tr("Case privileges: the restrictions of sub-users and whether you hold a privilege."),
            {
                CommandBuilder<Query>(QStringLiteral("policy"),
                                      tr("Show whether the restriction of a privilege is switched on (5.4.1)."))
                    .option(QStringLiteral("privilege"), &Query::privilege, privilegeHelp, Need::Required)
                    .run([](ApiClient &client, const Query &p) { return api::showPrivilegePolicy(client, p); }),
                CommandBuilder<Query>(QStringLiteral("check"),
                                      tr("Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2)."))
                    .option(QStringLiteral("privilege"), &Query::privilege, privilegeHelp, Need::Required)
                    .run([](ApiClient &client, const Query &p) { return api::checkCasePrivilege(client, p); }),
                CommandBuilder<Create>(QStringLiteral("create"),
                                       tr("Switch the restriction of a privilege on (create) or off (delete) (5.4.3)."))
                    .custom({QStringLiteral("operation"), QStringLiteral("create|delete"),
                             tr("create switches the restriction on, delete switches it off."), true, false},
                            [](Create &p, const QStringList &values) {
                                const QString word = values.constLast().trimmed();
                                if (word == QLatin1String("create"))
                                    p.operation = Create::Action::Create;
                                else if (word == QLatin1String("delete"))
                                    p.operation = Create::Action::Delete;
                                else
                                    //: %1 is the value given; "create" and "delete" are typed as they are
                                    return tr("--operation expects create or delete, not \"%1\".").arg(word);
                                return QString();
                            })
                    .option(QStringLiteral("privilege"), &Create::privilege, privilegeHelp)
                    .done(tr("The privilege setting was saved."))
                    .run([](ApiClient &client, const Create &p) { return api::createPrivilege(client, p); }),
            }};
}

} // namespace osm::ctl
