// libFuzzer target: FileNameSanitizer::sanitize on an untrusted (server-given) name, with the promises of its
// header checked on every output: one visible, safe name that the sanitiser itself leaves unchanged.
#include "net/FileNameSanitizer.h"

#include <QRegularExpression>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "FileNameSanitizer: %s\n  input:  %s\n  output: %s\n", what,
                 input.toUtf8().toPercentEncoding(" ").constData(), output.toUtf8().toPercentEncoding(" ").constData());
    std::abort();
}

bool isForbidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x202E || c == 0x202D || c == 0x2066 || c == 0x2067
           || c == 0x2068 || c == 0x200E || c == 0x200F || c == '/' || c == '\\' || c == '<' || c == '>'
           || c == ':' || c == '"' || c == '|' || c == '?' || c == '*';
}

void check(const QString &input, const QString &fallback)
{
    const QString name = osm::FileNameSanitizer::sanitize(input, fallback);
    if (name.isEmpty())
        fail("empty", input, name);
    if (name.toUtf8().size() > osm::FileNameSanitizer::kMaxBytes)
        fail("longer than kMaxBytes", input, name);
    if (name.startsWith(QLatin1Char('.')) || name.front().isSpace())
        fail("leading dot or space", input, name);
    if (name.endsWith(QLatin1Char('.')) || name.back().isSpace())
        fail("trailing dot or space", input, name);
    for (const char32_t c : name.toUcs4()) {
        if (isForbidden(c))
            fail("forbidden character", input, name);
    }
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(name.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch())
        fail("Windows device name", input, name);
    if (osm::FileNameSanitizer::sanitize(name) != name)
        fail("not stable: sanitising the output changes it", input, name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A NUL byte splits the input into name and fallback (a NUL inside a name is tested by the byte itself too).
    const qsizetype nul = bytes.indexOf('\0');
    const QString name = QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul));
    const QString fallback = nul < 0 ? QString() : QString::fromUtf8(bytes.mid(nul + 1));
    check(name, fallback);
    check(QString::fromUtf8(bytes), QString());
    return 0;
}
