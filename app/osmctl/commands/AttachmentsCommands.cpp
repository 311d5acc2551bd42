#include "AttachmentsCommands.h"

#include "FileTransfer.h"
#include "api/Attachments.h"

#include <QFile>

namespace osm::ctl {

namespace {

// The form_data fields are camelCase in the table; the options are written --file-name, --accessory-from,
// --upload-type, so a refusal names them as typed.
Error withOptionField(Error error)
{
    static const QHash<QString, QString> options{{QStringLiteral("fileName"), QStringLiteral("file_name")},
                                                 {QStringLiteral("accessory_name"), QStringLiteral("file_name")},
                                                 {QStringLiteral("accessoryFrom"), QStringLiteral("accessory_from")},
                                                 {QStringLiteral("uploadType"), QStringLiteral("upload_type")}};
    if (options.contains(error.field()))
        error.setField(options.value(error.field()));
    return error;
}

struct UploadArgs : api::UploadAccessoryParams
{
    bool base64 = false;            // upload_accessory_json instead of the multipart upload
    bool uploadTypeGiven = false;   // upload_type is sent by the JSON variant only when given

    Error validate() const { return withOptionField(api::UploadAccessoryParams::validate()); }
};

struct DownloadArgs : api::DownloadAccessoryParams
{
    QString output;
    QString dir;

    Error validate() const
    {
        const Error invalid = api::DownloadAccessoryParams::validate();
        return invalid ? invalid : FileTransfer::checkDestination(output, dir);
    }
};

struct ImageArgs
{
    QString accessoryId;
    QString groupId;
    QString output;
    QString dir;

