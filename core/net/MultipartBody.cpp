#include "MultipartBody.h"

#include <QRandomGenerator>

namespace osm {

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + boundary;
}

QByteArray MultipartBody::newBoundary()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return "osmdesk-" + random.toHex();
}

} // namespace osm
