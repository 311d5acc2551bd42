#pragma once

// Shared by the benchmark programs (issue 8): medians of repetitions, one line per figure, heap use.
// Each program prints lines of the form
//   figure-name  value unit  target  ratio-to-reference
// so that bench/run.sh and docs/performance.md read the same thing.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <malloc.h>
#include <time.h>

namespace osm::bench {

inline constexpr double kNoRatio = std::numeric_limits<double>::quiet_NaN();

// OSM_BENCH_REPS (default `fallback`): how many repetitions a figure's median is taken over.
inline int repetitions(int fallback = 5)
{
    const int reps = qEnvironmentVariableIntValue("OSM_BENCH_REPS");
    return reps > 0 ? reps : fallback;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return kNoRatio;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

// Runs `once` `reps` times and returns the median of what it returns.
inline double medianOf(int reps, const std::function<double()> &once)
{
    QList<double> values;
    for (int i = 0; i < reps; ++i)
        values.append(once());
    return median(values);
}

// One figure line. `target` is the target in words ("<=1.10x floor", "-" when none); `ratio` is the
// value relative to the reference named by the target (NaN when the figure has no reference).
inline void report(const char *name, double value, const char *unit, const char *target = "-",
                   double ratio = kNoRatio, const char *verdict = nullptr)
{
    char ratioText[32] = "-";
    if (!std::isnan(ratio))
        std::snprintf(ratioText, sizeof ratioText, "%.2fx", ratio);
    std::printf("%-36s %12.2f %-9s %-22s %-8s %s\n", name, value, unit, target, ratioText, verdict ? verdict : "");
    std::fflush(stdout);
}

inline const char *verdict(bool met)
{
    return met ? "ok" : "MISSED";
}

// Heap bytes in use (glibc): what the program holds, unlike RSS, which keeps freed pages.
inline qint64 heapInUse()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

// CPU time of the calling thread, in ms: what a CPU-bound figure costs, whatever else the machine runs
// (wall time on a loaded machine is several times longer).
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Runs the event loop until `done()` holds or `timeoutMs` passes; false on timeout.
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace osm::bench
