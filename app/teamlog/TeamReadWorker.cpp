#include "TeamReadWorker.h"

#include "TeamDatabase.h"
#include "TeamQuery.h"
#include "TeamSchema.h"
#include "TeamScopeQuery.h"

namespace xlink {

TeamReadWorker::TeamReadWorker(TeamConnectionSettings settings)
    : m_settings(std::move(settings))
{ }

TeamReadWorker::~TeamReadWorker() = default;

const ScopeQuery *TeamReadWorker::open(TeamConnectionError *error)
{
    *error = {};
    if (m_scope)
        return m_scope.get();
    if (const QString problem = m_settings.problem(); !problem.isEmpty()) {
        error->kind = TeamConnectionError::Kind::Settings;
        error->detail = problem;
        return nullptr;
    }
    m_database = std::make_unique<TeamDatabase>();
    *error = m_database->open(m_settings);
    if (error->ok())
        *error = TeamSchema::checkReadable(m_database->db());
    if (!error->ok()) {
        m_database.reset();
        return nullptr;
    }
    m_query = std::make_unique<TeamQuery>(m_database->db());
    m_scope = std::make_unique<TeamScopeQuery>(*m_query);
    return m_scope.get();
}

TeamConnectionError TeamReadWorker::finish()
{
    const TeamConnectionError error = m_query ? m_query->lastFailure() : TeamConnectionError();
    // The server went away (a restart, the network): the next read connects again.
    if (!error.ok() && (error.transient() || !m_database->db().isOpen()))
        close();
    return error;
}

void TeamReadWorker::close()
{
    m_scope.reset();
    m_query.reset(); // its statements before the connection
    m_database.reset();
}

} // namespace xlink
