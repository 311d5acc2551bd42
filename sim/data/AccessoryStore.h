#pragma once

#include "data/Accessory.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace osm::sim {

class DataSet;
class Server;

// The attachments of 5.2.1 and 5.5: what accounts upload (content kept in memory, capped), the limits
// of 5.5.6 that uploads must satisfy, and the pre-signed download links of 5.2.1. The seeded data's message
// attachments (DataSet, data/Accessory.h: id, name, size) can be downloaded too: their content is generated
// on demand (PNG images start with a real 1x1 PNG, other files are text lines). One store per Server, created
// on first use as its child.
class AccessoryStore : public QObject
{
    Q_OBJECT

public:
    // 5.5.6 as the example answers it (count 5, 4 MB, 100 MB unpacked), with the table description's types.
    struct Limits
    {
        int count = 5;
        int sizeMb = 4;
        QStringList fileTypes = QStringList{
            QStringLiteral("jpg"), QStringLiteral("jpeg"),  QStringLiteral("bmp"),  QStringLiteral("png"),
            QStringLiteral("gif"), QStringLiteral("txt"),   QStringLiteral("zip"),  QStringLiteral("docx"),
            QStringLiteral("msg"), QStringLiteral("email"), QStringLiteral("xlsx"), QStringLiteral("pdf"),
            QStringLiteral("log"), QStringLiteral("ini"),   QStringLiteral("mp4"),  QStringLiteral("mov")};
        int zipDecompressMb = 100;
    };

    struct Stored
    {
        QString id;
        QString domainId;
        QString name;
        QString from; // incident | message ("" for seeded message attachments)
        int uploadType = 0;
        QByteArray content;
        QDateTime uploadedAt;
    };

    // An upload refused with an appendix 7.1 business code (HTTP 200), or accepted with an id.
    struct Outcome
    {
        QString id;
        QString errorCode;
        QString errorMsg;
    };

    enum class Removal { Removed, Unknown, InUse };

    static constexpr qint64 kBytesPerMb = 1024 * 1024;
    static constexpr qint64 kDailyBytesPerAccount = 256 * kBytesPerMb; // default; beyond: OSM.01010005
    static constexpr qint64 kMaxStoredBytes = 512 * kBytesPerMb; // beyond: the oldest uploads are dropped
    static constexpr qint64 kLinkLifetimeSecs = 3600;            // 5.2.1 links

    explicit AccessoryStore(QObject *parent = nullptr);
    static AccessoryStore &of(Server &server);

    const Limits &limits() const { return m_limits; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    void setDailyBytesPerAccount(qint64 bytes) { m_dailyLimit = bytes; }

    // Checks the limits and the account's daily volume, then keeps the content.
    Outcome add(const QString &domainId, const QString &name, const QString &from, int uploadType,
                const QByteArray &content);
    // An attachment of the account: uploaded, or of a message of one of its cases.
    std::optional<Stored> find(const DataSet &data, const QString &domainId, const QString &id) const;
    // The ids a message or a new case names, as the thread shows them: the uploaded or known file's name and
    // size; an id the store does not know keeps its id as its name (the service would refuse it; the sim keeps it).
    QList<Accessory> attachments(const DataSet &data, const QString &domainId, const QStringList &ids) const;
    // Uploads that no message uses yet may be deleted (v1 6.6: "before creating the case or adding the
    // message").
    Removal remove(const DataSet &data, const QString &domainId, const QString &id);
    qint64 storedBytes() const { return m_storedBytes; }

    // A pre-signed link (5.2.1) to the attachment's content, valid kLinkLifetimeSecs; no other credentials
    // needed.
    QUrl accessUrl(const QUrl &base, const QString &domainId, const QString &id, const QDateTime &now) const;
    // The account whose link this is, when `expires` / `signature` are genuine and not past.
    std::optional<QString> verifyLink(const DataSet &data, const QString &id, const QString &expires,
                                      const QString &signature, const QDateTime &now) const;
    static QString linkPath(const QString &id); // the route of the links

    // Deterministic content of `size` bytes for a seeded attachment.
    static QByteArray generatedContent(const QString &name, qint64 size);

private:
    QByteArray linkSignature(const QString &domainId, const QString &id, qint64 expires) const;
    std::optional<Stored> findSeeded(const DataSet &data, const QString &id, QString *caseId) const;

    Limits m_limits;
    QList<Stored> m_uploads; // oldest first
    qint64 m_storedBytes = 0;
    QHash<QString, qint64> m_dailyBytes; // "domain|yyyy-MM-dd" -> bytes
    QByteArray m_linkSecret;
    qint64 m_dailyLimit = kDailyBytesPerAccount;
};

} // namespace osm::sim
