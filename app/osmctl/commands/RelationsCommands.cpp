#include "RelationsCommands.h"

#include "api/Relations.h"

namespace osm::ctl {

namespace {

struct CaseIdArgs
{
    QString caseId;
};

} // namespace

CommandGroup RelationsCommands::group()
{
    using Create = api::CreateCaseRelationParams;
    using Delete = api::DeleteCaseRelationParams;
    const QString caseIdHelp = tr("The case id (1-32 characters).");
    const QString groupIdHelp = tr("The IAM group id (1-64 characters).");
    return {QStringLiteral("relations"),
            tr("Related cases: a case is related to at most 3 others."),
            {
                CommandBuilder<CaseIdArgs>(QStringLiteral("list"), tr("List the cases related to a case (5.12.3)."))
                    .option(QStringLiteral("case-id"), &CaseIdArgs::caseId, caseIdHelp, Need::Required)
                    .run([](ApiClient &client, const CaseIdArgs &p) { return api::listCaseRelations(client, p.caseId); }),
                CommandBuilder<Create>(QStringLiteral("create"), tr("Relate cases to a case (5.12.1)."))
                    .option(QStringLiteral("case-id"), &Create::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("related-id-list"), &Create::relatedIdList,
                            tr("A case to relate (1-64 characters, not --case-id); 1-3 cases."), Need::Required)
                    .option(QStringLiteral("group-id"), &Create::groupId, groupIdHelp, Need::Required)
                    .done(tr("The cases were related."))
                    .run([](ApiClient &client, const Create &p) { return api::createCaseRelation(client, p); }),
                CommandBuilder<Delete>(QStringLiteral("delete"), tr("Remove the relation between two cases (5.12.2)."))
                    .option(QStringLiteral("case-id"), &Delete::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("related-id"), &Delete::relatedId,
                            tr("The related case (1-64 characters, not --case-id)."), Need::Required)
                    .option(QStringLiteral("group-id"), &Delete::groupId, groupIdHelp, Need::Required)
                    .done(tr("The relation was removed."))
                    .run([](ApiClient &client, const Delete &p) { return api::deleteCaseRelation(client, p); }),
            }};
}

} // namespace osm::ctl
