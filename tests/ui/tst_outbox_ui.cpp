// The case window with the persistent outbox (issue 7): a reply is recorded and the compose box freed at once,
// the item shows under the thread while it waits (network down) and goes out once when the network returns;
// a refused item offers Retry / Edit / Discard; drafts live in the store with copies of their files, autosave
// as typed, survive the widget and the original files, and an old QSettings draft moves into the store once.
#include "DemoCredentials.h"
#include "Server.h"
#include "models/MessagePoller.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "store/DraftStore.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "widgets/ComposeBox.h"
#include "widgets/OutboxPanel.h"
#include "windows/CaseWindow.h"

#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;
using osm::ui::CaseWindow;
using osm::ui::ComposeBox;
using osm::ui::MessageThreadModel;
using osm::ui::OutboxPanel;

class TestOutboxUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    QString m_caseId;

    QString makeFile(const QString &name, const QByteArray &content = "log line\n") const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    int answered(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == method && request.path == path && request.status == 200;
        return n;
    }

    int postedWith(const QString &content) const
    {
        int n = 0;
        const QList<sim::MessageRecord> messages = m_server->dataSet().messagesOf(m_caseId);
        for (const auto &message : messages)
            n += message.content == content;
        return n;
    }

    // A closed case refuses messages (OSM.01010034, HTTP 200): a real business refusal, nothing posted.
    // (The simulator's BusinessError fault answers after the route ran, so it would post.)
    void setCaseStatus(int status)
    {
        for (auto &c : m_server->dataSet().cases())
            if (c.incidentId == m_caseId)
                c.status = status;
    }

    QString messagePath() const { return QStringLiteral("/v2/servicerequest/cases/%1/message").arg(m_caseId); }

    std::unique_ptr<CaseWindow> openWindow()
    {
        auto window = std::make_unique<CaseWindow>(m_client.get(), m_caseId);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->setOutbox(m_outbox.get());
        window->poller()->setIntervals(30, 120);
        window->threadModel()->setPageSize(100);
        window->threadModel()->reload();
        return window;
    }

    static QPushButton *button(QWidget *panel, const char *name)
    {
        const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>(QString::fromLatin1(name));
        for (QPushButton *b : buttons)
            if (b->isVisibleTo(panel))
                return b;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_outbox_ui"));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("drafts"));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
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
    }

    void cleanup()
    {
        m_outbox.reset();
        m_store.reset();
        m_client.reset();
        m_server.reset();
        m_dir.reset();
    }

    void replyWaitsOfflineAndGoesOutOnce()
    {
        auto window = openWindow();
        window->show();
        MessageThreadModel *model = window->threadModel();
        QTRY_VERIFY(model->hasLoaded());
        OutboxPanel *panel = window->outboxPanel();
        QVERIFY(panel);
        QVERIFY(panel->isHidden());

        m_server->faults().addDrop(-1); // the network is gone
        ComposeBox *compose = window->composeBox();
        const QString file = makeFile(QStringLiteral("offline.log"));
        QCOMPARE(compose->stageFiles({file}), 1);
        compose->setText(QStringLiteral("Written while offline."));
        compose->send();
        // Recorded: the box is free again at once, the item shows under the thread.
        QVERIFY(!compose->isSending());
        QCOMPARE(compose->text(), QString());
        QVERIFY(compose->stagedFiles().isEmpty());
        QCOMPARE(panel->itemCount(), 1);
        QVERIFY(panel->isVisible());
        QTRY_VERIFY(m_outbox->isOffline());
        QTRY_VERIFY2(panel->stateText(0).contains(QStringLiteral("network")), qPrintable(panel->stateText(0)));
        QCOMPARE(answered("POST", messagePath()), 0);

        m_server->faults().clear();
        QTRY_COMPARE(panel->itemCount(), 0);
        QVERIFY(panel->isHidden());
        QCOMPARE(answered("POST", messagePath()), 1);
        // The thread shows it, and the poll brings the server's copy into that row.
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->index(model->rowCount() - 1).data(MessageThreadModel::MessageIdRole).toString().isEmpty(), 15000);
        QCOMPARE(model->index(model->rowCount() - 1).data(MessageThreadModel::PlainTextRole).toString(),
                 QStringLiteral("Written while offline."));
    }

    void refusedReplyCanBeEditedOrDiscarded()
    {
        auto window = openWindow();
        window->show();
        QTRY_VERIFY(window->threadModel()->hasLoaded());
        setCaseStatus(4);
        ComposeBox *compose = window->composeBox();
        OutboxPanel *panel = window->outboxPanel();
        compose->setText(QStringLiteral("First try."));
        compose->send();
        QTRY_VERIFY(!m_outbox->items().isEmpty() && m_outbox->items().first().state == OutboxItem::State::Failed);
        const QString reason = m_outbox->items().first().errorMessage; // Error::userMessage() of OSM.01010034
        QVERIFY(!reason.isEmpty());
        QTRY_VERIFY2(panel->stateText(0).contains(reason), qPrintable(panel->stateText(0)));
        QTRY_VERIFY(button(panel, "outboxRetry")); // the rows are rebuilt on the next turn of the event loop

        // Retry: refused again. Edit: back in the compose box, out of the outbox.
        button(panel, "outboxRetry")->click();
        QTRY_COMPARE(m_outbox->items().first().attempts, 2);
        QTRY_COMPARE(m_outbox->items().first().state, OutboxItem::State::Failed);
        QCOMPARE(postedWith(QStringLiteral("First try.")), 0);
        QTRY_VERIFY(button(panel, "outboxEdit"));
        button(panel, "outboxEdit")->click();
        QTRY_COMPARE(panel->itemCount(), 0);
        QCOMPARE(compose->text(), QStringLiteral("First try."));
        QVERIFY(m_outbox->items().isEmpty());

        // Sent again once the case is open, it goes through; a second one is discarded before it can go (no client).
        setCaseStatus(1);
        compose->send();
        QTRY_COMPARE(postedWith(QStringLiteral("First try.")), 1);
        QTRY_VERIFY(m_outbox->items().isEmpty());
        m_outbox->setClient(nullptr);
        compose->setText(QStringLiteral("Never mind."));
        compose->send();
        QTRY_COMPARE(panel->itemCount(), 1);
        button(panel, "outboxDiscard")->click();
        QTRY_COMPARE(panel->itemCount(), 0);
        QVERIFY(m_outbox->items().isEmpty());
    }

    void draftWithFilesSurvivesTheWidgetAndTheOriginals()
    {
        const QString original = makeFile(QStringLiteral("screenshot.png"), QByteArray(2048, 'p'));
        {
            ComposeBox compose(m_caseId);
            compose.setLocalStore(m_store.get());
            QCOMPARE(compose.stageFiles({original}), 1);
            QTest::keyClicks(compose.editor(), QStringLiteral("Half a reply"));
            // Autosaved as typed (debounced), without the widget closing: a crash would keep it.
            QTRY_COMPARE(DraftStore(*m_store).load(m_caseId).value_or(DraftStore::Draft{}).text,
                         QStringLiteral("Half a reply"));
            QVERIFY(compose.stagedFiles().first() != original); // working on the store's copy
        }
        QVERIFY(QFile::remove(original));
        ComposeBox again(m_caseId);
        again.setLocalStore(m_store.get());
        QCOMPARE(again.text(), QStringLiteral("Half a reply"));
        QCOMPARE(again.stagedFiles().size(), 1);
        QCOMPARE(QFileInfo(again.stagedFiles().first()).fileName(), QStringLiteral("screenshot.png"));
        QCOMPARE(QFileInfo(again.stagedFiles().first()).size(), 2048);
    }

    void settingsDraftMovesIntoTheStoreOnce()
    {
        const QString file = makeFile(QStringLiteral("old.log"));
        QSettings settings;
        settings.setValue(QStringLiteral("drafts/%1/text").arg(m_caseId), QStringLiteral("From the old place"));
        settings.setValue(QStringLiteral("drafts/%1/files").arg(m_caseId), QStringList{file});
        settings.sync();
        {
            ComposeBox compose(m_caseId);
            compose.setLocalStore(m_store.get());
            QCOMPARE(compose.text(), QStringLiteral("From the old place"));
            QCOMPARE(compose.stagedFiles().size(), 1);
        }
        QVERIFY(!QSettings().contains(QStringLiteral("drafts/%1/text").arg(m_caseId)));
        const auto draft = DraftStore(*m_store).load(m_caseId);
        QVERIFY(draft);
        QCOMPARE(draft->text, QStringLiteral("From the old place"));
        QCOMPARE(draft->files.size(), 1);
        QVERIFY(QFileInfo::exists(draft->files.first()));
    }
};

QTEST_MAIN(TestOutboxUi)
#include "tst_outbox_ui.moc"
