#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace osm {

// DiagnoseResourceVo (5.15.6 list_diagnose_vm_resources): a virtual machine that a diagnosis can target.
// addresses, flavor and metadata are typed Map/Object without a field table: they are kept as objects,
// with readers for what the example shows.
struct DiagnoseResource
{
    QString fault;           // fault, a fault description, 0-64
    QString id;              // id, the VM id (5.15.5 params vm_id), 0-64
    QString name;            // name, 0-64
    QString accessIpv4;      // accessIPv4, 0-64
    QString accessIpv6;      // accessIPv6, 0-64
    QString status;          // status, e.g. ACTIVE, 0-64
    QString progress;        // progress, 0-64
    QString tenantId;        // tenantId (table) / tenant_id (example)
    QString userId;          // userId (table) / user_id (example)
    QJsonObject metadata;    // metadata (example: image_name, os_type, vpc_id, charging_mode, ...)
    QString hostId;          // hostId, 0-64
    QJsonObject addresses;   // addresses: network id → [{version, addr, OS-EXT-IPS:type, ...}]
    QJsonObject flavor;      // flavor: {id, name, vcpus, ram, disk, ...} with numbers as strings
    QString publicIpAddress; // public_ip_address

    // Every "addr" of `addresses`, in network order.
    QStringList ipAddresses() const;
    QString flavorName() const; // flavor.name, or flavor.id without a name
    QString osType() const;     // metadata.os_type

    static DiagnoseResource fromJson(const QJsonObject &json);
    // Writes the table's names (tenantId, userId, not the example's tenant_id, user_id).
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseResource &, const DiagnoseResource &) = default;
};

} // namespace osm
