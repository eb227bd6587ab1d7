#include "CliApplication.h"

#include "ApiCommand.h"
#include "CallCommand.h"
#include "CatalogCommand.h"
#include "CollectionCommand.h"
#include "DecodeCommand.h"
#include "LogCommand.h"
#include "LookupCommand.h"
#include "RunCommand.h"
#include "SandboxCommand.h"
#include "TeamLogCommand.h"
#include "Terminal.h"
#include "VarCommand.h"
#include "util/ApplicationIdentity.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <algorithm>

namespace xlink::cli {

CliApplication::CliApplication()
{
    // The console's identity, not a CLI one: both share settings and the failure log.
    ApplicationIdentity::apply();
    Translations::install(Translations::systemLanguage());
    // Commands register here, one line each, in the order `--help` lists them.
    m_commands.push_back(std::make_unique<LookupCommand>());
    m_commands.push_back(std::make_unique<DecodeCommand>());
    m_commands.push_back(std::make_unique<CatalogCommand>());
    m_commands.push_back(std::make_unique<CallCommand>());
    m_commands.push_back(std::make_unique<ApiCommand>());
    m_commands.push_back(std::make_unique<CollectionCommand>());
    m_commands.push_back(std::make_unique<RunCommand>());
    m_commands.push_back(std::make_unique<VarCommand>());
    m_commands.push_back(std::make_unique<SandboxCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<TeamLogCommand>());
}

void CliApplication::printOverview() const
{
    QString text = QCoreApplication::translate("xlink::cli::CliApplication",
        "Usage: xlink-cli COMMAND [OPTIONS]\n\n"
        "Commands:\n");
    // The summaries in one column, two spaces after the longest name.
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text += u"  " + command->name().leftJustified(width + 2) + command->summary() + u'\n';
    text += QCoreApplication::translate("xlink::cli::CliApplication",
        "\nRun 'xlink-cli COMMAND --help' for a command's options.\n"
        "Exit codes: 0 success, 1 failure or nothing found, 2 usage error,\n"
        "3 the server answered with an error, 4 no usable answer from the server.\n");
    Terminal::out(text);
}

int CliApplication::run(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h"
        || arguments.at(1) == u"help") {
        printOverview();
        return arguments.size() < 2 ? ExitUsage : ExitSuccess;
    }
    if (arguments.at(1) == u"--version" || arguments.at(1) == u"-v") {
        Terminal::out(u"xlink-cli " + QCoreApplication::applicationVersion() + u'\n');
        return ExitSuccess;
    }
    for (const auto &command : m_commands) {
        if (command->name() == arguments.at(1))
            return command->run(arguments);
    }
    Terminal::err(QCoreApplication::translate("xlink::cli::CliApplication",
        "xlink-cli: unknown command '%1'. "
        "Run 'xlink-cli --help' for the list.\n")
                      .arg(arguments.at(1)));
    return ExitUsage;
}

} // namespace xlink::cli
