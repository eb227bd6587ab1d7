#pragma once

#include "LogSettings.h"
#include "call/CallRecord.h"

#include <QDateTime>

namespace xlink::test {

// Calls of every outcome as the API client records them, for the failure-log tests and
// benchmarks. `secret` is used as the password, tokens and a query parameter.
struct SampleCalls
{
    static CallRecord platform(const QDateTime &at, int code = 4031003,
        const QString &environment = QStringLiteral("sandbox"), const QByteArray &secret = {});
    static CallRecord http(const QDateTime &at, int status = 502);
    static CallRecord network(const QDateTime &at);
    static CallRecord timeout(const QDateTime &at);
    static CallRecord malformed(const QDateTime &at);
    static CallRecord success(const QDateTime &at);
    static CallRecord login(const QDateTime &at, const QByteArray &secret);
    // The i-th call of a deterministic mix (about 1 in 5 a success).
    static CallRecord mixed(qint64 i, const QDateTime &base);
    // The samples are dated in the past: settings under which the store's prune keeps them all.
    static LogSettings keepEverything();
};

} // namespace xlink::test
