// The case list leaving the app: File ▸ Export Cases… (the server's export with the list's query: the
// request's parameters, the file saved under the chosen name, a filter the export lacks applied through the
// listed ids or asked about, a failure and a cancel), File ▸ Save View as CSV… (the loaded rows with the
// visible columns), and the submitter filter's picker fed by list_sub_customers.
#include "DemoCredentials.h"
#include "Server.h"
#include "dialogs/CaseExportFlow.h"
#include "dialogs/SaveViewAsCsv.h"
#include "model/CaseStatus.h"
#include "models/CaseCsvWriter.h"
#include "models/CaseListModel.h"
#include "net/ApiClient.h"
#include "widgets/CaseFilterBar.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace osm;
using osm::ui::CaseExportFlow;
using osm::ui::CaseFilterBar;
using osm::ui::MainWindow;

namespace {
const QString kExportPath = QStringLiteral("/v2/servicerequest/cases/export");
const QString kListPath = QStringLiteral("/v2/servicerequest/cases");

template <typename T> T *named(QWidget *root, const QString &name)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

QList<QByteArray> csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = file.readAll();
    QList<QByteArray> lines = all.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

class TestCaseListExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_out;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    QList<sim::RecordedRequest> requestsTo(const QString &path) const
    {
        QList<sim::RecordedRequest> hits;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.path == path)
                hits.append(request);
        }
        return hits;
    }

    QUrlQuery lastQuery(const QString &path) const
    {
        const QList<sim::RecordedRequest> hits = requestsTo(path);
        return hits.isEmpty() ? QUrlQuery() : QUrlQuery(QString::fromLatin1(hits.last().rawQuery));
    }

    static QString value(const QUrlQuery &query, const char *key)
    {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    }

    QList<sim::CaseRecord> accountCases() const
    {
        QList<sim::CaseRecord> mine;
        for (const auto &record : m_server->dataSet().cases()) {
            if (record.customerId == QLatin1String(sim::demo::kDomainId))
                mine.append(record);
        }
        return mine;
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(m_client.get());
        window->show();
        const bool ready = QTest::qWaitFor(
            [&] { return window->caseModel()->totalCount() >= 0 && !window->caseModel()->isLoading(); }, 10000);
        if (!ready)
            qWarning("the window did not load its first page");
        return window;
    }

    // Waits for the list to answer a query carrying `key=expected`.
    bool waitForList(MainWindow &window, const char *key, const QString &expected)
    {
        return QTest::qWaitFor(
            [&] {
                const QUrlQuery query = lastQuery(kListPath);
                return value(query, key) == expected && !window.caseModel()->isLoading()
                       && window.caseModel()->totalCount() >= 0;
            },
            5000);
    }

    static CaseExportFlow *exportFlow(MainWindow &window, const QString &target)
    {
        auto *flow = window.findChild<CaseExportFlow *>();
        flow->setFileChooser([target](const QString &suggested) {
            if (!suggested.endsWith(QLatin1String(".csv")))
                qWarning("suggested %s", qPrintable(suggested));
            return target;
        });
        flow->setConfirmer([](const QString &question) {
            qWarning("unexpected question: %s", qPrintable(question));
            return false;
        });
        return flow;
    }

    static void trigger(MainWindow &window, const char *objectName)
    {
        auto *action = window.findChild<QAction *>(QLatin1String(objectName));
        QVERIFY2(action, objectName);
        QVERIFY(!action->text().isEmpty());
        action->trigger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_out.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_caselistexport"));
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

    // ---- the plan: list_cases' query → export_cases' query ----

    void planMapsTheListQuery()
    {
        api::ListCasesParams list;
        list.queryStartTime = QStringLiteral("2026-01-01 00:00:00");
        list.queryEndTime = QStringLiteral("2026-02-01 23:59:59");
        list.status = 3;
        list.xCustomerId = QStringLiteral("sub-1");
        list.incidentId = QStringLiteral("TS1");
        list.searchKey = {QStringLiteral("disk")};
        const CaseExportFlow::Plan plan = CaseExportFlow::plan(list, {}, false);
        QVERIFY(plan.unsupported.isEmpty());
        QVERIFY(!plan.byCaseIds);
        QVERIFY(!plan.params.validate());
        QCOMPARE(plan.params.queryStartTime, list.queryStartTime);
        QCOMPARE(plan.params.queryEndTime, list.queryEndTime);
        QCOMPARE(plan.params.status, std::optional<qint64>(3));
        QCOMPARE(plan.params.subCustomerId, QStringLiteral("sub-1")); // x_customer_id is the sub-user id
        QCOMPARE(plan.params.incidentIds, QStringList{QStringLiteral("TS1")});
        QCOMPARE(plan.params.searchKey, QStringLiteral("disk"));
        QCOMPARE(plan.params.limit, std::optional<qint64>(-1));
    }

    void planNamesWhatTheExportLacks()
    {
        api::ListCasesParams list;
        list.searchKey = {QStringLiteral("disk"), QStringLiteral("full")};
        list.labelIdList = {4};
        list.incidentStatuses = QStringLiteral("5"); // Paused
        list.groupId = QStringLiteral("g1");
        // Not all listed: asked, not by ids.
        CaseExportFlow::Plan plan = CaseExportFlow::plan(list, {QStringLiteral("TS1")}, false);
        QCOMPARE(plan.unsupported.size(), 4);
        QVERIFY(!plan.byCaseIds);
        QVERIFY(plan.params.incidentIds.isEmpty());
        QVERIFY(plan.params.searchKey.isEmpty());
        // All listed: the ids carry those filters.
        plan = CaseExportFlow::plan(list, {QStringLiteral("TS1"), QStringLiteral("TS2")}, true);
        QVERIFY(plan.byCaseIds);
        QCOMPARE(plan.params.incidentIds, (QStringList{QStringLiteral("TS1"), QStringLiteral("TS2")}));
        // Too many ids for incident_id (3400 characters): asked again.
        QStringList many;
        for (int i = 0; i < 200; ++i)
            many.append(QStringLiteral("TS2026000000000000%1").arg(i, 4, 10, QLatin1Char('0')));
        plan = CaseExportFlow::plan(list, many, true);
        QVERIFY(!plan.byCaseIds);
    }

    // ---- File ▸ Export Cases… ----

    void exportsWithTheListsFilters()
    {
        auto window = openWindow();
        CaseFilterBar *bar = window->filterBar();
        // Status Completed and created from long ago: both filters of the export's table.
        QComboBox *status = named<QComboBox>(bar, QStringLiteral("Status filter"));
        choose(status, status->findData(int(CaseStatus::Completed)));
        QVERIFY(waitForList(*window, "status", QStringLiteral("3")));
        named<QDateEdit>(bar, QStringLiteral("Created from date"))->setDate(QDate(2000, 1, 1));
        named<QCheckBox>(bar, QStringLiteral("Created from"))->setChecked(true);
        QVERIFY(waitForList(*window, "query_start_time", QStringLiteral("2000-01-01 00:00:00")));
        const qint64 listed = window->caseModel()->totalCount();
        QVERIFY(listed > 0);

        const QString target = m_out.filePath(QString::fromUtf8("导出 completed.csv"));
        CaseExportFlow *flow = exportFlow(*window, target);
        QSignalSpy finished(flow, &CaseExportFlow::finished);
        trigger(*window, "exportCasesAction");
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(finished.last().at(1).toString(), target);

        const QList<sim::RecordedRequest> exports = requestsTo(kExportPath);
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports.last().method, QByteArray("GET"));
        const QUrlQuery query(QString::fromLatin1(exports.last().rawQuery));
        QCOMPARE(value(query, "status"), QStringLiteral("3"));
        QCOMPARE(value(query, "query_start_time"), QStringLiteral("2000-01-01 00:00:00"));
        QCOMPARE(value(query, "limit"), QStringLiteral("-1"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("incident_id")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("search_key")));

        // The file under the chosen name (the server's name went away), a row per listed case.
        QVERIFY(QFile::exists(target));
        const QList<QByteArray> lines = csvLines(target);
        QVERIFY(lines.constFirst().startsWith("\xEF\xBB\xBF"));
        QCOMPARE(lines.size(), listed + 1);
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files).size(), 1);

        // Said where: a message with the path.
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("exportResultBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(target)), qPrintable(box->text()));
        box->accept();
        QFile::remove(target);
    }

    void aLabelFilterGoesThroughTheListedIds()
    {
        // The label carried by the most cases of the account.
        QHash<int, int> carriers;
        for (const auto &record : accountCases()) {
            if (record.status != 13)
                for (int id : record.labelIds)
                    ++carriers[id];
        }
        QVERIFY(!carriers.isEmpty());
        int labelId = carriers.constBegin().key();
        for (auto it = carriers.constBegin(); it != carriers.constEnd(); ++it) {
            if (it.value() > carriers.value(labelId))
                labelId = it.key();
        }
        auto window = openWindow();
        QComboBox *label = named<QComboBox>(window->filterBar(), QStringLiteral("Label filter"));
        QTRY_VERIFY(label->findData(labelId) > 0);
        choose(label, label->findData(labelId));
        QVERIFY(waitForList(*window, "label_id_list", QString::number(labelId)));
        QTRY_VERIFY(!window->caseModel()->canFetchMore({}));
        QStringList listed;
        for (int row = 0; row < window->caseModel()->rowCount(); ++row)
            listed.append(window->caseModel()->caseAt(row).incidentId);
        QVERIFY(!listed.isEmpty());

        const QString target = m_out.filePath(QStringLiteral("by-label.csv"));
        CaseExportFlow *flow = exportFlow(*window, target); // the confirmer fails: no question expected
        QSignalSpy finished(flow, &CaseExportFlow::finished);
        trigger(*window, "exportCasesAction");
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.last().at(0).toBool());
        const QUrlQuery query = lastQuery(kExportPath);
        QCOMPARE(value(query, "incident_id").split(QLatin1Char(',')), listed);
        QCOMPARE(csvLines(target).size(), listed.size() + 1);
        QFile::remove(target);
    }

    void aFilterTheExportLacksIsAskedAbout()
    {
        auto window = openWindow();
        // One case per page: the list is not complete, so a label filter cannot go through ids.
        window->caseModel()->setPageSize(1);
        QComboBox *label = named<QComboBox>(window->filterBar(), QStringLiteral("Label filter"));
        QTRY_VERIFY(label->count() > 1);
        int chosen = -1;
        for (int i = 1; i < label->count() && chosen < 0; ++i) {
            choose(label, i);
            QVERIFY(waitForList(*window, "label_id_list", label->itemData(i).toString()));
            if (window->caseModel()->totalCount() > 1)
                chosen = i;
        }
        QVERIFY2(chosen > 0, "a label carried by two cases");

        auto *flow = exportFlow(*window, m_out.filePath(QStringLiteral("never.csv")));
        QString asked;
        flow->setConfirmer([&asked](const QString &question) {
            asked = question;
            return false;
        });
        trigger(*window, "exportCasesAction");
        QVERIFY2(asked.contains(QStringLiteral("label")), qPrintable(asked));
        QTest::qWait(100);
        QVERIFY(requestsTo(kExportPath).isEmpty());
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("never.csv"))));
    }

    void aFailureIsExplained()
    {
        auto window = openWindow();
        m_server->faults().addHttpError(403, 1, kExportPath);
        const QString target = m_out.filePath(QStringLiteral("refused.csv"));
        CaseExportFlow *flow = exportFlow(*window, target);
        QSignalSpy finished(flow, &CaseExportFlow::finished);
        trigger(*window, "exportCasesAction");
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        const QString message = finished.last().at(2).toString();
        QVERIFY(!message.isEmpty());
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("exportResultBox"));
        QVERIFY(box);
        QCOMPARE(box->text(), message);
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files).size(), 0); // no partial file left
    }

    void cancelStopsAndLeavesNothing()
    {
        auto window = openWindow();
        m_server->faults().addLatency(3000, 1, kExportPath);
        const QString target = m_out.filePath(QStringLiteral("cancelled.csv"));
        CaseExportFlow *flow = exportFlow(*window, target);
        QSignalSpy finished(flow, &CaseExportFlow::finished);
        trigger(*window, "exportCasesAction");
        QVERIFY(flow->isRunning());
        QVERIFY(flow->progressDialog());
        // Triggered again while running: no second export.
        trigger(*window, "exportCasesAction");
        // The dialog's Cancel button, as the user presses it.
        auto *cancel = flow->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE(finished.count(), 1); // at once: the download ends when aborted
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(finished.last().at(2).toString().isEmpty()); // cancelled: nothing to explain
        QVERIFY(!flow->isRunning());
        QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("exportResultBox")));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files).size(), 0);
        QVERIFY(requestsTo(kExportPath).size() <= 1);
    }

    // ---- File ▸ Save View as CSV… ----

    void savesTheLoadedRowsWithTheVisibleColumns()
    {
        auto window = openWindow();
        QTableView *view = window->caseView();
        const int rows = window->caseModel()->rowCount();
        QVERIFY(rows > 0);
        // The user hid Region and moved Created first.
        view->horizontalHeader()->setSectionHidden(ui::CaseListModel::Region, true);
        view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(ui::CaseListModel::Created), 0);

        const QString target = m_out.filePath(QStringLiteral("view.csv"));
        auto *saver = window->findChild<ui::SaveViewAsCsv *>();
        QVERIFY(saver);
        saver->setFileChooser([target](const QString &) { return target; });
        QSignalSpy saved(saver, &ui::SaveViewAsCsv::saved);
        trigger(*window, "saveViewAsCsvAction");
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.last().at(1).toInt(), rows);
        QVERIFY(requestsTo(kExportPath).isEmpty()); // local: no export request

        const QList<QByteArray> lines = csvLines(target);
        QCOMPARE(lines.size(), rows + 1);
        QByteArray header = lines.constFirst();
        QVERIFY(header.startsWith("\xEF\xBB\xBF"));
        header = header.mid(3).trimmed();
        const QAbstractItemModel *model = view->model();
        const QList<QByteArray> titles = header.split(',');
        QCOMPARE(titles.size(), ui::CaseListModel::ColumnCount - 1);
        QCOMPARE(QString::fromUtf8(titles.constFirst()),
                 model->headerData(ui::CaseListModel::Created, Qt::Horizontal).toString());
        QVERIFY(!titles.contains(model->headerData(ui::CaseListModel::Region, Qt::Horizontal).toString().toUtf8()));
        // The first row as the view shows it, from its own model (sorted as shown).
        const QByteArray firstRow = lines.at(1).trimmed();
        QVERIFY(firstRow.startsWith(ui::CaseCsvWriter::field(model->index(0, ui::CaseListModel::Created).data().toString())));
        QVERIFY(firstRow.contains(model->index(0, ui::CaseListModel::Id).data().toString().toUtf8()));
        // The status bar says where.
        QVERIFY(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)));
        QFile::remove(target);
    }

    // ---- the submitter picker ----

    void theSubmitterPickerListsSubCustomers()
    {
        QList<sim::DataSet::SubUser> subs;
        for (const auto &user : m_server->dataSet().subUsers()) {
            if (user.domainId == QLatin1String(sim::demo::kDomainId))
                subs.append(user);
        }
        QVERIFY(!subs.isEmpty());
        auto window = openWindow();
        QComboBox *picker = window->filterBar()->submitterPicker();
        QTRY_COMPARE(picker->count(), subs.size());
        QCOMPARE(requestsTo(QStringLiteral("/v2/servicerequest/customers/sub-customers")).size(), 1);

        // The sub-user with the most cases.
        QHash<QString, int> byUser;
        for (const auto &record : accountCases())
            ++byUser[record.xcustomerId];
        int index = -1;
        for (int i = 0; i < picker->count(); ++i) {
            if (index < 0 || byUser.value(picker->itemData(i).toString()) > byUser.value(picker->itemData(index).toString()))
                index = i;
        }
        const QString id = picker->itemData(index).toString();
        QVERIFY(picker->itemText(index).contains(id)); // name and ID
        choose(picker, index);
        QVERIFY(waitForList(*window, "x_customer_id", id));
        QCOMPARE(window->filterBar()->filter().submitterId, id);
        QVERIFY(window->caseModel()->rowCount() > 0);
        for (int row = 0; row < window->caseModel()->rowCount(); ++row)
            QCOMPARE(window->caseModel()->caseAt(row).xcustomerId, id);

        // A typed ID is still a filter.
        window->filterBar()->submitterPicker()->lineEdit()->setText(QStringLiteral("typed-id"));
        window->filterBar()->applyNow();
        QVERIFY(waitForList(*window, "x_customer_id", QStringLiteral("typed-id")));
        QCOMPARE(window->caseModel()->rowCount(), 0);
        // Cleared: no submitter filter.
        window->filterBar()->clear();
        QTRY_VERIFY(!lastQuery(kListPath).hasQueryItem(QStringLiteral("x_customer_id")));
    }
};

QTEST_MAIN(TestCaseListExport)
#include "tst_caselistexport.moc"
