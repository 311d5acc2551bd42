#pragma once

#include <QCoreApplication>
#include <QString>

namespace osm {

// The one error type of the library. Every failure of a call ends up here: transport, HTTP, the API's own
// error_code (also when it arrives with HTTP 200), a body that is not what was documented, a parameter the
// client refused to send, a keychain that does not answer.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(osm::Error)

public:
    enum class Category {
        None,          // no error
        Network,       // connection refused, DNS, connection dropped
        Timeout,       // no answer within the request's timeout
        Tls,           // certificate or handshake failure
        Http,          // an HTTP error status without a usable API error body
        Api,           // the API's error_code/error_msg (incl. business errors sent with HTTP 200)
        Auth,          // signature rejected, sign-in failed, token refused (401, APIGW.* auth codes)
        MalformedBody, // the body is not the JSON the reference documents
        Validation,    // a parameter was refused before sending
        Credentials,   // the keychain failed or holds no secret
        Cancelled,     // the caller aborted the request
    };

    Error() = default;
    Error(Category category, QString code = {}, QString serverMessage = {});

    static Error validation(const QString &field, const QString &reason);

    bool isError() const { return m_category != Category::None; }
    explicit operator bool() const { return isError(); }

    Category category() const { return m_category; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }                   // error_code, APIGW.*, or a local code
    QString serverMessage() const { return m_serverMessage; } // error_msg as the server sent it
    QString requestId() const { return m_requestId; }         // X-Request-Id, for support
    QString field() const { return m_field; }                 // validation: the offending parameter
    QString detail() const { return m_detail; }               // transport text or a validation reason

    Error &setHttpStatus(int status) { m_httpStatus = status; return *this; }
    Error &setRequestId(const QString &id) { m_requestId = id; return *this; }
    Error &setDetail(const QString &detail) { m_detail = detail; return *this; }
    Error &setField(const QString &field) { m_field = field; return *this; }

    // A complete sentence in the user's language that says what happened and, where possible, what to do.
    QString userMessage() const;
    // userMessage() plus the code and the request id, for a "details" line or a log.
    QString detailedMessage() const;

    static QString categoryName(Category category);

private:
    Category m_category = Category::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_serverMessage;
    QString m_requestId;
    QString m_field;
    QString m_detail;
};

} // namespace osm
