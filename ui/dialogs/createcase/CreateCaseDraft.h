#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace osm::ui {

// Everything typed or chosen in the create-case wizard, kept as typed so that closing the wizard, a crash or a
// failed submit loses nothing. Stored as one JSON text under the QSettings key createCaseDraft/form (a
// QSettings write is cheap; the wizard syncs it shortly after each change and when it closes).
// Ids, not names: the names follow X-Language and are read again from the server.
struct CreateCaseDraft
{
    QString subTypeId;         // incident_sub_type_id (5.8.5)
    QString productCategoryId; // product_category_id (5.8.5)
    QString businessTypeId;    // business_type_id (5.8.2)
    QString description;       // simple_description
    QString templateText;      // the template last pre-filled: replaced by the next one while left unedited
    QString severityId;        // severity_id (5.8.9)
    QString regionId;          // region_id (5.8.7)
    QJsonObject extendsValues; // extends_map (5.8.3), by param_key
    QStringList files;         // staged local files, in order
    QJsonObject uploaded;      // local path → accessory_id of files already uploaded (not uploaded twice)
    QString areaCode;          // area_code (5.8.1)
    QString remindMobile;      // remind_mobile
    QString remindMail;        // remind_mail
    QString ccEmails;          // extension_map.remindCCEmail, as typed (comma separated)
    QString remindTime;        // remind_time, such as 9:00-18:00
    bool agreementAccepted = false;
    std::optional<qint64> agreementRecordId; // agreement_signed_record_id once signed (not signed twice)

    bool isEmpty() const;
    QJsonObject toJson() const;
    static CreateCaseDraft fromJson(const QJsonObject &json);

    static CreateCaseDraft load();
    void save() const; // written to QSettings (synced by the caller's timer or at close)
    static void clear();
    static void sync(); // flushes QSettings to disk

    friend bool operator==(const CreateCaseDraft &, const CreateCaseDraft &) = default;
};

} // namespace osm::ui
