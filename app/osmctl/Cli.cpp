#include "Cli.h"

#include "ExitCode.h"
#include "Output.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace osm::ctl {

namespace {

const QString kProfile = QStringLiteral("profile");
const QString kEndpoint = QStringLiteral("endpoint");
const QString kIamEndpoint = QStringLiteral("iam-endpoint");
const QString kJson = QStringLiteral("json");
const QString kLanguage = QStringLiteral("language");
const QString kVerbose = QStringLiteral("verbose");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");

constexpr int kHelpColumn = 30;
constexpr int kLineWidth = 100;

const OptionInfo *findOption(const QList<OptionInfo> &options, const QString &name)
{
    for (const OptionInfo &option : options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

// Word-wraps `text` into lines of at most `width` columns (a word longer than that keeps its own line).
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && Output::displayWidth(line) + 1 + Output::displayWidth(word) > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// "  name      text" with the text wrapped in its column.
QString row(const QString &name, const QString &text)
{
    QString out = QStringLiteral("  ") + name;
    const QStringList lines = wrapped(text, kLineWidth - kHelpColumn);
    const int nameWidth = Output::displayWidth(out);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0 && nameWidth < kHelpColumn - 1)
            out += QString(kHelpColumn - nameWidth, QLatin1Char(' ')) + lines.at(i);
        else
            out += QLatin1Char('\n') + QString(kHelpColumn, QLatin1Char(' ')) + lines.at(i);
    }
    return out + QLatin1Char('\n');
}

} // namespace

Cli::Cli(QList<CommandGroup> groups, QObject *parent) : QObject(parent), m_groups(std::move(groups)) {}

QList<OptionInfo> Cli::globalOptions()
{
    return {
        {kProfile, tr("name"),
         tr("Use this account profile of OSM Desk (its name or id); by default the active one."), false, false},
        {kEndpoint, tr("url"),
         tr("Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally "
            "OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and "
            "OSM_PASSWORD."),
         false, false},
        {kIamEndpoint, tr("url"),
         tr("The IAM endpoint that goes with --endpoint; by default its site's, or --endpoint itself."), false,
         false},
        {kJson, {}, tr("Print the result as JSON, with the API's field names."), false, false},
        {kLanguage, tr("code"),
         tr("Use the language <code> (for example zh_CN, ja, de) instead of LANGUAGE or LANG."), false, false},
        {kVerbose, {}, tr("Log each request on stderr (method, path, status, request id; never credentials)."),
         false, false},
        {kHelp, {}, tr("Show the help of osmctl, of a group or of a command."), false, false},
        {kVersion, {}, tr("Show the version."), false, false},
    };
}

const CommandGroup *Cli::findGroup(const QString &name) const
{
    for (const CommandGroup &group : m_groups) {
        if (group.name == name)
            return &group;
    }
    return nullptr;
}

