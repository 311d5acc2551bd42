#include "ConfigurationsCommands.h"

#include "api/Configurations.h"

namespace osm::ctl {

namespace {

struct ShowArgs
{
    QString configKey;
};

} // namespace

CommandGroup ConfigurationsCommands::group()
{
    return {QStringLiteral("configurations"),
            tr("Configuration items of the service, by key."),
            {
                CommandBuilder<ShowArgs>(QStringLiteral("show"), tr("Show a configuration item (5.14.1)."))
                    .option(QStringLiteral("config-key"), &ShowArgs::configKey,
                            tr("The item's key (1-128 characters), e.g. case.create-case.diagnose-list."),
                            Need::Required)
                    .run([](ApiClient &client, const ShowArgs &p) { return api::showConfiguration(client, p.configKey); }),
            }};
}

} // namespace osm::ctl
