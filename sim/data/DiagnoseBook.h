#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace osm::sim {

class Server;

// One-click diagnosis (5.15): the demo VMs of each region (5.15.6), the check items of each diagnosis type,
// and the jobs of each account — started (5.15.5), advancing from preparing to running to completed as they
// are polled (5.15.3) or as time passes, listed as records (5.15.4), with their items' advice (5.15.2) and
// one helpful/not-helpful verdict per job (5.15.1). One book per Server, created on first use as its child.
class DiagnoseBook : public QObject
{
    Q_OBJECT

public:
    // The tables' type.
    static constexpr int kEcs = 1;
    static constexpr int kRds = 2;
    static constexpr int kRemoteLogin = 3;
    static constexpr int kNetworkHealth = 4;
    // 5.15.3 status and problem_level.
    static constexpr int kPreparing = 0;
    static constexpr int kRunning = 2;
    static constexpr int kCompleted = 3;
    static constexpr int kFailed = 4;
    static constexpr int kNotExecuted = 0;
    static constexpr int kNormal = 3;
    static constexpr int kAbnormal = 4;
    // A job is answered preparing, then running, then finished: on the third poll at the latest.
    static constexpr int kStagesToFinish = 2;

    struct Vm
    {
        QString region;
        QString id;
        QString name;
        QString privateIp;
        QString publicIp;
        QString status; // ACTIVE, SHUTOFF
        QString fault;  // "" when healthy
        QString hostId;
        QString flavor; // e.g. s6.large.2
        int vcpus = 0;
        int ramMb = 0;
        QString osType;
        QString imageName;
        QStringList abnormalChecks; // the check ids this VM fails
    };

    struct Check
    {
        QString id;
        QString resourceId; // the item's category
        QString resourceZh;
        QString resourceEn;
        QString nameZh;
        QString nameEn;
        QString adviceZh;
        QString adviceEn;
        QString finding; // the check's response when abnormal
    };

    struct Item
    {
        Check check;
        int status = 0; // 0-100: how far the item got
        int problemLevel = kNotExecuted;
    };

    struct Job
    {
        qint64 id = 0;
        QString domainId;
        int type = kEcs;
        QString region;
        QMap<QString, QString> params;
        QDateTime created;
        QStringList abnormal; // the final outcome's abnormal check ids
        bool targetMissing = false; // the VM/instance was not found: the job fails
        int polls = 0;
        bool finishedAtStart = false; // the seeded history
        std::optional<bool> helpful;
        QString feedback;
    };

    enum class FeedbackOutcome { Recorded, NoJob, NotFinished, AlreadyGiven };

    explicit DiagnoseBook(QObject *parent = nullptr);
    static DiagnoseBook &of(Server &server);

    // The regions that have VMs and accept diagnoses: the Catalog's (cn-south-1 first).
    static QStringList regions();
    static const QList<Vm> &allVms();
    // A region's VMs (every region's when `region` is empty), in a fixed order.
    static QList<Vm> vms(const QString &region);
    // The VM of `region` with this id, or with this public or private address.
    static const Vm *findVm(const QString &region, const QString &vmId, const QString &eip);
    static QList<Check> checks(int type);

    // Starts a job; params were checked by the route.
    const Job &start(const QString &domainId, int type, const QString &region, const QMap<QString, QString> &params);
    // nullptr when the account has no job with this id.
    Job *job(const QString &domainId, const QString &jobId);
    // What a poll sees: status and items now. countPoll() then moves the job on.
    int status(const Job &job) const;
    QList<Item> items(const Job &job) const;
    void countPoll(Job &job) { ++job.polls; }
    bool finished(const Job &job) const { return stage(job) >= kStagesToFinish; }

    // The account's jobs of a type (and region, when given), newest first.
    QList<const Job *> history(const QString &domainId, int type, const QString &region) const;
    // A verdict on the account's latest job of `type` (in `region`, when given): once per job, when it is finished.
    FeedbackOutcome feedback(const QString &domainId, int type, const QString &region, bool helpful,
                             const QString &content);

    // Time also moves jobs on: one stage per `ms` (default 3000); 0 leaves it to polls alone (tests).
    void setStageInterval(qint64 ms) { m_stageIntervalMs = ms; }

private:
    int stage(const Job &job) const;
    QStringList outcome(int type, const QString &region, const QMap<QString, QString> &params, bool *targetMissing) const;
    Job &add(const QString &domainId, int type, const QString &region, const QMap<QString, QString> &params,
             const QDateTime &created);
    void seedHistory(const QString &domainId);

    std::vector<std::unique_ptr<Job>> m_jobs; // stable addresses, oldest first
    qint64 m_nextId = 1;
    qint64 m_stageIntervalMs = 3000;
};

} // namespace osm::sim
