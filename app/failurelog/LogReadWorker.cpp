#include "LogReadWorker.h"

#include "LogCategory.h"
#include "LogDatabase.h"

namespace xlink {

LogReadWorker::LogReadWorker(QString path)
    : m_path(std::move(path))
{ }

LogReadWorker::~LogReadWorker() = default;

void LogReadWorker::run(const std::function<void(const LogQuery *)> &job)
{
    if (!m_query) {
        auto database = std::make_unique<LogDatabase>(m_path);
        const LogDatabase::OpenResult result = database->open(LogDatabase::Check::Connect);
        if (!result.ok) {
            qCWarning(lcFailureLog) << "cannot read the failure log" << m_path << result.error;
            job(nullptr);
            return;
        }
        m_database = std::move(database);
        m_query = std::make_unique<LogQuery>(m_database->db());
    }
    job(m_query.get());
}

void LogReadWorker::close()
{
    m_query.reset();
    m_database.reset();
}

} // namespace xlink
