// libFuzzer target: a Content-Disposition header from a server (attachment download), parsed, its file name
// decoded (RFC 5987 filename*), then made safe, as the download path does.
#include "net/ContentDisposition.h"
#include "net/FileNameSanitizer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const osm::ContentDisposition disposition = osm::ContentDisposition::parse(header);
    if (disposition.type != disposition.type.toLower())
        std::abort(); // documented as lower case
    for (auto it = disposition.params.cbegin(); it != disposition.params.cend(); ++it) {
        if (it.key() != it.key().toLower())
            std::abort(); // documented as lower-case names
    }
    const QString name = osm::FileNameSanitizer::sanitize(disposition.fileName(), QStringLiteral("attachment"));
    if (name.isEmpty())
        std::abort();
    (void)disposition.param("name");
    return 0;
}
