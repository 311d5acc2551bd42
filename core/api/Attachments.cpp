#include "Attachments.h"

#include "Operation.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPromise>

namespace osm::api {

namespace {
const Operation kListAccessoryAccessUrls{"list_accessory_access_urls", "GET",
                                         "/v2/servicerequest/accessorys/access-urls"};
const Operation kUploadAccessory{"upload_accessory", "POST", "/v2/servicerequest/accessorys"};
const Operation kUploadAccessoryJson{"upload_accessory_json", "POST",
                                     "/v2/servicerequest/accessorys/json-format-content"};
const Operation kDeleteAccessory{"delete_accessory", "DELETE", "/v2/servicerequest/accessory/{accessory_id}"};
const Operation kDownloadAccessory{"download_accessory", "GET",
                                   "/v2/servicerequest/accessory/{accessory_id}"};
const Operation kShowAccessoryImage{"show_accessory_image", "GET",
                                    "/v2/servicerequest/accessory/{accessory_id}/image"};
const Operation kShowAccessoryLimits{"show_accessory_limits", "GET", "/v2/servicerequest/accessorylimits"};

constexpr int kUploadSilenceMs = 120000; // an upload fails when nothing moves for this long

QString fromReason()
{
    return QCoreApplication::translate("osm::api::Attachments", "it must be “incident” (for a new case) or "
                                                                "“message” (for a message).");
}

Validator &checkFrom(Validator &validator, const char *field, const QString &from)
{
    static const QRegularExpression known(QStringLiteral("^(incident|message)$"));
    return validator.required(field, from)
        .maxLength(field, from, 32)
        .pattern(field, from, known, fromReason());
}

// Like ApiClient::call, with the call handed to `transfer` for progress and cancellation.
template <typename T>
QFuture<Result<T>> sendTracked(ApiClient &client, ApiRequest request, Transfer *transfer)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    ApiCall *call = client.send(std::move(request));
    if (transfer)
        transfer->follow(call);
    QObject::connect(call, &ApiCall::finished, call, [promise, call] {
        if (call->ok())
            promise->addResult(Result<T>(T::fromJson(call->json().toObject())));
        else
            promise->addResult(Result<T>(call->error()));
        promise->finish();
    });
    return future;
}

Error accessoryIdError(const QString &id)
{
    return Validator().required("accessory_id", id).maxLength("accessory_id", id, 32).error();
}

} // namespace

Error AccessoryAccessUrlsParams::validate() const
{
    return Validator()
        .minItems("accessory_ids", accessoryIds.size(), 1)
        .maxItems("accessory_ids", accessoryIds.size(), 100)
        .eachMaxLength("accessory_ids", accessoryIds, 64)
        .maxLength("group_id", groupId, 64)
        .error();
}

QueryItems AccessoryAccessUrlsParams::query() const
{
    // The reference's request example puts group_id first.
    return QueryBuilder().add("group_id", groupId).add("accessory_ids", accessoryIds).items();
}

QFuture<Result<AccessoryUrlList>> listAccessoryAccessUrls(ApiClient &client,
                                                          const AccessoryAccessUrlsParams &params)
{
    return run<AccessoryUrlList>(client, kListAccessoryAccessUrls, {}, params.query(), params.validate());
}

QString UploadAccessoryParams::effectiveFileName() const
{
    return fileName.isEmpty() ? QFileInfo(filePath).fileName() : fileName;
}

Error UploadAccessoryParams::validate() const
{
    const QFileInfo info(filePath);
    if (filePath.isEmpty() || !info.isFile() || !info.isReadable()) {
        return Error::validation(
            QStringLiteral("file"),
            QCoreApplication::translate("osm::api::Attachments", "the file “%1” cannot be read.")
                .arg(QDir::toNativeSeparators(filePath)));
    }
    Validator validator;
    const QString name = effectiveFileName();
    validator.required("fileName", name).maxLength("fileName", name, 512);
    checkFrom(validator, "accessoryFrom", accessoryFrom);
    validator.range("uploadType", uploadType, 0, 1);
    validator.maxLength("form_data", QString::fromUtf8(formData()), 5000);
    return validator.error();
}

QByteArray UploadAccessoryParams::formData() const
{
    const QJsonObject form{
        {QStringLiteral("fileName"), effectiveFileName()},
        {QStringLiteral("accessoryFrom"), accessoryFrom},
        {QStringLiteral("uploadType"), uploadType},
    };
    return QJsonDocument(form).toJson(QJsonDocument::Compact);
}

