#include "DiagnoseResource.h"

#include "JsonRead.h"

namespace osm {

QStringList DiagnoseResource::ipAddresses() const
{
    QStringList result;
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        for (const QJsonValue &address : json::array(it.value())) {
            const QString addr = json::string(json::object(address).value(QLatin1String("addr")));
            if (!addr.isEmpty())
                result.append(addr);
        }
    }
    return result;
}

QString DiagnoseResource::flavorName() const
{
    const QString flavorNameText = json::string(flavor.value(QLatin1String("name")));
    return flavorNameText.isEmpty() ? json::string(flavor.value(QLatin1String("id"))) : flavorNameText;
}

QString DiagnoseResource::osType() const
{
    return json::string(metadata.value(QLatin1String("os_type")));
}

DiagnoseResource DiagnoseResource::fromJson(const QJsonObject &json)
{
    const auto text = [&json](std::initializer_list<const char *> names) { return json::string(json::field(json, names)); };
    DiagnoseResource vm;
    vm.fault = text({"fault"});
    vm.id = text({"id"});
    vm.name = text({"name"});
    vm.accessIpv4 = text({"accessIPv4"});
    vm.accessIpv6 = text({"accessIPv6"});
    vm.status = text({"status"});
    vm.progress = text({"progress"});
    vm.tenantId = text({"tenantId", "tenant_id"});
    vm.userId = text({"userId", "user_id"});
    vm.metadata = json::object(json.value(QLatin1String("metadata")));
    vm.hostId = text({"hostId", "host_id"});
    vm.addresses = json::object(json.value(QLatin1String("addresses")));
    vm.flavor = json::object(json.value(QLatin1String("flavor")));
    vm.publicIpAddress = text({"public_ip_address"});
    return vm;
}

QJsonObject DiagnoseResource::toJson() const
{
    return QJsonObject{
        {QLatin1String("fault"), fault},
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("accessIPv4"), accessIpv4},
        {QLatin1String("accessIPv6"), accessIpv6},
        {QLatin1String("status"), status},
        {QLatin1String("progress"), progress},
        {QLatin1String("tenantId"), tenantId},
        {QLatin1String("userId"), userId},
        {QLatin1String("metadata"), metadata},
        {QLatin1String("hostId"), hostId},
        {QLatin1String("addresses"), addresses},
        {QLatin1String("flavor"), flavor},
        {QLatin1String("public_ip_address"), publicIpAddress},
    };
}

} // namespace osm
