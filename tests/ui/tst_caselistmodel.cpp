// The case list model against osm-sim: paging with canFetchMore/fetchMore, raw and display roles, and a
// refresh that changes rows in place instead of resetting (selection and scroll survive a poll).
#include "DemoCredentials.h"
#include "Server.h"
#include "models/CaseListModel.h"
#include "net/ApiClient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace osm;
using osm::ui::CaseListModel;

class TestCaseListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    int visibleCases() const
    {
        int n = 0;
        for (const auto &record : m_server->dataSet().cases())
            n += record.status != 13; // deleted cases are not listed unless asked for
        return n;
    }

private Q_SLOTS:
    void init()
    {
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

    void pagesThroughTheServer()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() >= 10);
        const qint64 total = model.totalCount();
        QCOMPARE(total, qint64(visibleCases()));
        QVERIFY(total > 30);
        // The tester itself may already have asked for the next page; either way, paging goes on until the end.
        QTRY_VERIFY(model.canFetchMore({}) || model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (model.canFetchMore({})) {
                    model.fetchMore({});
                    if (model.canFetchMore({}))
                        return false; // must be false while a page is loading
                }
                return model.rowCount() == int(total) && !model.isLoading();
            }(),
            20000);
        QVERIFY(!model.canFetchMore({}));
        // Every page was asked for with offset/limit, 10 at a time.
        int listRequests = 0;
        for (const auto &request : m_server->requests())
            listRequests += request.path == QLatin1String("/v2/servicerequest/cases");
        QCOMPARE(listRequests, int((total + 9) / 10));
        // No case twice.
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, CaseListModel::Id).data().toString());
        QCOMPARE(ids.size(), model.rowCount());
    }

    void rolesCarryRawValuesAndDisplayIsFormatted()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() > 0);
        const QModelIndex status = model.index(0, CaseListModel::Status);
        QCOMPARE(status.data(CaseListModel::RawValueRole).typeId(), QMetaType::Int);
        QVERIFY(!status.data().toString().isEmpty());
        QVERIFY(status.data().toString() != status.data(CaseListModel::RawValueRole).toString());
        const QModelIndex created = model.index(0, CaseListModel::Created);
        QVERIFY(created.data(CaseListModel::RawValueRole).toDateTime().isValid());
        QCOMPARE(model.headerData(CaseListModel::Id, Qt::Horizontal).toString(), QStringLiteral("Case ID"));
    }

    void refreshUpdatesRowsInPlace()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() > 0);
        const int rows = model.rowCount();
        const QString firstId = model.index(0, CaseListModel::Id).data().toString();

        // The server changes the status of the first case and a brand-new case appears.
        auto &cases = m_server->dataSet().cases();
        for (auto &record : cases) {
            if (record.incidentId == firstId)
                record.status = record.status == 3 ? 1 : 3;
        }
        sim::CaseRecord fresh = cases.first();
        fresh.incidentId = QStringLiteral("TS20991231NEWCASE0001");
        fresh.customerId = QString::fromLatin1(sim::demo::kDomainId);
        fresh.status = 0;
        fresh.createTimeMs = QDateTime::currentMSecsSinceEpoch();
        fresh.simpleDescription = QStringLiteral("A case created after the list was read");
        m_server->dataSet().addCase(fresh);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.refresh();
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), rows + 1);
        QCOMPARE(model.index(0, CaseListModel::Id).data().toString(), fresh.incidentId);
        QCOMPARE(changed.size(), 1); // only the case whose status changed
        const int row = model.rowOf(firstId);
        QCOMPARE(row, 1);
        const int status = model.index(row, CaseListModel::Status).data(CaseListModel::RawValueRole).toInt();
        QVERIFY(status == 1 || status == 3);
    }

    void refreshWithoutChangesSignalsNothing()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy loading(&model, &CaseListModel::loadingChanged);
        model.refresh();
        QTRY_COMPARE(loading.size(), 2); // started and finished
        QCOMPARE(changed.size(), 0);
    }

    void replacingTheQueryReloadsFromTheFirstPage()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() >= 10 && !model.isLoading());
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() >= 20 && !model.isLoading());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        api::ListCasesParams completed;
        completed.status = 3;
        completed.offset = 40; // ignored: a new query starts at the first page
        model.setFilter(completed);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        const QUrlQuery query(QString::fromLatin1(m_server->requests().last().rawQuery));
        QCOMPARE(query.queryItemValue(QStringLiteral("status")), QStringLiteral("3"));
        QCOMPARE(query.queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("10"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.caseAt(row).status, 3);
    }

    void refreshDropsCasesThatLeftACompleteList()
    {
        // A status whose cases fit in one page: the refreshed page is the whole list.
        int status = -1;
        for (const int candidate : {0, 2, 4, 12, 17}) {
            int n = 0;
            for (const auto &record : m_server->dataSet().cases())
                n += record.status == candidate;
            if (n >= 2 && n <= CaseListModel::kDefaultPageSize) {
                status = candidate;
                break;
            }
        }
        QVERIFY(status >= 0);
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        api::ListCasesParams params;
        params.status = status;
        model.setFilter(params);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() >= 2 && !model.isLoading());
        const int rows = model.rowCount();
        const QString leaving = model.caseAt(1).incidentId;
        for (auto &record : m_server->dataSet().cases()) {
            if (record.incidentId == leaving)
                record.status = 3; // completed: no longer in this view
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy refreshed(&model, &CaseListModel::refreshed);
        model.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), rows - 1);
        QCOMPARE(model.rowOf(leaving), -1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.caseAt(row).incidentId), row); // the index follows the removal
    }

    void unreadCountChangesOneCell()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QTRY_VERIFY(model.rowCount() > 0);
        const QString id = model.index(2, CaseListModel::Id).data().toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy unread(&model, &CaseListModel::unreadCountChanged);
        model.setUnreadCount(id, 3);
        QCOMPARE(changed.size(), 1);
        // Told on with the case's status, for the views pane's unread totals.
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.first().at(1).toInt(), model.caseAt(2).status);
        QCOMPARE(unread.first().at(2).toInt(), 3);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(2, CaseListModel::Unread));
        QCOMPARE(model.index(2, CaseListModel::Unread).data(CaseListModel::RawValueRole).toInt(), 3);
        model.setUnreadCount(id, 3); // unchanged: no signal
        QCOMPARE(changed.size(), 1);
    }

    void errorsAreReportedNotSwallowed()
    {
        CaseListModel model;
        QSignalSpy failed(&model, &CaseListModel::loadFailed);
        m_server->faults().addBusinessError(QStringLiteral("OSM.01010035"), QStringLiteral("no group permission"), -1);
        model.setClient(m_client.get());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().code(), QStringLiteral("OSM.01010035"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }
};

QTEST_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
