// The create-case wizard with the account's store and outbox, against osm-sim: the draft and its attachment
// are in the store as soon as they are typed or staged and come back in a new wizard (the original file may
// go); a draft an earlier version left in QSettings moves into the store once; Submit while offline records
// the case, the status bar shows it waiting, and the case is created (once) and opened when the network is
// back; a case the server refuses shows the reason and Edit brings it back into the wizard with its file.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/QuotaBook.h"
#include "dialogs/CreateCaseWizard.h"
#include "dialogs/PendingCasesDialog.h"
#include "dialogs/createcase/AttachmentStagingList.h"
#include "dialogs/createcase/ContactVerificationRow.h"
#include "dialogs/createcase/CreateCaseDraft.h"
#include "dialogs/createcase/ExtendsParamsForm.h"
#include "net/ApiClient.h"
#include "store/CreateCaseDraftStore.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "widgets/OutboxPanel.h"
#include "widgets/PendingCasesButton.h"
#include "windows/CaseWindow.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;
using osm::ui::CreateCaseDraft;
using osm::ui::CreateCaseWizard;

namespace {
const QString kDescription = QStringLiteral("Bucket policy denies our CDN: which statement?");
} // namespace

class TestCreateCaseOutboxUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;

    QString makeFile(const QString &name, const QByteArray &content = "log line\n") const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    QString storeFolder() const { return m_store->path() + QStringLiteral(".files/"); }

    int casesWith(const QString &description) const
    {
        int n = 0;
        for (const auto &c : m_server->dataSet().cases())
            n += c.simpleDescription == description;
        return n;
    }

    QString caseIdWith(const QString &description) const
    {
        for (const auto &c : m_server->dataSet().cases())
            if (c.simpleDescription == description)
                return c.incidentId;
        return {};
    }

    static bool waitLoaded(CreateCaseWizard &wizard)
    {
        for (int calm = 0, rounds = 0; rounds < 500; ++rounds) {
            QTest::qWait(10);
            calm = wizard.isLoading() ? 0 : calm + 1;
            if (calm >= 5)
                return true;
        }
        return false;
    }

    static bool choose(QComboBox *combo, const QString &text)
    {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).contains(text)) {
                combo->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    }

    // Technical ▸ OBS ▸ its consultation, described, its required parameter given, the agreement accepted.
    static bool fillObsCase(CreateCaseWizard &wizard)
    {
        if (!waitLoaded(wizard) || !choose(wizard.subTypeCombo(), QStringLiteral("Technical")))
            return false;
        if (!waitLoaded(wizard) || !choose(wizard.productCombo(), QStringLiteral("OBS")))
            return false;
        if (!waitLoaded(wizard) || wizard.problemCombo()->count() != 1)
            return false;
        wizard.problemCombo()->setCurrentIndex(0);
        if (!waitLoaded(wizard))
            return false;
        wizard.descriptionEdit()->setPlainText(kDescription);
        auto *instance = qobject_cast<QLineEdit *>(wizard.extendsForm()->editorFor(QStringLiteral("obs_instance_id")));
        if (!instance)
            return false;
        instance->setText(QStringLiteral("obs-bucket-42"));
        wizard.agreementCheck()->setChecked(true);
        return true;
    }

    static QPushButton *button(QWidget *panel, const char *name)
    {
        const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>(QString::fromLatin1(name));
        for (QPushButton *b : buttons)
            if (b->isVisibleTo(panel))
                return b;
        return nullptr;
    }

    // File ▸ New Case in `window`, once the submission privilege has answered.
    static CreateCaseWizard *openFromMenu(ui::MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("newCaseAction"))->trigger();
        CreateCaseWizard *wizard = nullptr;
        for (int i = 0; i < 500 && !wizard; ++i) {
            QTest::qWait(10);
            wizard = window.findChild<CreateCaseWizard *>();
        }
        return wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_createcaseoutbox_ui"));
    }

    void init()
    {
        CreateCaseDraft::clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()},
                                               osm::sim::demo::akSkCredentials());
        m_client->setLanguage(QStringLiteral("en-us"));
        RetryPolicy once; // the outbox does the retrying
        once.maxAttempts = 1;
        m_client->setRetryPolicy(once);
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("profile.sqlite"))));
        m_outbox = std::make_unique<Outbox>(*m_store);
        m_outbox->setBackoff(50, 200);
    }

    void cleanup()
    {
        m_outbox.reset();
        m_store.reset();
        m_client.reset();
        m_server.reset();
        m_dir.reset();
        CreateCaseDraft::clear();
    }

    void draftWithAttachmentSurvivesTheWizard()
    {
        const QString original = makeFile(QStringLiteral("cdn-trace.har"));
        {
            CreateCaseWizard wizard(m_client.get(), m_outbox.get());
            QVERIFY(wizard.usesOutbox());
            wizard.show();
            QVERIFY(waitLoaded(wizard));
            wizard.descriptionEdit()->setPlainText(QStringLiteral("Half typed when the power went."));
            QCOMPARE(wizard.attachments()->stageFiles({original}), 1);
            // In the store at once: a copy of the file, and the text once the autosave has run.
            CreateCaseDraftStore drafts(*m_store);
            QVERIFY(drafts.load());
            QCOMPARE(drafts.load()->files.size(), 1);
            QVERIFY(drafts.load()->files.first().startsWith(storeFolder()));
            QCOMPARE(wizard.attachments()->files(), drafts.load()->files); // the wizard goes on with the copy
            QTRY_COMPARE(CreateCaseDraft::fromJson(drafts.load()->form).description,
                         QStringLiteral("Half typed when the power went."));
            QVERIFY(CreateCaseDraft::load().isEmpty()); // not in QSettings
        } // destroyed without Submit
        QVERIFY(QFile::remove(original)); // the store has its copy

        CreateCaseWizard wizard(m_client.get(), m_outbox.get());
        QCOMPARE(wizard.descriptionEdit()->toPlainText(), QStringLiteral("Half typed when the power went."));
        const QStringList files = wizard.attachments()->files();
        QCOMPARE(files.size(), 1);
        QCOMPARE(QFileInfo(files.first()).fileName(), QStringLiteral("cdn-trace.har"));
        QVERIFY(QFileInfo::exists(files.first()));
        QVERIFY(m_outbox->items().isEmpty()); // nothing was submitted
    }

    void oldSettingsDraftMovesIntoTheStoreOnce()
    {
        const QString original = makeFile(QStringLiteral("old-draft.log"));
        CreateCaseDraft old;
        old.description = QStringLiteral("Typed with an earlier version.");
        old.remindMail = QStringLiteral("ops@example.com");
        old.files = {original};
        old.save();
        CreateCaseDraft::sync();
        {
            CreateCaseWizard wizard(m_client.get(), m_outbox.get());
            QCOMPARE(wizard.descriptionEdit()->toPlainText(), QStringLiteral("Typed with an earlier version."));
            QCOMPARE(wizard.mailEdit()->text(), QStringLiteral("ops@example.com"));
            QCOMPARE(wizard.attachments()->files().size(), 1);
            QVERIFY(wizard.attachments()->files().first().startsWith(storeFolder()));
            QVERIFY(CreateCaseDraft::load().isEmpty()); // gone from QSettings
            const auto stored = CreateCaseDraftStore(*m_store).load();
            QVERIFY(stored);
            QCOMPARE(CreateCaseDraft::fromJson(stored->form).description, QStringLiteral("Typed with an earlier version."));
        }
        QVERIFY(CreateCaseDraft::load().isEmpty()); // closing saved into the store, not QSettings
        QVERIFY(QFile::remove(original));
        CreateCaseWizard again(m_client.get(), m_outbox.get());
        QCOMPARE(again.descriptionEdit()->toPlainText(), QStringLiteral("Typed with an earlier version."));
        QCOMPARE(again.attachments()->files().size(), 1);
        QVERIFY(QFileInfo::exists(again.attachments()->files().first()));
    }

    void submitWhileOfflineIsShownAndCreatedWhenTheNetworkIsBack()
    {
        ui::MainWindow window(m_client.get());
        window.setOutbox(m_outbox.get());
        m_outbox->setClient(m_client.get());
        ui::PendingCasesButton *pending = window.pendingCases();
        QVERIFY(pending);
        QVERIFY(!pending->isVisibleTo(&window));

        CreateCaseWizard *wizard = openFromMenu(window);
        QVERIFY(wizard);
        QVERIFY(wizard->usesOutbox());
        QVERIFY(fillObsCase(*wizard));
        QTRY_COMPARE(wizard->mailVerification()->state(), ui::ContactVerificationRow::State::NotNeeded);
        QCOMPARE(wizard->attachments()->stageFiles({makeFile(QStringLiteral("policy.txt"), "{}\n")}), 1);
        m_server->faults().addDrop(-1); // the network is gone
        const QPointer<CreateCaseWizard> guard(wizard);
        QSignalSpy queued(wizard, &CreateCaseWizard::caseQueued);
        wizard->submit();
        QCOMPARE(queued.size(), 1);
        QTRY_VERIFY(guard.isNull()); // closed at once: the outbox has it

        QCOMPARE(m_outbox->items().size(), 1);
        QTRY_VERIFY(m_outbox->isOffline());
        QTRY_VERIFY(pending->isVisibleTo(&window));
        QVERIFY2(pending->text().startsWith(QStringLiteral("1 ")) && pending->text().endsWith(QStringLiteral("waiting to be sent")),
                 qPrintable(pending->text()));
        pending->click();
        QPointer<ui::PendingCasesDialog> dialog = pending->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        ui::OutboxPanel *panel = dialog->panel();
        QCOMPARE(panel->itemCount(), 1);
        QTRY_VERIFY2(panel->stateText(0).contains(QStringLiteral("network")), qPrintable(panel->stateText(0)));
        QCOMPARE(casesWith(kDescription), 0);

        m_server->faults().clear(); // the network is back
        m_outbox->retryNow();
        QTRY_COMPARE(casesWith(kDescription), 1);
        const QString caseId = caseIdWith(kDescription);
        // Its window opens; nothing waits any more.
        QTRY_VERIFY([&] {
            const QList<ui::CaseWindow *> windows = window.findChildren<ui::CaseWindow *>();
            return windows.size() == 1 && windows.first()->caseId() == caseId;
        }());
        QTRY_VERIFY(!pending->isVisibleTo(&window));
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(m_outbox->items().isEmpty());
        QCOMPARE(casesWith(kDescription), 1);
        QVERIFY(!CreateCaseDraftStore(*m_store).load()); // the draft went with the submit
    }

    void refusedCaseShowsTheReasonAndEditTakesItBack()
    {
        ui::MainWindow window(m_client.get());
        window.setOutbox(m_outbox.get());
        m_outbox->setClient(m_client.get());
        CreateCaseWizard *wizard = openFromMenu(window);
        QVERIFY(wizard);
        QVERIFY(fillObsCase(*wizard));
        QTRY_COMPARE(wizard->mailVerification()->state(), ui::ContactVerificationRow::State::NotNeeded);
        QCOMPARE(wizard->attachments()->stageFiles({makeFile(QStringLiteral("evidence.txt"))}), 1);
        // The quota is used up: create_case is refused (OSM.01010037), which the wizard cannot know.
        sim::QuotaBook::of(*m_server).setUsed(QString::fromLatin1(sim::demo::kDomainId),
                                              wizard->productCombo()->currentData().toString(),
                                              wizard->problemCombo()->currentData().toString(), 10);
        const QPointer<CreateCaseWizard> guard(wizard);
        wizard->submit();
        QTRY_VERIFY(guard.isNull());
        QTRY_COMPARE(m_outbox->items().size(), 1);
        QTRY_COMPARE(m_outbox->items().first().state, OutboxItem::State::Failed);
        QCOMPARE(m_outbox->items().first().errorCode, QStringLiteral("OSM.01010037"));

        ui::PendingCasesButton *pending = window.pendingCases();
        QTRY_VERIFY2(pending->text().contains(QStringLiteral("not sent")), qPrintable(pending->text()));
        pending->openDialog();
        ui::OutboxPanel *panel = pending->dialog()->panel();
        QCOMPARE(panel->itemCount(), 1);
        QVERIFY2(panel->stateText(0).startsWith(QStringLiteral("Not sent: ")), qPrintable(panel->stateText(0)));
        QVERIFY(panel->stateText(0).size() > QStringLiteral("Not sent: ").size()); // the server's reason
        // To look at it under a real display: OSM_SCREENSHOT_DIR=/tmp xvfb-run … -platform xcb.
        if (const QString dir = qEnvironmentVariable("OSM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resize(900, 500);
            window.show();
            pending->dialog()->raise();
            QTest::qWait(300);
            window.grab().save(dir + QStringLiteral("/pending-cases-main.png"));
            pending->dialog()->grab().save(dir + QStringLiteral("/pending-cases-dialog.png"));
        }
        QPushButton *edit = button(panel, "outboxEdit");
        QVERIFY(edit);
        edit->click();

        // Back in a wizard with the same values and file; the item has left the outbox.
        CreateCaseWizard *again = nullptr;
        QTRY_VERIFY((again = window.findChild<CreateCaseWizard *>()) != nullptr);
        QCOMPARE(again->descriptionEdit()->toPlainText(), kDescription);
        QCOMPARE(again->attachments()->files().size(), 1);
        QCOMPARE(QFileInfo(again->attachments()->files().first()).fileName(), QStringLiteral("evidence.txt"));
        QVERIFY(QFileInfo::exists(again->attachments()->files().first()));
        QVERIFY(m_outbox->items().isEmpty());
        QTRY_VERIFY(!pending->isVisibleTo(&window));
        QVERIFY(waitLoaded(*again));
        QCOMPARE(again->problemCombo()->currentIndex(), 0);
        QCOMPARE(casesWith(kDescription), 0);
    }
};

QTEST_MAIN(TestCreateCaseOutboxUi)
#include "tst_createcaseoutbox_ui.moc"
