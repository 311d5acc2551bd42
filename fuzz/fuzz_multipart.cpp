// libFuzzer target: the simulator's multipart/form-data reader (sim/http/Multipart). Input: the request's
// Content-Type on the first line, then the body. Every part it returns must be a slice of the body that does
// not run into a delimiter (a part's data always follows a CRLF, so it may not start with one either).
#include "http/Multipart.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    const QByteArray contentType = input.left(newline);
    const QByteArray body = input.mid(newline + 1);
    const QByteArray boundary = osm::sim::Multipart::boundaryOf(contentType);
    if (boundary.isEmpty())
        return 0;
    QString problem;
    const std::optional<QList<osm::sim::Multipart::Part>> parts = osm::sim::Multipart::parse(body, boundary, &problem);
    if (!parts) {
        if (problem.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const QByteArray delimiter = "--" + boundary;
    for (const osm::sim::Multipart::Part &part : *parts) {
        if (!part.data.isEmpty() && !body.contains(part.data))
            std::abort();
        if (part.data.contains("\r\n" + delimiter) || part.data.startsWith(delimiter)) {
            std::fprintf(stderr, "Multipart: part \"%s\" runs into a delimiter\n", part.name.constData());
            std::abort();
        }
        (void)osm::sim::Multipart::find(*parts, part.name);
    }
    return 0;
}
