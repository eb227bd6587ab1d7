#include "CommandLine.h"

#include "CliCommand.h"
#include "Terminal.h"

#include <QCoreApplication>

namespace xlink::cli {

CommandLine::CommandLine(const QString &usage, const QString &description)
    : m_usage(usage)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    m_command = arguments.value(1);
    // QCommandLineParser expects the program name first; the command name is not an argument.
    QStringList own = arguments.mid(2);
    own.prepend(arguments.value(0));
    if (!m_parser.parse(own))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        Terminal::out(helpText());
        return ExitSuccess;
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    // Qt's help starts with "Usage: <full path of the binary> [options]"; show the command's.
    const QString qtHelp = m_parser.helpText();
    const qsizetype firstLineEnd = qtHelp.indexOf(u'\n');
    return QCoreApplication::translate("xlink::cli::CommandLine", "Usage: %1").arg(m_usage) + u'\n'
        + qtHelp.mid(firstLineEnd);
}

int CommandLine::usageError(const QString &message) const
{
    Terminal::err(QCoreApplication::translate(
        "xlink::cli::CommandLine", "xlink-cli %1: %2\nRun 'xlink-cli %1 --help' for its options.\n")
                      .arg(m_command, message));
    return ExitUsage;
}

} // namespace xlink::cli
