#pragma once

#include "RecordedRequest.h"
#include "RequestLog.h"
#include "auth/Accounts.h"
#include "auth/RequestVerifier.h"
#include "auth/TokenStore.h"
#include "data/DataSet.h"
#include "faults/FaultInjector.h"
#include "http/Router.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace osm::sim {

class HttpFront;
class Responder;

// osm-sim: a local, faithful stand-in for the OSM API (and the two IAM calls the client makes), listening
// on 127.0.0.1 only. Starts with the demo account (DemoCredentials.h) and the seeded demo data.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    // Binds 127.0.0.1:port (0 = any free port); returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    // Stops listening, as a server that went away: the listening socket is closed and every open connection
    // dropped (a request answered later finds its socket gone). The data, the accounts and the tokens stay;
    // restart() listens again on the same port (false when it is taken meanwhile). For the demo's
    // "work offline, then see the outbox flush" and its tests.
    void stop();
    bool restart();
    bool isListening() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    DataSet &dataSet() { return m_data; }
    FaultInjector &faults() { return m_faults; }
    Accounts &accounts() { return m_accounts; }
    TokenStore &tokens() { return m_tokens; }
    RequestLog &requestLog() { return m_log; }
    Router &router() { return m_router; }

    QList<RecordedRequest> requests() const { return m_log.all(); }
    void clearRequests() { m_log.clear(); }

    void setTokenLifetime(qint64 seconds) { m_tokens.setLifetime(seconds); }
    void expireTokens() { m_tokens.expireAll(); }

    // An engineer reply arrives (unread count +1, shows in the next instant-message poll). Returns its id.
    QString addEngineerReply(const QString &caseId, const QString &text) { return m_data.addEngineerReply(caseId, text); }

    // --data FILE: load it when it exists, otherwise generate(seed) and save there on save().
    bool useDataFile(const QString &path, quint32 seed, QString *error = nullptr);
    QString dataFile() const { return m_dataFile; }
    bool save(QString *error = nullptr) const; // to dataFile(); true when there is none
    bool saveTo(const QString &path, QString *error = nullptr) const { return m_data.saveTo(path, error); }

    // One line per request on stderr (method, path, status): never headers, query or body.
    void setVerbose(bool verbose) { m_verbose = verbose; }

Q_SIGNALS:
    void requestFinished(const osm::sim::RecordedRequest &request);
    void listeningChanged(bool listening);

private:
    void handle(Request request, Responder responder);
    void process(Request &request, Responder &responder, const std::optional<Fault> &fault,
                 const QByteArray &requestId, quint64 serial);
    // Routes and authenticates `request`; runs its handler unless `runHandler` is false (a business-error
    // fault: the service refuses and does nothing). *reachedRoute: it got past the gateway.
    Response dispatch(Request &request, bool *reachedRoute, bool runHandler = true);
    void finish(quint64 serial, const Request &request, int status, const QByteArray &requestId);

    Accounts m_accounts;
    TokenStore m_tokens;
    RequestVerifier m_verifier;
    DataSet m_data;
    FaultInjector m_faults;
    RequestLog m_log;
    Router m_router;
    std::unique_ptr<HttpFront> m_front;
    quint16 m_port = 0;
    QString m_dataFile;
    bool m_verbose = false;
};

} // namespace osm::sim
