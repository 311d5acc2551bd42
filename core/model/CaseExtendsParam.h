#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// TenantExtParamVO (5.3.2 list_case_extends_params): an extension parameter recorded on a case.
struct CaseExtendsParam
{
    QString paramKey;                  // param_key: the key (the 5.8.3 definition's param_key)
    QString relaObjectPropertiesValue; // rela_object_properties_value: the property value
    QString paramName;                 // param_name
    QString paramDesc;                 // param_desc
    int paramType = 0;                 // param_type: 1 integer, 3 line, 4 single choice, 5 multiple, 7 agreement, 8 text
    QString selectItem;                // select_item: the options as JSON text ({"A":"..."}), kept as sent

    static CaseExtendsParam fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseExtendsParam &, const CaseExtendsParam &) = default;
};

} // namespace osm