QFuture<Result<UploadedAccessory>> uploadAccessory(ApiClient &client, const UploadAccessoryParams &params,
                                                   Transfer *transfer)
{
    if (const Error invalid = params.validate())
        return QtFuture::makeReadyFuture(Result<UploadedAccessory>(invalid));
    MultipartBody body;
    MultipartBody::Part file;
    file.name = "file";
    file.filePath = params.filePath;
    file.fileName = params.effectiveFileName();
    file.contentType = "application/octet-stream";
    MultipartBody::Part form;
    form.name = "form_data";
    form.data = params.formData();
    body.parts = {file, form};

    ApiRequest request = makeRequest(kUploadAccessory, {});
    request.setMultipart(std::move(body));
    request.timeoutMs = kUploadSilenceMs;
    return sendTracked<UploadedAccessory>(client, std::move(request), transfer);
}

Error UploadAccessoryJsonParams::validate() const
{
    Validator validator;
    validator.required("accessory_name", accessoryName).maxLength("accessory_name", accessoryName, 512);
    checkFrom(validator, "accessory_from", accessoryFrom);
    validator.range("upload_type", uploadType, 0, 1);
    if (data.isEmpty())
        validator.required("accessory_data", QString());
    return validator.error();
}

QJsonObject UploadAccessoryJsonParams::body() const
{
    QJsonObject body{
        {QStringLiteral("accessory_name"), accessoryName},
        {QStringLiteral("accessory_from"), accessoryFrom},
        {QStringLiteral("accessory_data"), QString::fromLatin1(data.toBase64())},
    };
    if (uploadType)
        body.insert(QStringLiteral("upload_type"), *uploadType);
    return body;
}

QFuture<Result<UploadedAccessory>>
uploadAccessoryJson(ApiClient &client, const UploadAccessoryJsonParams &params, Transfer *transfer)
{
    if (const Error invalid = params.validate())
        return QtFuture::makeReadyFuture(Result<UploadedAccessory>(invalid));
    const QJsonObject body = params.body();
    ApiRequest request = makeRequest(kUploadAccessoryJson, {}, {}, &body);
    request.timeoutMs = kUploadSilenceMs;
    return sendTracked<UploadedAccessory>(client, std::move(request), transfer);
}

QFuture<Result<Acknowledgement>> deleteAccessory(ApiClient &client, const QString &accessoryId)
{
    return run<Acknowledgement>(client, kDeleteAccessory, {accessoryId}, {}, accessoryIdError(accessoryId));
}

Error DownloadAccessoryParams::validate() const
{
    Validator validator;
    validator.minItems("accessory_id", accessoryIds.size(), 1);
    for (const QString &id : accessoryIds) {
        validator.required("accessory_id", id).maxLength("accessory_id", id, 32);
        static const QRegularExpression noComma(QStringLiteral("^[^,]*$"));
        validator.pattern(
            "accessory_id", id, noComma,
            QCoreApplication::translate("osm::api::Attachments", "an id may not contain a comma."));
    }
    validator.maxLength("accessory_id", pathArgument(), 340).maxLength("group_id", groupId, 64);
    return validator.error();
}

QString DownloadAccessoryParams::pathArgument() const
{
    return accessoryIds.join(QLatin1Char(','));
}

Download *downloadAccessories(ApiClient &client, const DownloadAccessoryParams &params, const QString &folder,
                              QObject *parent)
{
    const Error invalid = params.validate();
    ApiRequest request =
        makeRequest(kDownloadAccessory, {invalid ? QStringLiteral("-") : params.pathArgument()},
                    QueryBuilder().add("group_id", params.groupId).items());
    const QString fallback = params.accessoryIds.size() == 1
                                 ? QStringLiteral("attachment-%1").arg(params.accessoryIds.first())
                                 : QStringLiteral("attachments.zip");
    return new Download(client, std::move(request), folder, fallback, invalid, parent);
}

Download *showAccessoryImage(ApiClient &client, const QString &accessoryId, const QString &folder,
                             const QString &groupId, QObject *parent)
{
    const Error invalid = Validator()
                              .required("accessory_id", accessoryId)
                              .maxLength("accessory_id", accessoryId, 32)
                              .maxLength("group_id", groupId, 64)
                              .error();
    ApiRequest request = makeRequest(kShowAccessoryImage, {invalid ? QStringLiteral("-") : accessoryId},
                                     QueryBuilder().add("group_id", groupId).items());
    return new Download(client, std::move(request), folder, QStringLiteral("image-%1").arg(accessoryId),
                        invalid, parent);
}

QFuture<Result<AccessoryLimits>> showAccessoryLimits(ApiClient &client)
{
    return run<AccessoryLimits>(client, kShowAccessoryLimits, {}, {});
}

} // namespace osm::api
