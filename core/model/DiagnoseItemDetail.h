#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// ItemResultDetailVo (5.15.2 show_diagnose_item_results): one check item's result with its advice, in
// Chinese and English, and the advice pages of the China site and of the other sites.
struct DiagnoseItemDetail
{
    int status = 0;             // status, 0-65535
    int level = 0;              // level, the item's risk level, 0-65535
    QString suggestion;         // suggestion, repair advice (Chinese)
    QString response;           // response, what the check found
    QString checkId;            // check_id, 0-64
    QString checkName;          // check_name (Chinese)
    QString checkNameEn;        // check_name_en
    QString suggestionUrl;      // suggestion_url (China site, Chinese)
    QString suggestionEn;       // suggestion_en
    QString suggestionUrlEn;    // suggestion_url_en (printed "String suggestion_url_en" in the table)
    QString suggestionUrlIntlZh; // suggestion_url_intl_zh (other sites, Chinese)
    QString suggestionUrlIntlEn; // suggestion_url_intl_en (other sites, English)

    // The name and advice in the UI language: English for "en*", Chinese otherwise; the other language
    // when the wanted one is empty.
    QString name(const QString &language) const;
    QString advice(const QString &language) const;
    // The advice page for the site (DiagnoseItemDetailList::site) and language, with the same fallback.
    QString adviceUrl(int site, const QString &language) const;

    static DiagnoseItemDetail fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseItemDetail &, const DiagnoseItemDetail &) = default;
};

} // namespace osm
