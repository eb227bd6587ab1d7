#pragma once

#include "RequestRunResult.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace xlink {

// A whole collection run: each request's result in run order, and how the run ended.
struct RunSummary
{
    QList<RequestRunResult> results; // the requests the run reached
    // The requests it did not reach (after a bail or a cancel), as written, still Pending.
    QList<RequestRunResult> notReached;
    int planned = 0; // how many requests the run was to make
    bool bailed = false; // stopped at the first request that did not pass (--bail)
    bool cancelled = false;
    QDateTime startedAt; // UTC
    qint64 durationMs = 0;

    int count(RequestRunResult::Outcome outcome) const;
    // Requests the run did not reach (after a bail or a cancel).
    int notRun() const { return int(notReached.size()); }
    bool allPassed() const;
};

} // namespace xlink

Q_DECLARE_METATYPE(xlink::RunSummary)
