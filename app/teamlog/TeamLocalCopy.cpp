#include "TeamLocalCopy.h"

#include "RecordInserter.h"

using namespace Qt::StringLiterals;

namespace xlink {

TeamLocalCopy::TeamLocalCopy() = default;

qint64 TeamLocalCopy::copy(const TeamQuery &query, const TeamFilter &filter,
    std::shared_ptr<const ErrorCatalogue> catalogue, QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return -1;
    }
    m_database = std::make_unique<LogDatabase>(m_dir.filePath(u"team-log-copy.sqlite"_s));
    const LogDatabase::OpenResult opened = m_database->open();
    if (!opened.ok) {
        *error = opened.error;
        return -1;
    }
    RecordInserter inserter(m_database->db(), 0);
    inserter.setCatalogue(std::move(catalogue));
    constexpr qsizetype batchSize = 1000;
    QList<CallRecord> batch;
    qint64 copied = 0;
    bool failed = false;
    auto flush = [&] {
        if (batch.isEmpty())
            return true;
        if (inserter.insert(batch, error).isEmpty())
            return false;
        copied += batch.size();
        batch.clear();
        return true;
    };
    const bool read = query.forEach(filter, true, [&](const TeamCall &call) {
        batch.append(call.stored.call);
        if (batch.size() >= batchSize && !flush()) {
            failed = true;
            return false;
        }
        return true;
    });
    if (!read) {
        *error = query.lastError();
        return -1;
    }
    if (failed || !flush())
        return -1;
    return copied;
}

} // namespace xlink
