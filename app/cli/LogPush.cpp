#include "LogPush.h"

#include "CliCommand.h"
#include "CommandLine.h"
#include "LogDatabase.h"
#include "MergedCatalogue.h"
#include "SpillFile.h"
#include "TeamConnectionOption.h"
#include "TeamDatabase.h"
#include "TeamLogSettings.h"
#include "TeamOutbox.h"
#include "TeamPush.h"
#include "Terminal.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace xlink::cli {

int LogPush::run(const QStringList &arguments)
{
    CommandLine commandLine(tr("xlink-cli log push [--team-db URI] [--sender NAME]"),
        tr("Sends the records waiting for the team log now, and says how many were sent and "
           "how many still wait. Records that cannot be sent stay waiting.\n"
           "Exit codes: 0 sent (or nothing waited), 1 refused (authentication, permission, "
           "schema) or the local log cannot be read, 2 usage error, 4 the team log server "
           "cannot be reached."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption senderOption(u"sender"_s,
        tr("The sender name the records carry (default: the console's setting, else the login "
           "name and host)."),
        tr("NAME"));
    parser.addOptions({ TeamConnectionOption::option(), senderOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return commandLine.usageError(
            tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    const auto settings = TeamConnectionOption::resolve(parser, u"xlink-cli log push"_s);
    if (!settings)
        return ExitUsage;
    const QString sender = parser.isSet(senderOption) ? parser.value(senderOption).trimmed()
                                                      : TeamLogSettings::load().effectiveSender();
    if (sender.isEmpty())
        return commandLine.usageError(tr("the sender name is empty"));

    LogDatabase local(LogDatabase::defaultPath());
    const LogDatabase::OpenResult opened = local.open();
    if (!opened.ok) {
        Terminal::err(tr("xlink-cli log push: cannot open the failure log %1: %2\n")
                          .arg(local.path(), opened.error));
        return ExitFailure;
    }
    // Calls kept beside a locked log are queued as they go in.
    if (SpillFile spill(local.path()); !opened.readOnly && spill.exists())
        spill.takeInto(local.db(), MergedCatalogue::load());

    TeamDatabase server;
    const TeamConnectionError error = server.open(*settings);
    if (!error.ok()) {
        const qint64 waiting = TeamOutbox(local.db()).waiting();
        Terminal::err(tr("xlink-cli log push: %1\n").arg(error.message()));
        Terminal::err(
            tr("%n record(s) wait to be sent.\n", nullptr, int(std::max<qint64>(0, waiting))));
        return error.transient() ? ExitNoAnswer : ExitFailure;
    }
    const TeamPush::Result result = TeamPush(local.db(), server.db(), sender).run();
    if (!result.ok()) {
        Terminal::err(tr("xlink-cli log push: %1\n")
                          .arg(result.error.ok() ? result.localError : result.error.message()));
        if (result.sent > 0)
            Terminal::err(tr("Sent %n record(s) before that.\n", nullptr, int(result.sent)));
        Terminal::err(tr(
            "%n record(s) wait to be sent.\n", nullptr, int(std::max<qint64>(0, result.waiting))));
        return result.error.transient() ? ExitNoAnswer : ExitFailure;
    }
    Terminal::out(tr("Sent %n record(s) to the team log %1.\n", nullptr, int(result.sent))
                      .arg(settings->displayName()));
    return ExitSuccess;
}

} // namespace xlink::cli