Cli::Parsed Cli::parse(const QStringList &arguments) const
{
    Parsed parsed;
    const QList<OptionInfo> globals = globalOptions();
    auto setError = [&parsed](const QString &message) {
        if (parsed.error.isEmpty())
            parsed.error = message;
    };

    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && argument == QLatin1String("-h")) {
            parsed.help = true;
            continue;
        }
        if (!optionsEnded && argument.startsWith(QLatin1String("--"))) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
            std::optional<QString> inlineValue;
            if (equals >= 0)
                inlineValue = argument.mid(equals + 1);

            const OptionInfo *option = findOption(globals, name);
            const bool global = option != nullptr;
            if (!option && parsed.command)
                option = findOption(parsed.command->options, name);
            if (!option) {
                if (parsed.command)
                    setError(tr("Unknown option --%1 for \"%2 %3\".").arg(name, parsed.group->name, parsed.command->name));
                else
                    setError(tr("Unknown option --%1.").arg(name));
                continue;
            }
            QString value;
            if (option->valueName.isEmpty()) {
                if (inlineValue) {
                    setError(tr("The option --%1 takes no value.").arg(name));
                    continue;
                }
            } else if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                setError(tr("The option --%1 needs a value.").arg(name));
                continue;
            }

            if (global) {
                if (name == kHelp)
                    parsed.help = true;
                else if (name == kVersion)
                    parsed.version = true;
                else if (name == kJson)
                    parsed.json = true;
                else if (name == kVerbose)
                    parsed.verbose = true;
                else if (name == kProfile)
                    parsed.connection.profile = value;
                else if (name == kEndpoint)
                    parsed.connection.endpoint = value;
                else if (name == kIamEndpoint)
                    parsed.connection.iamEndpoint = value;
                // --language was applied by main() before anything was printed.
                continue;
            }
            QStringList &values = parsed.values[name];
            if (!values.isEmpty() && !option->repeated)
                setError(tr("The option --%1 may be given only once.").arg(name));
            values.append(value);
            continue;
        }
        if (!optionsEnded && argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            setError(tr("Unknown option %1.").arg(argument));
            continue;
        }
        if (!parsed.group) {
            parsed.group = findGroup(argument);
            if (!parsed.group) {
                setError(tr("Unknown command group \"%1\".").arg(argument));
                break;
            }
        } else if (!parsed.command) {
            parsed.command = parsed.group->find(argument);
            if (!parsed.command) {
                setError(tr("\"%1\" has no command \"%2\".").arg(parsed.group->name, argument));
                break;
            }
        } else {
            setError(tr("Unexpected argument \"%1\": values are given with options.").arg(argument));
        }
    }
    return parsed;
}

