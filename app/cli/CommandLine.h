#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace xlink::cli {

// QCommandLineParser set up the way every command needs it: `-h/--help` prints the command's
// own help with a `xlink-cli COMMAND ...` usage line, and a parse error is a usage error (exit
// 2) with a pointer to --help, instead of QCommandLineParser::process()'s exit(1).
class CommandLine final
{
public:
    // `usage` is the part after "Usage: ", e.g. "xlink-cli lookup [OPTIONS] QUERY".
    CommandLine(const QString &usage, const QString &description);

    QCommandLineParser &parser() { return m_parser; }

    // `arguments` as CliCommand::run receives them (program, command, rest). Returns the exit
    // code when the command is done already (help shown, or a usage error reported).
    std::optional<int> parse(const QStringList &arguments);

    QString helpText() const;
    // Reports a usage error for `command` on stderr; returns the usage exit code.
    int usageError(const QString &message) const;

private:
    QCommandLineParser m_parser;
    QString m_usage;
    QString m_command;
};

} // namespace xlink::cli
