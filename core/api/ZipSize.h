#pragma once

#include <QtGlobal>
#include <optional>

class QIODevice;

namespace osm::api {

// The unpacked size of a ZIP archive: the sum of the uncompressed sizes its central directory declares (ZIP64
// sizes included), read without unpacking anything. Nothing when the device is not a readable ZIP archive.
// For 5.5.6 limit_zip_decompress_size, checked by the client before an upload and by osm-sim on receipt.
std::optional<qint64> zipUncompressedSize(QIODevice &device);

} // namespace osm::api
