#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace osm {

class LocalStore;

// One place a search matched in the cache.
struct SearchHit
{
    enum class Kind { Case, Message, Attachment };
    Kind kind = Kind::Case;
    QString caseId;
    QString messageId;   // a message, or the message that carried the attachment; empty for a case
    QString caseTitle;   // the case's description when it is cached (plain text)
    QString snippetHtml; // the matched text around the hit, HTML-escaped, each match in <b>…</b>
    QDateTime time;      // the message's time (UTC); invalid for a case
};

// Full-text search over the cache (CaseCache's FTS5 trigram indexes): case ids and descriptions, message
// texts and attachment names of the whole account, offline. Every word must occur (anywhere, also inside a
// word or Chinese text, any case). Words of three characters or more use the index; shorter ones (two
// Chinese characters are a word) are looked up by a scan, which the cache's size allows.
class LocalSearch
{
public:
    static constexpr int kDefaultLimit = 100;

    explicit LocalSearch(LocalStore &store);

    // Cases first, then messages, then attachments; at most `limit` of each kind, the best first.
    QList<SearchHit> search(const QString &text, int limit = kDefaultLimit) const;
    QString errorText() const { return m_errorText; }

    // The words of a query: split at white space; a "quoted phrase" is one word.
    static QStringList terms(const QString &text);
    // `marked` holds the match marks of snippet() (kOpen, kClose): escaped for HTML, the marks made <b>.
    static QString markedToHtml(const QString &marked);
    static const QChar kOpen;
    static const QChar kClose;

private:
    QList<SearchHit> indexed(SearchHit::Kind kind, const QStringList &terms, int limit) const;
    QList<SearchHit> scanned(SearchHit::Kind kind, const QStringList &terms, int limit) const;

    LocalStore &m_store;
    mutable QString m_errorText;
};

} // namespace osm
