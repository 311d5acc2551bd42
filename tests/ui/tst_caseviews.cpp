// The views pane and the filter bar against osm-sim: the views model's counts (cases/count, and list_cases
// with group_id for the group), updated in place; selecting a view and every filter field as the simulator
// received them; Clear, Esc, Ctrl+F; the minute timer that only runs while the window is shown.
#include "DemoCredentials.h"
#include "Server.h"
#include "model/CaseStatus.h"
#include "models/CaseFilter.h"
#include "models/CaseListModel.h"
#include "models/CaseViewsModel.h"
#include "net/ApiClient.h"
#include "widgets/CaseFilterBar.h"
#include "widgets/ViewsPane.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

#include <memory>

using namespace osm;
using osm::ui::CaseFilter;
using osm::ui::CaseFilterBar;
using osm::ui::CaseListModel;
using osm::ui::CaseViewsModel;
using osm::ui::MainWindow;
using osm::ui::ViewsPane;

namespace {
const QString kListPath = QStringLiteral("/v2/servicerequest/cases");
const QString kCountPath = QStringLiteral("/v2/servicerequest/cases/count");

// The widget whose accessible name is `name`: what a screen reader announces is what the tests look for.
template <typename T> T *named(QWidget *root, const QString &name)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

// As a user's choice does: activated is what the bar listens to, not programmatic index changes.
void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}
} // namespace

class TestCaseViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    QList<sim::CaseRecord> accountCases() const
    {
        QList<sim::CaseRecord> mine;
        for (const auto &record : m_server->dataSet().cases()) {
            if (record.customerId == QLatin1String(sim::demo::kDomainId))
                mine.append(record);
        }
        return mine;
    }

    qint64 countOf(int status) const
    {
        qint64 n = 0;
        for (const auto &record : accountCases())
            n += record.status == status;
        return n;
    }

    QList<sim::RecordedRequest> requestsTo(const QString &path) const
    {
        QList<sim::RecordedRequest> hits;
        for (const auto &request : m_server->requests()) {
            if (request.path == path)
                hits.append(request);
        }
        return hits;
    }

    QUrlQuery lastListQuery() const
    {
        const QList<sim::RecordedRequest> lists = requestsTo(kListPath);
        return lists.isEmpty() ? QUrlQuery() : QUrlQuery(QString::fromLatin1(lists.last().rawQuery));
    }

    int listRequestCount() const { return int(requestsTo(kListPath).size()); }

    static QString value(const QUrlQuery &query, const char *key)
    {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    }

    // The window once its first page and counts are in.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(m_client.get());
        const bool ready = QTest::qWaitFor(
            [&] {
                return window->caseModel()->totalCount() >= 0 && !window->caseModel()->isLoading()
                       && !window->viewsModel()->isRefreshing();
            },
            10000);
        if (!ready)
            qWarning("the window did not load its first page and counts");
        return window;
    }

    // Waits until a list request carrying `key` (or, with an empty value, not carrying it) has answered.
    bool waitForList(MainWindow &window, const char *key, const QString &expected)
    {
        return QTest::qWaitFor(
            [&] {
                const QUrlQuery query = lastListQuery();
                const bool has = query.hasQueryItem(QString::fromLatin1(key));
                const bool matches = expected.isEmpty() ? !has : (has && value(query, key) == expected);
                return matches && !window.caseModel()->isLoading() && window.caseModel()->totalCount() >= 0;
            },
            5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_caseviews"));
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // ---- the views model ----

    void viewsAreMineGroupAndEveryListableStatus()
    {
        CaseViewsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("My cases"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Group cases"));
        const QList<int> statuses = {0, 1, 2, 3, 4, 5, 12, 17};
        for (int i = 0; i < statuses.size(); ++i) {
            const QModelIndex index = model.index(2 + i);
            QCOMPARE(index.data(CaseViewsModel::StatusRole).toInt(), statuses.at(i));
            QCOMPARE(index.data().toString(), CaseStatus::displayName(statuses.at(i)));
            QCOMPARE(index.data(CaseViewsModel::CountRole).toLongLong(), qint64(-1)); // unknown before asking
        }
    }

    void countsMatchTheSimulatorPerStatus()
    {
        CaseViewsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QTRY_VERIFY(!model.isRefreshing() && model.index(0).data(CaseViewsModel::CountRole).toLongLong() >= 0);
        qint64 notDeleted = 0;
        for (const auto &record : accountCases())
            notDeleted += record.status != CaseStatus::Deleted;
        QVERIFY(notDeleted > 30);
        QCOMPARE(model.index(model.rowOf(CaseViewsModel::Kind::Mine)).data(CaseViewsModel::CountRole).toLongLong(),
                 notDeleted);
        int nonEmpty = 0;
        for (const int status : {0, 1, 2, 3, 4, 5, 12, 17}) {
            const QModelIndex index = model.index(model.rowOf(CaseViewsModel::Kind::Status, status));
            QCOMPARE(index.data(CaseViewsModel::CountRole).toLongLong(), countOf(status));
            nonEmpty += countOf(status) > 0;
        }
        QVERIFY(nonEmpty >= 4); // the demo data spreads its cases, so the comparison means something
        // No group set: no count for it, and nothing asked.
        QCOMPARE(model.index(model.rowOf(CaseViewsModel::Kind::Group)).data(CaseViewsModel::CountRole).toLongLong(),
                 qint64(-1));
        QCOMPARE(requestsTo(kCountPath).size(), 1);
        QCOMPARE(requestsTo(kListPath).size(), 0);
        // Spelt out for screen readers.
        QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QString::number(notDeleted)));
    }

    void groupCountComesFromTheGroupsList()
    {
        QString groupId;
        for (const auto &record : accountCases()) {
            if (!record.groupId.isEmpty()) {
                groupId = record.groupId;
                break;
            }
        }
        QVERIFY(!groupId.isEmpty());
        qint64 expected = 0;
        for (const auto &record : accountCases())
            expected += record.groupId == groupId && record.status != CaseStatus::Deleted;

        CaseViewsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroupId(groupId);
        model.setClient(m_client.get());
        const QModelIndex group = model.index(model.rowOf(CaseViewsModel::Kind::Group));
        QTRY_COMPARE(group.data(CaseViewsModel::CountRole).toLongLong(), expected);
        const QUrlQuery query = lastListQuery();
        QCOMPARE(value(query, "group_id"), groupId);
        QCOMPARE(value(query, "limit"), QStringLiteral("0")); // only the total is wanted
    }

    void countsChangeInPlaceWhenACaseChangesStatus()
    {
        CaseViewsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QTRY_VERIFY(!model.isRefreshing() && model.index(0).data(CaseViewsModel::CountRole).toLongLong() >= 0);
        const int inProgressRow = model.rowOf(CaseViewsModel::Kind::Status, CaseStatus::InProgress);
        const int completedRow = model.rowOf(CaseViewsModel::Kind::Status, CaseStatus::Completed);
        const qint64 inProgress = model.index(inProgressRow).data(CaseViewsModel::CountRole).toLongLong();
        const qint64 completed = model.index(completedRow).data(CaseViewsModel::CountRole).toLongLong();
        QVERIFY(inProgress > 0);

        for (auto &record : m_server->dataSet().cases()) {
            if (record.customerId == QLatin1String(sim::demo::kDomainId) && record.status == CaseStatus::InProgress) {
                record.status = CaseStatus::Completed;
                break;
            }
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy refreshing(&model, &CaseViewsModel::refreshingChanged);
        model.refreshCounts();
        QTRY_COMPARE(refreshing.size(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(inProgressRow).data(CaseViewsModel::CountRole).toLongLong(), inProgress - 1);
        QCOMPARE(model.index(completedRow).data(CaseViewsModel::CountRole).toLongLong(), completed + 1);
        // Exactly the two rows that changed; "My cases" kept its total.
        QCOMPARE(changed.size(), 2);
        QSet<int> rows;
        for (const auto &signal : changed) {
            QCOMPARE(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
            rows.insert(signal.at(0).toModelIndex().row());
        }
        QCOMPARE(rows, (QSet<int>{inProgressRow, completedRow}));
    }

    void oneCountRequestAtATime()
    {
        CaseViewsModel model;
        model.setClient(m_client.get()); // the first request is under way
        QVERIFY(model.isRefreshing());
        model.refreshCounts();
        model.refreshCounts();
        model.refreshCounts();
        // Coalesced into one more, sent only after the first answered.
        QTRY_VERIFY(!model.isRefreshing());
        QTest::qWait(200);
        const QList<sim::RecordedRequest> counts = requestsTo(kCountPath);
        QCOMPARE(counts.size(), 2);
        QVERIFY(counts.at(0).status == 200);
        QVERIFY(counts.at(0).serial < counts.at(1).serial);
    }

    void unreadTotalsFollowTheCases()
    {
        CaseViewsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int mine = model.rowOf(CaseViewsModel::Kind::Mine);
        const int inProgress = model.rowOf(CaseViewsModel::Kind::Status, CaseStatus::InProgress);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.noteUnread(QStringLiteral("TS1"), CaseStatus::InProgress, 2);
        model.noteUnread(QStringLiteral("TS2"), CaseStatus::InProgress, 3);
        model.noteUnread(QStringLiteral("TS3"), -1, 1); // not listed: counts for "My cases" only
        QCOMPARE(model.index(mine).data(CaseViewsModel::UnreadRole).toInt(), 6);
        QCOMPARE(model.index(inProgress).data(CaseViewsModel::UnreadRole).toInt(), 5);
        QVERIFY(model.index(inProgress).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(changed.size(), 5); // mine ×3, in progress ×2: no other row touched
        model.noteUnread(QStringLiteral("TS1"), CaseStatus::InProgress, 0); // read
        QCOMPARE(model.index(inProgress).data(CaseViewsModel::UnreadRole).toInt(), 3);
        QCOMPARE(model.index(mine).data(CaseViewsModel::UnreadRole).toInt(), 4);
    }

    // ---- the filter as a value ----

    void filterValuesBecomeTheReferencesParameters()
    {
        CaseFilter filter;
        filter.createdFrom = QDate(2026, 1, 5);
        filter.createdTo = QDate(2026, 2, 7);
        filter.keywords = QStringLiteral("  disk   quota ");
        api::ListCasesParams params;
        filter.applyTo(params);
        QCOMPARE(params.queryStartTime, QStringLiteral("2026-01-05 00:00:00"));
        QCOMPARE(params.queryEndTime, QStringLiteral("2026-02-07 23:59:59"));
        QCOMPARE(params.searchKey, (QStringList{QStringLiteral("disk"), QStringLiteral("quota")}));
        QVERIFY(!params.validate().isError());
        filter.keywords = QStringLiteral("one two three four");
        QVERIFY(!filter.isValid()); // search_key takes three
        filter.keywords.clear();
        filter.createdTo = QDate(2026, 1, 1);
        QVERIFY(!filter.isValid()); // an empty range
        QVERIFY(CaseFilter{}.isEmpty());
        QVERIFY(CaseFilter{}.describe().isEmpty());
    }

    // ---- the window ----

    void selectingAStatusViewListsOnlyThatStatus()
    {
        auto window = openWindow();
        QVERIFY(window->caseModel()->totalCount() >= 0 && !window->viewsModel()->isRefreshing());
        ViewsPane *pane = named<ViewsPane>(window.get(), QStringLiteral("Views"));
        QVERIFY(pane);
        QCOMPARE(pane->currentView(), window->viewsModel()->rowOf(CaseViewsModel::Kind::Mine));
        QVERIFY(!lastListQuery().hasQueryItem(QStringLiteral("status")));

        QSignalSpy reset(window->caseModel(), &QAbstractItemModel::modelReset);
        pane->selectView(window->viewsModel()->rowOf(CaseViewsModel::Kind::Status, CaseStatus::Completed));
        QVERIFY(waitForList(*window, "status", QStringLiteral("3")));
        QCOMPARE(value(lastListQuery(), "offset"), QStringLiteral("0")); // from page 1 again
        QCOMPARE(reset.size(), 1);
        CaseListModel *cases = window->caseModel();
        QCOMPARE(cases->totalCount(), countOf(CaseStatus::Completed));
        QVERIFY(cases->rowCount() > 0);
        for (int row = 0; row < cases->rowCount(); ++row)
            QCOMPARE(cases->caseAt(row).status, int(CaseStatus::Completed));
        // The status field shows the view's status and is not a filter of its own meanwhile.
        QComboBox *status = named<QComboBox>(window.get(), QStringLiteral("Status filter"));
        QVERIFY(!status->isEnabled());
        QCOMPARE(status->currentData().toInt(), int(CaseStatus::Completed));

        // Paused is not in the status filter's table: it goes through incident_statuses.
        pane->selectView(window->viewsModel()->rowOf(CaseViewsModel::Kind::Status, CaseStatus::Paused));
        QVERIFY(waitForList(*window, "incident_statuses", QStringLiteral("5")));
        QVERIFY(!lastListQuery().hasQueryItem(QStringLiteral("status")));
        QCOMPARE(cases->totalCount(), countOf(CaseStatus::Paused));

        // Back to all of them.
        pane->selectView(window->viewsModel()->rowOf(CaseViewsModel::Kind::Mine));
        QVERIFY(waitForList(*window, "incident_statuses", {}));
        QVERIFY(!lastListQuery().hasQueryItem(QStringLiteral("status")));
        QVERIFY(status->isEnabled());
        QCOMPARE(status->currentIndex(), 0);
    }

    void groupViewAsksForTheGroupThenListsIt()
    {
        auto window = openWindow();
        QVERIFY(window->caseModel()->totalCount() >= 0 && !window->viewsModel()->isRefreshing());
        ViewsPane *pane = named<ViewsPane>(window.get(), QStringLiteral("Views"));
        const int requestsBefore = listRequestCount();
        pane->selectView(window->viewsModel()->rowOf(CaseViewsModel::Kind::Group));
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QInputDialog *>(QStringLiteral("groupIdDialog"))));
        QCOMPARE(listRequestCount(), requestsBefore); // nothing listed without a group
        const QString groupId = QStringLiteral("group-ops-7");
        dialog->setTextValue(groupId);
        dialog->accept();
        QVERIFY(waitForList(*window, "group_id", groupId));
        QCOMPARE(pane->currentView(), window->viewsModel()->rowOf(CaseViewsModel::Kind::Group));
        QCOMPARE(QSettings().value(QStringLiteral("mainWindow/groupId")).toString(), groupId);
    }

    void everyFilterFieldReachesTheRequest()
    {
        auto window = openWindow();
        QVERIFY(window->caseModel()->totalCount() >= 0 && !window->viewsModel()->isRefreshing());
        CaseFilterBar *bar = window->filterBar();
        const auto edit = [&](const char *name) { return named<QLineEdit>(bar, QString::fromUtf8(name)); };

        // Description keywords: search_key, one per word, after the typing pause.
        QLineEdit *keywords = edit("Keywords in description");
        QVERIFY(keywords);
        const int before = listRequestCount();
        QTest::keyClicks(keywords, QStringLiteral("disk quota"));
        QVERIFY(waitForList(*window, "search_key", QStringLiteral("disk")));
        QCOMPARE(lastListQuery().allQueryItemValues(QStringLiteral("search_key")),
                 (QStringList{QStringLiteral("disk"), QStringLiteral("quota")}));
        QCOMPARE(listRequestCount(), before + 1); // debounced: one request for ten keystrokes
        keywords->clear();
        QVERIFY(waitForList(*window, "search_key", {}));

        // Case ID: incident_id, at once on Return.
        const QString someCase = accountCases().first().incidentId;
        QLineEdit *caseId = edit("Case ID");
        caseId->setText(someCase);
        QTest::keyClick(caseId, Qt::Key_Return);
        QVERIFY(waitForList(*window, "incident_id", someCase));
        QCOMPARE(window->caseModel()->totalCount(), qint64(1));
        caseId->clear();
        QTest::keyClick(caseId, Qt::Key_Return);

        // Submitter: x_customer_id.
        const QString submitter = accountCases().first().xcustomerId;
        edit("Submitter ID")->setText(submitter);
        QVERIFY(waitForList(*window, "x_customer_id", submitter));
        for (int row = 0; row < window->caseModel()->rowCount(); ++row)
            QCOMPARE(window->caseModel()->caseAt(row).xcustomerId, submitter);
        edit("Submitter ID")->clear();
        QVERIFY(waitForList(*window, "x_customer_id", {}));

        // Status (within "My cases"): status.
        QComboBox *status = named<QComboBox>(bar, QStringLiteral("Status filter"));
        choose(status, status->findData(int(CaseStatus::InProgress)));
        QVERIFY(waitForList(*window, "status", QStringLiteral("1")));
        choose(status, 0);
        QVERIFY(waitForList(*window, "status", {}));

        // Label: the tenant's labels (list_labels), with their colours; label_id_list.
        QComboBox *label = named<QComboBox>(bar, QStringLiteral("Label filter"));
        QVERIFY(label);
        QTRY_VERIFY(label->count() > 1);
        const sim::Label *first = nullptr;
        for (const auto &candidate : m_server->dataSet().labels()) {
            if (candidate.domainId == QLatin1String(sim::demo::kDomainId)) {
                first = &candidate;
                break;
            }
        }
        QVERIFY(first);
        const int labelIndex = label->findData(first->id);
        QVERIFY(labelIndex > 0);
        QCOMPARE(label->itemText(labelIndex), first->name);
        QVERIFY(!label->itemIcon(labelIndex).isNull());
        choose(label, labelIndex);
        QVERIFY(waitForList(*window, "label_id_list", QString::number(first->id)));
        QVERIFY(named<QLabel>(bar, QStringLiteral("Current filter"))->text().contains(first->name));
        choose(label, 0);
        QVERIFY(waitForList(*window, "label_id_list", {}));

        // Creation dates: query_start_time / query_end_time as yyyy-MM-dd HH:mm:ss, whole days.
        named<QCheckBox>(bar, QStringLiteral("Created from"))->setChecked(true);
        named<QDateEdit>(bar, QStringLiteral("Created from date"))->setDate(QDate(2025, 3, 4));
        QVERIFY(waitForList(*window, "query_start_time", QStringLiteral("2025-03-04 00:00:00")));
        named<QCheckBox>(bar, QStringLiteral("Created until"))->setChecked(true);
        named<QDateEdit>(bar, QStringLiteral("Created until date"))->setDate(QDate(2025, 3, 9));
        QVERIFY(waitForList(*window, "query_end_time", QStringLiteral("2025-03-09 23:59:59")));
        QCOMPARE(value(lastListQuery(), "query_start_time"), QStringLiteral("2025-03-04 00:00:00"));
        // Every list request was well-formed: the simulator refused none.
        for (const auto &request : requestsTo(kListPath))
            QCOMPARE(request.status, 200);
    }

    void clearRestoresTheUnfilteredList()
    {
        auto window = openWindow();
        QVERIFY(window->caseModel()->totalCount() >= 0 && !window->viewsModel()->isRefreshing());
        const qint64 unfiltered = window->caseModel()->totalCount();
        CaseFilterBar *bar = window->filterBar();
        named<QLineEdit>(bar, QStringLiteral("Case ID"))->setText(QStringLiteral("TS2"));
        QComboBox *status = named<QComboBox>(bar, QStringLiteral("Status filter"));
        choose(status, status->findData(int(CaseStatus::Completed)));
        QVERIFY(waitForList(*window, "incident_id", QStringLiteral("TS2")));
        QVERIFY(window->caseModel()->totalCount() < unfiltered);
        QVERIFY(named<QLabel>(bar, QStringLiteral("Current filter"))->text() != QLatin1String("No filter"));

        QToolButton *clear = named<QToolButton>(bar, QStringLiteral("Clear filters"));
        QVERIFY(clear);
        const int before = listRequestCount();
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(waitForList(*window, "incident_id", {}));
        QCOMPARE(listRequestCount(), before + 1); // cleared at once, one request
        const QUrlQuery query = lastListQuery();
        for (const char *key : {"status", "search_key", "label_id_list", "x_customer_id", "query_start_time",
                                "query_end_time", "incident_statuses", "group_id"})
            QVERIFY2(!query.hasQueryItem(QString::fromLatin1(key)), key);
        QCOMPARE(window->caseModel()->totalCount(), unfiltered);
        QCOMPARE(named<QLabel>(bar, QStringLiteral("Current filter"))->text(), QStringLiteral("No filter"));
        QVERIFY(bar->filter().isEmpty());
    }

    void ctrlFFocusesTheKeywordsAndEscClears()
    {
        auto window = openWindow();
        QVERIFY(window->caseModel()->totalCount() >= 0 && !window->viewsModel()->isRefreshing());
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->caseView()->setFocus();
        QLineEdit *keywords = named<QLineEdit>(window.get(), QStringLiteral("Keywords in description"));
        QTest::keyClick(window->caseView(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), keywords);
        QTest::keyClicks(keywords, QStringLiteral("backup"));
        QVERIFY(waitForList(*window, "search_key", QStringLiteral("backup")));
        QTest::keyClick(keywords, Qt::Key_Escape);
        QVERIFY(waitForList(*window, "search_key", {}));
        QVERIFY(keywords->text().isEmpty());
    }

    void refreshAsksForTheCountsAfterTheList()
    {
        auto window = openWindow();
        QVERIFY(window->caseModel()->totalCount() >= 0 && !window->viewsModel()->isRefreshing());
        const int counts = int(requestsTo(kCountPath).size());
        QAction *refresh = window->findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        refresh->trigger();
        QTRY_COMPARE(int(requestsTo(kCountPath).size()), counts + 1);
        // The list first, the counts after its answer.
        const QList<sim::RecordedRequest> lists = requestsTo(kListPath);
        QVERIFY(lists.last().serial < requestsTo(kCountPath).last().serial);
    }

    void countsTimerRunsOnlyWhileShown()
    {
        auto window = openWindow();
        QVERIFY(window->caseModel()->totalCount() >= 0 && !window->viewsModel()->isRefreshing());
        QCOMPARE(window->countsTimer().interval(), 60 * 1000);
        QVERIFY(!window->countsTimer().isActive()); // never shown yet
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->countsTimer().isActive());
        window->setWindowState(Qt::WindowMinimized);
        QTRY_VERIFY(!window->countsTimer().isActive());
        window->setWindowState(Qt::WindowNoState);
        QTRY_VERIFY(window->countsTimer().isActive());
        window->hide();
        QVERIFY(!window->countsTimer().isActive());
    }

    void everyControlHasAnAccessibleName()
    {
        auto window = openWindow();
        QVERIFY(window->caseModel()->totalCount() >= 0 && !window->viewsModel()->isRefreshing());
        const QList<QWidget *> controls = window->filterBar()->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : controls) {
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QDateEdit *>(widget)) {
                if (widget->parentWidget() != window->filterBar())
                    continue; // the parts inside a control (a date edit's own line edit)
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
                ++checked;
            }
        }
        QCOMPARE(checked, 10);
        QVERIFY(!window->viewsPane()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestCaseViews)
#include "tst_caseviews.moc"
