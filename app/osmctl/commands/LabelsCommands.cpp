#include "LabelsCommands.h"

#include "api/Labels.h"

namespace osm::ctl {

namespace {

struct LabelIdArgs
{
    qint64 labelId = -1;
};

struct UpdateLabelArgs : api::LabelParams
{
    qint64 labelId = -1;
};

struct CaseIdArgs
{
    QString caseId;
};

} // namespace

CommandGroup LabelsCommands::group()
{
    using List = api::ListLabelsParams;
    using Write = api::LabelParams;
    using CaseLabels = api::CaseLabelsParams;
    const QString caseIdHelp = tr("The case id (1-32 characters).");
    const QString labelIdsHelp = tr("A label id (0 or more); 1-5 labels.");
    return {QStringLiteral("labels"),
            tr("The account's case labels (at most 30) and the labels of a case (at most 5)."),
            {
                CommandBuilder<List>(QStringLiteral("list"), tr("List the account's labels (5.9.2)."))
                    .option(QStringLiteral("offset"), &List::offset, tr("Skip this many labels (0-2147483647, default 0)."))
                    .option(QStringLiteral("limit"), &List::limit, tr("At most this many labels (0-100, default 10)."))
                    .option(QStringLiteral("name"), &List::name, tr("Labels whose name contains this (at most 64 characters)."))
                    .option(QStringLiteral("label-id"), &List::labelId, tr("Only the label with this id (0-2147483647)."))
                    .columns(QStringLiteral("label_list"), {QStringLiteral("label_id"), QStringLiteral("name"), QStringLiteral("color")})
                    .run([](ApiClient &client, const List &p) { return api::listLabels(client, p); }),
                CommandBuilder<Write>(QStringLiteral("create"), tr("Create a label (5.9.1)."))
                    .option(QStringLiteral("name"), &Write::name, tr("The label's name (1-64 characters, unique)."), Need::Required)
                    .option(QStringLiteral("color"), &Write::color, tr("The label's colour, #RRGGBB."), Need::Required)
                    .done(tr("The label was created."))
                    .run([](ApiClient &client, const Write &p) { return api::createLabel(client, p); }),
                CommandBuilder<UpdateLabelArgs>(QStringLiteral("update"), tr("Rename or recolour a label (5.9.4)."))
                    .option(QStringLiteral("label-id"), &UpdateLabelArgs::labelId, tr("The label's id."), Need::Required)
                    .option(QStringLiteral("name"), &UpdateLabelArgs::name, tr("The new name (1-64 characters)."), Need::Required)
                    .option(QStringLiteral("color"), &UpdateLabelArgs::color, tr("The new colour, #RRGGBB."), Need::Required)
                    .done(tr("The label was updated."))
                    .run([](ApiClient &client, const UpdateLabelArgs &p) { return api::updateLabel(client, p.labelId, p); }),
                CommandBuilder<LabelIdArgs>(QStringLiteral("delete"), tr("Delete a label; it is removed from every case (5.9.3)."))
                    .option(QStringLiteral("label-id"), &LabelIdArgs::labelId, tr("The label's id."), Need::Required)
                    .done(tr("The label was deleted."))
                    .run([](ApiClient &client, const LabelIdArgs &p) { return api::deleteLabel(client, p.labelId); }),
                CommandBuilder<CaseIdArgs>(QStringLiteral("case-list"), tr("List the labels of a case (5.9.5)."))
                    .option(QStringLiteral("case-id"), &CaseIdArgs::caseId, caseIdHelp, Need::Required)
                    .run([](ApiClient &client, const CaseIdArgs &p) { return api::listCaseLabels(client, p.caseId); }),
                CommandBuilder<CaseLabels>(QStringLiteral("case-add"), tr("Add labels to a case (5.9.6)."))
                    .option(QStringLiteral("case-id"), &CaseLabels::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("label-ids"), &CaseLabels::labelIds, labelIdsHelp, Need::Required)
                    .done(tr("The labels were added to the case."))
                    .run([](ApiClient &client, const CaseLabels &p) { return api::addCaseLabels(client, p); }),
                CommandBuilder<CaseLabels>(QStringLiteral("case-remove"), tr("Remove labels from a case (5.9.7)."))
                    .option(QStringLiteral("case-id"), &CaseLabels::caseId, caseIdHelp, Need::Required)
                    .option(QStringLiteral("label-ids"), &CaseLabels::labelIds, labelIdsHelp, Need::Required)
                    .done(tr("The labels were removed from the case."))
                    .run([](ApiClient &client, const CaseLabels &p) { return api::deleteCaseLabels(client, p); }),
            }};
}

} // namespace osm::ctl
