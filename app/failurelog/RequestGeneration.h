#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

namespace xlink {

// Which of a requester's reads still matters. Each new request (a filter change, a refresh)
// takes the next generation; a read whose generation is no longer the current one is skipped
// before it runs, may stop early, and its result is dropped: an older filter's rows never show.
// Shared with the reader threads, which ask isCurrent() from their side.
class RequestGeneration final
{
public:
    quint64 next() { return ++*m_value; }
    quint64 current() const { return m_value->load(); }
    // True while `generation` is the current one; safe to call from any thread.
    std::function<bool()> isCurrent(quint64 generation) const
    {
        return [value = m_value, generation] { return value->load() == generation; };
    }

private:
    std::shared_ptr<std::atomic<quint64>> m_value = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace xlink
