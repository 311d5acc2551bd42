#include "CasesCommands.h"

#include "api/CaseQueries.h"

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

} // namespace

CommandGroup CasesCommands::group()
{
    using List = api::ListCasesParams;
    using Count = api::CountCasesParams;
    using Logs = api::ListCaseOperateLogsParams;
    const QString trimHelp =
        tr("false: keep the rich-text markup in descriptions and messages (default true: plain text).");
    return {QStringLiteral("cases"),
            tr("Support cases: list, show, count, status, logs."),
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
            }};
}

} // namespace osm::ctl
