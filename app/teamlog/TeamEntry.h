#pragma once

#include "LogEntry.h"

#include <QString>

namespace xlink {

// A row of the team log as a table shows it: the local log's row (its id is the server's) and
// who sent it.
struct TeamEntry
{
    LogEntry entry;
    QString sender;
};

// A full call from the team log (headers and capped bodies), for exports.
struct TeamCall
{
    StoredCall stored;
    QString sender;
};

} // namespace xlink
