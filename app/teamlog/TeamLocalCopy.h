#pragma once

#include "LogDatabase.h"
#include "TeamFilter.h"
#include "TeamQuery.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace xlink {

class ErrorCatalogue;
struct Report;

// A selection of the team log copied into a private, temporary local log, so the local
// report writers (ReportBuilder and the exporters, which read a LogQuery) make a team report
// exactly as they make a local one. Streamed from the server page by page; the copy is removed
// with this object. The local log has no sender: beside the copied calls, a table of the copy
// keeps each call's server id and sender, and nameSenders() puts them back into the report's
// records, so every format says who sent each one.
class TeamLocalCopy final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::TeamLocalCopy)

public:
    TeamLocalCopy();
    ~TeamLocalCopy();
    Q_DISABLE_COPY_MOVE(TeamLocalCopy)

    // The number of records copied, or -1 with `error` set.
    qint64 copy(const TeamQuery &query, const TeamFilter &filter,
        std::shared_ptr<const ErrorCatalogue> catalogue, QString *error);
    // The copy, open; valid after copy().
    LogDatabase *database() { return m_database.get(); }

    // Makes `report` (built from database() on this thread) a team report: its records carry
    // their server id and sender, and its description names the senders `filter` selected.
    // The report must not outlive this object.
    void nameSenders(Report &report, const TeamFilter &filter) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LogDatabase> m_database;
};

} // namespace xlink
