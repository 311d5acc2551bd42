#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace osm {

// The body of IAM's POST /v3/auth/tokens (chapter 3.3/4.1): {"token": {...}}. The token itself travels in
// the X-Subject-Token response header, not in this body; the reference shows only expires_at, methods and
// a truncated catalog, so the rest (issued_at, user, project, domain) is read where IAM sends it and the
// whole token object is kept in `raw` (catalog, roles, ...).
struct Token
{
    QDateTime expiresAt;    // token.expires_at ("2019-02-13T06:52:13.855000Z"), UTC
    QDateTime issuedAt;     // token.issued_at
    QStringList methods;    // token.methods, e.g. ["password"]
    QString userId;         // token.user.id
    QString userName;       // token.user.name
    QString userDomainId;   // token.user.domain.id: the account (domain) id
    QString userDomainName; // token.user.domain.name
    QString projectId;      // token.project.id (project-scoped token)
    QString projectName;    // token.project.name, e.g. "cn-south-1"
    QString domainId;       // token.domain.id (domain-scoped token)
    QString domainName;     // token.domain.name
    QJsonObject raw;        // the token object as received

    // The account id, whichever scope the token has.
    QString accountId() const { return domainId.isEmpty() ? userDomainId : domainId; }
    // True while `now` is at least `marginSeconds` before expires_at; false without a valid expires_at.
    bool isValidAt(const QDateTime &now, qint64 marginSeconds = 0) const;

    // Takes the response body ({"token": {...}}) or the token object itself.
    static Token fromJson(const QJsonObject &json);
    // {"token": {...}}, expires_at/issued_at in IAM's form "yyyy-MM-ddTHH:mm:ss.zzz000Z".
    QJsonObject toJson() const;

    friend bool operator==(const Token &, const Token &) = default;
};

} // namespace osm
