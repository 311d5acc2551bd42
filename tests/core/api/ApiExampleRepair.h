#pragma once

// A minimal repair of a response example that endpoints.json flags as not valid JSON: each edit's `from`
// must occur exactly once, and the example must still be the text the repair was written for (its SHA-256),
// otherwise the repair refuses to run and says why.

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QString>

#include <utility>

namespace osmtest {

using ExampleEdits = QList<std::pair<QByteArray, QByteArray>>;

inline QByteArray repairedExample(const QByteArray &example, const QByteArray &expectedSha256Hex,
                                  const ExampleEdits &edits, QString *why)
{
    const QByteArray sha = QCryptographicHash::hash(example, QCryptographicHash::Sha256).toHex();
    if (sha != expectedSha256Hex) {
        *why = QStringLiteral("the example text changed (sha256 %1): review the repair").arg(QString::fromLatin1(sha));
        return {};
    }
    QByteArray text = example;
    for (const auto &[from, to] : edits) {
        if (text.count(from) != 1) {
            *why = QStringLiteral("the edit anchor does not occur exactly once: %1").arg(QString::fromUtf8(from));
            return {};
        }
        text.replace(from, to);
    }
    return text;
}

} // namespace osmtest
