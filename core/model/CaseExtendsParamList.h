#pragma once

#include "CaseExtendsParam.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// The answer of 5.3.2 list_case_extends_params. The table lists error_code/error_msg next to the data
// (the example only ext_params); both are kept.
struct CaseExtendsParamList
{
    QString errorCode;                 // error_code, 0-32
    QString errorMsg;                  // error_msg, 0-32
    QList<CaseExtendsParam> extParams; // ext_params

    static CaseExtendsParamList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseExtendsParamList &, const CaseExtendsParamList &) = default;
};

} // namespace osm
