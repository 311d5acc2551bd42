#include "AgreementsCommands.h"

#include "api/Agreements.h"

namespace osm::ctl {

namespace {

struct TypeArgs
{
    int agreementType = Agreement::NewCaseNormalUser;
};

} // namespace

CommandGroup AgreementsCommands::group()
{
    using Sign = api::SignAgreementParams;
    const QString typeHelp = tr("0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.");
    return {QStringLiteral("agreements"),
            tr("The agreements to sign before creating a case: published, signed-latest, sign."),
            {
                CommandBuilder<TypeArgs>(QStringLiteral("published"),
                                         tr("Show the latest published agreement of a type (5.1.1)."))
                    .option(QStringLiteral("agreement-type"), &TypeArgs::agreementType, typeHelp)
                    .run([](ApiClient &client, const TypeArgs &p) {
                        return api::showPublishedAgreement(client, p.agreementType);
                    }),
                CommandBuilder<TypeArgs>(QStringLiteral("signed-latest"),
                                         tr("Tell whether the account signed the latest agreement of a type (5.1.2)."))
                    .option(QStringLiteral("agreement-type"), &TypeArgs::agreementType, typeHelp)
                    .run([](ApiClient &client, const TypeArgs &p) {
                        return api::checkLatestAgreementSigned(client, p.agreementType);
                    }),
                CommandBuilder<Sign>(QStringLiteral("sign"),
                                     tr("Sign a published agreement (5.1.3); prints the record id \"cases create\" "
                                        "takes as --agreement-signed-record-id."))
                    .option(QStringLiteral("id"), &Sign::id,
                            tr("The agreement's id, as \"agreements published\" shows it (1-2147483647)."),
                            Need::Required)
                    .option(QStringLiteral("relation-id"), &Sign::relationId, tr("A relation id (1-32 characters)."))
                    .run([](ApiClient &client, const Sign &p) { return api::signAgreement(client, p); }),
            }};
}

} // namespace osm::ctl
