#include "TeamLogCommand.h"

#include "CommandLine.h"
#include "TeamConnectionOption.h"
#include "TeamDatabase.h"
#include "TeamSchema.h"
#include "Terminal.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

// Exit code for an error: 4 when the server could not be reached (as for calls), else 1.
int exitCodeOf(const TeamConnectionError &error)
{
    return error.transient() ? ExitNoAnswer : ExitFailure;
}

} // namespace

QString TeamLogCommand::name() const
{
    return u"team-log"_s;
}

QString TeamLogCommand::summary() const
{
    return tr("Set up or check the team failure log on PostgreSQL (init, check)");
}

int TeamLogCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.size() > 2 ? arguments.at(2) : QString();
    const QStringList rest
        = QStringList { arguments.value(0), u"team-log "_s + sub } + arguments.mid(3);
    if (sub == u"init")
        return init(rest);
    if (sub == u"check")
        return check(rest);
    const QString usage = tr("Usage: xlink-cli team-log init [--team-db URI]\n"
                             "       xlink-cli team-log check [--team-db URI]\n");
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        Terminal::out(usage);
        return ExitSuccess;
    }
    if (!sub.isEmpty())
        Terminal::err(tr("xlink-cli team-log: unknown subcommand '%1'.\n").arg(sub));
    Terminal::err(usage);
    return ExitUsage;
}

int TeamLogCommand::init(const QStringList &arguments)
{
    CommandLine commandLine(tr("xlink-cli team-log init [--team-db URI]"),
        tr("Creates the team log's tables in the PostgreSQL database, or migrates them to this "
           "console's version. A schema newer than this console is left as it is.\n"
           "Exit codes: 0 done, 1 refused (authentication, permission, newer schema), 4 the "
           "server cannot be reached."));
    commandLine.parser().addOption(TeamConnectionOption::option());
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const auto settings
        = TeamConnectionOption::resolve(commandLine.parser(), u"xlink-cli team-log init"_s);
    if (!settings)
        return ExitUsage;
    TeamDatabase database;
    TeamConnectionError error = database.open(*settings);
    if (error.ok())
        error = TeamSchema::migrate(database.db());
    if (!error.ok()) {
        Terminal::err(tr("xlink-cli team-log init: %1\n").arg(error.message()));
        return exitCodeOf(error);
    }
    Terminal::out(tr("The team log in %1 is at schema version %2.\n")
                      .arg(settings->displayName())
                      .arg(TeamSchema::currentVersion));
    return ExitSuccess;
}

int TeamLogCommand::check(const QStringList &arguments)
{
    CommandLine commandLine(tr("xlink-cli team-log check [--team-db URI]"),
        tr("Connects to the team log and says whether this console can send records to it.\n"
           "Exit codes: 0 ready, 1 refused or not set up, 4 the server cannot be reached."));
    commandLine.parser().addOption(TeamConnectionOption::option());
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const auto settings
        = TeamConnectionOption::resolve(commandLine.parser(), u"xlink-cli team-log check"_s);
    if (!settings)
        return ExitUsage;
    TeamDatabase database;
    TeamConnectionError error = database.open(*settings);
    if (error.ok())
        error = TeamSchema::checkWritable(database.db());
    if (!error.ok()) {
        Terminal::err(tr("xlink-cli team-log check: %1\n").arg(error.message()));
        return exitCodeOf(error);
    }
    Terminal::out(tr("The team log in %1 is ready.\n").arg(settings->displayName()));
    return ExitSuccess;
}

} // namespace xlink::cli
