#include "Error.h"

#include "ErrorCatalog.h"

namespace osm {

Error::Error(Category category, QString code, QString serverMessage)
    : m_category(category), m_code(std::move(code)), m_serverMessage(std::move(serverMessage))
{
}

Error Error::validation(const QString &field, const QString &reason)
{
    Error error(Category::Validation, QStringLiteral("validation"));
    error.setField(field).setDetail(reason);
    return error;
}

QString Error::userMessage() const
{
    switch (m_category) {
    case Category::None:
        return {};
    case Category::Network:
        if (m_code == QLatin1String("connection-lost"))
            return tr("The connection was lost while the server was answering. Check whether the change was "
                      "made before you try again.");
        return tr("The server could not be reached. Check your network connection.");
    case Category::Timeout:
        return tr("The server did not answer in time. The app will keep trying when it is safe to.");
    case Category::Tls:
        return tr("The secure connection to the server failed: %1").arg(m_detail);
    case Category::MalformedBody:
        if (m_code == QLatin1String("response-too-large"))
            return tr("The server's answer was too large to be read safely and was refused.");
        return tr("The server sent an answer the app could not read.");
    case Category::Validation:
        //: %1 is a parameter name as the API spells it, %2 says what is wrong with it
        return tr("The value of \"%1\" is not valid: %2").arg(m_field, m_detail);
    case Category::Credentials:
        return tr("The saved credentials could not be used: %1").arg(m_detail);
    case Category::Cancelled:
        return tr("The request was cancelled.");
    case Category::Auth:
        if (const QString known = ErrorCatalog::messageFor(m_code); !known.isEmpty())
            return known;
        if (m_code == QLatin1String("iam.signin"))
            return tr("Sign-in failed. Check the account name, user name and password.");
        return tr("The server refused the credentials of this account.");
    case Category::Api:
    case Category::Http:
        break;
    }
    if (const QString known = ErrorCatalog::messageFor(m_code); !known.isEmpty())
        return known;
    if (!m_serverMessage.isEmpty())
        //: %1 is the server's own error message, which may be in another language
        return tr("The server reported an error: %1").arg(m_serverMessage);
    if (m_httpStatus == 429)
        return tr("Too many requests. The app will try again shortly.");
    if (m_httpStatus >= 500)
        return tr("The server had a problem (HTTP %1). Try again later.").arg(m_httpStatus);
    return tr("The request failed (HTTP %1).").arg(m_httpStatus);
}

QString Error::detailedMessage() const
{
    QString text = userMessage();
    if (!m_code.isEmpty())
        text += QLatin1Char(' ') + tr("(code %1)").arg(m_code);
    if (!m_requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(request id %1)").arg(m_requestId);
    return text;
}

QString Error::categoryName(Category category)
{
    switch (category) {
    case Category::None: return QStringLiteral("none");
    case Category::Network: return QStringLiteral("network");
    case Category::Timeout: return QStringLiteral("timeout");
    case Category::Tls: return QStringLiteral("tls");
    case Category::Http: return QStringLiteral("http");
    case Category::Api: return QStringLiteral("api");
    case Category::Auth: return QStringLiteral("auth");
    case Category::MalformedBody: return QStringLiteral("malformed-body");
    case Category::Validation: return QStringLiteral("validation");
    case Category::Credentials: return QStringLiteral("credentials");
    case Category::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace osm
