#include "LocalSearch.h"

#include "LocalStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace osm {

// Private-use characters: they never occur in what the server writes, so they can mark the matches until
// the text is escaped for HTML.
const QChar LocalSearch::kOpen = QChar(0xE000);
const QChar LocalSearch::kClose = QChar(0xE001);

namespace {

// Per kind: its table, its index, the indexed column(s) to scan, and what a hit reports.
struct Source
{
    const char *table;
    const char *fts;
    QStringList scanColumns;
    const char *messageId;  // the column naming the message, or NULL
    const char *time;       // the column with the message's time, or NULL
    int snippetColumn;      // -1: FTS5 picks the best column
};

Source sourceOf(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Case:
        return {"cache_cases", "cache_cases_fts", {QStringLiteral("case_id"), QStringLiteral("description")},
                "NULL", "NULL", -1};
    case SearchHit::Kind::Message:
        return {"cache_messages", "cache_messages_fts", {QStringLiteral("text")}, "s.message_id",
                "s.create_time", 0};
    case SearchHit::Kind::Attachment:
        return {"cache_attachments", "cache_attachments_fts", {QStringLiteral("name")}, "s.message_id",
                "NULL", 0};
    }
    Q_UNREACHABLE();
}

// The trigram tokenizer indexes three characters at a time: shorter words cannot be looked up in it.
bool indexable(const QString &term)
{
    return term.toUcs4().size() >= 3;
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// What FTS5's snippet() does, for the scanned words: the text around the first match, every match marked.
QString markedSnippet(const QString &text, const QStringList &terms)
{
    constexpr qsizetype kBefore = 24;
    constexpr qsizetype kWindow = 96;
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    const qsizetype start = first > kBefore ? first - kBefore : 0;
    const qsizetype end = std::min(text.size(), start + kWindow);
    const QString window = text.mid(start, end - start);
    QList<bool> marked(window.size(), false);
    for (const QString &term : terms) {
        for (qsizetype at = window.indexOf(term, 0, Qt::CaseInsensitive); at >= 0 && !term.isEmpty();
             at = window.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            for (qsizetype i = at; i < at + term.size(); ++i)
                marked[i] = true;
        }
    }
    QString out = start > 0 ? QStringLiteral("…") : QString();
    for (qsizetype i = 0; i < window.size(); ++i) {
        if (marked.at(i) && (i == 0 || !marked.at(i - 1)))
            out += LocalSearch::kOpen;
        out += window.at(i);
        if (marked.at(i) && (i + 1 == window.size() || !marked.at(i + 1)))
            out += LocalSearch::kClose;
    }
    if (end < text.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace

LocalSearch::LocalSearch(LocalStore &store) : m_store(store) {}

QStringList LocalSearch::terms(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    QStringList result;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString term = match.captured(1).isNull() ? match.captured(2) : match.captured(1);
        term.remove(kOpen);
        term.remove(kClose);
        term = term.trimmed();
        if (!term.isEmpty() && !result.contains(term, Qt::CaseInsensitive))
            result.append(term);
    }
    return result;
}

QString LocalSearch::markedToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(QString(kOpen), QLatin1String("<b>"));
    html.replace(QString(kClose), QLatin1String("</b>"));
    html.replace(QLatin1Char('\n'), QLatin1Char(' ')); // one line per hit
    return html;
}

QList<SearchHit> LocalSearch::search(const QString &text, int limit) const
{
    m_errorText.clear();
    const QStringList words = terms(text);
    if (words.isEmpty())
        return {};
    const bool useIndex = std::all_of(words.cbegin(), words.cend(), indexable);
    QList<SearchHit> hits;
    for (SearchHit::Kind kind : {SearchHit::Kind::Case, SearchHit::Kind::Message, SearchHit::Kind::Attachment})
        hits += useIndex ? indexed(kind, words, limit) : scanned(kind, words, limit);
    return hits;
}

QList<SearchHit> LocalSearch::indexed(SearchHit::Kind kind, const QStringList &words, int limit) const
{
    const Source source = sourceOf(kind);
    // Each word a quoted string: FTS5 syntax in the user's text stays text. Words side by side: all of them.
    QStringList phrases;
    for (QString word : words)
        phrases.append(QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT s.case_id, snippet(%2, %5, ?, ?, '…', 64), %3, %4, c.description "
                                 "FROM %2 JOIN %1 s ON s.id = %2.rowid "
                                 "LEFT JOIN cache_cases c ON c.case_id = s.case_id "
                                 "WHERE %2 MATCH ? ORDER BY %2.rank LIMIT ?")
                      .arg(QLatin1String(source.table), QLatin1String(source.fts), QLatin1String(source.messageId),
                           QLatin1String(source.time))
                      .arg(source.snippetColumn));
    query.addBindValue(QString(kOpen));
    query.addBindValue(QString(kClose));
    query.addBindValue(phrases.join(QLatin1Char(' ')));
    query.addBindValue(limit);
    QList<SearchHit> hits;
    if (!query.exec()) {
        m_errorText = query.lastError().text();
        return hits;
    }
    while (query.next()) {
        SearchHit hit;
        hit.kind = kind;
        hit.caseId = query.value(0).toString();
        hit.snippetHtml = markedToHtml(query.value(1).toString());
        hit.messageId = query.value(2).toString();
        if (!query.value(3).isNull())
            hit.time = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        hit.caseTitle = query.value(4).toString();
        hits.append(hit);
    }
    return hits;
}

QList<SearchHit> LocalSearch::scanned(SearchHit::Kind kind, const QStringList &words, int limit) const
{
    const Source source = sourceOf(kind);
    // Every word somewhere in one of the columns.
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QStringList anyColumn;
        for (const QString &column : source.scanColumns)
            anyColumn.append(QStringLiteral("s.%1 LIKE ? ESCAPE '\\'").arg(column));
        conditions.append(QLatin1Char('(') + anyColumn.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT s.case_id, s.%1, %2, %3, c.description FROM %4 s "
                                 "LEFT JOIN cache_cases c ON c.case_id = s.case_id "
                                 "WHERE %5 ORDER BY s.as_of DESC LIMIT ?")
                      .arg(source.scanColumns.last(), QLatin1String(source.messageId), QLatin1String(source.time),
                           QLatin1String(source.table), conditions.join(QLatin1String(" AND "))));
    for (const QString &word : words)
        for (qsizetype column = 0; column < source.scanColumns.size(); ++column)
            query.addBindValue(likePattern(word));
    query.addBindValue(limit);
    QList<SearchHit> hits;
    if (!query.exec()) {
        m_errorText = query.lastError().text();
        return hits;
    }
    while (query.next()) {
        SearchHit hit;
        hit.kind = kind;
        hit.caseId = query.value(0).toString();
        QString text = query.value(1).toString();
        // A case found by its id: show the id, as snippet() would.
        if (kind == SearchHit::Kind::Case
            && std::none_of(words.cbegin(), words.cend(),
                            [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); }))
            text = hit.caseId;
        hit.snippetHtml = markedToHtml(markedSnippet(text, words));
        hit.messageId = query.value(2).toString();
        if (!query.value(3).isNull())
            hit.time = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        hit.caseTitle = query.value(4).toString();
        hits.append(hit);
    }
    return hits;
}

} // namespace osm
