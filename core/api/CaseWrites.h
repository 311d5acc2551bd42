#pragma once

#include "model/Acknowledgement.h"
#include "model/CaseCreated.h"
#include "model/CaseExtendsParamList.h"
#include "model/CustomerRegionList.h"
#include "model/Satisfaction.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace osm::api {

// 5.3 case writes: create a case, change its contacts and extension parameters, rate it, and act on it
// (cancel, close, urge, delete). Every body is written with the names of the reference's tables.

// The keys of extension_map that 5.3.1 documents (create_case takes the same map).
namespace extension {
inline constexpr const char *kContactType = "contactType";                   // contact method
inline constexpr const char *kRemindCcEmail = "remindCCEmail";               // reminder CC e-mails
inline constexpr const char *kRemindEncryptCcEmail = "remindEncryptCCEmail"; // the same, encrypted
inline constexpr const char *kIsReceiveMsgRemind = "isReceiveMsgRemind";     // whether to receive reminders
} // namespace extension

// 5.3.1 update_case_contact_info. Every field is optional; one given must be 1 character or more (an empty
// QString means "not given" and is not sent).
struct UpdateContactInfoParams
{
    QString caseId;           // path case_id, 1-32
    QString areaCode;         // area_code, 1-32
    QString remindMobile;     // remind_mobile, 1-32
    QString remindMail;       // remind_mail, 1-128
    QString remindTime;       // remind_time, 1-16
    QString groupId;          // group_id, 1-64: needed for other cases of the same IAM group
    QJsonObject extensionMap; // extension_map: only the four documented keys (namespace extension)

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> updateCaseContactInfo(ApiClient &client, const UpdateContactInfoParams &params);

// 5.3.2 list_case_extends_params. This endpoint allows a case_id of up to 64 characters.
QFuture<Result<CaseExtendsParamList>> listCaseExtendsParams(ApiClient &client, const QString &caseId,
                                                            const QString &groupId = {});

// 5.3.3 create_case_extends_params
struct CreateCaseExtendsParamsParams
{
    QString caseId;          // path case_id, 1-64
    QString groupId;         // group_id, 1-64
    QString messageId;       // message_id, 1-64: the EXT_PARAM_REQUEST message answered (optional)
    QJsonObject extendsMap;  // extends_map, required: 1-100 entries, keys 1-32 (the 5.8.3 param_key values)

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> createCaseExtendsParams(ApiClient &client, const CreateCaseExtendsParamsParams &params);

// 5.3.4 list_customer_regions
QFuture<Result<CustomerRegionList>> listCustomerRegions(ApiClient &client);

// 5.3.5 create_case. The headers x-phone-verifiedid / x-email-verifiedid are not sent (ApiRequest carries
// no per-request headers yet); verify_code is.
struct CreateCaseParams
{
    static constexpr const char *kSourceId = "83aeb0f2834c4df49826c781d32a963e"; // "currently fixed"

    QString incidentSubTypeId;   // incident_sub_type_id, ≤ 32 (5.8.5)
    QString productCategoryId;   // product_category_id, ≤ 64 (5.8.5)
    QString businessTypeId;      // business_type_id, required, ≤ 512 (5.8.2)
    QString regionId;            // region_id, ≤ 64: required when the problem type's case_type is 5
    QString simpleDescription;   // simple_description, required, ≤ 2000
    QString sourceId = QString::fromLatin1(kSourceId); // source_id, required, ≤ 32
    QString remindMobile;        // remind_mobile, ≤ 32
    QString remindMail;          // remind_mail, ≤ 128
    QString remindTime;          // remind_time, ≤ 16
    QString projectId;           // project_id, ≤ 64
    QStringList accessoryIds;    // accessory_ids, ≤ 100 (the ids upload_accessory returned)
    QJsonObject extendsMap;      // extends_map, ≤ 100 entries, keys ≤ 32 (5.8.3)
    QJsonObject extensionMap;    // extension_map, ≤ 100 entries, keys ≤ 32 (CC e-mails: extension::kRemindCcEmail)
    QString severityId;          // severity_id, ≤ 64 (5.8.9)
    QString verifyCode;          // verify_code, ≤ 6 (5.13.4)
    // Headers, not body fields: the verified_id of a non-registered reminder mobile / e-mail (5.13.2), 1-32.
    QString phoneVerifiedId;     // x-phone-verifiedid
    QString emailVerifiedId;     // x-email-verifiedid
    QString areaCode;            // area_code, ≤ 32 (5.8.1)
    QString incidentServiceType; // incident_service_type: IncidentService or IntelligentCustomerService
    QStringList sessionIds;      // session_ids, ≤ 5 of ≤ 64
    std::optional<qint64> agreementSignedRecordId; // agreement_signed_record_id (5.1.3)
    QString askForCaseWords;     // ask_for_case_words
    QString agentCode;           // agent_code, a String: "0", "1" or "2"

    Error validate() const;
    QJsonObject body() const; // optional fields only when given
};
QFuture<Result<CaseCreated>> createCase(ApiClient &client, const CreateCaseParams &params);

// 5.3.6 create_case_score
struct CreateCaseScoreParams
{
    QString caseId;                    // path case_id, 1-32
    QString judgement;                 // judgement, required (may be empty), ≤ 400
    QList<Satisfaction> satisfactions; // incident_satisfaction_list, required, 0-100; satisfaction_id 0..9999
    QString groupId;                   // group_id, ≤ 64

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> createCaseScore(ApiClient &client, const CreateCaseScoreParams &params);

// 5.3.8 run_case_action: the action_id query parameter.
enum class CaseAction { Cancel, Close, Press, Delete };
QString actionId(CaseAction action); // "cancel", "close", "press" (urge, 催单), "delete"

struct RunCaseActionParams
{
    QString caseId;                    // path case_id, 1-32
    CaseAction action = CaseAction::Press;
    QString judgement;                 // judgement, ≤ 400
    QString operateDesc;               // operate_desc, ≤ 400
    QString groupId;                   // group_id, ≤ 64
    QList<Satisfaction> satisfactions; // incident_satisfaction_list, ≤ 100: a rating sent with close

    Error validate() const;
    QueryItems query() const;
    QJsonObject body() const; // {} when nothing is given
};
QFuture<Result<Acknowledgement>> runCaseAction(ApiClient &client, const RunCaseActionParams &params);

} // namespace osm::api
