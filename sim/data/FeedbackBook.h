#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace osm::sim {

class Server;

// The infringement and illegal-information reports of 5.16.1 create_report_feedback, per account, as they
// were received (the API has no endpoint to read them back; tests and the control routes look here).
// One book per Server, created on first use as its child.
class FeedbackBook : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        QString domainId;
        QString type; // infringement, illegal
        QString title;
        QString content;
        QStringList files;
        QJsonObject ip;       // {} when not given
        QJsonObject contacts;
        QString reportType;
        QString complaintName;
        QString complaintProductName;
        QDateTime received;
    };

    explicit FeedbackBook(QObject *parent = nullptr);
    static FeedbackBook &of(Server &server);

    void add(Report report);
    QList<Report> reports(const QString &domainId) const;

private:
    QList<Report> m_reports;
};

} // namespace osm::sim
