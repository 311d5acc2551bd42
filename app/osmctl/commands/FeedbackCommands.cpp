#include "FeedbackCommands.h"

#include "api/Feedback.h"

#include <type_traits>

namespace osm::ctl {

namespace {

// The nested objects ip (IntellectualPropertyV2) and contacts (ContactWayInfoV2) are flattened into options
// named after their own fields (--ip-type, --mobile…): no name of theirs clashes with a top-level field.
struct ReportArgs : api::ReportFeedbackParams
{
    // The core names a nested field "contacts.mobile": name the option (--mobile) instead.
    Error validate() const
    {
        Error error = api::ReportFeedbackParams::validate();
        if (error.field() == QLatin1String("ip"))
            error.setField(QStringLiteral("ip_type")); // infringement without any --ip-* option
        else if (error.field().contains(QLatin1Char('.')))
            error.setField(error.field().section(QLatin1Char('.'), -1));
        return error;
    }
};

using Apply = std::function<QString(ReportArgs &, const QStringList &)>;

api::IntellectualProperty &ipOf(ReportArgs &p)
{
    if (!p.ip)
        p.ip.emplace(); // any --ip-* option sends the ip object
    return *p.ip;
}

api::ReportContacts &contactsOf(ReportArgs &p)
{
    return p.contacts;
}

// Sets a text (last value) or list (every value) field of a nested object.
template <typename Part, typename Field>
Apply into(Part &(*part)(ReportArgs &), Field Part::*field)
{
    return [part, field](ReportArgs &p, const QStringList &values) {
        if constexpr (std::is_same_v<Field, QStringList>)
            part(p).*field = values;
        else
            part(p).*field = values.constLast();
        return QString();
    };
}

} // namespace

CommandGroup FeedbackCommands::group()
{
    using P = ReportArgs;
    using Ip = api::IntellectualProperty;
    using Contacts = api::ReportContacts;
    const QString text = OptionValue::textName();
    const auto textOption = [&text](const QString &name, const QString &help, bool required = false) {
        return OptionInfo{name, text, help, required, false};
    };
    const auto listOption = [&text](const QString &name, const QString &help) {
        return OptionInfo{name, text, help, false, true};
    };
    return {QStringLiteral("feedback"),
            tr("Report an intellectual-property infringement or illegal information on Huawei Cloud."),
            {
                CommandBuilder<P>(QStringLiteral("create"),
                                  tr("Report an infringement or illegal information (5.16.1)."))
                    .option(QStringLiteral("type"), &P::type, tr("What is reported: infringement or illegal."), Need::Required)
                    .option(QStringLiteral("title"), &P::title,
                            tr("\"<product or service>; <website URL>\" (at most 2048 characters)."))
                    .option(QStringLiteral("content"), &P::content, tr("What is reported (1-5000 characters)."),
                            Need::Required)
                    .option(QStringLiteral("files"), &P::files,
                            tr("An uploaded attachment's id (1-32 characters); 1-3."), Need::Required)
                    .option(QStringLiteral("report-type"), &P::reportType,
                            tr("For illegal information: sex breach, gamble breach, policy breach, fraud breach, "
                               "virtual currency breach, proxy server breach, ICP undocumented, sensitive message, "
                               "violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam."))
                    .option(QStringLiteral("complaint-name"), &P::complaintName,
                            tr("The reported party or merchant (at most 255 characters)."))
                    .option(QStringLiteral("complaint-product-name"), &P::complaintProductName,
                            tr("The infringing product or service (at most 255 characters)."))
                    .custom(textOption(QStringLiteral("ip-type"),
                                       tr("The infringed right (ip.ip_type, required for infringement): copyright, "
                                          "trademark, patent or other.")),
                            into(&ipOf, &Ip::ipType))
                    .custom(textOption(QStringLiteral("ip-area"),
                                       tr("Where the right is registered (ip.ip_area, at most 128 characters).")),
                            into(&ipOf, &Ip::ipArea))
                    .custom(textOption(QStringLiteral("ip-number"),
                                       tr("The registration or application number (ip.ip_number, at most 512 "
                                          "characters).")),
                            into(&ipOf, &Ip::ipNumber))
                    .custom(textOption(QStringLiteral("ip-content"),
                                       tr("The right, in short (ip.ip_content, required for infringement, at most "
                                          "5000 characters).")),
                            into(&ipOf, &Ip::ipContent))
                    .custom(listOption(QStringLiteral("ip-files"),
                                       tr("An attachment id proving the right (ip.ip_files); at most 3.")),
                            into(&ipOf, &Ip::ipFiles))
                    .custom(textOption(QStringLiteral("name"),
                                       tr("Your name (contacts.name, required for infringement, at most 512 "
                                          "characters).")),
                            into(&contactsOf, &Contacts::name))
                    .custom(textOption(QStringLiteral("mobile"),
                                       tr("Your mobile number (contacts.mobile, required for infringement, at most "
                                          "32 characters).")),
                            into(&contactsOf, &Contacts::mobile))
                    .custom(textOption(QStringLiteral("mail"),
                                       tr("Your e-mail address (contacts.mail, required for infringement, at most "
                                          "128 characters).")),
                            into(&contactsOf, &Contacts::mail))
                    .custom(textOption(QStringLiteral("area"),
                                       tr("Your country or region (contacts.area, at most 128 characters).")),
                            into(&contactsOf, &Contacts::area))
                    .custom(textOption(QStringLiteral("address"),
                                       tr("Your address (contacts.address, at most 512 characters).")),
                            into(&contactsOf, &Contacts::address))
                    .custom({QStringLiteral("id-type"), OptionValue::numberName(),
                             tr("Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, "
                                "22 lawyer, 23 right owner."),
                             true, false},
                            [](P &p, const QStringList &values) {
                                QString problem;
                                p.contacts.idType = OptionValue::toInt(QStringLiteral("id-type"), values.constLast(),
                                                                       &problem);
                                return problem;
                            })
                    .custom(textOption(QStringLiteral("company-name"),
                                       tr("Your company (contacts.company_name, at most 512 characters).")),
                            into(&contactsOf, &Contacts::companyName))
                    .custom(listOption(QStringLiteral("id-files"),
                                       tr("An attachment id proving your identity (contacts.id_files); at most 3.")),
                            into(&contactsOf, &Contacts::idFiles))
                    .custom(textOption(QStringLiteral("other-way"),
                                       tr("Another way to reach you (contacts.other_way, at most 512 characters).")),
                            into(&contactsOf, &Contacts::otherWay))
                    .custom(listOption(QStringLiteral("authorization-files"),
                                       tr("An attachment id proving your authorisation (contacts.authorization_files); "
                                          "at most 3.")),
                            into(&contactsOf, &Contacts::authorizationFiles))
                    .done(tr("The report was sent."))
                    .run([](ApiClient &client, const P &p) { return api::createReportFeedback(client, p); }),
            }};
}

} // namespace osm::ctl
