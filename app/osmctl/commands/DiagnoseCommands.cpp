#include "DiagnoseCommands.h"

#include "api/Diagnosis.h"

namespace osm::ctl {

CommandGroup DiagnoseCommands::group()
{
    using Resources = api::ListDiagnoseVmResourcesParams;
    using Start = api::StartDiagnoseJobParams;
    using Job = api::ShowDiagnoseJobParams;
    using Items = api::ShowDiagnoseItemResultsParams;
    using Records = api::ListDiagnoseRecordsParams;
    using Feedback = api::DiagnoseFeedbackParams;
    const QString typeHelp = tr("The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.");
    const QString regionIdHelp = tr("The region (region_id), e.g. cn-south-1.");
    const QString jobIdHelp = tr("The diagnosis job's id (at most 64 characters).");
    return {QStringLiteral("diagnose"),
            tr("One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses."),
            {
                CommandBuilder<Resources>(QStringLiteral("resources"),
                                          tr("List the VMs of a project that can be diagnosed (5.15.6)."))
                    .option(QStringLiteral("project-id"), &Resources::projectId, tr("The project id."), Need::Required)
                    .option(QStringLiteral("region"), &Resources::region, tr("Only the VMs of this region."))
                    .option(QStringLiteral("offset"), &Resources::offset, tr("The page, counted from 1 (default 1)."))
                    .option(QStringLiteral("limit"), &Resources::limit, tr("VMs per page (1-100, default 5)."))
                    .option(QStringLiteral("vm-id"), &Resources::vmId, tr("Only the VM with this id."))
                    .option(QStringLiteral("eip"), &Resources::eip, tr("Only the VM with this IP address."))
                    .option(QStringLiteral("vm-name"), &Resources::vmName, tr("Only the VMs whose name contains this."))
                    .columns(QStringLiteral("result"),
                             {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                              QStringLiteral("public_ip_address"), QStringLiteral("os_type"), QStringLiteral("fault")})
                    .run([](ApiClient &client, const Resources &p) { return api::listDiagnoseVmResources(client, p); }),
                CommandBuilder<Start>(QStringLiteral("start"), tr("Start a diagnosis; prints its job_id (5.15.5)."))
                    .option(QStringLiteral("type"), &Start::type, typeHelp, Need::Required)
                    .custom({QStringLiteral("params"), tr("key=value"),
                             tr("What to diagnose: vm_id=<id> or eip=<address> (ECS, remote login), "
                                "instanceId=<id> (RDS)."),
                             false, true},
                            [](Start &p, const QStringList &values) {
                                for (const QString &value : values) {
                                    const qsizetype equals = value.indexOf(QLatin1Char('='));
                                    if (equals <= 0) {
                                        //: %1 is the value given; key=value is typed as it is
                                        return tr("--params expects key=value, not \"%1\".").arg(value);
                                    }
                                    p.params.insert(value.left(equals), value.mid(equals + 1));
                                }
                                return QString();
                            })
                    .option(QStringLiteral("region-id"), &Start::regionId, regionIdHelp)
                    .run([](ApiClient &client, const Start &p) { return api::startDiagnoseJob(client, p); }),
                CommandBuilder<Job>(QStringLiteral("job"),
                                    tr("Show how far a diagnosis got, item by item (5.15.3)."))
                    .option(QStringLiteral("job-id"), &Job::jobId, jobIdHelp, Need::Required)
                    .option(QStringLiteral("region-id"), &Job::regionId, regionIdHelp)
                    .columns(QStringLiteral("items_result"),
                             {QStringLiteral("check_id"), QStringLiteral("check_name"), QStringLiteral("resource_name"),
                              QStringLiteral("status"), QStringLiteral("problem_level")})
                    .run([](ApiClient &client, const Job &p) { return api::showDiagnoseJob(client, p); }),
                CommandBuilder<Items>(QStringLiteral("items"),
                                      tr("Show the findings and advice of checks of a diagnosis (5.15.2)."))
                    .option(QStringLiteral("job-id"), &Items::jobId, jobIdHelp, Need::Required)
                    .option(QStringLiteral("item-ids"), &Items::itemIds,
                            tr("A check id (at most 64 characters); at most 100."))
                    .option(QStringLiteral("region-id"), &Items::regionId, regionIdHelp)
                    .columns(QStringLiteral("item_results"),
                             {QStringLiteral("check_id"), QStringLiteral("check_name"), QStringLiteral("level"),
                              QStringLiteral("response"), QStringLiteral("suggestion")})
                    .run([](ApiClient &client, const Items &p) { return api::showDiagnoseItemResults(client, p); }),
                CommandBuilder<Records>(QStringLiteral("records"), tr("List past diagnoses, newest first (5.15.4)."))
                    .option(QStringLiteral("page-size"), &Records::pageSize, tr("Diagnoses per page (1-100, default 10)."))
                    .option(QStringLiteral("page-no"), &Records::pageNo, tr("The page, counted from 1 (default 1)."))
                    .option(QStringLiteral("type"), &Records::type,
                            tr("The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health."))
                    .option(QStringLiteral("region-id"), &Records::regionId, regionIdHelp)
                    .columns(QStringLiteral("records"),
                             {QStringLiteral("job_id"), QStringLiteral("create_time"), QStringLiteral("region"),
                              QStringLiteral("status"), QStringLiteral("red_count")})
                    .run([](ApiClient &client, const Records &p) { return api::listDiagnoseRecords(client, p); }),
                CommandBuilder<Feedback>(QStringLiteral("feedback"),
                                         tr("Say whether your latest diagnosis of a type helped (5.15.1)."))
                    .option(QStringLiteral("type"), &Feedback::type, typeHelp, Need::Required)
                    .custom({QStringLiteral("is-helpful"), OptionValue::booleanName(), tr("Whether it helped."), true,
                             false},
                            [](Feedback &p, const QStringList &values) {
                                QString problem;
                                p.isHelpful = OptionValue::toBoolean(QStringLiteral("is-helpful"), values.constLast(),
                                                                     &problem);
                                return problem;
                            })
                    .option(QStringLiteral("content"), &Feedback::content, tr("Your comment (at most 10000 characters)."))
                    .option(QStringLiteral("region-id"), &Feedback::regionId, regionIdHelp)
                    .done(tr("Thank you: the feedback was sent."))
                    .run([](ApiClient &client, const Feedback &p) { return api::createDiagnoseFeedback(client, p); }),
            }};
}

} // namespace osm::ctl
