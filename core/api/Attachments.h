#pragma once

#include "model/AccessoryLimits.h"
#include "model/AccessoryUrlList.h"
#include "model/Acknowledgement.h"
#include "model/UploadedAccessory.h"
#include "net/ApiClient.h"
#include "net/Download.h"
#include "net/Transfer.h"

#include <QFuture>
#include <QJsonObject>
#include <optional>

namespace osm::api {

// Attachments (5.2.1 and 5.5): upload (multipart, streamed from the file; or JSON with Base64 content),
// delete, download to disk (one file, or several as the server's archive), image display, limits, batch
// download links. Check files with checkAccessoryLimits() (AccessoryLimitCheck.h) against
// show_accessory_limits before uploading.

// The accessoryFrom / accessory_from values of the tables: an attachment for a new case or for a message.
inline constexpr const char *kAccessoryFromIncident = "incident";
inline constexpr const char *kAccessoryFromMessage = "message";

// 5.2.1 list_accessory_access_urls
struct AccessoryAccessUrlsParams
{
    QStringList accessoryIds; // accessory_ids, 1-100, sent as repeated keys
    QString groupId;          // group_id, ≤ 64: needed for attachments of other cases of the same IAM group

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<AccessoryUrlList>> listAccessoryAccessUrls(ApiClient &client,
                                                          const AccessoryAccessUrlsParams &params);

// 5.5.1 upload_accessory: multipart/form-data with parts "file" (streamed from filePath) and "form_data" (a
// JSON text {"fileName","accessoryFrom","uploadType"}, 1-5000 characters). A POST: never repeated once it may
// have arrived. `transfer` (optional) reports upload progress and cancels.
struct UploadAccessoryParams
{
    QString filePath; // the local file, required
    QString fileName; // fileName, 1-512; empty: the file's own name
    QString accessoryFrom = QLatin1String(kAccessoryFromIncident); // accessoryFrom: incident | message
    int uploadType = 0;                                            // uploadType: 0 default, 1 markdown mode

    QString effectiveFileName() const;
    Error validate() const;
    QByteArray formData() const; // the form_data part: compact JSON, uploadType as the number the table says
};
QFuture<Result<UploadedAccessory>> uploadAccessory(ApiClient &client, const UploadAccessoryParams &params,
                                                   Transfer *transfer = nullptr);

// 5.5.2 upload_accessory_json ("for the SDK"): the content travels Base64-encoded inside the JSON body, so it
// is held in memory; prefer uploadAccessory() for large files.
struct UploadAccessoryJsonParams
{
    QString accessoryName; // accessory_name, required, 1-512
    QString accessoryFrom =
        QLatin1String(kAccessoryFromIncident); // accessory_from, required, ≤ 32: incident | message
    std::optional<qint64> uploadType;          // upload_type, 0..1
    QByteArray data;                           // the file's bytes (not encoded); accessory_data, required

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<UploadedAccessory>>
uploadAccessoryJson(ApiClient &client, const UploadAccessoryJsonParams &params, Transfer *transfer = nullptr);

// 5.5.3 delete_accessory (path accessory_id, 1-32; no body, as the reference's example shows).
QFuture<Result<Acknowledgement>> deleteAccessory(ApiClient &client, const QString &accessoryId);

// 5.5.4 download_accessory: one attachment, or several (comma-separated in the path, ≤ 340 characters) which
// the server answers with one archive (v1 6.5: "as a compressed package").
struct DownloadAccessoryParams
{
    QStringList accessoryIds; // each 1-32, without commas
    QString groupId;          // group_id, ≤ 64

    Error validate() const;
    QString pathArgument() const; // the ids joined with commas
};
// Saves into `folder` (see Download); the returned object belongs to `parent` (or the caller).
Download *downloadAccessories(ApiClient &client, const DownloadAccessoryParams &params, const QString &folder,
                              QObject *parent = nullptr);

// 5.5.5 show_accessory_image: an image attachment's content for display, saved into `folder`.
Download *showAccessoryImage(ApiClient &client, const QString &accessoryId, const QString &folder,
                             const QString &groupId = {}, QObject *parent = nullptr);

// 5.5.6 show_accessory_limits
QFuture<Result<AccessoryLimits>> showAccessoryLimits(ApiClient &client);

} // namespace osm::api
