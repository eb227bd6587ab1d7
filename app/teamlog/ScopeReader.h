#pragma once

#include "ScopeQuery.h"

#include <QObject>

#include <functional>

namespace xlink {

// Reads one log off the calling (GUI) thread, for the failure-log page: this machine's
// (LocalScopeReader, through the store's reader threads) or the team's (TeamReader, on
// PostgreSQL connections of its own threads). Two lanes, as LogReader has: Interactive for
// what a user waits for (a quick count and a page), Background for what may take a while
// (exact counts and page keys, the chart, group-by counts, the filter choices).
// A read is skipped when `wanted` says false by the time its turn comes, and its result is
// dropped when `wanted` says false (or `context` is gone) by the time it arrives.
class ScopeReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeReader)

public:
    enum class Lane { Interactive, Background };

    explicit ScopeReader(QObject *parent = nullptr)
        : QObject(parent)
    { }

    template<typename Result>
    using Work
        = std::function<Result(const ScopeQuery &query, const std::function<bool()> &wanted)>;

    // `work` on the lane's thread (a default Result when the log cannot be read), then `done`
    // on this object's thread.
    template<typename Result>
    void read(Lane lane, QObject *context, std::function<bool()> wanted, Work<Result> work,
        std::function<void(Result)> done)
    {
        post(lane, context, wanted,
            [wanted, work = std::move(work), done = std::move(done)](
                const ScopeQuery *query) -> std::function<void()> {
                Result result = query ? work(*query, wanted) : Result {};
                return [done, result = std::move(result)]() mutable { done(std::move(result)); };
            });
    }

    // The team log (rows carry their sender).
    virtual bool isTeam() const = 0;
    // Whether reads can run now (this machine's log is open; the team log is set up).
    virtual bool isAvailable() const = 0;

protected:
    // Runs `job` on the lane's thread unless `wanted` says false, then what it returns on this
    // object's thread while `context` lives and `wanted` says true.
    using Job = std::function<std::function<void()>(const ScopeQuery *query)>;
    virtual void post(Lane lane, QObject *context, std::function<bool()> wanted, Job job) = 0;
};

} // namespace xlink
