#include "AccessoryLimitCheck.h"

#include "ZipSize.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace osm::api {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / double(AccessoryLimits::kBytesPerMb), 'f', 1);
}

Error refuse(const QString &detail)
{
    return Error::validation(QStringLiteral("file"), detail);
}

} // namespace

Error checkAccessoryLimits(const AccessoryLimits &limits, const QStringList &filePaths, int alreadyAttached)
{
    if (limits.limitCount > 0 && alreadyAttached + filePaths.size() > limits.limitCount)
        return refuse(QCoreApplication::translate(
            "osm::api::AccessoryLimitCheck", "at most %n file(s) may be attached to one case or message.",
            nullptr, limits.limitCount));

    for (const QString &path : filePaths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (!info.isFile() || !info.isReadable())
            return refuse(QCoreApplication::translate("osm::api::AccessoryLimitCheck", "“%1” cannot be read.")
                              .arg(name));
        if (info.size() == 0)
            return refuse(
                QCoreApplication::translate("osm::api::AccessoryLimitCheck", "“%1” is empty.").arg(name));
        const QString extension = info.suffix().toLower();
        if (extension.isEmpty() || !limits.allowsExtension(extension)) {
            //: %1 is a file name, %2 the list of allowed extensions
            return refuse(
                QCoreApplication::translate("osm::api::AccessoryLimitCheck",
                                            "“%1” is not a type of file that may be attached (allowed: %2).")
                    .arg(name, limits.limitFileTypes.join(QLatin1String(", "))));
        }
        if (limits.limitSizeMb > 0 && info.size() > limits.maxFileBytes()) {
            //: %1 is a file name, %2 its size in MB, %3 the largest size allowed in MB
            return refuse(QCoreApplication::translate("osm::api::AccessoryLimitCheck",
                                                      "“%1” is %2 MB; an attachment may be at most %3 MB.")
                              .arg(name, megabytes(info.size()), QLocale().toString(limits.limitSizeMb)));
        }
        if (extension == QLatin1String("zip") && limits.limitZipDecompressSizeMb > 0) {
            QFile file(path);
            const std::optional<qint64> unpacked =
                file.open(QIODevice::ReadOnly) ? zipUncompressedSize(file) : std::nullopt;
            if (!unpacked)
                return refuse(QCoreApplication::translate("osm::api::AccessoryLimitCheck",
                                                          "“%1” could not be read as a ZIP archive.")
                                  .arg(name));
            if (*unpacked > limits.maxZipDecompressBytes()) {
                //: %1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB
                return refuse(QCoreApplication::translate(
                                  "osm::api::AccessoryLimitCheck",
                                  "“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.")
                                  .arg(name, megabytes(*unpacked),
                                       QLocale().toString(limits.limitZipDecompressSizeMb)));
            }
        }
    }
    return {};
}

} // namespace osm::api
