#include "CasesCommands.h"

#include "FileTransfer.h"
#include "api/CaseExport.h"
#include "api/CaseQueries.h"
#include "api/CaseWrites.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace osm::ctl {

namespace {

struct ShowArgs : api::ShowCaseDetailParams
{
    QString caseId;
};

struct CaseIdArgs
{
    QString caseId;
};

struct CaseGroupArgs
{
    QString caseId;
    QString groupId;
};

struct ExportArgs : api::ExportCasesParams
{
    QString output;
};

// Map<String,Object> fields (extends_map, extension_map), one entry per option: KEY=VALUE sends VALUE as text,
// KEY:=JSON sends a JSON value (a number, true, an object...).
QString readMap(const QString &option, const QStringList &entries, QJsonObject *map)
{
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const bool asJson = equals > 0 && entry.at(equals - 1) == QLatin1Char(':');
        const QString key = entry.left(asJson ? equals - 1 : equals);
        if (equals < 0 || key.isEmpty())
            return CasesCommands::tr("--%1 expects KEY=VALUE or KEY:=JSON, not \"%2\".").arg(option, entry);
        if (!asJson) {
            map->insert(key, entry.mid(equals + 1));
            continue;
        }
        // Wrapped in an array so that a bare number or string is a JSON document too.
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray("[") + entry.mid(equals + 1).toUtf8() + QByteArray("]"), &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1)
            return CasesCommands::tr("--%1: the value of %2 is not JSON.").arg(option, key);
        map->insert(key, document.array().first());
    }
    return {};
}

// incident_satisfaction_list, one rating per option: SATISFACTION_ID=VALUE, or a JSON object with the fields of
// IncidentSatisfactionV2Do.
QString readSatisfactions(const QString &option, const QStringList &entries, QList<Satisfaction> *list)
{
    for (const QString &entry : entries) {
        if (entry.trimmed().startsWith(QLatin1Char('{'))) {
            const QJsonDocument document = QJsonDocument::fromJson(entry.toUtf8());
            if (!document.isObject())
                return CasesCommands::tr("--%1: \"%2\" is not a JSON object.").arg(option, entry);
            list->append(Satisfaction::fromJson(document.object()));
            continue;
        }
        const QStringList parts = entry.split(QLatin1Char('='));
        bool idOk = false;
        bool valueOk = false;
        Satisfaction satisfaction;
        if (parts.size() == 2) {
            satisfaction.satisfactionId = parts.at(0).trimmed().toInt(&idOk);
            satisfaction.satisfactionValue = parts.at(1).trimmed().toInt(&valueOk);
        }
        if (!idOk || !valueOk)
            return CasesCommands::tr("--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not "
                                     "\"%2\".")
                .arg(option, entry);
        list->append(satisfaction);
    }
    return {};
}

std::optional<api::CaseAction> caseActionNamed(const QString &name)
{
    for (api::CaseAction action : {api::CaseAction::Cancel, api::CaseAction::Close, api::CaseAction::Press,
                                   api::CaseAction::Delete}) {
        if (api::actionId(action) == name)
            return action;
    }
    return std::nullopt;
}

} // namespace

