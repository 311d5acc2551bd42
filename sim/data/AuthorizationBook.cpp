#include "AuthorizationBook.h"

#include "Server.h"
#include "data/DataGenerator.h"
#include "data/DataSet.h"
#include "data/RichText.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <iterator>

namespace osm::sim {

namespace {

const QLatin1StringView kObjectName("osm-sim-authorization-book");
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kMinimumCount = 12; // enough for every status, twice for pending and agreed

// The statuses handed out in turn, so that the demo shows each of them (and more pending / agreed ones).
constexpr int kStatusCycle[] = {0, 1, 2, 5, 3, 1, 0, 4};

const char *const kCommands[] = {
    "uptime", "df -h", "free -m", "systemctl status nginx", "tail -n 200 /var/log/nginx/error.log",
    "ss -tlnp", "top -b -n 1 | head -20", "journalctl -u nginx --since today", "cat /etc/nginx/nginx.conf",
    "nginx -t", "systemctl reload nginx", "curl -I http://127.0.0.1", "exit",
};

struct TransferSeed
{
    const char *type;
    const char *file;
    const char *from;
    const char *to;
};

const TransferSeed kTransfers[] = {
    {"DOWNLOAD", "error.log", "/var/log/nginx/error.log", "/home/support/collect/error.log"},
    {"UPLOAD", "diag-tool.sh", "/home/support/tools/diag-tool.sh", "/tmp/diag-tool.sh"},
    {"CREATE", "collect", "", "/tmp/collect"},
    {"RENAME", "nginx.conf", "/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf.bak"},
    {"DELETE", "diag-tool.sh", "/tmp/diag-tool.sh", ""},
};

const char *const kRejectReasons[] = {
    "业务高峰期，暂不授权登录。",
    "Please collect the logs yourself first; we will send them.",
};

QString derivedId(const QString &caseId)
{
    // 32 hex characters, stable for a case: the authorization_id of cases without an AUTH message.
    return QString::fromLatin1(
        QCryptographicHash::hash((QStringLiteral("authorization:") + caseId).toUtf8(), QCryptographicHash::Md5).toHex());
}

QString fileSize(quint32 bytes)
{
    if (bytes < 1024 * 1024)
        return QString::number(bytes / 1024.0, 'f', 1) + QLatin1Char('K');
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QLatin1Char('M');
}

} // namespace

AuthorizationBook::Detail *AuthorizationBook::Record::detail(qint64 detailId)
{
    for (Detail &d : details) {
        if (d.id == detailId)
            return &d;
    }
    return nullptr;
}

AuthorizationBook::AuthorizationBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

AuthorizationBook &AuthorizationBook::of(Server &server)
{
    if (auto *book = server.findChild<AuthorizationBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    auto *book = new AuthorizationBook(&server);
    book->seed(server.dataSet());
    return *book;
}

void AuthorizationBook::seed(const DataSet &data)
{
    m_records.clear();

    // Which cases get an authorization: those whose messages ask for one (AUTH), then every fifth case.
    QList<std::pair<QString, QString>> wanted; // authorization id, case id
    QList<qint64> askedAt;
    for (const MessageRecord &m : data.allMessages()) {
        if (m.displayType != QLatin1String("AUTH"))
            continue;
        const QString id = QJsonDocument::fromJson(m.extension.toUtf8()).object().value(QLatin1String("authorization_id")).toString();
        if (id.isEmpty() || id.size() > 32 || !data.findCase(m.caseId))
            continue;
        wanted.append({id, m.caseId});
        askedAt.append(m.createTimeMs);
    }
    for (qsizetype i = 0; i < data.cases().size() && wanted.size() < kMinimumCount; i += 5) {
        const CaseRecord &c = data.cases().at(i);
        const bool taken = std::any_of(wanted.cbegin(), wanted.cend(), [&c](const auto &w) { return w.second == c.incidentId; });
        if (taken)
            continue;
        wanted.append({derivedId(c.incidentId), c.incidentId});
        askedAt.append(c.createTimeMs + 2 * kHour);
    }

    const qint64 anchorMs = DataGenerator::anchor().toMSecsSinceEpoch();
    qint64 nextDetailId = 10001;
    qint64 nextSessionId = 700001;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const CaseRecord *c = data.findCase(wanted.at(i).second);
        QRandomGenerator rng(quint32(0xA5700 + i)); // one stream per authorization: stable whatever the others do
        Record r;
        r.id = wanted.at(i).first;
        r.caseId = c->incidentId;
        r.domainId = c->customerId;
        r.status = kStatusCycle[i % qsizetype(std::size(kStatusCycle))];
        r.kind = i % 3 == 1 ? Kind::Console : Kind::Host;
        r.createMs = askedAt.at(i);
        r.contentTypeId = r.kind == Kind::Host && i % 2 == 0 ? QStringLiteral("2") : QStringLiteral("1");
        r.needBackup = r.contentTypeId == QLatin1String("2");
        r.describe = RichText::wrap(r.kind == Kind::Host
                                        ? QStringLiteral("为定位问题，需要登录实例查看 Nginx 日志和配置。")
                                        : QStringLiteral("需要查看控制台中的安全组和弹性公网 IP 配置。"));
        if (r.status == 1 || r.status == 3 || r.status == 5) {
            r.effectiveMs = r.createMs + 20 * kMinute;
            // Agreed ones stay valid for a year after the data's anchor, so that the demo keeps showing them.
            r.expireMs = r.status == 1 ? anchorMs + 365 * kDay : r.effectiveMs + (r.status == 3 ? 1 : 7) * kDay;
            r.handlerName = c->xcustomerName;
            r.completeBackup = r.needBackup;
        } else if (r.status == 2) {
            r.rejectReason = QString::fromUtf8(kRejectReasons[i % 2]);
            r.handlerName = c->xcustomerName;
        }

        const int itemCount = r.kind == Kind::Host ? 1 + int(rng.bounded(2)) : 1;
        for (int k = 0; k < itemCount; ++k) {
            Detail d;
            d.id = nextDetailId++;
            d.regionId = c->regionId;
            if (r.kind == Kind::Host) {
                d.type = 1;
                d.port = 22;
                d.account = QStringLiteral("root");
                d.instanceId = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(d.id), QCryptographicHash::Md5)
                                                       .toHex()
                                                       .left(32));
                d.instanceName = QStringLiteral("ecs-web-%1").arg(k + 1, 2, 10, QLatin1Char('0'));
            }
            // The bastion host recorded sessions on hosts that were (or are) agreed.
            if (d.type == 1 && r.effectiveMs > 0) {
                qint64 t = r.effectiveMs + qint64(5 + rng.bounded(60)) * kMinute;
                const int sessions = 2 + int(rng.bounded(2));
                for (int s = 0; s < sessions; ++s) {
                    Session session;
                    session.id = nextSessionId++;
                    session.operatorName = QStringLiteral("hws_support_%1").arg(1 + rng.bounded(3), 2, 10, QLatin1Char('0'));
                    session.startMs = t;
                    session.videoDownloadable = s % 2 == 0;
                    const int commands = 5 + int(rng.bounded(8));
                    for (int n = 0; n < commands; ++n) {
                        t += qint64(10 + rng.bounded(170)) * 1000;
                        session.commands.append({QString::fromLatin1(kCommands[n % std::size(kCommands)]), t});
                    }
                    const int transfers = s == 0 ? 2 : int(rng.bounded(3));
                    for (int n = 0; n < transfers; ++n) {
                        const TransferSeed &seed = kTransfers[(s + n) % std::size(kTransfers)];
                        t += qint64(5 + rng.bounded(60)) * 1000;
                        const int seconds = 1 + int(rng.bounded(40));
                        session.transfers.append({QString::fromLatin1(seed.type), QString::fromLatin1(seed.file),
                                                  QString::fromLatin1(seed.from), QString::fromLatin1(seed.to),
                                                  fileSize(2048 + rng.bounded(8 * 1024 * 1024)),
                                                  rng.bounded(10) == 0 ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"),
                                                  t, seconds});
                        t += seconds * 1000;
                    }
                    t += qint64(30 + rng.bounded(120)) * 1000;
                    session.endMs = t;
                    d.sessions.append(session);
                    t += qint64(1 + rng.bounded(5)) * kHour;
                }
            }
            r.details.append(d);
        }
        m_records.append(r);
    }
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const Record &a, const Record &b) { return a.createMs > b.createMs; });
}

AuthorizationBook::Record *AuthorizationBook::find(const QString &domainId, const QString &id)
{
    for (Record &r : m_records) {
        if (r.id == id && r.domainId == domainId)
            return &r;
    }
    return nullptr;
}

AuthorizationBook::Record *AuthorizationBook::findByDetail(const QString &domainId, qint64 detailId, Detail **detail)
{
    for (Record &r : m_records) {
        if (r.domainId != domainId)
            continue;
        if (Detail *d = r.detail(detailId)) {
            *detail = d;
            return &r;
        }
    }
    *detail = nullptr;
    return nullptr;
}

void AuthorizationBook::expireDue(qint64 nowMs)
{
    for (Record &r : m_records) {
        if (r.status == 1 && r.expireMs > 0 && r.expireMs <= nowMs)
            r.status = 3;
    }
}

QString AuthorizationBook::loginType(const QString &domainId) const
{
    return m_loginTypes.value(domainId, QStringLiteral("FEDERATION"));
}

void AuthorizationBook::setLoginType(const QString &domainId, const QString &loginType)
{
    m_loginTypes.insert(domainId, loginType);
}

} // namespace osm::sim
