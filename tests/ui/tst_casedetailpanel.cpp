// The case detail panel against osm-sim: every field shown, labels added and removed (the sixth refused
// before sending), relations (itself refused before sending), urging too soon or too often (the translated
// error, nothing else changes), closing with a rating (the exact body the simulator received), cancelling
// (the status shown changes), the actions following the status rules, and the operation log model under
// QAbstractItemModelTester.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/UrgeRules.h"
#include "dialogs/CaseRatingDialog.h"
#include "dialogs/ContactInfoDialog.h"
#include "model/CaseStatus.h"
#include "models/CaseOperateLogModel.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/CaseLabelsEditor.h"
#include "widgets/RelatedCasesEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace osm;
using osm::ui::CaseDetailPanel;
using osm::ui::CaseOperateLogModel;

namespace {

template <typename T> T *byName(const QWidget *root, const QString &accessibleName)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

constexpr qint64 kBase = 1700000000; // epoch seconds of the log entries below

CaseOperateLog logEntry(const QString &id, int type, qint64 seconds)
{
    CaseOperateLog log;
    log.incidentLogId = id;
    log.operateType = type;
    log.operatorName = QStringLiteral("someone");
    log.timestampOperateTime = QString::number((kBase + seconds) * 1000);
    return log;
}

} // namespace

class TestCaseDetailPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    sim::CaseRecord *findCase(const std::function<bool(const sim::CaseRecord &)> &wanted) const
    {
        for (sim::CaseRecord &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && wanted(c))
                return &c;
        }
        return nullptr;
    }

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

    std::unique_ptr<CaseDetailPanel> openPanel(const QString &caseId)
    {
        auto panel = std::make_unique<CaseDetailPanel>(m_client.get(), caseId);
        panel->resize(520, 900);
        panel->show();
        waitLoaded(*panel);
        return panel;
    }

    static void waitLoaded(const CaseDetailPanel &panel)
    {
        QTRY_VERIFY(panel.hasDetail() && !panel.isRefreshing() && !panel.isBusy());
    }

    static QString valueOf(const CaseDetailPanel &panel, const QString &field)
    {
        const QLabel *label = byName<QLabel>(&panel, field);
        return label ? label->text() : QStringLiteral("<no field %1>").arg(field);
    }

    // Answers the confirmation box `objectName` with its Yes button.
    static void confirm(CaseDetailPanel &panel, const QString &objectName)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel.findChild<QMessageBox *>(objectName)) != nullptr);
        QVERIFY(box->isVisible());
        box->button(QMessageBox::Yes)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_casedetailpanel"));
    }

    void init()
    {
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client =
            std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void logModelUpdatesInPlace()
    {
        CaseOperateLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setLogs({logEntry(QStringLiteral("b"), 2, 200), logEntry(QStringLiteral("c"), 3, 300)});
        QCOMPARE(model.rowCount(), 2);
        // New entries before and after the known ones are inserted, not reset.
        model.setLogs({logEntry(QStringLiteral("a"), 0, 100), logEntry(QStringLiteral("b"), 2, 200),
                       logEntry(QStringLiteral("c"), 3, 300), logEntry(QStringLiteral("d"), 5, 400)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0, CaseOperateLogModel::OperationColumn).data().toString(),
                 CaseOperateLogModel::operationName(CaseOperateLog::Create));
        QCOMPARE(model.index(1, 0).data(CaseOperateLogModel::TimeRole).toDateTime().toSecsSinceEpoch(),
                 kBase + 200);
        QCOMPARE(model.index(1, CaseOperateLogModel::TimeColumn).data().toString(),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(kBase + 200).toLocalTime(),
                                    QLocale::ShortFormat));
        QCOMPARE(model.index(3, 0).data(CaseOperateLogModel::OperateTypeRole).toInt(), 5);
        QCOMPARE(model.index(0, CaseOperateLogModel::OperatorColumn).data().toString(),
                 QStringLiteral("someone"));
        // An undocumented code keeps its number.
        QVERIFY(CaseOperateLogModel::operationName(999).contains(QStringLiteral("999")));
        // Entries gone: a reset; none left: rows removed.
        model.setLogs({logEntry(QStringLiteral("x"), 1, 1)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 1);
        model.setLogs({});
        QCOMPARE(model.rowCount(), 0);
        model.retranslate();
    }

    void actionsFollowTheStatusRules()
    {
        using A = CaseDetailPanel::Action;
        const auto allowed = [](A action, int status) {
            CaseDetail d;
            d.status = status;
            return CaseDetailPanel::allows(action, d);
        };
        // The transitions of sim/routes/CaseWriteRoutes.cpp.
        for (int s : CaseStatus::all()) {
            const bool open = s == 0 || s == 1 || s == 5 || s == 17;
            QCOMPARE(allowed(A::Urge, s), open);
            QCOMPARE(allowed(A::Cancel, s), open);
            QCOMPARE(allowed(A::Close, s), s == 1 || s == 2 || s == 5 || s == 17);
            QCOMPARE(allowed(A::Delete, s), s == 3 || s == 4 || s == 12);
            QCOMPARE(allowed(A::Rate, s), s == 3);
            QCOMPARE(allowed(A::EditContact, s), open || s == 2);
            QCOMPARE(allowed(A::EditLabels, s), s != 13);
        }
        CaseDetail rated;
        rated.status = CaseStatus::Completed;
        rated.judgement = QStringLiteral("fine");
        QVERIFY(!CaseDetailPanel::allows(A::Rate, rated)); // once only
    }

    void showsEveryFieldInTheLocale()
    {
        const sim::CaseRecord *record =
            findCase([](const sim::CaseRecord &c) { return c.status == 1 && !c.labelIds.isEmpty(); });
        QVERIFY(record);
        auto panel = openPanel(record->incidentId);
        const CaseDetail detail = panel->detail();
        QCOMPARE(detail.incidentId, record->incidentId);
        QCOMPARE(byName<QLabel>(panel.get(), QStringLiteral("Case ID"))->text(), record->incidentId);
        QCOMPARE(valueOf(*panel, QStringLiteral("Status")), CaseStatus::displayName(1));
        QCOMPARE(byName<QLabel>(panel.get(), QStringLiteral("Case status"))->text(),
                 CaseStatus::displayName(1));
        QCOMPARE(valueOf(*panel, QStringLiteral("Description")), detail.simpleDescription);
        QVERIFY(!detail.simpleDescription.isEmpty());
        QCOMPARE(valueOf(*panel, QStringLiteral("Created")),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(record->createTimeMs).toLocalTime(),
                                    QLocale::ShortFormat));
        QCOMPARE(valueOf(*panel, QStringLiteral("Product")), detail.productCategoryName);
        QCOMPARE(valueOf(*panel, QStringLiteral("Problem type")), detail.businessTypeName);
        QCOMPARE(valueOf(*panel, QStringLiteral("Severity")), detail.severityName);
        QCOMPARE(valueOf(*panel, QStringLiteral("Submitter")).contains(detail.xcustomerName), true);
        QCOMPARE(valueOf(*panel, QStringLiteral("Business type ID")), detail.businessTypeId);
        QCOMPARE(valueOf(*panel, QStringLiteral("Problem type ID")), detail.problemTypeId);
        QCOMPARE(valueOf(*panel, QStringLiteral("Handled by")), QStringLiteral("Huawei Cloud"));
        // Labels with their colours, the log, the actions of an open case.
        QCOMPARE(panel->labelsEditor()->list()->count(), int(record->labelIds.size()));
        QVERIFY(panel->logModel()->rowCount() >= 0);
        QVERIFY(panel->action(CaseDetailPanel::Action::Urge)->isEnabled());
        QVERIFY(panel->action(CaseDetailPanel::Action::Close)->isEnabled());
        QVERIFY(!panel->action(CaseDetailPanel::Action::Delete)->isEnabled());
        QVERIFY(!panel->action(CaseDetailPanel::Action::Rate)->isEnabled());
        for (const QString &name :
             {QStringLiteral("Urge case"), QStringLiteral("Close case"), QStringLiteral("Cancel case"),
              QStringLiteral("Delete case"), QStringLiteral("Rate case")})
            QVERIFY2(byName<QToolButton>(panel.get(), name), qPrintable(name));
        // The id is copyable.
        byName<QToolButton>(panel.get(), QStringLiteral("Copy case ID"))->click();
        QCOMPARE(QApplication::clipboard()->text(), record->incidentId);
    }

    void logUnderModelTesterWhileLoading()
    {
        const sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) { return c.status == 1; });
        CaseDetailPanel panel(m_client.get(), record->incidentId);
        // Attached before any answer arrives, kept while the log loads and grows.
        QAbstractItemModelTester tester(panel.logModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded(panel);
        sim::UrgeRules::of(*m_server).setMinCaseAgeMs(0);
        const int rows = panel.logModel()->rowCount();
        panel.urge();
        confirm(panel, QStringLiteral("confirmUrge"));
        QTRY_COMPARE(panel.logModel()->rowCount(), rows + 1);
    }

    void addsAndRemovesLabels()
    {
        sim::CaseRecord *record =
            findCase([](const sim::CaseRecord &c) { return c.status == 1 && c.labelIds.isEmpty(); });
        QVERIFY(record);
        const QString caseId = record->incidentId;
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/labels").arg(caseId);
        auto panel = openPanel(caseId);
        QListWidget *list = byName<QListWidget>(panel.get(), QStringLiteral("Case labels"));
        QComboBox *picker = byName<QComboBox>(panel.get(), QStringLiteral("Label to add"));
        QVERIFY(list && picker);
        QCOMPARE(list->count(), 0);
        QVERIFY(picker->count() > 0);
        const int labelId = picker->currentData().toInt();
        const QString labelName = picker->currentText();
        QSignalSpy changed(panel.get(), &CaseDetailPanel::caseChanged);
        byName<QPushButton>(panel.get(), QStringLiteral("Add label"))->click();
        QVERIFY(panel->isBusy());
        waitLoaded(*panel);
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), labelName);
        QVERIFY(!list->item(0)->icon().isNull()); // its colour
        QCOMPARE(requestsTo("POST", path).size(), 1);
        QCOMPARE(requestsTo("POST", path).first().rawQuery,
                 QByteArray("label_ids=") + QByteArray::number(labelId));
        QCOMPARE(record->labelIds, QList<int>{labelId});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(picker->findData(labelId), -1); // no longer offered

        list->setCurrentRow(0);
        byName<QPushButton>(panel.get(), QStringLiteral("Remove label"))->click();
        waitLoaded(*panel);
        QTRY_COMPARE(list->count(), 0);
        QCOMPARE(requestsTo("DELETE", path).size(), 1);
        QVERIFY(record->labelIds.isEmpty());
    }

    void sixthLabelIsRefusedBeforeSending()
    {
        const sim::CaseRecord *record =
            findCase([](const sim::CaseRecord &c) { return c.labelIds.size() == 5 && c.status != 13; });
        QVERIFY(record);
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/labels").arg(record->incidentId);
        auto panel = openPanel(record->incidentId);
        QCOMPARE(panel->labelsEditor()->list()->count(), 5);
        QComboBox *picker = byName<QComboBox>(panel.get(), QStringLiteral("Label to add"));
        QVERIFY(picker->count() > 0);
        byName<QPushButton>(panel.get(), QStringLiteral("Add label"))->click();
        QVERIFY(!panel->isBusy());
        QVERIFY2(panel->statusText().contains(QStringLiteral("at most 5 labels")),
                 qPrintable(panel->statusText()));
        QTest::qWait(50);
        QCOMPARE(requestsTo("POST", path).size(), 0);
        QCOMPARE(panel->labelsEditor()->list()->count(), 5);
    }

    void relatesCasesButNeverItself()
    {
        sim::CaseRecord *record =
            findCase([](const sim::CaseRecord &c) { return c.status == 1 && c.relatedIds.isEmpty(); });
        QVERIFY(record);
        const QString caseId = record->incidentId;
        const sim::CaseRecord *other =
            findCase([&](const sim::CaseRecord &c) { return c.incidentId != caseId; });
        const QString otherId = other->incidentId;
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/relations").arg(caseId);
        auto panel = openPanel(caseId);
        QLineEdit *idEdit = byName<QLineEdit>(panel.get(), QStringLiteral("Related case ID"));
        QLineEdit *groupEdit = byName<QLineEdit>(panel.get(), QStringLiteral("IAM group ID for relations"));
        QPushButton *add = byName<QPushButton>(panel.get(), QStringLiteral("Add related case"));
        QVERIFY(idEdit && groupEdit && add);
        groupEdit->setText(QStringLiteral("group-1"));

        // Itself: refused with a clear message, nothing sent.
        idEdit->setText(caseId);
        add->click();
        QCOMPARE(panel->statusText(), QStringLiteral("A case cannot be related to itself."));
        QTest::qWait(50);
        QCOMPARE(requestsTo("POST", path).size(), 0);

        idEdit->setText(otherId);
        QTest::keyClick(idEdit, Qt::Key_Return);
        waitLoaded(*panel);
        QTreeWidget *list = byName<QTreeWidget>(panel.get(), QStringLiteral("Related cases"));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), otherId);
        const QList<sim::RecordedRequest> posts = requestsTo("POST", path);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(posts.first().body).object(),
                 (QJsonObject{{QStringLiteral("related_id_list"), QJsonArray{otherId}},
                              {QStringLiteral("group_id"), QStringLiteral("group-1")}}));
        QCOMPARE(record->relatedIds, QStringList{otherId});
        QVERIFY(idEdit->text().isEmpty());

        // Open it.
        QSignalSpy open(panel.get(), &CaseDetailPanel::openCaseRequested);
        list->setCurrentItem(list->topLevelItem(0));
        byName<QPushButton>(panel.get(), QStringLiteral("Open related case"))->click();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), otherId);

        // Relating it again is refused before sending; removing it sends the DELETE.
        idEdit->setText(otherId);
        add->click();
        QVERIFY(panel->statusText().contains(otherId));
        byName<QPushButton>(panel.get(), QStringLiteral("Remove related case"))->click();
        waitLoaded(*panel);
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(requestsTo("DELETE", path).size(), 1);
        QVERIFY(record->relatedIds.isEmpty());
    }

    void urgingTooSoonShowsTheTranslatedErrorAndChangesNothing()
    {
        const sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) { return c.status == 1; });
        const QString caseId = record->incidentId;
        sim::UrgeRules::of(*m_server).setMinCaseAgeMs(1000LL * 3600 * 24 * 365 * 50); // every case is "new"
        auto panel = openPanel(caseId);
        const QString statusBefore = valueOf(*panel, QStringLiteral("Status"));
        const int logRows = panel->logModel()->rowCount();
        QSignalSpy changed(panel.get(), &CaseDetailPanel::caseChanged);

        // Ctrl+U asks first.
        QApplication::setActiveWindow(panel.get());
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        QTest::keyClick(panel.get(), Qt::Key_U, Qt::ControlModifier);
        confirm(*panel, QStringLiteral("confirmUrge"));
        QVERIFY(panel->isBusy());
        QVERIFY(!panel->action(CaseDetailPanel::Action::Urge)->isEnabled());
        QTRY_VERIFY(!panel->isBusy());
        const QString expected = Error(Error::Category::Api, QStringLiteral("OSM.01010022")).userMessage();
        QCOMPARE(panel->statusText(), expected);
        QVERIFY(!expected.contains(QStringLiteral("OSM.")));
        // Nothing else: no refresh, same status and log, no change signal, the action available again.
        const QList<sim::RecordedRequest> all = m_server->requests();
        QCOMPARE(all.last().path, QStringLiteral("/v2/servicerequest/cases/%1/action").arg(caseId));
        QCOMPARE(all.last().rawQuery, QByteArray("action_id=press"));
        QTest::qWait(100);
        QCOMPARE(m_server->requests().size(), all.size());
        QCOMPARE(valueOf(*panel, QStringLiteral("Status")), statusBefore);
        QCOMPARE(panel->logModel()->rowCount(), logRows);
        QCOMPARE(changed.count(), 0);
        QVERIFY(panel->action(CaseDetailPanel::Action::Urge)->isEnabled());
        // The error survives a language change (re-rendered, not dropped).
        QEvent languageChange(QEvent::LanguageChange);
        QApplication::sendEvent(panel.get(), &languageChange);
        QCOMPARE(panel->statusText(), expected);
    }

    void urgingTooOftenIsRefusedByTheServer()
    {
        const sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) { return c.status == 1; });
        sim::UrgeRules::of(*m_server).setMinCaseAgeMs(0);
        auto panel = openPanel(record->incidentId);
        panel->urge();
        confirm(*panel, QStringLiteral("confirmUrge"));
        waitLoaded(*panel);
        QTRY_COMPARE(panel->statusText(), QStringLiteral("The case was urged."));
        panel->urge();
        confirm(*panel, QStringLiteral("confirmUrge"));
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(panel->statusText(),
                 Error(Error::Category::Api, QStringLiteral("OSM.01010004")).userMessage());
    }

    void declinedConfirmationSendsNothing()
    {
        const sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) { return c.status == 1; });
        auto panel = openPanel(record->incidentId);
        const qsizetype before = m_server->requests().size();
        panel->cancelCase();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel->findChild<QMessageBox *>(QStringLiteral("confirmCancel"))) != nullptr);
        QCOMPARE(box->defaultButton(),
                 box->button(QMessageBox::Cancel)); // destructive: Enter does not cancel the case
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(m_server->requests().size(), before);
        QCOMPARE(record->status, 1);
    }

    void closingWithARatingSendsTheRating()
    {
        sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) { return c.status == 1; });
        const QString caseId = record->incidentId;
        auto panel = openPanel(caseId);
        panel->action(CaseDetailPanel::Action::Close)->trigger();
        ui::CaseRatingDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<ui::CaseRatingDialog *>(QStringLiteral("closeCaseDialog"))) !=
                    nullptr);
        // The satisfaction dimensions of 5.8.8: 6 timeliness and 7 result, 5 stars each.
        QTRY_COMPARE(dialog->findChildren<QComboBox *>().size(), 2);
        dialog->setStars(6, 4);
        dialog->setStars(7, 5);
        dialog->setJudgement(QStringLiteral("Solved, thanks"));
        byName<QPushButton>(dialog, QStringLiteral("Confirm close"))->click();
        QVERIFY(panel->isBusy());
        waitLoaded(*panel);
        QTRY_COMPARE(valueOf(*panel, QStringLiteral("Status")),
                     CaseStatus::displayName(CaseStatus::Completed));

        const QList<sim::RecordedRequest> posts =
            requestsTo("POST", QStringLiteral("/v2/servicerequest/cases/%1/action").arg(caseId));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().rawQuery, QByteArray("action_id=close"));
        const QString category = QStringLiteral("16781abcc47047e2ba821ed0d1c95bdb");
        const QJsonObject expected{
            {QStringLiteral("judgement"), QStringLiteral("Solved, thanks")},
            {QStringLiteral("incident_satisfaction_list"),
             QJsonArray{QJsonObject{{QStringLiteral("satisfaction_id"), 6},
                                    {QStringLiteral("satisfaction_value"), 4},
                                    {QStringLiteral("sat_category_id"), category}},
                        QJsonObject{{QStringLiteral("satisfaction_id"), 7},
                                    {QStringLiteral("satisfaction_value"), 5},
                                    {QStringLiteral("sat_category_id"), category}}}},
        };
        QCOMPARE(QJsonDocument::fromJson(posts.first().body).object(), expected);
        QCOMPARE(record->status, 3);
        // Rated with the close: rating again is not offered; a completed case can be deleted.
        QVERIFY(!panel->action(CaseDetailPanel::Action::Rate)->isEnabled());
        QVERIFY(panel->action(CaseDetailPanel::Action::Delete)->isEnabled());
        QVERIFY(!panel->action(CaseDetailPanel::Action::Urge)->isEnabled());
        QVERIFY(valueOf(*panel, QStringLiteral("Rating")).contains(QString(4, QChar(0x2605))));
        QCOMPARE(valueOf(*panel, QStringLiteral("Your comment")), QStringLiteral("Solved, thanks"));
    }

    void cancellingChangesTheStatusShown()
    {
        sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) { return c.status == 0; });
        QVERIFY(record);
        auto panel = openPanel(record->incidentId);
        QCOMPARE(byName<QLabel>(panel.get(), QStringLiteral("Case status"))->text(),
                 CaseStatus::displayName(CaseStatus::PendingAcceptance));
        QVERIFY(!panel->action(CaseDetailPanel::Action::Close)
                     ->isEnabled()); // not accepted yet: cancel, not close
        QSignalSpy changed(panel.get(), &CaseDetailPanel::caseChanged);
        const QString detailPath = QStringLiteral("/v2/servicerequest/cases/%1").arg(record->incidentId);
        const QString statusPath = QStringLiteral("/v2/servicerequest/cases/%1/status").arg(record->incidentId);
        const qsizetype detailsBefore = requestsTo("GET", detailPath).size();
        byName<QToolButton>(panel.get(), QStringLiteral("Cancel case"))->click();
        confirm(*panel, QStringLiteral("confirmCancel"));
        QTRY_COMPARE(byName<QLabel>(panel.get(), QStringLiteral("Case status"))->text(),
                     CaseStatus::displayName(CaseStatus::Cancelled));
        waitLoaded(*panel);
        QCOMPARE(valueOf(*panel, QStringLiteral("Status")), CaseStatus::displayName(CaseStatus::Cancelled));
        QCOMPARE(record->status, 4);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!panel->action(CaseDetailPanel::Action::Cancel)->isEnabled());
        QVERIFY(!panel->action(CaseDetailPanel::Action::Urge)->isEnabled());
        QVERIFY(panel->action(CaseDetailPanel::Action::Delete)->isEnabled());
        QCOMPARE(panel->statusText(), QStringLiteral("The case was cancelled."));
        // Only the status was asked again (5.11.7), not the whole detail.
        QCOMPARE(requestsTo("GET", statusPath).size(), 1);
        QCOMPARE(requestsTo("GET", detailPath).size(), detailsBefore);
    }
    void changesTheContactInformation()
    {
        sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) { return c.status == 1; });
        const QString caseId = record->incidentId;
        auto panel = openPanel(caseId);
        byName<QPushButton>(panel.get(), QStringLiteral("Edit contact information"))->click();
        ui::ContactInfoDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<ui::ContactInfoDialog *>(
                         QStringLiteral("contactInfoDialog"))) != nullptr);
        QPushButton *save = byName<QPushButton>(dialog, QStringLiteral("Save contact information"));
        QVERIFY(!save->isEnabled()); // nothing changed yet
        dialog->mobileEdit()->setText(QStringLiteral("13800000000"));
        dialog->ccEmailsEdit()->setText(QStringLiteral("not an address"));
        QVERIFY(!save->isEnabled()); // refused before sending
        dialog->ccEmailsEdit()->setText(QStringLiteral("ops@example.com; lead@example.com"));
        QVERIFY(save->isEnabled());
        save->click();
        waitLoaded(*panel);
        QTRY_COMPARE(valueOf(*panel, QStringLiteral("Mobile")), QStringLiteral("13800000000"));
        const QList<sim::RecordedRequest> puts =
            requestsTo("PUT", QStringLiteral("/v2/servicerequest/cases/%1/contact-info").arg(caseId));
        QCOMPARE(puts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(puts.first().body).object(),
                 (QJsonObject{{QStringLiteral("remind_mobile"), QStringLiteral("13800000000")},
                              {QStringLiteral("extension_map"),
                               QJsonObject{{QStringLiteral("remindCCEmail"),
                                            QStringLiteral("ops@example.com,lead@example.com")}}}}));
        QCOMPARE(valueOf(*panel, QStringLiteral("CC e-mails")),
                 QStringLiteral("ops@example.com, lead@example.com"));
    }

    void ratesACompletedCaseOnce()
    {
        sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) {
            return c.status == 3 && c.satisfaction.isEmpty() && c.judgement.isEmpty();
        });
        QVERIFY(record);
        auto panel = openPanel(record->incidentId);
        QVERIFY(panel->action(CaseDetailPanel::Action::Rate)->isEnabled());
        panel->rateCase();
        ui::CaseRatingDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<ui::CaseRatingDialog *>(QStringLiteral("rateCaseDialog"))) !=
                    nullptr);
        QPushButton *submit = byName<QPushButton>(dialog, QStringLiteral("Submit rating"));
        QVERIFY(!submit->isEnabled()); // nothing rated yet
        dialog->setStars(7, 3);
        QVERIFY(submit->isEnabled());
        submit->click();
        waitLoaded(*panel);
        const QList<sim::RecordedRequest> posts =
            requestsTo("POST", QStringLiteral("/v2/servicerequest/cases/%1/score").arg(record->incidentId));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(posts.first().body).object();
        QCOMPARE(body.value(QStringLiteral("judgement")).toString(), QString());
        QCOMPARE(body.value(QStringLiteral("incident_satisfaction_list")).toArray().size(), 1);
        QTRY_VERIFY(!panel->action(CaseDetailPanel::Action::Rate)->isEnabled());
    }
    void everyControlHasAnAccessibleName()
    {
        const sim::CaseRecord *record = findCase([](const sim::CaseRecord &c) { return c.status == 1; });
        auto panel = openPanel(record->incidentId);
        const QList<QWidget *> widgets = panel->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->focusPolicy() || !widget->isVisibleTo(panel.get()) ||
                widget->inherits("QScrollBar") || widget->parentWidget()->inherits("QAbstractScrollArea"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestCaseDetailPanel)
#include "tst_casedetailpanel.moc"
