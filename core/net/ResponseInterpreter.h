#pragma once

#include "Error.h"

#include <QJsonValue>
#include <QNetworkReply>

namespace osm {

// Turns what came back from the network into a JSON value or the one Error, in one place for every call:
// transport failures, HTTP statuses, the API's error_code (also in an HTTP 200 answer, appendix 7.1), the
// gateway's APIGW.* codes, IAM's own error shape, and bodies that are not JSON.
class ResponseInterpreter
{
public:
    struct Input
    {
        int httpStatus = 0; // 0 when no HTTP answer arrived
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorText;
        bool timedOut = false;
        QByteArray body;
        QByteArray contentType;
        QByteArray requestId;
        bool expectJson = true;
    };

    struct Output
    {
        Error error;
        QJsonValue json; // the parsed body when expectJson and no error
        bool reachedServer = true;
    };

    static Output interpret(const Input &input);

    // The code of the MalformedBody error for an answer larger than ApiClient accepts (never retried).
    static inline const QString kResponseTooLarge = QStringLiteral("response-too-large");
    // The code of the Network error for an answer cut off after it began (the request did arrive).
    static inline const QString kConnectionLost = QStringLiteral("connection-lost");

    // The API's error_code, when the body carries one that means failure ("0", 0 and "" mean success).
    static QString errorCodeOf(const QJsonValue &body);
};

} // namespace osm
