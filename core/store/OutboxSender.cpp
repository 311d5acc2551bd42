#include "OutboxSender.h"

#include "api/Attachments.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QFileInfo>
#include <QJsonObject>

namespace osm {

namespace {
const QString kUploaded = QStringLiteral("uploaded");
}

bool OutboxSender::uploadNextStaged(ApiClient &client, OutboxItem &item, const char *accessoryFrom,
                                    const QString &missingFile, const std::function<void()> &next)
{
    const QJsonObject uploaded = item.payload.value(kUploaded).toObject();
    for (int i = 0; i < item.files.size(); ++i) {
        if (uploaded.contains(QString::number(i)))
            continue;
        api::UploadAccessoryParams params;
        params.filePath = item.files.at(i);
        params.accessoryFrom = QLatin1String(accessoryFrom);
        if (!QFileInfo(params.filePath).isFile()) {
            Q_EMIT failed(Error::validation(QStringLiteral("file"), missingFile));
            return true;
        }
        // `item` belongs to the sender (its member): it lives as long as this callback can run.
        whenReady(api::uploadAccessory(client, params), this,
                  [this, &item, i, next](const Result<UploadedAccessory> &result) {
                      if (!result.ok()) {
                          Q_EMIT failed(result.error()); // an upload repeated costs only an unused id
                          return;
                      }
                      QJsonObject ids = item.payload.value(kUploaded).toObject();
                      ids.insert(QString::number(i), result->accessoryId);
                      item.payload.insert(kUploaded, ids);
                      Q_EMIT progressed(item); // before anything else: a retry does not upload it again
                      next();
                  });
        return true;
    }
    return false;
}

QStringList OutboxSender::uploadedIds(const OutboxItem &item)
{
    const QJsonObject uploaded = item.payload.value(kUploaded).toObject();
    QStringList ids;
    for (int i = 0; i < item.files.size(); ++i)
        ids.append(uploaded.value(QString::number(i)).toString());
    return ids;
}

} // namespace osm
