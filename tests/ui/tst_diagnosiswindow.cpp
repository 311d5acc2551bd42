// The diagnosis window against osm-sim: a VM found in the project and region (the 5.15.6 request), a diagnosis
// started on it (5.15.5), followed until it is completed (5.15.3), its problem shown with the advice (5.15.2),
// and the user's verdict sent (5.15.1: the exact body); the history paged (5.15.4) and a past diagnosis shown;
// what the window refuses before sending, and a server refusal shown as its translated message.
#include "DemoCredentials.h"
#include "Server.h"
#include "api/Diagnosis.h"
#include "data/DiagnoseBook.h"
#include "models/DiagnoseJobPoller.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "windows/DiagnosisWindow.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace osm;
using osm::ui::DiagnosisWindow;

namespace {
const QString kRegion = QStringLiteral("cn-south-1");
constexpr int kTimeoutMs = 15000;
} // namespace

class TestDiagnosisWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    QList<sim::RecordedRequest> requestsTo(const QByteArray &method, const QString &path) const
    {
        QList<sim::RecordedRequest> out;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.method == method && request.path == path)
                out.append(request);
        }
        return out;
    }

    static QJsonObject bodyOf(const sim::RecordedRequest &request)
    {
        return QJsonDocument::fromJson(request.body).object();
    }

    std::unique_ptr<DiagnosisWindow> openWindow()
    {
        auto window = std::make_unique<DiagnosisWindow>(m_client.get());
        window->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
        window->poller()->setInterval(10);
        window->show();
        // The regions come from 5.8.7.
        [&] { QTRY_VERIFY(window->regionCombo()->count() > 0); }();
        return window;
    }

    static void chooseRegion(DiagnosisWindow &window, const QString &region)
    {
        const int index = window.regionCombo()->findData(region);
        QVERIFY(index >= 0);
        window.regionCombo()->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_diagnosiswindow"));
    }

    void init()
    {
        QSettings().clear(); // the window remembers the project and region: each test starts without them
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        // Jobs move on only when polled: the test decides the pace, not the clock.
        sim::DiagnoseBook::of(*m_server).setStageInterval(0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void diagnosesAVmAndSendsFeedback()
    {
        auto window = openWindow();
        chooseRegion(*window, kRegion);
        QVERIFY(!window->findButton()->isEnabled()); // no project yet
        window->projectEdit()->setText(QString::fromLatin1(sim::demo::kProjectId));
        window->vmNameEdit()->clear();
        QVERIFY(window->findButton()->isEnabled());
        window->findButton()->click();
        const int expectedVms = int(sim::DiagnoseBook::vms(kRegion).size());
        QTRY_COMPARE_WITH_TIMEOUT(window->vmList()->topLevelItemCount(), expectedVms, kTimeoutMs);
        const QList<sim::RecordedRequest> searches =
            requestsTo("POST", QStringLiteral("/v2.0/servicerequest/diagnose/job/vm/resources"));
        QCOMPARE(searches.size(), 1);
        QCOMPARE(bodyOf(searches.last()),
                 (QJsonObject{{QStringLiteral("project_id"), QString::fromLatin1(sim::demo::kProjectId)},
                              {QStringLiteral("region"), kRegion},
                              {QStringLiteral("offset"), 1},
                              {QStringLiteral("limit"), DiagnosisWindow::kVmPageSize}}));

        // A VM with a known fault: choosing it fills the target.
        QTreeWidgetItem *faulty = nullptr;
        for (int i = 0; i < window->vmList()->topLevelItemCount() && !faulty; ++i) {
            if (!window->vmList()->topLevelItem(i)->text(4).isEmpty())
                faulty = window->vmList()->topLevelItem(i);
        }
        QVERIFY(faulty);
        const QString vmId = faulty->text(1);
        window->vmList()->setCurrentItem(faulty);
        QCOMPARE(window->targetEdit()->text(), vmId);
        QVERIFY(window->startButton()->isEnabled());

        window->startButton()->click();
        QVERIFY(!window->startButton()->isEnabled()); // one diagnosis at a time
        QTRY_VERIFY_WITH_TIMEOUT(window->job() && window->job()->finished(), kTimeoutMs);
        const QList<sim::RecordedRequest> starts =
            requestsTo("POST", QStringLiteral("/v2.0/servicerequest/diagnose/job/start"));
        QCOMPARE(starts.size(), 1);
        QCOMPARE(bodyOf(starts.last()),
                 (QJsonObject{{QStringLiteral("type"), api::diagnose::kEcs},
                              {QStringLiteral("params"), QJsonObject{{QStringLiteral("vm_id"), vmId}}},
                              {QStringLiteral("region_id"), kRegion}}));
        // Polled through preparing and running to completed, never two at a time.
        const QList<sim::RecordedRequest> polls = requestsTo("GET", QStringLiteral("/v2.0/servicerequest/diagnose/job"));
        QCOMPARE(polls.size(), sim::DiagnoseBook::kStagesToFinish + 1);
        const QUrlQuery pollQuery(QString::fromLatin1(polls.last().rawQuery));
        QCOMPARE(pollQuery.queryItemValue(QStringLiteral("job_id")), window->job()->jobId);
        QCOMPARE(pollQuery.queryItemValue(QStringLiteral("region_id")), kRegion);

        const DiagnoseJob job = *window->job();
        QCOMPARE(job.status, DiagnoseJob::kCompleted);
        QVERIFY(job.abnormalCount() > 0);
        QCOMPARE(window->statusLabel()->text(), DiagnosisWindow::statusText(job));
        QCOMPARE(window->itemsTree()->topLevelItemCount(), job.items.size());
        int problemRows = 0;
        for (int i = 0; i < window->itemsTree()->topLevelItemCount(); ++i)
            problemRows += window->itemsTree()->topLevelItem(i)->text(2) == DiagnosisWindow::tr("Problem found");
        QCOMPARE(problemRows, job.abnormalCount());
        QVERIFY(window->startButton()->isEnabled());

        // The advice: every executed item asked for, the first problem shown.
        QTRY_VERIFY_WITH_TIMEOUT(!window->itemDetails().isEmpty(), kTimeoutMs);
        const QList<sim::RecordedRequest> itemRequests =
            requestsTo("POST", QStringLiteral("/v2.0/servicerequest/diagnose/job/show-items"));
        QCOMPARE(itemRequests.size(), 1);
        QCOMPARE(bodyOf(itemRequests.last()).value(QStringLiteral("job_id")).toString(), job.jobId);
        QCOMPARE(bodyOf(itemRequests.last()).value(QStringLiteral("item_ids")).toArray().size(), job.items.size());
        QTreeWidgetItem *current = window->itemsTree()->currentItem();
        QVERIFY(current);
        QCOMPARE(current->text(2), DiagnosisWindow::tr("Problem found"));
        const DiagnoseItemDetail detail = window->itemDetails().value(current->data(0, Qt::UserRole).toString());
        QVERIFY(!detail.advice(QStringLiteral("en")).isEmpty());
        QVERIFY(window->detailsView()->toPlainText().contains(detail.advice(QStringLiteral("en"))));
        QVERIFY(window->detailsView()->toHtml().contains(QStringLiteral("https://example.com/osm-sim/diagnose")));

        // The verdict, with a comment.
        QVERIFY(window->feedbackBox()->isVisible());
        window->feedbackEdit()->setText(QStringLiteral("The disk was indeed full."));
        window->helpfulButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->feedbackStatus()->text(),
                                  DiagnosisWindow::tr("Thank you: your feedback was sent."), kTimeoutMs);
        const QList<sim::RecordedRequest> verdicts =
            requestsTo("POST", QStringLiteral("/v2.0/servicerequest/diagnose/feedback"));
        QCOMPARE(verdicts.size(), 1);
        QCOMPARE(bodyOf(verdicts.last()),
                 (QJsonObject{{QStringLiteral("type"), api::diagnose::kEcs},
                              {QStringLiteral("is_helpful"), true},
                              {QStringLiteral("content"), QStringLiteral("The disk was indeed full.")},
                              {QStringLiteral("region_id"), kRegion}}));
        const sim::DiagnoseBook::Job *recorded =
            sim::DiagnoseBook::of(*m_server).job(QString::fromLatin1(sim::demo::kDomainId), job.jobId);
        QVERIFY(recorded && recorded->helpful);
        QCOMPARE(*recorded->helpful, true);
        // One verdict per job.
        QVERIFY(!window->helpfulButton()->isEnabled());
        QVERIFY(!window->notHelpfulButton()->isEnabled());
    }

    void historyPagesAndShowsAPastDiagnosis()
    {
        auto window = openWindow();
        window->tabs()->setCurrentIndex(1); // the History tab reads its first page when first shown
        QTRY_COMPARE_WITH_TIMEOUT(window->historyTree()->topLevelItemCount(), DiagnosisWindow::kHistoryPageSize,
                                  kTimeoutMs);
        QList<sim::RecordedRequest> pages = requestsTo("GET", QStringLiteral("/v2.0/servicerequest/diagnose/records"));
        QCOMPARE(pages.size(), 1);
        QUrlQuery query(QString::fromLatin1(pages.last().rawQuery));
        QCOMPARE(query.queryItemValue(QStringLiteral("type")), QStringLiteral("1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("page_no")), QStringLiteral("1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("10"));
        QVERIFY(!window->historyPreviousButton()->isEnabled());
        QVERIFY(window->historyNextButton()->isEnabled());
        // The seeded history: 12 ECS diagnoses, all completed.
        QCOMPARE(window->historyTree()->topLevelItem(0)->text(3), DiagnosisWindow::statusName(DiagnoseJob::kCompleted));

        window->historyNextButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->historyTree()->topLevelItemCount(), 2, kTimeoutMs);
        QVERIFY(window->historyPageLabel()->text().contains(QStringLiteral("2")));
        QVERIFY(!window->historyNextButton()->isEnabled());

        // Another type reads its own history from page 1.
        window->historyTypeCombo()->setCurrentIndex(window->historyTypeCombo()->findData(api::diagnose::kRds));
        QTRY_COMPARE_WITH_TIMEOUT(window->historyTree()->topLevelItemCount(), 3, kTimeoutMs);
        pages = requestsTo("GET", QStringLiteral("/v2.0/servicerequest/diagnose/records"));
        query = QUrlQuery(QString::fromLatin1(pages.last().rawQuery));
        QCOMPARE(query.queryItemValue(QStringLiteral("type")), QStringLiteral("2"));
        QCOMPARE(query.queryItemValue(QStringLiteral("page_no")), QStringLiteral("1"));

        // Activating a row shows that diagnosis, without the verdict buttons.
        QTreeWidgetItem *row = window->historyTree()->topLevelItem(0);
        const QString jobId = row->data(0, Qt::UserRole).toString();
        QVERIFY(!jobId.isEmpty());
        window->historyTree()->setCurrentItem(row);
        Q_EMIT window->historyTree()->itemActivated(row, 0);
        QCOMPARE(window->tabs()->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window->job() && window->job()->jobId == jobId && window->job()->finished(),
                                 kTimeoutMs);
        QVERIFY(window->itemsTree()->topLevelItemCount() > 0);
        QVERIFY(!window->feedbackBox()->isVisible());
        QVERIFY(requestsTo("POST", QStringLiteral("/v2.0/servicerequest/diagnose/feedback")).isEmpty());
    }

    void refusesBeforeSendingAndShowsServerRefusals()
    {
        auto window = openWindow();
        chooseRegion(*window, kRegion);
        QComboBox *type = window->typeCombo();
        type->setCurrentIndex(type->findData(api::diagnose::kRds));
        window->targetEdit()->clear();
        QVERIFY(!window->startButton()->isEnabled()); // an RDS diagnosis needs its instance
        type->setCurrentIndex(type->findData(api::diagnose::kNetworkHealth));
        QVERIFY(!window->targetEdit()->isEnabled());
        QVERIFY(window->startButton()->isEnabled()); // network health needs nothing

        // A region the server does not know: its refusal, as a sentence, and no job followed.
        type->setCurrentIndex(type->findData(api::diagnose::kEcs));
        window->regionCombo()->setEditText(QStringLiteral("xx-nowhere-1"));
        window->targetEdit()->setText(QStringLiteral("203.0.113.9"));
        window->startButton()->click();
        auto *problem = window->findChild<QLabel *>(QStringLiteral("diagnosisProblem"));
        QVERIFY(problem);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), kTimeoutMs);
        const QList<sim::RecordedRequest> starts =
            requestsTo("POST", QStringLiteral("/v2.0/servicerequest/diagnose/job/start"));
        QCOMPARE(starts.size(), 1);
        // An address is sent as the elastic IP.
        QCOMPARE(bodyOf(starts.last()).value(QStringLiteral("params")).toObject(),
                 (QJsonObject{{QStringLiteral("eip"), QStringLiteral("203.0.113.9")}}));
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(!problem->text().contains(QStringLiteral("{")));
        QVERIFY(!window->job());
        QVERIFY(!window->poller()->isActive());
        QVERIFY(window->startButton()->isEnabled());
    }
};

QTEST_MAIN(TestDiagnosisWindow)
#include "tst_diagnosiswindow.moc"
