#include "AccessoryStore.h"

#include "Server.h"
#include "api/ZipSize.h"
#include "data/DataSet.h"

#include <QBuffer>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace osm::sim {

namespace {

const QLatin1StringView kObjectName("osm-sim-accessory-store");

const QString kInvalid = QStringLiteral("OSM.01010045");
const QString kInvalidMsg = QStringLiteral("The accessory is invalid.");

// A 1x1 transparent PNG: the seeded "screenshots" display as images (decoders ignore bytes after IEND).
const QByteArray kTinyPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

QString randomHex()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

AccessoryStore::AccessoryStore(QObject *parent) : QObject(parent)
{
    setObjectName(kObjectName);
    m_linkSecret = randomHex().toLatin1();
}

AccessoryStore &AccessoryStore::of(Server &server)
{
    if (auto *store = server.findChild<AccessoryStore *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *store;
    return *new AccessoryStore(&server);
}

AccessoryStore::Outcome AccessoryStore::add(const QString &domainId, const QString &name, const QString &from,
                                            int uploadType, const QByteArray &content)
{
    Outcome outcome;
    const QString extension = QFileInfo(name).suffix().toLower();
    bool invalid = content.isEmpty() || extension.isEmpty() || !m_limits.fileTypes.contains(extension) ||
                   content.size() > qint64(m_limits.sizeMb) * kBytesPerMb;
    if (!invalid && extension == QLatin1String("zip")) {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        const std::optional<qint64> unpacked = api::zipUncompressedSize(buffer);
        invalid = !unpacked || *unpacked > qint64(m_limits.zipDecompressMb) * kBytesPerMb;
    }
    if (invalid) {
        outcome.errorCode = kInvalid;
        outcome.errorMsg = kInvalidMsg;
        return outcome;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString dayKey = domainId + QLatin1Char('|') + now.date().toString(Qt::ISODate);
    if (m_dailyBytes.value(dayKey) + content.size() > m_dailyLimit) {
        outcome.errorCode = QStringLiteral("OSM.01010005");
        outcome.errorMsg = QStringLiteral("Uploaded accessory size exceeded limit today.");
        return outcome;
    }
    m_dailyBytes[dayKey] += content.size();

    Stored stored;
    stored.id = randomHex();
    stored.domainId = domainId;
    stored.name = name;
    stored.from = from;
    stored.uploadType = uploadType;
    stored.content = content;
    stored.uploadedAt = now;
    m_uploads.append(stored);
    m_storedBytes += content.size();
    // Memory stays bounded: the oldest uploads go first.
    while (m_storedBytes > kMaxStoredBytes && m_uploads.size() > 1) {
        m_storedBytes -= m_uploads.first().content.size();
        m_uploads.removeFirst();
    }
    outcome.id = stored.id;
    return outcome;
}

std::optional<AccessoryStore::Stored> AccessoryStore::findSeeded(const DataSet &data, const QString &id,
                                                                 QString *caseId) const
{
    for (const MessageRecord &message : data.allMessages()) {
        for (const Accessory &accessory : message.accessories) {
            if (accessory.id != id || accessory.size <= 0)
                continue; // size 0: an id create_message stored without knowing the file
            Stored stored;
            stored.id = accessory.id;
            stored.name = accessory.name;
            stored.content = generatedContent(accessory.name, accessory.size);
            *caseId = message.caseId;
            return stored;
        }
    }
    return std::nullopt;
}

std::optional<AccessoryStore::Stored> AccessoryStore::find(const DataSet &data, const QString &domainId,
                                                           const QString &id) const
{
    for (const Stored &stored : m_uploads) {
        if (stored.id == id && stored.domainId == domainId)
            return stored;
    }
    QString caseId;
    std::optional<Stored> seeded = findSeeded(data, id, &caseId);
    if (!seeded || !data.findCase(domainId, caseId))
        return std::nullopt;
    seeded->domainId = domainId;
    return seeded;
}

QList<Accessory> AccessoryStore::attachments(const DataSet &data, const QString &domainId,
                                            const QStringList &ids) const
{
    QList<Accessory> out;
    for (const QString &id : ids) {
        const std::optional<Stored> stored = find(data, domainId, id);
        out.append(stored ? Accessory{id, stored->name, qint64(stored->content.size())} : Accessory{id, id, 0});
    }
    return out;
}

AccessoryStore::Removal AccessoryStore::remove(const DataSet &data, const QString &domainId,
                                               const QString &id)
{
    for (qsizetype i = 0; i < m_uploads.size(); ++i) {
        if (m_uploads.at(i).id != id || m_uploads.at(i).domainId != domainId)
            continue;
        for (const MessageRecord &message : data.allMessages()) {
            for (const Accessory &accessory : message.accessories) {
                if (accessory.id == id)
                    return Removal::InUse;
            }
        }
        m_storedBytes -= m_uploads.at(i).content.size();
        m_uploads.removeAt(i);
        return Removal::Removed;
    }
    return find(data, domainId, id) ? Removal::InUse : Removal::Unknown;
}

QString AccessoryStore::linkPath(const QString &id)
{
    return QStringLiteral("/obs/osm-accessorys/") + id;
}

QByteArray AccessoryStore::linkSignature(const QString &domainId, const QString &id, qint64 expires) const
{
    const QByteArray message = domainId.toUtf8() + '\n' + id.toUtf8() + '\n' + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_linkSecret, QCryptographicHash::Sha256).toHex();
}

QUrl AccessoryStore::accessUrl(const QUrl &base, const QString &domainId, const QString &id,
                               const QDateTime &now) const
{
    const qint64 expires = now.toSecsSinceEpoch() + kLinkLifetimeSecs;
    QUrl url = base;
    url.setPath(linkPath(id));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("Expires"), QString::number(expires));
    query.addQueryItem(QStringLiteral("Signature"),
                       QString::fromLatin1(linkSignature(domainId, id, expires)));
    url.setQuery(query);
    return url;
}

std::optional<QString> AccessoryStore::verifyLink(const DataSet &data, const QString &id,
                                                  const QString &expires, const QString &signature,
                                                  const QDateTime &now) const
{
    bool isNumber = false;
    const qint64 until = expires.toLongLong(&isNumber);
    if (!isNumber || until < now.toSecsSinceEpoch())
        return std::nullopt;
    QStringList domains;
    for (const Stored &stored : m_uploads) {
        if (stored.id == id)
            domains.append(stored.domainId);
    }
    QString caseId;
    if (findSeeded(data, id, &caseId)) {
        if (const CaseRecord *record = data.findCase(caseId))
            domains.append(record->customerId);
    }
    for (const QString &domain : std::as_const(domains)) {
        if (linkSignature(domain, id, until) == signature.toLatin1())
            return domain;
    }
    return std::nullopt;
}

QByteArray AccessoryStore::generatedContent(const QString &name, qint64 size)
{
    const QString extension = QFileInfo(name).suffix().toLower();
    QByteArray content;
    if (extension == QLatin1String("png")) {
        content = kTinyPng;
        content.append(QByteArray(std::max<qint64>(0, size - content.size()), '\0'));
        return content;
    }
    content.reserve(size);
    for (int line = 1; content.size() < size; ++line)
        content +=
            "osm-sim generated content of " + name.toUtf8() + ", line " + QByteArray::number(line) + '\n';
    content.truncate(size);
    return content;
}

} // namespace osm::sim
