#include "CreateCaseDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace osm::ui {

namespace {

const QString kKey = QStringLiteral("createCaseDraft/form");
const QString kGroup = QStringLiteral("createCaseDraft");

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

bool CreateCaseDraft::isEmpty() const
{
    return *this == CreateCaseDraft{};
}

QJsonObject CreateCaseDraft::toJson() const
{
    QJsonObject json{
        {QStringLiteral("subTypeId"), subTypeId},
        {QStringLiteral("productCategoryId"), productCategoryId},
        {QStringLiteral("businessTypeId"), businessTypeId},
        {QStringLiteral("description"), description},
        {QStringLiteral("templateText"), templateText},
        {QStringLiteral("severityId"), severityId},
        {QStringLiteral("regionId"), regionId},
        {QStringLiteral("extendsValues"), extendsValues},
        {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("uploaded"), uploaded},
        {QStringLiteral("areaCode"), areaCode},
        {QStringLiteral("remindMobile"), remindMobile},
        {QStringLiteral("remindMail"), remindMail},
        {QStringLiteral("ccEmails"), ccEmails},
        {QStringLiteral("remindTime"), remindTime},
        {QStringLiteral("agreementAccepted"), agreementAccepted},
    };
    if (agreementRecordId)
        json.insert(QStringLiteral("agreementRecordId"), QString::number(*agreementRecordId));
    return json;
}

CreateCaseDraft CreateCaseDraft::fromJson(const QJsonObject &json)
{
    CreateCaseDraft d;
    d.subTypeId = str(json, "subTypeId");
    d.productCategoryId = str(json, "productCategoryId");
    d.businessTypeId = str(json, "businessTypeId");
    d.description = str(json, "description");
    d.templateText = str(json, "templateText");
    d.severityId = str(json, "severityId");
    d.regionId = str(json, "regionId");
    d.extendsValues = json.value(QStringLiteral("extendsValues")).toObject();
    for (const QJsonValue &file : json.value(QStringLiteral("files")).toArray())
        d.files.append(file.toString());
    d.uploaded = json.value(QStringLiteral("uploaded")).toObject();
    d.areaCode = str(json, "areaCode");
    d.remindMobile = str(json, "remindMobile");
    d.remindMail = str(json, "remindMail");
    d.ccEmails = str(json, "ccEmails");
    d.remindTime = str(json, "remindTime");
    d.agreementAccepted = json.value(QStringLiteral("agreementAccepted")).toBool();
    bool ok = false;
    const qint64 record = str(json, "agreementRecordId").toLongLong(&ok);
    if (ok)
        d.agreementRecordId = record;
    return d;
}

CreateCaseDraft CreateCaseDraft::load()
{
    const QByteArray text = QSettings().value(kKey).toString().toUtf8();
    return fromJson(QJsonDocument::fromJson(text).object());
}

void CreateCaseDraft::save() const
{
    QSettings().setValue(kKey, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

void CreateCaseDraft::clear()
{
    QSettings settings;
    settings.remove(kGroup);
    settings.sync();
}

void CreateCaseDraft::sync()
{
    QSettings().sync();
}

} // namespace osm::ui