CommandGroup CasesCommands::group()
{
    using List = api::ListCasesParams;
    using Count = api::CountCasesParams;
    using Logs = api::ListCaseOperateLogsParams;
    using Create = api::CreateCaseParams;
    using Action = api::RunCaseActionParams;
    using Score = api::CreateCaseScoreParams;
    using Contact = api::UpdateContactInfoParams;
    using SetExtends = api::CreateCaseExtendsParamsParams;
    const QString caseIdHelp = tr("The case id (1-32 characters).");
    const QString groupIdHelp = tr("The IAM group, for a case of another member (at most 64 characters).");
    const QString mapHelp = tr("KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).");
    const QString ratingHelp =
        tr("A rating: SATISFACTION_ID=VALUE (the ids of \"osmctl config satisfaction-dimensions\"), or a JSON object "
           "with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.");
    const QString trimHelp =
        tr("false: keep the rich-text markup in descriptions and messages (default true: plain text).");
    return {QStringLiteral("cases"),
            tr("Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, "
               "export, contacts, additional parameters, regions."),
            {
                CommandBuilder<List>(QStringLiteral("list"), tr("List cases, with every filter of the API (5.11.9)."))
                    .option(QStringLiteral("search-key"), &List::searchKey,
                            tr("A keyword of the description (at most 64 characters); at most 3."))
                    .option(QStringLiteral("label-id-list"), &List::labelIdList, tr("A label id; at most 5."))
                    .option(QStringLiteral("app-key"), &List::appKey,
                            tr("Matches the case id or the description (at most 64 characters)."))
                    .option(QStringLiteral("incident-id"), &List::incidentId, tr("The case id (at most 32 characters)."))
                    .option(QStringLiteral("query-start-time"), &List::queryStartTime,
                            tr("Created at or after this time, yyyy-MM-dd HH:mm:ss."))
                    .option(QStringLiteral("query-end-time"), &List::queryEndTime,
                            tr("Created at or before this time, yyyy-MM-dd HH:mm:ss."))
                    .option(QStringLiteral("status"), &List::status, tr("The status: 0, 1, 2, 3, 4, 12 or 17."))
                    .option(QStringLiteral("incident-statuses"), &List::incidentStatuses,
                            tr("A list of statuses, sent as given."))
                    .option(QStringLiteral("x-customer-id"), &List::xCustomerId,
                            tr("The cases of this sub-user id (at most 64 characters)."))
                    .option(QStringLiteral("x-customer-name"), &List::xCustomerName,
                            tr("The cases of this sub-user name (at most 64 characters)."))
                    .option(QStringLiteral("group-id"), &List::groupId,
                            tr("The IAM group, for the cases of its other members (at most 64 characters)."))
                    .option(QStringLiteral("offset"), &List::offset, tr("Skip this many cases (0-65535, default 0)."))
                    .option(QStringLiteral("limit"), &List::limit, tr("At most this many cases (0-100, default 10)."))
                    .option(QStringLiteral("product-category-id"), &List::productCategoryId,
                            tr("The product category id (at most 64 characters)."))
                    .option(QStringLiteral("business-type-id"), &List::businessTypeId,
                            tr("The problem type id (at most 32 characters)."))
                    .option(QStringLiteral("incident-sub-type-id"), &List::incidentSubTypeId,
                            tr("The case sub-type id (at most 32 characters)."))
                    .option(QStringLiteral("root-cause"), &List::rootCause, tr("The root cause (at most 32 characters)."))
                    .option(QStringLiteral("incident-service-type"), &List::incidentServiceType,
                            tr("The service type of the case."))
                    .option(QStringLiteral("trim-osm-rich-text-label"), &List::trimOsmRichTextLabel, trimHelp)
                    .columns(QStringLiteral("incident_info_list"),
                             {QStringLiteral("incident_id"), QStringLiteral("status"), QStringLiteral("create_time"),
                              QStringLiteral("product_category_name"), QStringLiteral("business_type_name"),
                              QStringLiteral("simple_description")})
                    .run([](ApiClient &client, const List &p) { return api::listCases(client, p); }),
                CommandBuilder<ShowArgs>(QStringLiteral("show"), tr("Show one case with all its details (5.11.4)."))
                    .option(QStringLiteral("case-id"), &ShowArgs::caseId, tr("The case id (1-32 characters)."),
                            Need::Required)
                    .option(QStringLiteral("group-id"), &ShowArgs::groupId,
                            tr("The IAM group, for a case of another member (at most 64 characters)."))
                    .option(QStringLiteral("trim-osm-rich-text-label"), &ShowArgs::trimOsmRichTextLabel, trimHelp)
                    .run([](ApiClient &client, const ShowArgs &p) { return api::showCaseDetail(client, p.caseId, p); }),
                CommandBuilder<Count>(QStringLiteral("count"), tr("Count the cases by status (5.11.3)."))
                    .option(QStringLiteral("status"), &Count::status, tr("Only this status: 0-4 or 13."))
                    .option(QStringLiteral("product-category-id"), &Count::productCategoryId,
                            tr("The product category id (at most 64 characters)."))
                    .option(QStringLiteral("business-type-id"), &Count::businessTypeId,
                            tr("The problem type id (at most 32 characters)."))
                    .run([](ApiClient &client, const Count &p) { return api::countCasesByStatus(client, p); }),
                CommandBuilder<CaseIdArgs>(QStringLiteral("status"), tr("Show the status of a case (5.11.7)."))
                    .option(QStringLiteral("case-id"), &CaseIdArgs::caseId, tr("The case id (1-32 characters)."),
                            Need::Required)
                    .run([](ApiClient &client, const CaseIdArgs &p) { return api::showCaseStatus(client, p.caseId); }),
                CommandBuilder<Logs>(QStringLiteral("logs"), tr("List what was done on a case (5.11.5)."))
                    .option(QStringLiteral("case-id"), &Logs::caseId, tr("The case id (1-32 characters)."), Need::Required)
                    .option(QStringLiteral("group-id"), &Logs::groupId,
                            tr("The IAM group, for a case of another member (at most 64 characters)."))
                    .option(QStringLiteral("offset"), &Logs::offset, tr("Skip this many entries (0-65535)."))
                    .option(QStringLiteral("limit"), &Logs::limit, tr("At most this many entries (1-100)."))
                    .run([](ApiClient &client, const Logs &p) { return api::listCaseOperateLogs(client, p); }),
                CommandBuilder<NoParams>(QStringLiteral("cc-emails"), tr("Show the CC e-mails used most recently (5.11.6)."))
                    .run([](ApiClient &client, const NoParams &) { return api::showCcEmails(client); }),
                CommandBuilder<Create>(QStringLiteral("create"), tr("Create a case (5.3.5); prints its id."))
                    .option(QStringLiteral("business-type-id"), &Create::businessTypeId,
                            tr("The problem type id, from \"osmctl config problem-types\" (at most 512 characters)."),
                            Need::Required)
                    .option(QStringLiteral("simple-description"), &Create::simpleDescription,
                            tr("The description of the problem (at most 2000 characters)."), Need::Required)
                    .option(QStringLiteral("incident-sub-type-id"), &Create::incidentSubTypeId,
                            tr("The case sub-type id, from \"osmctl config categories\" (at most 32 characters)."))
                    .option(QStringLiteral("product-category-id"), &Create::productCategoryId,
                            tr("The product category id (at most 64 characters)."))
                    .option(QStringLiteral("region-id"), &Create::regionId,
                            tr("The region id (at most 64 characters); needed when the problem type's case_type is 5."))
                    .option(QStringLiteral("source-id"), &Create::sourceId,
                            tr("The case source (at most 32 characters; default the fixed value the reference gives)."))
                    .option(QStringLiteral("remind-mobile"), &Create::remindMobile,
                            tr("The mobile number for reminders (at most 32 characters)."))
                    .option(QStringLiteral("remind-mail"), &Create::remindMail,
                            tr("The e-mail address for reminders (at most 128 characters)."))
                    .option(QStringLiteral("remind-time"), &Create::remindTime,
                            tr("When reminders may come (at most 16 characters)."))
                    .option(QStringLiteral("project-id"), &Create::projectId, tr("The project id (at most 64 characters)."))
                    .option(QStringLiteral("accessory-ids"), &Create::accessoryIds,
                            tr("An id \"osmctl attachments upload\" printed; at most 100."))
                    .custom({QStringLiteral("extends-map"), tr("key=value"),
                             tr("An additional parameter of the problem type (\"osmctl config extends-params\"); at "
                                "most 100, keys at most 32 characters.")
                                 + QLatin1Char(' ') + mapHelp,
                             false, true},
                            [](Create &p, const QStringList &values) {
                                return readMap(QStringLiteral("extends-map"), values, &p.extendsMap);
                            })
                    .custom({QStringLiteral("extension-map"), tr("key=value"),
                             tr("An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most "
                                "100, keys at most 32 characters.")
                                 + QLatin1Char(' ') + mapHelp,
                             false, true},
                            [](Create &p, const QStringList &values) {
                                return readMap(QStringLiteral("extension-map"), values, &p.extensionMap);
                            })
                    .option(QStringLiteral("severity-id"), &Create::severityId,
                            tr("The severity id, from \"osmctl config severities\" (at most 64 characters)."))
                    .option(QStringLiteral("verify-code"), &Create::verifyCode,
                            tr("The code sent to a contact that is not registered (\"osmctl verify send\"; at most 6 "
                               "characters)."))
                    .option(QStringLiteral("area-code"), &Create::areaCode,
                            tr("The telephone country code of the mobile number (at most 32 characters)."))
                    .option(QStringLiteral("incident-service-type"), &Create::incidentServiceType,
                            tr("IncidentService (a case) or IntelligentCustomerService (online service)."))
                    .option(QStringLiteral("session-ids"), &Create::sessionIds,
                            tr("A session id (at most 64 characters); at most 5."))
                    .option(QStringLiteral("agreement-signed-record-id"), &Create::agreementSignedRecordId,
                            tr("The record \"osmctl agreements sign\" printed."))
                    .option(QStringLiteral("ask-for-case-words"), &Create::askForCaseWords,
                            tr("What the user said to the assistant to ask for a human (online service)."))
                    .option(QStringLiteral("agent-code"), &Create::agentCode,
                            tr("The assistant the case comes from: 0, 1 or 2."))
                    .run([](ApiClient &client, const Create &p) { return api::createCase(client, p); }),
                CommandBuilder<Action>(QStringLiteral("action"),
                                       tr("Cancel, close, urge or delete a case (5.3.8); a close may carry a rating."))
                    .option(QStringLiteral("case-id"), &Action::caseId, caseIdHelp, Need::Required)
                    .custom({QStringLiteral("action"), QStringLiteral("cancel|close|press|delete"),
                             tr("cancel, close, press (urge the engineers) or delete."), true, false},
                            [](Action &p, const QStringList &values) {
                                const std::optional<api::CaseAction> action = caseActionNamed(values.constLast());
                                if (!action)
                                    return tr("--action expects cancel, close, press or delete, not \"%1\".")
                                        .arg(values.constLast());
                                p.action = *action;
                                return QString();
                            })
                    .option(QStringLiteral("operate-desc"), &Action::operateDesc,
                            tr("Why (at most 400 characters)."))
                    .option(QStringLiteral("judgement"), &Action::judgement,
                            tr("With close: a comment on how the case was handled (at most 400 characters)."))
                    .custom({QStringLiteral("incident-satisfaction-list"), tr("rating"),
                             tr("With close:") + QLatin1Char(' ') + ratingHelp, false, true},
                            [](Action &p, const QStringList &values) {
                                return readSatisfactions(QStringLiteral("incident-satisfaction-list"), values,
                                                         &p.satisfactions);
                            })
                    .option(QStringLiteral("group-id"), &Action::groupId, groupIdHelp)
                    .done(tr("Done."))
                    .run([](ApiClient &client, const Action &p) { return api::runCaseAction(client, p); }),
                CommandBuilder<Score>(QStringLiteral("score"), tr("Rate a case (5.3.6)."))
                    .option(QStringLiteral("case-id"), &Score::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("judgement"), &Score::judgement,
                            tr("A comment on how the case was handled (at most 400 characters; default empty)."))
                    .custom({QStringLiteral("incident-satisfaction-list"), tr("rating"), ratingHelp, false, true},
                            [](Score &p, const QStringList &values) {
                                return readSatisfactions(QStringLiteral("incident-satisfaction-list"), values,
                                                         &p.satisfactions);
                            })
                    .option(QStringLiteral("group-id"), &Score::groupId, groupIdHelp)
                    .done(tr("The rating was sent."))
                    .run([](ApiClient &client, const Score &p) { return api::createCaseScore(client, p); }),
                CommandBuilder<ExportArgs>(QStringLiteral("export"),
                                           tr("Export the cases matching the filters to a file (5.3.7); its language "
                                              "follows --language."))
                    .option(QStringLiteral("output"), &ExportArgs::output,
                            tr("The file to write (replaced if it exists)."), Need::Required)
                    .option(QStringLiteral("incident-id"), &ExportArgs::incidentIds,
                            tr("A case id; 3400 characters in all at most."))
                    .option(QStringLiteral("query-start-time"), &ExportArgs::queryStartTime,
                            tr("Created at or after this time, yyyy-MM-dd HH:mm:ss."))
                    .option(QStringLiteral("query-end-time"), &ExportArgs::queryEndTime,
                            tr("Created at or before this time, yyyy-MM-dd HH:mm:ss."))
                    .option(QStringLiteral("status"), &ExportArgs::status, tr("The status: 0, 1, 2, 3, 4, 12 or 17."))
                    .option(QStringLiteral("search-key"), &ExportArgs::searchKey,
                            tr("A keyword of the description (at most 64 characters)."))
                    .option(QStringLiteral("x-customer-name"), &ExportArgs::xCustomerName,
                            tr("The cases of this sub-user name (at most 64 characters)."))
                    .option(QStringLiteral("customer-id"), &ExportArgs::customerId,
                            tr("The user id (at most 64 characters)."))
                    .option(QStringLiteral("sub-customer-id"), &ExportArgs::subCustomerId,
                            tr("The cases of this sub-user id (at most 64 characters)."))
                    .option(QStringLiteral("tenant-source-id-list"), &ExportArgs::tenantSourceIdList,
                            tr("A source id; at most 100."))
                    .option(QStringLiteral("product-category-id"), &ExportArgs::productCategoryId,
                            tr("The product category id (at most 64 characters)."))
                    .option(QStringLiteral("business-type-id"), &ExportArgs::businessTypeId,
                            tr("The problem type id (at most 32 characters)."))
                    .option(QStringLiteral("incident-sub-type-id"), &ExportArgs::incidentSubTypeId,
                            tr("The case sub-type id (at most 32 characters)."))
                    .option(QStringLiteral("root-cause"), &ExportArgs::rootCause,
                            tr("The root cause (at most 32 characters)."))
                    .option(QStringLiteral("incident-service-type"), &ExportArgs::incidentServiceType,
                            tr("The service type of the case (at most 32 characters)."))
                    .option(QStringLiteral("timezone"), &ExportArgs::timezone,
                            tr("The time zone of the file's times, such as GMT+8 (at most 32 characters)."))
                    .option(QStringLiteral("offset"), &ExportArgs::offset, tr("Skip this many cases (-1-65535)."))
                    .option(QStringLiteral("limit"), &ExportArgs::limit,
                            tr("At most this many cases (-1-100; -1: all)."))
                    .check([](const ExportArgs &p) { return FileTransfer::checkDestination(p.output, {}); })
                    .run([](ApiClient &client, const ExportArgs &p) {
                        api::ExportCasesParams params = p;
                        if (params.language.isEmpty())
                            params.language = client.language(); // the table's language, as X-Language
                        return FileTransfer::saved(
                            api::exportCases(client, params, FileTransfer::folderFor(p.output, {})), p.output);
                    }),
                CommandBuilder<Contact>(QStringLiteral("contact"),
                                        tr("Change who is reminded about a case, and how (5.3.1)."))
                    .option(QStringLiteral("case-id"), &Contact::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("area-code"), &Contact::areaCode,
                            tr("The telephone country code of the mobile number (1-32 characters)."))
                    .option(QStringLiteral("remind-mobile"), &Contact::remindMobile,
                            tr("The mobile number for reminders (1-32 characters)."))
                    .option(QStringLiteral("remind-mail"), &Contact::remindMail,
                            tr("The e-mail address for reminders (1-128 characters)."))
                    .option(QStringLiteral("remind-time"), &Contact::remindTime,
                            tr("When reminders may come (1-16 characters)."))
                    .custom({QStringLiteral("extension-map"), tr("key=value"),
                             tr("contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.")
                                 + QLatin1Char(' ') + mapHelp,
                             false, true},
                            [](Contact &p, const QStringList &values) {
                                return readMap(QStringLiteral("extension-map"), values, &p.extensionMap);
                            })
                    .option(QStringLiteral("group-id"), &Contact::groupId, groupIdHelp)
                    .done(tr("The contact information was changed."))
                    .run([](ApiClient &client, const Contact &p) { return api::updateCaseContactInfo(client, p); }),
                CommandBuilder<CaseGroupArgs>(QStringLiteral("extends-params"),
                                              tr("List the additional parameters given for a case (5.3.2)."))
                    .option(QStringLiteral("case-id"), &CaseGroupArgs::caseId, tr("The case id (1-64 characters)."),
                            Need::Required)
                    .option(QStringLiteral("group-id"), &CaseGroupArgs::groupId, groupIdHelp)
                    .columns(QStringLiteral("ext_params"),
                             {QStringLiteral("param_key"), QStringLiteral("param_name"),
                              QStringLiteral("rela_object_properties_value")})
                    .run([](ApiClient &client, const CaseGroupArgs &p) {
                        return api::listCaseExtendsParams(client, p.caseId, p.groupId);
                    }),
                CommandBuilder<SetExtends>(QStringLiteral("set-extends-params"),
                                           tr("Give additional parameters for a case, as an engineer asked (5.3.3)."))
                    .option(QStringLiteral("case-id"), &SetExtends::caseId, tr("The case id (1-64 characters)."),
                            Need::Required)
                    .custom({QStringLiteral("extends-map"), tr("key=value"),
                             tr("A parameter (the param_key of \"osmctl config extends-params\"); 1-100.")
                                 + QLatin1Char(' ') + mapHelp,
                             true, true},
                            [](SetExtends &p, const QStringList &values) {
                                return readMap(QStringLiteral("extends-map"), values, &p.extendsMap);
                            })
                    .option(QStringLiteral("message-id"), &SetExtends::messageId,
                            tr("The message that asked for them (1-64 characters)."))
                    .option(QStringLiteral("group-id"), &SetExtends::groupId, groupIdHelp)
                    .done(tr("The additional parameters were sent."))
                    .run([](ApiClient &client, const SetExtends &p) { return api::createCaseExtendsParams(client, p); }),
                CommandBuilder<NoParams>(QStringLiteral("regions"),
                                         tr("List the regions associated with the account (5.3.4)."))
                    .run([](ApiClient &client, const NoParams &) { return api::listCustomerRegions(client); }),
            }};
}

} // namespace osm::ctl
