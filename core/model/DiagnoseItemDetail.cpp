#include "DiagnoseItemDetail.h"

#include "JsonRead.h"

namespace osm {

namespace {
bool english(const QString &language)
{
    return language.startsWith(QLatin1String("en"), Qt::CaseInsensitive);
}

QString pick(bool wantEnglish, const QString &zh, const QString &en)
{
    const QString &first = wantEnglish ? en : zh;
    return first.isEmpty() ? (wantEnglish ? zh : en) : first;
}
} // namespace

QString DiagnoseItemDetail::name(const QString &language) const
{
    return pick(english(language), checkName, checkNameEn);
}

QString DiagnoseItemDetail::advice(const QString &language) const
{
    return pick(english(language), suggestion, suggestionEn);
}

QString DiagnoseItemDetail::adviceUrl(int site, const QString &language) const
{
    if (site == 0) // the China site
        return pick(english(language), suggestionUrl, suggestionUrlEn);
    return pick(english(language), suggestionUrlIntlZh, suggestionUrlIntlEn);
}

DiagnoseItemDetail DiagnoseItemDetail::fromJson(const QJsonObject &json)
{
    const auto text = [&json](const char *key) { return json::string(json.value(QLatin1String(key))); };
    DiagnoseItemDetail item;
    item.status = int(json::integer(json.value(QLatin1String("status"))));
    item.level = int(json::integer(json.value(QLatin1String("level"))));
    item.suggestion = text("suggestion");
    item.response = text("response");
    item.checkId = text("check_id");
    item.checkName = text("check_name");
    item.checkNameEn = text("check_name_en");
    item.suggestionUrl = text("suggestion_url");
    item.suggestionEn = text("suggestion_en");
    item.suggestionUrlEn = text("suggestion_url_en");
    item.suggestionUrlIntlZh = text("suggestion_url_intl_zh");
    item.suggestionUrlIntlEn = text("suggestion_url_intl_en");
    return item;
}

QJsonObject DiagnoseItemDetail::toJson() const
{
    return QJsonObject{
        {QLatin1String("status"), status},
        {QLatin1String("level"), level},
        {QLatin1String("suggestion"), suggestion},
        {QLatin1String("response"), response},
        {QLatin1String("check_id"), checkId},
        {QLatin1String("check_name"), checkName},
        {QLatin1String("check_name_en"), checkNameEn},
        {QLatin1String("suggestion_url"), suggestionUrl},
        {QLatin1String("suggestion_en"), suggestionEn},
        {QLatin1String("suggestion_url_en"), suggestionUrlEn},
        {QLatin1String("suggestion_url_intl_zh"), suggestionUrlIntlZh},
        {QLatin1String("suggestion_url_intl_en"), suggestionUrlIntlEn},
    };
}

} // namespace osm
