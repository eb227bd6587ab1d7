#include "LocalScopeReader.h"

#include "FailureStore.h"
#include "LocalScopeQuery.h"
#include "LogReader.h"

namespace xlink {

LocalScopeReader::LocalScopeReader(FailureStore *store, QObject *parent)
    : ScopeReader(parent)
    , m_store(store)
{ }

bool LocalScopeReader::isAvailable() const
{
    return m_store && m_store->isOpen();
}

void LocalScopeReader::post(Lane lane, QObject *context, std::function<bool()> wanted, Job job)
{
    LogReader *reader = m_store ? m_store->reader() : nullptr;
    if (!reader)
        return;
    using Delivery = std::function<void()>;
    reader->read<Delivery>(
        lane == Lane::Interactive ? LogReader::Lane::Interactive : LogReader::Lane::Background,
        context, std::move(wanted),
        [job = std::move(job)](const LogQuery &query, const std::function<bool()> &) {
            const LocalScopeQuery scope(query);
            return job(&scope);
        },
        [](const Delivery &deliver) {
            if (deliver)
                deliver();
        });
}

} // namespace xlink
