#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace osm::sim {

class DataSet;
class Server;

// The authorization requests of 5.6 (a support engineer asks, on a case, for console or host access) with
// their items, and what the bastion host (CBH) recorded on agreed hosts: sessions, commands, file transfers.
// One book per Server, created and seeded on first use (QObject child of the Server, like QuotaBook): the
// seed is derived from the data set — every AUTH message's authorization_id becomes an authorization of its
// case, and further cases get one until every status is shown. Not saved with --data: a restart re-derives it.
// Host passwords are never stored: a confirmation only updates port and account.
class AuthorizationBook : public QObject
{
    Q_OBJECT

public:
    // The password every seeded host accepts (5.6.1). Like the demo AK/SK, it only opens the simulator.
    static constexpr const char *kDemoHostPassword = "demo-host-password";
    static constexpr int kMaxValidityDays = 30; // choice: the longest period confirm_authorization accepts

    enum class Kind { Console, Host }; // resource type 2 / visit 4 (console), resource 1 / visit 1 (SSH)

    struct Command
    {
        QString oper;
        qint64 timeMs = 0;
    };

    struct FileTransfer
    {
        QString operateType; // UPLOAD, DOWNLOAD, RENAME, DELETE, CREATE
        QString fileName;
        QString fromPath;
        QString toPath;
        QString fileSize;    // "12.4K", "3.1M"
        QString result;      // SUCCESS, FAILED
        qint64 timeMs = 0;
        int durationSeconds = 0;
    };

    struct Session
    {
        qint64 id = 0;
        QString operatorName;
        qint64 startMs = 0;
        qint64 endMs = 0;
        bool videoDownloadable = false;
        QList<Command> commands;       // oldest first
        QList<FileTransfer> transfers; // oldest first
    };

    struct Detail
    {
        qint64 id = 0;
        int type = 0; // 0 console, 1 host
        int port = 0;
        QString account;
        QString instanceId;
        QString instanceName;
        QString regionId;
        QList<Session> sessions; // oldest first
    };

    struct Record
    {
        QString id;       // ≤ 32
        QString domainId;
        QString caseId;
        int status = 0;   // AuthorizationStatus values 0..5
        Kind kind = Kind::Console;
        QString describe; // rich text (<div class="osm-rich-text">)
        QString contentTypeId; // "1" read-only, "2" changes
        bool needBackup = false;
        bool completeBackup = false;
        qint64 createMs = 0;
        qint64 effectiveMs = 0; // 0 = not set (pending, rejected, withdrawn)
        qint64 expireMs = 0;
        QString rejectReason;
        QString handlerName;
        QString agencyId;
        QList<Detail> details;

        Detail *detail(qint64 detailId);
    };

    explicit AuthorizationBook(QObject *parent = nullptr);
    // The server's book; seeded from its data set when it is created.
    static AuthorizationBook &of(Server &server);

    void seed(const DataSet &data);

    QList<Record> &records() { return m_records; } // newest first
    const QList<Record> &records() const { return m_records; }
    Record *find(const QString &domainId, const QString &id);
    // The authorization holding this detail (any status) and the detail itself; nullptr when unknown.
    Record *findByDetail(const QString &domainId, qint64 detailId, Detail **detail);

    // Agreed authorizations whose period has ended become expired (3).
    void expireDue(qint64 nowMs);

    // 5.6.3: what show_login_type answers for an account (default "FEDERATION", the reference's example).
    QString loginType(const QString &domainId) const;
    void setLoginType(const QString &domainId, const QString &loginType);

private:
    QList<Record> m_records;
    QHash<QString, QString> m_loginTypes;
};

} // namespace osm::sim
