// CaseCache and LocalSearch: cases, details, messages and lists come back as they were stored, with their
// "as of" time; pages are written in one transaction; the FTS5 trigram index finds Chinese substrings,
// English words in messages and attachment names, with escaped, highlighted snippets.
#include "store/CaseCache.h"
#include "store/LocalSearch.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;

namespace {

CaseSummary summary(const QString &id, const QString &description, int status = 1)
{
    CaseSummary c;
    c.incidentId = id;
    c.simpleDescription = description;
    c.status = status;
    c.productCategoryName = QStringLiteral("ECS");
    c.createTime = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    Label label;
    label.labelId = 7;
    label.name = QStringLiteral("urgent");
    label.color = QStringLiteral("#ff0000");
    c.labels = {label};
    return c;
}

Message message(const QString &id, const QString &content, int minute, const QStringList &files = {})
{
    Message m;
    m.messageId = id;
    m.content = content;
    m.type = Message::SupportMessage;
    m.replierName = QStringLiteral("Engineer");
    m.createTime = QDateTime(QDate(2026, 3, 2), QTime(9, minute), Qt::UTC);
    for (const QString &file : files) {
        Accessory accessory;
        accessory.accessoryId = QStringLiteral("acc-") + file;
        accessory.fileActualName = file;
        m.accessories.append(accessory);
    }
    return m;
}

} // namespace

class TestCaseCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh store and cache per test.
    struct Fixture
    {
        LocalStore store;
        std::unique_ptr<CaseCache> cache;
    };
    std::unique_ptr<Fixture> fresh()
    {
        auto fixture = std::make_unique<Fixture>();
        if (!fixture->store.open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files))))
            return nullptr;
        fixture->cache = std::make_unique<CaseCache>(fixture->store);
        if (!fixture->cache->open())
            return nullptr;
        return fixture;
    }

    static QString html(const QList<SearchHit> &hits)
    {
        QStringList all;
        for (const SearchHit &hit : hits)
            all.append(hit.snippetHtml);
        return all.join(QLatin1String(" | "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void casesRoundTripWithTheirTime()
    {
        auto f = fresh();
        QVERIFY(f);
        const QDateTime asOf(QDate(2026, 11, 23), QTime(18, 30), Qt::UTC);
        const QList<CaseSummary> page = {summary(QStringLiteral("TS1"), QStringLiteral("first")),
                                         summary(QStringLiteral("TS2"), QStringLiteral("second"), 4)};
        QVERIFY2(f->cache->putListPage(QStringLiteral("status=1"), 0, page, asOf), qPrintable(f->cache->errorText()));
        const Cached<QList<CaseSummary>> listed = f->cache->listed(QStringLiteral("status=1"));
        QCOMPARE(listed.value, page);
        QCOMPARE(listed.asOf, asOf);
        QVERIFY(f->cache->listed(QStringLiteral("another query")).value.isEmpty());

        // A second page goes after the first; the first page again starts the list anew.
        QVERIFY(f->cache->putListPage(QStringLiteral("status=1"), 2, {summary(QStringLiteral("TS3"), QStringLiteral("third"))}, asOf));
        QCOMPARE(f->cache->listed(QStringLiteral("status=1")).value.size(), 3);
        QCOMPARE(f->cache->listed(QStringLiteral("status=1")).value.last().incidentId, QStringLiteral("TS3"));
        const QDateTime later = asOf.addSecs(60);
        QVERIFY(f->cache->putListPage(QStringLiteral("status=1"), 0, {summary(QStringLiteral("TS2"), QStringLiteral("changed"))}, later));
        const Cached<QList<CaseSummary>> again = f->cache->listed(QStringLiteral("status=1"));
        QCOMPARE(again.value.size(), 1);
        QCOMPARE(again.value.first().simpleDescription, QStringLiteral("changed"));
        QCOMPARE(again.asOf, later);
        // The case itself stays cached, also outside the list.
        QCOMPARE(f->cache->caseSummary(QStringLiteral("TS1"))->value, page.first());
    }

    void aPageIsOneTransaction()
    {
        auto f = fresh();
        QVERIFY(f);
        QList<CaseSummary> page;
        for (int i = 0; i < 100; ++i)
            page.append(summary(QStringLiteral("TS%1").arg(i), QStringLiteral("case %1").arg(i)));
        // A write that fails half-way leaves nothing: the list's table is taken away under it.
        QSqlQuery sabotage(f->store.database());
        QVERIFY(sabotage.exec(QStringLiteral("ALTER TABLE cache_list_rows RENAME TO moved")));
        QVERIFY(!f->cache->putListPage(QStringLiteral("all"), 0, page));
        QVERIFY(!f->cache->caseSummary(QStringLiteral("TS0")));
        QVERIFY(sabotage.exec(QStringLiteral("ALTER TABLE moved RENAME TO cache_list_rows")));
        QVERIFY(f->cache->putListPage(QStringLiteral("all"), 0, page));
        QCOMPARE(f->cache->listed(QStringLiteral("all")).value.size(), 100);
    }

    void detailsMessagesAndListsRoundTrip()
    {
        auto f = fresh();
        QVERIFY(f);
        CaseDetail detail;
        detail.incidentId = QStringLiteral("TS9");
        detail.simpleDescription = QStringLiteral("detail text");
        detail.severityName = QStringLiteral("Major");
        const QDateTime asOf(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC);
        QVERIFY(f->cache->putDetail(detail, asOf));
        QCOMPARE(f->cache->detail(QStringLiteral("TS9"))->value.severityName, detail.severityName);
        QCOMPARE(f->cache->detail(QStringLiteral("TS9"))->asOf, asOf);
        QVERIFY(!f->cache->detail(QStringLiteral("TS0")));

        const QList<Message> thread = {message(QStringLiteral("m2"), QStringLiteral("<p>later</p>"), 30),
                                       message(QStringLiteral("m1"), QStringLiteral("earlier"), 10,
                                               {QStringLiteral("log.txt")})};
        QVERIFY2(f->cache->putMessages(QStringLiteral("TS9"), thread, asOf), qPrintable(f->cache->errorText()));
        Cached<QList<Message>> cached = f->cache->messages(QStringLiteral("TS9"));
        QCOMPARE(cached.value.size(), 2);
        QCOMPARE(cached.value.at(0).messageId, QStringLiteral("m1")); // oldest first
        QCOMPARE(cached.value.at(0).accessories.size(), 1);
        QCOMPARE(cached.value.at(1).content, QStringLiteral("<p>later</p>"));
        QCOMPARE(cached.asOf, asOf);
        QCOMPARE(f->cache->attachmentCount(QStringLiteral("TS9")), 1);
        // An update of a message (withdrawn) replaces it; the thread does not grow.
        Message withdrawn = thread.first();
        withdrawn.status = -1;
        QVERIFY(f->cache->putMessages(QStringLiteral("TS9"), {withdrawn}, asOf.addSecs(5)));
        cached = f->cache->messages(QStringLiteral("TS9"));
        QCOMPARE(cached.value.size(), 2);
        QCOMPARE(cached.value.at(1).status, -1);
        QCOMPARE(cached.asOf, asOf.addSecs(5));

        const QJsonArray labels = {QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("a")}}};
        QVERIFY(f->cache->putList(QStringLiteral("labels"), labels, asOf));
        QCOMPARE(f->cache->list(QStringLiteral("labels"))->value.toArray(), labels);
        QVERIFY(!f->cache->list(QStringLiteral("severities")));
    }

    void survivesReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            LocalStore store;
            QVERIFY(store.open(path));
            CaseCache cache(store);
            QVERIFY(cache.open());
            QVERIFY(cache.putListPage(QStringLiteral("k"), 0, {summary(QStringLiteral("TS1"), QStringLiteral("kept"))}));
        }
        LocalStore store;
        QVERIFY(store.open(path));
        CaseCache cache(store);
        QVERIFY(cache.open());
        QCOMPARE(cache.listed(QStringLiteral("k")).value.first().simpleDescription, QStringLiteral("kept"));
    }

    void clearEmptiesEverythingAndKeepsWorking()
    {
        auto f = fresh();
        QVERIFY(f);
        QVERIFY(f->cache->putListPage(QStringLiteral("k"), 0, {summary(QStringLiteral("TS1"), QStringLiteral("硬盘故障"))}));
        QVERIFY(f->cache->putMessages(QStringLiteral("TS1"), {message(QStringLiteral("m1"), QStringLiteral("hello world"), 1)}));
        // Another component's table is not the cache's to drop.
        QSqlQuery other(f->store.database());
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE outbox_items (id INTEGER PRIMARY KEY)")));
        QVERIFY2(f->cache->clear(), qPrintable(f->cache->errorText()));
        QVERIFY(f->cache->listed(QStringLiteral("k")).value.isEmpty());
        QVERIFY(f->cache->messages(QStringLiteral("TS1")).value.isEmpty());
        QVERIFY(LocalSearch(f->store).search(QStringLiteral("hello")).isEmpty());
        QVERIFY(f->store.database().tables().contains(QStringLiteral("outbox_items")));
        QVERIFY(f->cache->putListPage(QStringLiteral("k"), 0, {summary(QStringLiteral("TS2"), QStringLiteral("again"))}));
        QCOMPARE(LocalSearch(f->store).search(QStringLiteral("again")).size(), 1);
    }

    void plainTextOfRichContent()
    {
        QCOMPARE(CaseCache::plainText(QStringLiteral("<p>Disk <b>full</b></p><p>a &amp;lt; b &#20013;</p>")),
                 QStringLiteral("Disk full\na &lt; b 中"));
    }

    void searchFindsChineseAndEnglishWithHighlights()
    {
        auto f = fresh();
        QVERIFY(f);
        QVERIFY(f->cache->putListPage(
            QStringLiteral("k"), 0,
            {summary(QStringLiteral("TS100"), QStringLiteral("云服务器磁盘扩容后无法挂载数据盘，请协助处理")),
             summary(QStringLiteral("TS200"), QStringLiteral("Load balancer returns 502 <sometimes>"))}));
        QVERIFY(f->cache->putMessages(
            QStringLiteral("TS200"),
            {message(QStringLiteral("m1"), QStringLiteral("<p>Please restart the <i>listener</i> & try again</p>"), 1,
                     {QStringLiteral("nginx-error.log")}),
             message(QStringLiteral("m2"), QStringLiteral("Nothing relevant"), 2)}));
        LocalSearch search(f->store);

        // A substring in the middle of a Chinese description (index: three characters or more).
        QList<SearchHit> hits = search.search(QStringLiteral("磁盘扩容"));
        QVERIFY2(search.errorText().isEmpty(), qPrintable(search.errorText()));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, SearchHit::Kind::Case);
        QCOMPARE(hits.first().caseId, QStringLiteral("TS100"));
        QVERIFY2(hits.first().snippetHtml.contains(QStringLiteral("<b>磁盘扩容</b>")), qPrintable(html(hits)));

        // Two Chinese characters: below the trigram size, found by the scan, marked the same way.
        hits = search.search(QStringLiteral("挂载"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippetHtml.contains(QStringLiteral("<b>挂载</b>")), qPrintable(html(hits)));

        // An English word inside a message, any case; the hit names the message and the case's title.
        hits = search.search(QStringLiteral("RESTART"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, SearchHit::Kind::Message);
        QCOMPARE(hits.first().caseId, QStringLiteral("TS200"));
        QCOMPARE(hits.first().messageId, QStringLiteral("m1"));
        QVERIFY(hits.first().time.isValid());
        QVERIFY(hits.first().caseTitle.startsWith(QLatin1String("Load balancer")));
        QVERIFY2(hits.first().snippetHtml.contains(QStringLiteral("<b>restart</b>")), qPrintable(html(hits)));
        // The server's text is escaped; only the marks are markup.
        QVERIFY2(hits.first().snippetHtml.contains(QStringLiteral("&amp; try")), qPrintable(html(hits)));
        QVERIFY(!hits.first().snippetHtml.contains(QLatin1String("<i>")));

        // An attachment name.
        hits = search.search(QStringLiteral("nginx-error"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, SearchHit::Kind::Attachment);
        QCOMPARE(hits.first().messageId, QStringLiteral("m1"));
        QVERIFY2(hits.first().snippetHtml.contains(QStringLiteral("<b>nginx-error</b>.log")), qPrintable(html(hits)));

        // Every word must match; markup in the case's text is escaped too.
        hits = search.search(QStringLiteral("balancer 502"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippetHtml.contains(QStringLiteral("&lt;sometimes&gt;")), qPrintable(html(hits)));
        QVERIFY(search.search(QStringLiteral("balancer 503")).isEmpty());
        // FTS5 syntax in the query is taken as text, not as an operator.
        QVERIFY(search.search(QStringLiteral("\"listener OR\" NEAR(")).isEmpty());
        QVERIFY2(search.errorText().isEmpty(), qPrintable(search.errorText()));
        // A case id.
        QCOMPARE(search.search(QStringLiteral("TS100")).size(), 1);
    }

    void markedTextIsEscaped()
    {
        const QString marked = QStringLiteral("a<b>") + LocalSearch::kOpen + QStringLiteral("x&y") + LocalSearch::kClose;
        QCOMPARE(LocalSearch::markedToHtml(marked), QStringLiteral("a&lt;b&gt;<b>x&amp;y</b>"));
        QCOMPARE(LocalSearch::terms(QStringLiteral(" disk  \"full error\" disk ")),
                 (QStringList{QStringLiteral("disk"), QStringLiteral("full error")}));
    }
};

QTEST_GUILESS_MAIN(TestCaseCache)
#include "tst_casecache.moc"
