#pragma once
// The declarative command framework of osmctl: a command is its name, a translated one-line help, its
// options (each bound to a field of the core's params struct) and the core function it calls. See
// ADDING_COMMANDS.md.

#include "OptionValue.h"
#include "View.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/Result.h"
#include "net/WhenReady.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <functional>
#include <optional>
#include <type_traits>

namespace osm::ctl {

// One option of a command as the parser and the help see it.
struct OptionInfo
{
    QString name;      // without "--": the reference table's field name, '_' written '-' (case-id, offset)
    QString valueName; // shown as <valueName> in the help; empty for a flag, which takes no value
    QString help;      // translated, one sentence, with the limits
    bool required = false;
    bool repeated = false; // an array field: the option may be given several times
};

// What the parser collected: option name → its values in order (a flag has one empty value).
using OptionValues = QHash<QString, QStringList>;

// How a call ended: the typed result as JSON (its toJson(): the API's field names), or an error.
struct Outcome
{
    Error error;
    QJsonObject json;
};
using Done = std::function<void(const Outcome &)>;

// A command line turned into a call, or the reason it cannot be sent.
struct Prepared
{
    QString usageError; // translated: a required option missing, a value that is not a number…
    Error validation;   // the params' own validate(): refused before anything is sent
    std::function<void(ApiClient &client, QObject *context, Done done)> start;
};

struct Command
{
    QString name;
    QString summary; // translated one-liner
    QList<OptionInfo> options;
    View view;           // how the readable (non --json) output looks
    QString doneMessage; // for writes: printed instead of the (empty) acknowledgement
    std::function<Prepared(const OptionValues &)> prepare;
};

struct CommandGroup
{
    QString name;
    QString summary; // translated one-liner
    QList<Command> commands;

    const Command *find(const QString &commandName) const;
};

enum class Need { Optional, Required };

namespace detail {
template <typename Future>
struct ResultTypeOf;
template <typename T>
struct ResultTypeOf<QFuture<Result<T>>>
{
    using type = T;
};
} // namespace detail

// Builds a Command whose options fill a P (the core's params struct, or a local struct deriving from it that
// adds the path parameters). option() is overloaded on the field's type, which decides how the value is read:
//   QString           --name <text>
//   QStringList       --name <text>, repeatable
//   qint64 / int      --name <number> (usually with Need::Required)
//   optional<qint64>  --name <number>
//   QList<int>        --name <number>, repeatable
//   optional<bool>    --name true|false
//   bool              --name (a flag)
// run() takes the call, `[](ApiClient &client, const P &p) { return api::xxx(client, p); }`; the result type
// is deduced from the QFuture<Result<T>> it returns.
template <typename P>
class CommandBuilder
{
public:
    CommandBuilder(const QString &name, const QString &summary)
    {
        m_command.name = name;
        m_command.summary = summary;
    }

    CommandBuilder &option(const QString &name, QString P::*field, const QString &help, Need need = Need::Optional)
    {
        return bind({name, OptionValue::textName(), help, need == Need::Required, false},
                    [field](P &p, const QStringList &values) {
                        p.*field = values.constLast();
                        return QString();
                    });
    }

    CommandBuilder &option(const QString &name, QStringList P::*field, const QString &help,
                           Need need = Need::Optional)
    {
        return bind({name, OptionValue::textName(), help, need == Need::Required, true},
                    [field](P &p, const QStringList &values) {
                        p.*field = values;
                        return QString();
                    });
    }

    CommandBuilder &option(const QString &name, qint64 P::*field, const QString &help, Need need = Need::Optional)
    {
        return bind({name, OptionValue::numberName(), help, need == Need::Required, false},
                    [name, field](P &p, const QStringList &values) {
                        QString problem;
                        p.*field = OptionValue::toInteger(name, values.constLast(), &problem);
                        return problem;
                    });
    }

    CommandBuilder &option(const QString &name, int P::*field, const QString &help, Need need = Need::Optional)
    {
        return bind({name, OptionValue::numberName(), help, need == Need::Required, false},
                    [name, field](P &p, const QStringList &values) {
                        QString problem;
                        p.*field = OptionValue::toInt(name, values.constLast(), &problem);
                        return problem;
                    });
    }