    Error validate() const { return FileTransfer::checkDestination(output, dir); }
};

struct IdArgs
{
    QString accessoryId;
};

// 5.5.2: the file's content Base64-encoded in a JSON body (held in memory).
QFuture<Result<UploadedAccessory>> uploadAsJson(ApiClient &client, const UploadArgs &p)
{
    QFile file(p.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return QtFuture::makeReadyFuture(Result<UploadedAccessory>(
            Error::validation(QStringLiteral("file"), AttachmentsCommands::tr("the file cannot be read (%1).")
                                                          .arg(file.errorString()))));
    }
    api::UploadAccessoryJsonParams params;
    params.accessoryName = p.effectiveFileName();
    params.accessoryFrom = p.accessoryFrom;
    if (p.uploadTypeGiven)
        params.uploadType = p.uploadType;
    params.data = file.readAll();
    if (const Error invalid = params.validate())
        return QtFuture::makeReadyFuture(Result<UploadedAccessory>(withOptionField(invalid)));
    return api::uploadAccessoryJson(client, params, FileTransfer::uploadProgress(&client));
}

} // namespace

CommandGroup AttachmentsCommands::group()
{
    using Urls = api::AccessoryAccessUrlsParams;
    const QString groupIdHelp = tr("The IAM group, for an attachment of another member's case (at most 64 characters).");
    const QString outputHelp = tr("Save as this file (replaced if it exists).");
    const QString dirHelp = tr("Save into this folder under the server's file name, made safe and unique (default: "
                               "the current folder).");
    return {QStringLiteral("attachments"),
            tr("Attachments: upload, download, image, delete, limits, download links."),
            {
                CommandBuilder<UploadArgs>(QStringLiteral("upload"),
                                           tr("Upload a file for a new case or a message (5.5.1); prints its id."))
                    .option(QStringLiteral("file"), &UploadArgs::filePath, tr("The local file to upload."),
                            Need::Required)
                    .option(QStringLiteral("file-name"), &UploadArgs::fileName,
                            tr("The name the server keeps (1-512 characters; default the file's own name)."))
                    .option(QStringLiteral("accessory-from"), &UploadArgs::accessoryFrom,
                            tr("incident (for a new case, the default) or message."))
                    .custom({QStringLiteral("upload-type"), OptionValue::numberName(),
                             tr("0 (the default) or 1 (markdown mode)."), false, false},
                            [](UploadArgs &p, const QStringList &values) {
                                QString problem;
                                p.uploadType = OptionValue::toInt(QStringLiteral("upload-type"), values.constLast(),
                                                                  &problem);
                                p.uploadTypeGiven = true;
                                return problem;
                            })
                    .option(QStringLiteral("base64"), &UploadArgs::base64,
                            tr("Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed "
                               "multipart upload; the file is read into memory."))
                    .run([](ApiClient &client, const UploadArgs &p) {
                        if (p.base64)
                            return uploadAsJson(client, p);
                        return api::uploadAccessory(client, p, FileTransfer::uploadProgress(&client));
                    }),
                CommandBuilder<DownloadArgs>(QStringLiteral("download"),
                                             tr("Download attachments (5.5.4); several come as one archive."))
                    .option(QStringLiteral("accessory-id"), &DownloadArgs::accessoryIds,
                            tr("An attachment id (1-32 characters); 340 characters in all at most."), Need::Required)
                    .option(QStringLiteral("group-id"), &DownloadArgs::groupId, groupIdHelp)
                    .option(QStringLiteral("output"), &DownloadArgs::output, outputHelp)
                    .option(QStringLiteral("dir"), &DownloadArgs::dir, dirHelp)
                    .run([](ApiClient &client, const DownloadArgs &p) {
                        return FileTransfer::saved(
                            api::downloadAccessories(client, p, FileTransfer::folderFor(p.output, p.dir)), p.output);
                    }),
                CommandBuilder<ImageArgs>(QStringLiteral("image"),
                                          tr("Download an image attachment as it is displayed (5.5.5)."))
                    .option(QStringLiteral("accessory-id"), &ImageArgs::accessoryId,
                            tr("The attachment id (1-32 characters)."), Need::Required)
                    .option(QStringLiteral("group-id"), &ImageArgs::groupId, groupIdHelp)
                    .option(QStringLiteral("output"), &ImageArgs::output, outputHelp)
                    .option(QStringLiteral("dir"), &ImageArgs::dir, dirHelp)
                    .run([](ApiClient &client, const ImageArgs &p) {
                        return FileTransfer::saved(api::showAccessoryImage(client, p.accessoryId,
                                                                           FileTransfer::folderFor(p.output, p.dir),
                                                                           p.groupId),
                                                   p.output);
                    }),
                CommandBuilder<IdArgs>(QStringLiteral("delete"),
                                       tr("Delete an uploaded attachment that no case or message uses yet (5.5.3)."))
                    .option(QStringLiteral("accessory-id"), &IdArgs::accessoryId,
                            tr("The attachment id (1-32 characters)."), Need::Required)
                    .done(tr("The attachment was deleted."))
                    .run([](ApiClient &client, const IdArgs &p) { return api::deleteAccessory(client, p.accessoryId); }),
                CommandBuilder<NoParams>(QStringLiteral("limits"),
                                         tr("Show how many files, how large and of which types may be attached (5.5.6)."))
                    .run([](ApiClient &client, const NoParams &) { return api::showAccessoryLimits(client); }),
                CommandBuilder<Urls>(QStringLiteral("urls"), tr("Show temporary download links of attachments (5.2.1)."))
                    .option(QStringLiteral("accessory-ids"), &Urls::accessoryIds, tr("An attachment id; 1-100."),
                            Need::Required)
                    .option(QStringLiteral("group-id"), &Urls::groupId, groupIdHelp)
                    .columns(QStringLiteral("accessory_urls"),
                             {QStringLiteral("accessory_id"), QStringLiteral("accessory_name"),
                              QStringLiteral("accessory_url")})
                    .run([](ApiClient &client, const Urls &p) { return api::listAccessoryAccessUrls(client, p); }),
            }};
}

} // namespace osm::ctl