int Cli::run(const QStringList &arguments)
{
    const Parsed parsed = parse(arguments);
    if (parsed.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("osm.*.info=true"));

    if (parsed.help && (parsed.error.isEmpty() || parsed.group)) {
        // --help wins over a mistake in the options: the user is asking how to write them.
        if (parsed.command)
            Output::toStdout(commandHelp(*parsed.group, *parsed.command));
        else if (parsed.group)
            Output::toStdout(groupHelp(*parsed.group));
        else
            Output::toStdout(topHelp());
        return ExitOk;
    }
    if (parsed.version && parsed.error.isEmpty()) {
        Output::toStdout(QStringLiteral("osmctl %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (!parsed.error.isEmpty())
        return usageError(parsed, parsed.error);
    if (!parsed.group) {
        Output::toStderr(topHelp());
        return ExitUsage;
    }
    if (!parsed.command) {
        Output::toStderr(tr("Choose a command of \"%1\".").arg(parsed.group->name) + QLatin1Char('\n')
                         + groupHelp(*parsed.group));
        return ExitUsage;
    }

    const Prepared prepared = parsed.command->prepare(parsed.values);
    if (!prepared.usageError.isEmpty())
        return usageError(parsed, prepared.usageError);
    if (prepared.validation)
        return usageError(parsed, validationMessage(*parsed.command, prepared.validation));
    return execute(parsed, prepared);
}

QString Cli::validationMessage(const Command &command, const Error &error)
{
    // Refused before sending: name the option as it is typed, not only the API's field.
    const QString message = error.userMessage();
    QString option = error.field();
    option.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (option.isEmpty() || !findOption(command.options, option))
        return message;
    //: %1 is a sentence saying what is wrong, %2 an option such as --limit
    return tr("%1 (option --%2)").arg(message, option);
}

int Cli::usageError(const Parsed &parsed, const QString &message) const
{
    QString hint;
    if (parsed.command)
        hint = tr("Run \"osmctl %1 %2 --help\" for its options.").arg(parsed.group->name, parsed.command->name);
    else if (parsed.group)
        hint = tr("Run \"osmctl %1 --help\" for its commands.").arg(parsed.group->name);
    else
        hint = tr("Run \"osmctl --help\" for the command groups.");
    Output::toStderr(QStringLiteral("osmctl: ") + message + QLatin1Char('\n') + hint + QLatin1Char('\n'));
    return ExitUsage;
}

int Cli::execute(const Parsed &parsed, const Prepared &prepared)
{
    m_connection.open(parsed.connection, [this, parsed, prepared](ApiClient *client, const Connection::Failure &failure) {
        if (!client) {
            Output::toStderr(QStringLiteral("osmctl: ") + failure.message + QLatin1Char('\n'));
            QCoreApplication::exit(failure.exitCode);
            return;
        }
        prepared.start(*client, this, [this, parsed](const Outcome &outcome) {
            report(parsed, outcome);
            QCoreApplication::exit(m_exitCode);
        });
    });
    return QCoreApplication::exec();
}

void Cli::report(const Parsed &parsed, const Outcome &outcome)
{
    if (outcome.error.category() == Error::Category::Validation) {
        // A check the core makes inside the operation (a path parameter): still refused before sending.
        m_exitCode = usageError(parsed, validationMessage(*parsed.command, outcome.error));
        return;
    }
    if (outcome.error) {
        m_exitCode = exitCodeFor(outcome.error);
        if (parsed.json)
            Output::toStdout(Output::json(Output::errorJson(outcome.error)));
        Output::toStderr(Output::errorReport(outcome.error));
        return;
    }
    m_exitCode = ExitOk;
    if (parsed.json)
        Output::toStdout(Output::json(outcome.json));
    else if (!parsed.command->doneMessage.isEmpty())
        Output::toStdout(parsed.command->doneMessage + QLatin1Char('\n'));
    else
        Output::toStdout(Output::readable(outcome.json, parsed.command->view));
}

QString Cli::optionsHelp(const QList<OptionInfo> &options)
{
    QString out;
    for (const OptionInfo &option : options) {
        QString name = QStringLiteral("--") + option.name;
        if (!option.valueName.isEmpty())
            name += QStringLiteral(" <") + option.valueName + QLatin1Char('>');
        QString text = option.help;
        if (option.required)
            text += QLatin1Char(' ') + tr("Required.");
        if (option.repeated)
            text += QLatin1Char(' ') + tr("Repeat the option for several values.");
        out += row(name, text);
    }
    return out;
}

QString Cli::topHelp() const
{
    QString out = tr("Usage: osmctl [global options] <group> <command> [options]") + QStringLiteral("\n\n");
    out += tr("Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.")
           + QStringLiteral("\n\n");
    out += tr("Command groups:") + QLatin1Char('\n');
    for (const CommandGroup &group : m_groups)
        out += row(group.name, group.summary);
    out += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') + optionsHelp(globalOptions());
    out += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    out += row(QStringLiteral("0"), tr("success"));
    out += row(QStringLiteral("2"), tr("usage error: unknown command or option, invalid value, refused before sending"));
    out += row(QStringLiteral("3"), tr("the API answered with an error (its error_code and request id are printed)"));
    out += row(QStringLiteral("4"), tr("network, TLS or timeout: no answer"));
    out += row(QStringLiteral("5"), tr("authentication: credentials missing or rejected"));
    out += QLatin1Char('\n') + tr("Run \"osmctl <group> --help\" for a group's commands.") + QLatin1Char('\n');
    return out;
}

QString Cli::groupHelp(const CommandGroup &group) const
{
    QString out = tr("Usage: osmctl %1 <command> [options]").arg(group.name) + QStringLiteral("\n\n");
    out += group.summary + QStringLiteral("\n\n");
    out += tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : group.commands)
        out += row(command.name, command.summary);
    out += QLatin1Char('\n') + tr("Run \"osmctl %1 <command> --help\" for a command's options.").arg(group.name)
           + QLatin1Char('\n');
    return out;
}

QString Cli::commandHelp(const CommandGroup &group, const Command &command) const
{
    QString out = tr("Usage: osmctl %1 %2 [options]").arg(group.name, command.name) + QStringLiteral("\n\n");
    out += command.summary + QStringLiteral("\n\n");
    if (!command.options.isEmpty())
        out += tr("Options:") + QLatin1Char('\n') + optionsHelp(command.options) + QLatin1Char('\n');
    out += tr("Global options:") + QLatin1Char('\n') + optionsHelp(globalOptions());
    return out;
}

} // namespace osm::ctl
