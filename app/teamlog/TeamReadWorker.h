#pragma once

#include "ScopeQuery.h"
#include "TeamConnectionError.h"
#include "TeamConnectionSettings.h"

#include <QObject>

#include <functional>
#include <memory>

namespace xlink {

class TeamDatabase;
class TeamQuery;

// One TeamReader lane's side of its thread: the connection to the team log, opened there on
// the first read (Qt SQL connections belong to the thread that opened them) and again after
// the server went away.
class TeamReadWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamReadWorker)

public:
    explicit TeamReadWorker(TeamConnectionSettings settings);
    ~TeamReadWorker() override;

    // On the worker's thread: `job` gets the query, or nullptr when the team log cannot be
    // read; `error` says why (None when the reads succeeded).
    template<typename Job>
    auto run(const Job &job, TeamConnectionError *error)
    {
        const ScopeQuery *query = open(error);
        auto result = job(query);
        if (query)
            *error = finish();
        return result;
    }
    // On the worker's thread, before it stops: closes the connection where it was opened.
    void close();

private:
    const ScopeQuery *open(TeamConnectionError *error);
    // The reads' failure, if any; a connection that broke is closed, to be opened again.
    TeamConnectionError finish();

    TeamConnectionSettings m_settings;
    std::unique_ptr<TeamDatabase> m_database;
    std::unique_ptr<TeamQuery> m_query;
    std::unique_ptr<ScopeQuery> m_scope;
};

} // namespace xlink
