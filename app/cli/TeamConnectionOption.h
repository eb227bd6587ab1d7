#pragma once

#include "TeamConnectionSettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace xlink::cli {

// `--team-db postgresql://...`, and where the team log's connection comes from without it:
// the option when given, else the standard libpq variables (PGHOST, PGPORT, PGDATABASE,
// PGUSER, PGPASSWORD, PGSSLMODE, PGSSLROOTCERT) when set, else the console's settings with the
// password from the keychain, as CI jobs expect.
class TeamConnectionOption final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::TeamConnectionOption)

public:
    static const QCommandLineOption &option();
    // The connection, or nullopt with the reason on stderr (prefixed with `command`).
    static std::optional<TeamConnectionSettings> resolve(
        const QCommandLineParser &parser, const QString &command);
};

} // namespace xlink::cli
