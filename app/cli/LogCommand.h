#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

#include "TeamQuery.h"

#include <optional>

namespace xlink {
struct LogEntry;
struct LogFilter;
class TeamDatabase;
} // namespace xlink

namespace xlink::cli {

// `xlink-cli log list|export|push|path`: reads the failure log the console and `xlink-cli call`
// write, or with --team the team log on PostgreSQL (plus --sender); `push` sends what waits
// for the team log (LogPush). Filters: --code, --status, --since, --until, --grep, --endpoint,
// --env, --kind, --all.
class LogCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::LogCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // True when the command line asks for a PDF export, which needs a QGuiApplication (fonts):
    // main() then creates one on the offscreen platform instead of a QCoreApplication.
    static bool needsGui(int argc, char **argv);

private:
    int list(const QStringList &arguments);
    int exportReport(const QStringList &arguments);
    int path(const QStringList &arguments);
    int listTeam(const QCommandLineParser &parser, const LogFilter &filter, int limit, bool json);
    // A record as `log list` prints it; `sender` for the team log's.
    static QString entryText(const LogEntry &entry, const QString &sender);
    // --sender and --team-db only with --team.
    static bool checkTeamOptions(const QCommandLineParser &parser, const QString &command);
    static std::optional<TeamQuery> openTeam(
        const QCommandLineParser &parser, TeamDatabase &database, const QString &command);
    static void addFilterOptions(QCommandLineParser &parser);
    // Fills `filter` from the parsed options; false with a message on stderr for bad values.
    static bool readFilter(const QCommandLineParser &parser, LogFilter &filter);
};

} // namespace xlink::cli
