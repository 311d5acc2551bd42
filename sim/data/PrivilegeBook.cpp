#include "PrivilegeBook.h"

#include "Server.h"

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-privilege-book");
}

const QStringList &PrivilegeBook::identifiers()
{
    static const QStringList ids = {QStringLiteral("export"), QStringLiteral("createCase"), QStringLiteral("assumeCaseAll")};
    return ids;
}

PrivilegeBook::PrivilegeBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

PrivilegeBook &PrivilegeBook::of(Server &server)
{
    if (auto *book = server.findChild<PrivilegeBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new PrivilegeBook(&server);
}

bool PrivilegeBook::policySwitch(const QString &domainId, const QString &privilege) const
{
    return m_switchedOn.value(domainId).contains(privilege);
}

void PrivilegeBook::setPolicySwitch(const QString &domainId, const QString &privilege, bool on)
{
    if (on)
        m_switchedOn[domainId].insert(privilege);
    else
        m_switchedOn[domainId].remove(privilege);
}

bool PrivilegeBook::hasPrivilege(const Identity &identity, const QString &privilege, const QString &loginType) const
{
    if (!policySwitch(identity.domainId, privilege))
        return true;
    if (privilege == QLatin1String("assumeCaseAll"))
        return loginType.compare(QLatin1String("ASSUMED"), Qt::CaseInsensitive) != 0;
    return identity.kind != Identity::Kind::Token; // AK/SK acts as the main account
}

} // namespace osm::sim
