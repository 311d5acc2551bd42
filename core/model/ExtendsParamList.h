#pragma once

#include "CommonParam.h"
#include "ExtendsParam.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.3 list_extends_params. Both lists are arrays in the table and single objects in the
// example; either is read (an object as a one-element list), arrays are written.
struct ExtendsParamList
{
    QList<ExtendsParam> extendsParams; // extends_params
    QList<CommonParam> commonParams;   // common_params

    static ExtendsParamList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ExtendsParamList &, const ExtendsParamList &) = default;
};

} // namespace osm
