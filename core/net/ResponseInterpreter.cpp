#include "ResponseInterpreter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace osm {

namespace {

bool neverLeft(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

QString messageOf(const QJsonObject &object)
{
    for (const char *key : {"error_msg", "error_message", "message"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

} // namespace

QString ResponseInterpreter::errorCodeOf(const QJsonValue &body)
{
    const QJsonValue code = body.toObject().value(QLatin1String("error_code"));
    if (code.isString()) {
        const QString text = code.toString().trimmed();
        return text == QLatin1String("0") ? QString() : text;
    }
    if (code.isDouble() && code.toDouble() != 0)
        return QString::number(code.toInteger());
    return {};
}

ResponseInterpreter::Output ResponseInterpreter::interpret(const Input &in)
{
    Output out;
    const QString requestId = QString::fromLatin1(in.requestId);

    if (in.httpStatus == 0) {
        // No HTTP answer at all: a transport failure.
        out.reachedServer = !neverLeft(in.networkError);
        Error::Category category = Error::Category::Network;
        if (in.timedOut || in.networkError == QNetworkReply::TimeoutError)
            category = Error::Category::Timeout;
        else if (in.networkError == QNetworkReply::SslHandshakeFailedError)
            category = Error::Category::Tls;
        else if (in.networkError == QNetworkReply::OperationCanceledError)
            category = Error::Category::Cancelled;
        out.error = Error(category).setDetail(in.networkErrorText).setRequestId(requestId);
        return out;
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(in.body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && !document.isNull();
    const QJsonValue json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    // A body that was cut off in transit (dropped mid-body) is a transport failure, not a server verdict.
    const bool truncated = in.networkError == QNetworkReply::RemoteHostClosedError
                           || in.networkError == QNetworkReply::UnknownNetworkError;

    if (in.httpStatus >= 200 && in.httpStatus < 300) {
        if (truncated) {
            // The request arrived and was answered: a write may have been done.
            out.error = Error(Error::Category::Network, kConnectionLost).setDetail(in.networkErrorText);
        } else if (!in.expectJson) {
            // Downloads: the body is the file. A JSON error body is still an error.
            if (isJson && !errorCodeOf(json).isEmpty())
                out.error = Error(Error::Category::Api, errorCodeOf(json), messageOf(json.toObject()));
        } else if (in.body.trimmed().isEmpty()) {
            out.json = QJsonObject();
        } else if (!isJson) {
            out.error = Error(Error::Category::MalformedBody).setDetail(parseError.errorString());
        } else if (const QString code = errorCodeOf(json); !code.isEmpty()) {
            // Business errors arrive with HTTP 200 (reference appendix 7.1).
            out.error = Error(Error::Category::Api, code, messageOf(json.toObject()));
        } else {
            out.json = json;
        }
        out.error.setHttpStatus(in.httpStatus).setRequestId(requestId);
        return out;
    }

    // An HTTP error status.
    QString code;
    QString message;
    if (isJson) {
        const QJsonObject object = json.toObject();
        code = errorCodeOf(json);
        message = messageOf(object);
        // IAM answers {"error": {"code": 401, "message": "...", "title": "..."}}.
        const QJsonObject iam = object.value(QLatin1String("error")).toObject();
        if (code.isEmpty() && !iam.isEmpty()) {
            code = QStringLiteral("IAM.%1").arg(iam.value(QLatin1String("code")).toInt(in.httpStatus));
            message = iam.value(QLatin1String("message")).toString();
        }
    }
    Error::Category category = code.isEmpty() ? Error::Category::Http : Error::Category::Api;
    if (in.httpStatus == 401 || code == QLatin1String("OSM.0002"))
        category = Error::Category::Auth;
    out.error = Error(category, code, message).setHttpStatus(in.httpStatus).setRequestId(requestId);
    if (!isJson && !in.body.isEmpty())
        out.error.setDetail(QString::fromUtf8(in.body.left(200)));
    return out;
}

} // namespace osm
