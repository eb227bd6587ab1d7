#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace xlink::cli {

// `xlink-cli log push`: sends the records waiting in the local log's outbox to the team log
// now (for CI jobs that exit right after their calls) and says how many went and how many
// still wait. When the server cannot be reached the records stay waiting and the exit code
// says why (4 unreachable, 1 refused).
class LogPush final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::LogPush)

public:
    static int run(const QStringList &arguments);
};

} // namespace xlink::cli
