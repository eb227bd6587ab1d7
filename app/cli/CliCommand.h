#pragma once

#include <QString>
#include <QStringList>

namespace xlink::cli {

// Exit codes shared by every command (documented in `xlink-cli --help` and the README).
enum ExitCode {
    ExitSuccess = 0,
    ExitFailure = 1, // anything else (lookup: nothing matched)
    ExitUsage = 2, // bad arguments or bad input given on the command line
    ExitServerError = 3, // the server answered with an HTTP or platform error
    ExitNoAnswer = 4, // connection refused, timeout, TLS failure, dropped connection
};

// One subcommand of xlink-cli (`lookup`, `decode`, `catalog`, `sandbox`, `call`, `log`).
// Each command parses its own arguments with QCommandLineParser and owns its --help.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the program name followed by the command name, as
    // QCommandLineParser::process expects.
    virtual int run(const QStringList &arguments) = 0;
};

} // namespace xlink::cli
