#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace osm::sim {

class Server;

// The agreements of 5.1: the published versions per agreement_type (0 new case, normal user; 1 new case, ISV
// user; 2 authorization) and, per account, what it has signed. The demo account signed an older version of
// the new-case agreement, so the latest is not signed and creating a case has to sign it first.
// create_case can ask hasSignedLatest() and findRecord() for agreement_signed_record_id.
// One book per Server, created on first use as its child.
class AgreementBook : public QObject
{
    Q_OBJECT

public:
    struct Version
    {
        qint64 id = 0;
        int type = 0;
        QString version; // "2.0.0": the example's form (the table says Integer)
        QString nameZh, nameEn;
        QString typeNameZh, typeNameEn;
        QString contentZh, contentEn;
    };

    struct Signature
    {
        qint64 recordId = 0; // agreement_signed_record_id
        QString domainId;
        QString userId;      // empty for AK/SK (the account itself)
        qint64 agreementId = 0;
        QString relationId;
        qint64 signedAtMs = 0;
    };

    enum class SignResult { Signed, UnknownAgreement, Superseded };

    explicit AgreementBook(QObject *parent = nullptr);
    static AgreementBook &of(Server &server);

    // Every published version, oldest first.
    static const QList<Version> &versions();
    static std::optional<Version> latest(int type);
    static std::optional<Version> find(qint64 agreementId);

    bool hasSignedLatest(const QString &domainId, int type) const;
    // Only the latest version of a type can be signed; on success *record is the new signature.
    SignResult sign(const QString &domainId, const QString &userId, qint64 agreementId, const QString &relationId,
                    Signature *record = nullptr);
    std::optional<Signature> findRecord(const QString &domainId, qint64 recordId) const;
    QList<Signature> signatures(const QString &domainId) const;

private:
    QList<Signature> m_signatures;
    qint64 m_nextRecordId = 1;
};

} // namespace osm::sim
