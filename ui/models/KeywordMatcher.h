#pragma once

#include <QList>
#include <QString>
#include <QStringMatcher>

#include <array>
#include <string>

namespace osm::ui {

// Finds a keyword in texts exactly as QString::contains(keyword, cs) does, faster for the common keyword of
// ASCII characters searched case-insensitively (the case list's search field, issue 8 figure 4: 100,000 rows
// of ~150 characters per keystroke). Qt folds the case of every character of every text through its Unicode
// tables; here the keyword is folded once, and a text's character can only match an ASCII keyword character
// if it folds to it: below 128 that is ASCII lower case, above it only a couple of characters (KELVIN SIGN
// folds to "k", LONG S to "s"), listed once from Qt's own tables. The scan looks for the first character's
// few spellings only. Other keywords take Qt's own path.
class KeywordMatcher
{
public:
    KeywordMatcher() = default;
    KeywordMatcher(const QString &keyword, Qt::CaseSensitivity cs)
        : m_keyword(keyword), m_matcher(keyword, cs), m_cs(cs)
    {
        m_ascii = cs == Qt::CaseInsensitive;
        for (const QChar c : keyword) {
            if (c.unicode() >= 128) {
                m_ascii = false;
                break;
            }
        }
        if (m_ascii && !keyword.isEmpty()) {
            m_folded.reserve(keyword.size());
            for (const QChar c : keyword)
                m_folded.push_back(fold(c.unicode()));
            // Every unit that folds to the first character: itself, its other case, the exceptions.
            const char16_t first = m_folded.front();
            m_first = {first, char16_t(QChar::toUpper(char32_t(first))), first, first};
            int more = 2;
            for (const Exception &e : exceptions()) {
                if (e.folded == first && more < int(m_first.size()))
                    m_first[more++] = e.unit;
            }
        }
    }

    bool isIn(QStringView text) const
    {
        if (!m_ascii) {
            return m_cs == Qt::CaseSensitive ? m_matcher.indexIn(text) >= 0
                                             : text.contains(m_keyword, Qt::CaseInsensitive);
        }
        const qsizetype n = qsizetype(m_folded.size());
        if (n == 0)
            return true;
        const char16_t *h = text.utf16();
        const qsizetype last = text.size() - n;
        for (qsizetype i = 0; i <= last; ++i) {
            const char16_t c = h[i];
            if (c != m_first[0] && c != m_first[1] && c != m_first[2] && c != m_first[3])
                continue;
            qsizetype k = 1;
            while (k < n && fold(h[i + k]) == m_folded[k])
                ++k;
            if (k == n)
                return true;
        }
        return false;
    }

private:
    // A character that folds to an ASCII character without being one, and what it folds to.
    struct Exception
    {
        char16_t unit;
        char16_t folded;
    };
    // Found once in Qt's tables. Surrogates fold only as pairs, into other surrogates: never to ASCII.
    static const QList<Exception> &exceptions()
    {
        static const QList<Exception> list = [] {
            QList<Exception> found;
            for (char32_t u = 128; u < 65536; ++u) {
                if (!QChar::isSurrogate(u) && QChar::toCaseFolded(u) < 128)
                    found.append({char16_t(u), char16_t(QChar::toCaseFolded(u))});
            }
            return found;
        }();
        return list;
    }
    // A unit's case folding if that is ASCII, else a unit no ASCII keyword holds.
    static char16_t fold(char16_t c)
    {
        if (c < 128)
            return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        for (const Exception &e : exceptions()) {
            if (e.unit == c)
                return e.folded;
        }
        return 0xFFFF;
    }

    QString m_keyword;
    QStringMatcher m_matcher; // case-sensitive search, its skip table built once
    Qt::CaseSensitivity m_cs = Qt::CaseSensitive;
    std::u16string m_folded; // the keyword case-folded, when m_ascii
    std::array<char16_t, 4> m_first{}; // the units that fold to the keyword's first character
    bool m_ascii = false;
};

} // namespace osm::ui
