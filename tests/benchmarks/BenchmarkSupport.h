#pragma once

// What the failure-log benchmarks share: printing as they go, medians, and this process's CPU
// time (on a shared machine the wall clock also measures the other processes).

#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace xlink::bench {

inline void say(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

inline double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace xlink::bench
