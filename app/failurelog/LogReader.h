#pragma once

#include "LogQuery.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace xlink {

class LogReadWorker;

// Reads the log off the calling (GUI) thread, for the log view. Two lanes, each a thread with
// its own connection opened on that thread:
// - Interactive: what a user waits for to see rows (a quick count and the first page, a page
//   scrolled to); each read is short.
// - Background: what may take a while on a large log (exact counts and page keys, the chart,
//   group-by counts, the filter choices), so that it never holds up the rows.
// A read is skipped when `wanted` says false by the time its turn comes, and its result is
// dropped when `wanted` says false (or `context` is gone) by the time it arrives.
class LogReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogReader)

public:
    enum class Lane { Interactive, Background };

    explicit LogReader(QString path, QObject *parent = nullptr);
    ~LogReader() override; // finishes the read in progress, skips the queued ones

    template<typename Result>
    using Work = std::function<Result(const LogQuery &query, const std::function<bool()> &wanted)>;

    // `work` on the lane's thread (a default Result when the connection cannot be opened),
    // then `done` on this object's thread.
    template<typename Result>
    void read(Lane lane, QObject *context, std::function<bool()> wanted, Work<Result> work,
        std::function<void(Result)> done)
    {
        post(lane,
            [this, context = QPointer<QObject>(context), wanted = std::move(wanted),
                work = std::move(work), done = std::move(done)](const LogQuery *query) {
                if (!wanted())
                    return;
                Result result = query ? work(*query, wanted) : Result {};
                if (!wanted())
                    return;
                QMetaObject::invokeMethod(
                    this,
                    [context, wanted, done, result = std::move(result)]() mutable {
                        if (context && wanted())
                            done(std::move(result));
                    },
                    Qt::QueuedConnection);
            });
    }

private:
    void post(Lane lane, std::function<void(const LogQuery *)> job);

    struct Thread
    {
        QThread thread;
        LogReadWorker *worker = nullptr;
    };
    Thread m_lanes[2];
};

} // namespace xlink
