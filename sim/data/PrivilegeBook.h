#pragma once

#include "auth/Identity.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace osm::sim {

class Server;

// The privilege settings of 5.4, per account: for each identifier (export, createCase, assumeCaseAll) whether
// its restriction is switched on. create_privilege "create" switches it on, "delete" off (the reference
// names the operations only); only the main account may do either. One book per Server, like QuotaBook.
//
// Who holds a privilege (check_case_privilege, and what a route that the privilege guards should ask):
//  * export, createCase: the main account always; a sub-user (token) unless the restriction is on;
//  * assumeCaseAll: anyone, unless the caller signed in as a delegated account (login type ASSUMED) and
//    the restriction is on.
class PrivilegeBook : public QObject
{
    Q_OBJECT

public:
    static const QStringList &identifiers(); // export, createCase, assumeCaseAll

    explicit PrivilegeBook(QObject *parent = nullptr);
    static PrivilegeBook &of(Server &server);

    bool policySwitch(const QString &domainId, const QString &privilege) const;
    void setPolicySwitch(const QString &domainId, const QString &privilege, bool on);

    bool hasPrivilege(const Identity &identity, const QString &privilege, const QString &loginType) const;

private:
    QHash<QString, QSet<QString>> m_switchedOn; // domain id → identifiers
};

} // namespace osm::sim
