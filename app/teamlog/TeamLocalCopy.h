#pragma once

#include "LogDatabase.h"
#include "TeamFilter.h"
#include "TeamQuery.h"

#include <QTemporaryDir>

#include <memory>

namespace xlink {

class ErrorCatalogue;

// A selection of the team log copied into a private, temporary local log, so the local
// report writers (ReportBuilder and the exporters, which read a LogQuery) make a team report
// exactly as they make a local one. Streamed from the server page by page; the copy is removed
// with this object.
class TeamLocalCopy final
{
public:
    TeamLocalCopy();
    Q_DISABLE_COPY_MOVE(TeamLocalCopy)

    // The number of records copied, or -1 with `error` set.
    qint64 copy(const TeamQuery &query, const TeamFilter &filter,
        std::shared_ptr<const ErrorCatalogue> catalogue, QString *error);
    // The copy, open; valid after copy().
    LogDatabase *database() { return m_database.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LogDatabase> m_database;
};

} // namespace xlink