    CommandBuilder &option(const QString &name, std::optional<qint64> P::*field, const QString &help,
                           Need need = Need::Optional)
    {
        return bind({name, OptionValue::numberName(), help, need == Need::Required, false},
                    [name, field](P &p, const QStringList &values) {
                        QString problem;
                        p.*field = OptionValue::toInteger(name, values.constLast(), &problem);
                        return problem;
                    });
    }

    CommandBuilder &option(const QString &name, QList<int> P::*field, const QString &help,
                           Need need = Need::Optional)
    {
        return bind({name, OptionValue::numberName(), help, need == Need::Required, true},
                    [name, field](P &p, const QStringList &values) {
                        QString problem;
                        for (const QString &value : values) {
                            (p.*field).append(OptionValue::toInt(name, value, &problem));
                            if (!problem.isEmpty())
                                break;
                        }
                        return problem;
                    });
    }

    CommandBuilder &option(const QString &name, std::optional<bool> P::*field, const QString &help,
                           Need need = Need::Optional)
    {
        return bind({name, OptionValue::booleanName(), help, need == Need::Required, false},
                    [name, field](P &p, const QStringList &values) {
                        QString problem;
                        p.*field = OptionValue::toBoolean(name, values.constLast(), &problem);
                        return problem;
                    });
    }

    CommandBuilder &option(const QString &name, bool P::*field, const QString &help)
    {
        return bind({name, QString(), help, false, false}, [field](P &p, const QStringList &) {
            p.*field = true;
            return QString();
        });
    }

    // Any other field type: `apply` sets it from the option's values and answers a translated problem or "".
    CommandBuilder &custom(const OptionInfo &info, std::function<QString(P &, const QStringList &)> apply)
    {
        return bind(info, std::move(apply));
    }

    // A check the params' validate() does not make (a file that must exist…): refused before sending.
    CommandBuilder &check(std::function<Error(const P &)> check)
    {
        m_checks.append(std::move(check));
        return *this;
    }

    // The readable view shows these keys of the objects of array `arrayKey` as the table's columns.
    CommandBuilder &columns(const QString &arrayKey, const QStringList &keys)
    {
        m_command.view.columns.insert(arrayKey, keys);
        return *this;
    }

    // A write: the readable view prints this sentence instead of the empty acknowledgement.
    CommandBuilder &done(const QString &sentence)
    {
        m_command.doneMessage = sentence;
        return *this;
    }

    template <typename Call>
    Command run(Call call) const
    {
        using Future = std::invoke_result_t<Call, ApiClient &, const P &>;
        using R = typename detail::ResultTypeOf<Future>::type;

        Command command = m_command;
        for (const Binding &binding : m_bindings)
            command.options.append(binding.info);
        command.prepare = [bindings = m_bindings, checks = m_checks, call](const OptionValues &values) {
            Prepared prepared;
            P params{};
            for (const Binding &binding : bindings) {
                const QStringList given = values.value(binding.info.name);
                if (given.isEmpty()) {
                    if (binding.info.required) {
                        prepared.usageError = OptionValue::missing(binding.info.name);
                        return prepared;
                    }
                    continue;
                }
                prepared.usageError = binding.apply(params, given);
                if (!prepared.usageError.isEmpty())
                    return prepared;
            }
            if constexpr (requires(const P &p) { { p.validate() } -> std::convertible_to<Error>; })
                prepared.validation = params.validate();
            for (const auto &check : checks) {
                if (!prepared.validation)
                    prepared.validation = check(params);
            }
            if (prepared.validation)
                return prepared;
            prepared.start = [params, call](ApiClient &client, QObject *context, Done done) {
                osm::whenReady(call(client, params), context, [done](const Result<R> &result) {
                    Outcome outcome;
                    if (result.ok())
                        outcome.json = result.value().toJson();
                    else
                        outcome.error = result.error();
                    done(outcome);
                });
            };
            return prepared;
        };
        return command;
    }

private:
    struct Binding
    {
        OptionInfo info;
        std::function<QString(P &, const QStringList &)> apply;
    };

    CommandBuilder &bind(const OptionInfo &info, std::function<QString(P &, const QStringList &)> apply)
    {
        m_bindings.append({info, std::move(apply)});
        return *this;
    }

    Command m_command;
    QList<Binding> m_bindings;
    QList<std::function<Error(const P &)>> m_checks;
};

// The P of a command whose core function takes no parameters:
// `CommandBuilder<NoParams>(name, help).run([](ApiClient &c, const NoParams &) { return api::listRegions(c); })`.
struct NoParams
{
};

} // namespace osm::ctl
