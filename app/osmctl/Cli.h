#pragma once

#include "Command.h"
#include "Connection.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace osm::ctl {

// osmctl's command line: `osmctl [global options] <group> <command> [options]`. Global options may appear
// anywhere; a command's options come after its name. --help at every level.
class Cli : public QObject
{
    Q_OBJECT

public:
    explicit Cli(QList<CommandGroup> groups, QObject *parent = nullptr);

    // Parses `arguments` (argv, program name first) and runs the command; returns the exit code. Runs the
    // event loop while a call is under way.
    int run(const QStringList &arguments);

    // The global options as the help lists them (also used to recognise them anywhere on the line).
    static QList<OptionInfo> globalOptions();

private:
    struct Parsed
    {
        QString error; // a usage error, translated
        bool help = false;
        bool version = false;
        bool json = false;
        bool verbose = false;
        ConnectionOptions connection;
        const CommandGroup *group = nullptr;
        const Command *command = nullptr;
        OptionValues values;
    };

    Parsed parse(const QStringList &arguments) const;
    const CommandGroup *findGroup(const QString &name) const;
    int usageError(const Parsed &parsed, const QString &message) const;
    static QString validationMessage(const Command &command, const Error &error);
    int execute(const Parsed &parsed, const Prepared &prepared);
    void report(const Parsed &parsed, const Outcome &outcome);

    QString topHelp() const;
    QString groupHelp(const CommandGroup &group) const;
    QString commandHelp(const CommandGroup &group, const Command &command) const;
    static QString optionsHelp(const QList<OptionInfo> &options);

    QList<CommandGroup> m_groups;
    Connection m_connection;
    int m_exitCode = 0;
};

} // namespace osm::ctl
