// The case list's proxy (ui::CaseListProxyModel) answers sort and keyword filter from the rows' typed fields
// (issue 8, figure 4). Its answers must be those of the generic QSortFilterProxyModel it replaced, configured as
// the main window does, for every keyword in the texts of the list's columns; patterns fall back to the generic
// path.
#include "DemoCredentials.h"
#include "Server.h"
#include "model/CaseStatus.h"
#include "models/CaseListModel.h"
#include "models/CaseListProxyModel.h"
#include "models/KeywordMatcher.h"
#include "net/ApiClient.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace osm;
using osm::ui::CaseListModel;
using osm::ui::CaseListProxyModel;

class TestCaseListProxyModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CaseListModel> m_model;

    static void configure(QSortFilterProxyModel &proxy, CaseListModel *model)
    {
        // As MainWindow::buildCaseView does.
        proxy.setSourceModel(model);
        proxy.setSortRole(CaseListModel::RawValueRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(-1);
    }

    static QStringList ids(const QAbstractItemModel &proxy)
    {
        QStringList list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list.append(proxy.index(row, CaseListModel::Id).data(CaseListModel::CaseIdRole).toString());
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
        m_model = std::make_unique<CaseListModel>();
        m_model->setPageSize(100);
        m_model->setClient(m_client.get());
        QTRY_VERIFY(m_model->totalCount() > 0 && !m_model->isLoading());
        QCOMPARE(qint64(m_model->rowCount()), m_model->totalCount());
    }

    void cleanup()
    {
        m_model.reset();
        m_client.reset();
        m_server.reset();
    }

    void sortsLikeTheGenericProxy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column : {int(CaseListModel::Created), int(CaseListModel::Status), int(CaseListModel::Product),
                           int(CaseListModel::Submitter), int(CaseListModel::Id)}) {
            QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
        }
    }

    void sortsLikeTheGenericProxy()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        CaseListProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel generic;
        configure(proxy, m_model.get());
        configure(generic, m_model.get());
        proxy.sort(column, Qt::SortOrder(order));
        generic.sort(column, Qt::SortOrder(order));
        // Equal keys may come in either order: compare the sort keys row by row.
        QCOMPARE(proxy.rowCount(), generic.rowCount());
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, column).data(CaseListModel::RawValueRole),
                     generic.index(row, column).data(CaseListModel::RawValueRole));
        if (column == CaseListModel::Created) {
            // Newest first, really: the dates are valid and descend.
            const QDateTime first = proxy.index(0, column).data(CaseListModel::RawValueRole).toDateTime();
            const QDateTime last = proxy.index(proxy.rowCount() - 1, column).data(CaseListModel::RawValueRole).toDateTime();
            QVERIFY(first.isValid() && last.isValid());
            QVERIFY(order == Qt::DescendingOrder ? first > last : first < last);
        }
    }

    void keywordFilterMatchesTheGenericProxy()
    {
        CaseListProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel generic;
        configure(proxy, m_model.get());
        configure(generic, m_model.get());
        // Keywords from each searched column of real rows, in another case, plus one that matches nothing.
        const CaseSummary &first = m_model->caseAt(0);
        const CaseSummary &last = m_model->caseAt(m_model->rowCount() - 1);
        QStringList keywords{first.incidentId.right(6).toLower(),
                             first.simpleDescription.section(QLatin1Char(' '), 0, 0).toUpper(),
                             last.productCategoryName.toLower(),
                             last.dcName,
                             first.xcustomerName,
                             CaseStatus::displayName(last.status).toLower(),
                             QStringLiteral("no such text anywhere")};
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!m_model->caseAt(row).labels.isEmpty()) {
                keywords.append(m_model->caseAt(row).labels.first().name);
                break;
            }
        }
        for (const QString &keyword : std::as_const(keywords)) {
            if (keyword.trimmed().isEmpty())
                continue;
            proxy.setFilterFixedString(keyword);
            generic.setFilterFixedString(keyword);
            QStringList mine = ids(proxy), theirs = ids(generic);
            mine.sort();
            theirs.sort();
            QCOMPARE(mine, theirs);
            if (keyword != QLatin1String("no such text anywhere"))
                QVERIFY2(!mine.isEmpty(), qPrintable(keyword));
        }
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), m_model->rowCount());
    }

    // The keyword search (KeywordMatcher) answers as QString::contains, in both case modes, for keywords and
    // texts with characters whose case folding is not plain ASCII lower case.
    void keywordMatcherAnswersAsQStringContains()
    {
        const QStringList texts{
            QString(),
            QStringLiteral("Timeout"),
            QStringLiteral("ECS TIMEOUT after 30 s"),
            QStringLiteral("\u5b9e\u4f8b\u8d85\u65f6 timeouT \u6545\u969c"),
            QStringLiteral("time out"),
            QStringLiteral("\u212Aelvin and \u017Ftrasse"),   // KELVIN SIGN folds to k, LONG S to s
            QStringLiteral("stra\u00DFe \u00C9T\u00C9 \u0130stanbul"),
            QString::fromUtf8("\xF0\x90\x90\x80 deseret \xF0\x90\x90\xA8"), // U+10400 / U+10428: one folds to the other
            QStringLiteral("tim"),
        };
        const QStringList keywords{
            QStringLiteral("timeout"), QStringLiteral("TIMEOUT"), QStringLiteral("k"), QStringLiteral("s"),
            QStringLiteral("kelvin"), QStringLiteral("strasse"), QStringLiteral("\u00E9t\u00E9"),
            QStringLiteral("\u8d85\u65f6"), QString::fromUtf8("\xF0\x90\x90\xA8"), QStringLiteral("i"),
            QStringLiteral("timeouts"), QStringLiteral(" "), QStringLiteral("e"),
        };
        for (const Qt::CaseSensitivity cs : {Qt::CaseInsensitive, Qt::CaseSensitive}) {
            for (const QString &keyword : keywords) {
                const ui::KeywordMatcher matcher(keyword, cs);
                for (const QString &text : texts)
                    QVERIFY2(matcher.isIn(text) == text.contains(keyword, cs),
                             qPrintable(QStringLiteral("%1 in %2 (cs %3)").arg(keyword, text).arg(int(cs))));
            }
        }
        QVERIFY(ui::KeywordMatcher(QStringLiteral("k"), Qt::CaseInsensitive).isIn(QStringLiteral("\u212A")));
    }

    void caseSensitivityIsHonoured()
    {
        CaseListProxyModel proxy;
        configure(proxy, m_model.get());
        const QString id = m_model->caseAt(0).incidentId;
        proxy.setFilterFixedString(id.toLower());
        QVERIFY(ids(proxy).contains(id));
        proxy.setFilterCaseSensitivity(Qt::CaseSensitive);
        if (id.toLower() != id)
            QVERIFY(!ids(proxy).contains(id));
        proxy.setFilterFixedString(id);
        QVERIFY(ids(proxy).contains(id));
    }

    void patternsAndSingleColumnsUseTheGenericPath()
    {
        CaseListProxyModel proxy;
        QSortFilterProxyModel generic;
        configure(proxy, m_model.get());
        configure(generic, m_model.get());
        const QString id = m_model->caseAt(0).incidentId;
        const QRegularExpression pattern(QStringLiteral("^%1$").arg(QRegularExpression::escape(id)));
        proxy.setFilterRegularExpression(pattern);
        generic.setFilterRegularExpression(pattern);
        QCOMPARE(ids(proxy), ids(generic));
        QCOMPARE(ids(proxy), QStringList{id});

        proxy.setFilterKeyColumn(CaseListModel::Id);
        proxy.setFilterFixedString(m_model->caseAt(0).productCategoryName);
        QCOMPARE(proxy.rowCount(), 0); // the product is not in the id column
    }

    void rowsArrivingLaterAreSortedAndFiltered()
    {
        // New cases come in through refresh (inserted at the top): the dynamic sort and filter place them.
        CaseListProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        configure(proxy, m_model.get());
        proxy.sort(CaseListModel::Created, Qt::DescendingOrder);
        const int before = proxy.rowCount();
        m_model->refresh();
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(proxy.rowCount(), before);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, CaseListModel::Created).data(CaseListModel::RawValueRole).toDateTime()
                    >= proxy.index(row, CaseListModel::Created).data(CaseListModel::RawValueRole).toDateTime());
    }
};

QTEST_MAIN(TestCaseListProxyModel)
#include "tst_caselistproxymodel.moc"
