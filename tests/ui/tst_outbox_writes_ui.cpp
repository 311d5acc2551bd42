// The case window's writes beside the thread go through the persistent outbox (issue 7): an urge or a label
// added while the network is down is recorded at once, shows under the thread ("Urge the case", "Add label
// ‘…’", waiting for the network, no Edit), goes out once when the network is back, and the detail panel then
// says so and shows the new state; a write the server refuses says why (in the panel and under the thread)
// and can be discarded. Without an outbox (tst_casedetailpanel) the same writes are sent directly.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/CaseJournal.h"
#include "data/UrgeRules.h"
#include "models/MessagePoller.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/CaseLabelsEditor.h"
#include "widgets/OutboxItemText.h"
#include "widgets/OutboxPanel.h"
#include "windows/CaseWindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;
using osm::ui::CaseDetailPanel;
using osm::ui::CaseWindow;
using osm::ui::OutboxItemText;
using osm::ui::OutboxPanel;

class TestOutboxWritesUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    QString m_caseId;

    sim::CaseRecord &record() const
    {
        for (auto &c : m_server->dataSet().cases())
            if (c.incidentId == m_caseId)
                return c;
        qFatal("the test case is gone");
    }

    int answered(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == method && request.path == path && request.status == 200;
        return n;
    }

    int urges() const
    {
        int n = 0;
        const QList<sim::CaseJournal::Entry> entries = sim::CaseJournal::of(*m_server).entriesOf(record());
        for (const auto &entry : entries)
            n += entry.operateType == sim::CaseJournal::Press;
        return n;
    }

    QString casePath(const char *tail) const
    {
        return QStringLiteral("/v2/servicerequest/cases/%1/%2").arg(m_caseId, QLatin1String(tail));
    }

    std::unique_ptr<CaseWindow> openWindow()
    {
        auto window = std::make_unique<CaseWindow>(m_client.get(), m_caseId);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->setOutbox(m_outbox.get());
        window->poller()->setIntervals(30, 120);
        window->threadModel()->setPageSize(100);
        window->threadModel()->reload();
        window->resize(1200, 800);
        window->show();
        CaseDetailPanel *panel = window->detailPanel();
        [&] { QTRY_VERIFY(panel->hasDetail() && !panel->isRefreshing() && !panel->isBusy()); }();
        return window;
    }

    static void confirm(CaseDetailPanel &panel, const QString &objectName)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel.findChild<QMessageBox *>(objectName)) != nullptr);
        box->button(QMessageBox::Yes)->click();
    }

    static QPushButton *button(QWidget *panel, const char *name)
    {
        const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>(QString::fromLatin1(name));
        for (QPushButton *b : buttons)
            if (b->isVisibleTo(panel))
                return b;
        return nullptr;
    }

    static QString whatOf(OutboxPanel *panel)
    {
        const QList<QLabel *> labels = panel->findChildren<QLabel *>(QStringLiteral("outboxWhat"));
        for (QLabel *label : labels)
            if (label->isVisibleTo(panel))
                return label->text();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_outbox_writes_ui"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()},
                                               sim::demo::akSkCredentials());
        RetryPolicy once;
        once.maxAttempts = 1;
        m_client->setRetryPolicy(once);
        m_client->setRequestTimeoutMs(3000);
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("profile.sqlite"))));
        m_outbox = std::make_unique<Outbox>(*m_store);
        m_outbox->setBackoff(50, 200);
        m_outbox->setClient(m_client.get());
        m_caseId.clear();
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1) {
                m_caseId = c.incidentId;
                break;
            }
        }
        QVERIFY(!m_caseId.isEmpty());
        record().labelIds.clear();
        sim::UrgeRules::of(*m_server).setMinCaseAgeMs(0);
        sim::UrgeRules::of(*m_server).setMinIntervalMs(0);
    }

    void cleanup()
    {
        m_outbox.reset();
        m_store.reset();
        m_client.reset();
        m_server.reset();
        m_dir.reset();
    }

    void urgeQueuedOfflineShowsAndGoesOutOnce()
    {
        auto window = openWindow();
        CaseDetailPanel *panel = window->detailPanel();
        OutboxPanel *outboxPanel = window->outboxPanel();
        QVERIFY(outboxPanel->isHidden());
        const int urgedBefore = urges();
        QSignalSpy changed(panel, &CaseDetailPanel::caseChanged);

        m_server->faults().addDrop(-1); // the network is gone
        panel->urge();
        confirm(*panel, QStringLiteral("confirmUrge"));
        // Recorded at once, shown under the thread; the panel is not blocked.
        QCOMPARE(outboxPanel->itemCount(), 1);
        QVERIFY(outboxPanel->isVisible());
        QCOMPARE(outboxPanel->items().first().kind, OutboxItem::Kind::CaseAction);
        // (Rows are rebuilt on each change of state and shown by the next event loop turn: hence QTRY.)
        QTRY_COMPARE(whatOf(outboxPanel), QStringLiteral("Urge the case"));
        QVERIFY(!panel->isBusy());
        QCOMPARE(panel->statusText(), QStringLiteral("Urging the case…"));
        // Urging is not idempotent: no second urge (nor another case action) while this one waits.
        QVERIFY(!panel->action(CaseDetailPanel::Action::Urge)->isEnabled());
        QVERIFY(!panel->action(CaseDetailPanel::Action::Cancel)->isEnabled());
        QTRY_VERIFY(m_outbox->isOffline());
        QTRY_VERIFY2(outboxPanel->stateText(0).contains(QStringLiteral("network")), qPrintable(outboxPanel->stateText(0)));
        QTRY_VERIFY(button(outboxPanel, "outboxDiscard"));
        QVERIFY(!button(outboxPanel, "outboxEdit")); // a queued action is retried or discarded, not edited
        QCOMPARE(answered("POST", casePath("action")), 0);
        QCOMPARE(urges(), urgedBefore);

        m_server->faults().clear(); // back
        QTRY_COMPARE(outboxPanel->itemCount(), 0);
        QVERIFY(outboxPanel->isHidden());
        QTRY_COMPARE(panel->statusText(), QStringLiteral("The case was urged."));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(answered("POST", casePath("action")), 1);
        QCOMPARE(urges(), urgedBefore + 1);
        QTRY_VERIFY(panel->action(CaseDetailPanel::Action::Cancel)->isEnabled());
    }

    void labelQueuedOfflineIsShownThenAppearsOnTheCase()
    {
        auto window = openWindow();
        CaseDetailPanel *panel = window->detailPanel();
        OutboxPanel *outboxPanel = window->outboxPanel();
        const QList<Label> tenant = panel->labelsEditor()->tenantLabels();
        QVERIFY(!tenant.isEmpty());
        const Label label = tenant.first();

        m_server->faults().addDrop(-1);
        panel->addLabel(label.labelId);
        QCOMPARE(outboxPanel->itemCount(), 1);
        QTRY_COMPARE(whatOf(outboxPanel), QStringLiteral("Add label ‘%1’").arg(label.name));
        QCOMPARE(OutboxItemText::describe(outboxPanel->items().first()), whatOf(outboxPanel));
        QTRY_VERIFY(m_outbox->isOffline());

        m_server->faults().clear();
        QTRY_COMPARE(outboxPanel->itemCount(), 0);
        QTRY_COMPARE(panel->statusText(), QStringLiteral("The label was added."));
        // The panel reloaded: the label is on the case, here and on the server.
        QTRY_VERIFY([&] {
            const QList<Label> now = panel->labelsEditor()->caseLabels();
            return std::any_of(now.begin(), now.end(), [&](const Label &l) { return l.labelId == label.labelId; });
        }());
        QVERIFY(record().labelIds.contains(label.labelId));
        QCOMPARE(answered("POST", casePath("labels")), 1);
    }

    void refusedWriteSaysWhyAndCanBeDiscarded()
    {
        auto window = openWindow();
        CaseDetailPanel *panel = window->detailPanel();
        OutboxPanel *outboxPanel = window->outboxPanel();
        sim::Fault refusal;
        refusal.kind = sim::Fault::Kind::BusinessError;
        refusal.method = "POST";
        refusal.pathPrefix = casePath("action");
        refusal.remaining = 1;
        refusal.errorCode = QStringLiteral("OSM.01019999");
        refusal.errorMsg = QStringLiteral("Refused for the test.");
        m_server->faults().add(refusal);
        panel->cancelCase();
        confirm(*panel, QStringLiteral("confirmCancel"));
        QTRY_COMPARE(outboxPanel->items().value(0).state, OutboxItem::State::Failed);
        QVERIFY2(outboxPanel->stateText(0).contains(QStringLiteral("Refused for the test.")),
                 qPrintable(outboxPanel->stateText(0)));
        QVERIFY(panel->statusText().contains(QStringLiteral("Refused for the test.")));
        QTRY_VERIFY(button(outboxPanel, "outboxRetry"));
        QPushButton *discard = button(outboxPanel, "outboxDiscard");
        QVERIFY(discard);
        discard->click();
        QTRY_COMPARE(outboxPanel->itemCount(), 0);
        QVERIFY(m_outbox->items().isEmpty());
        QCOMPARE(record().status, 1); // nothing was done
    }
};

QTEST_MAIN(TestOutboxWritesUi)
#include "tst_outbox_writes_ui.moc"
