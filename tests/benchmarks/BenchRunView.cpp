// Issue 16 §4: no GUI stall while a run is in progress. A 1,000-request collection (a login,
// then 999 chained calls with two assertions each) runs against the built-in sandbox in the
// console's real run view (RunView with its RunResultsModel and table, a 1000x650 window,
// offscreen), through a CallPipeline that records every call in a failure log on its writer
// thread, as the console does. A 1 ms timer measures each gap of the GUI thread's event loop
// during the run; printed: the longest, the median and the 99th percentile gap, and the run's
// time. Beside each gap, the CPU time the GUI thread itself spent in it: on a loaded machine a
// long gap with little CPU time is the thread waiting for a core, not work done on it. Not run
// by ctest.
//
// The sandbox answers from a thread of its own by default (as a remote platform would); with
// --sandbox-on-gui-thread it answers from the GUI thread, as the console's "Local sandbox"
// environment does, so its own work is counted too.
//
// Run: QT_QPA_PLATFORM=offscreen build/bin/bench-run-view [--requests 1000] [--runs 3]
//      [--sandbox-on-gui-thread]
// Goal: no gap over 50 ms.
#include "ApiClient.h"
#include "CallPipeline.h"
#include "CollectionRunner.h"
#include "Environment.h"
#include "FailureStore.h"
#include "RunResultsModel.h"
#include "RunTarget.h"
#include "SandboxServer.h"
#include "runner/RunView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMetaObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace xlink;

namespace {

QByteArray collectionText(int requests)
{
    QByteArray text = "@password = sandbox123\n\n"
                      "### Log in\n# @name login\nPOST {{baseUrl}}/v2/corp_auth\n"
                      "Content-Type: application/json\n\n"
                      "{\"account\": \"dev@example.com\", \"password\": \"{{password}}\"}\n\n"
                      "?? status == 200\n\n";
    for (int i = 1; i < requests; ++i) {
        text += "### Products " + QByteArray::number(i) + "\n# @name products"
            + QByteArray::number(i)
            + "\nGET {{baseUrl}}/v2/products\nAccess-Token: {{login.access_token}}\n\n"
              "?? status == 200\n?? header content-type includes json\n\n";
    }
    return text;
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Every gap between two turns of the event loop while measuring (a 1 ms precise timer), and
// the GUI thread's CPU time in each.
class GapRecorder final
{
public:
    GapRecorder()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
    }
    void start()
    {
        m_gaps.clear();
        m_gaps.reserve(100000);
        m_cpuGaps.clear();
        m_cpuGaps.reserve(100000);
        m_clock.start();
        m_cpu = threadCpuMs();
        m_measuring = true;
    }
    std::vector<double> stop()
    {
        tick();
        m_measuring = false;
        return m_gaps;
    }
    const std::vector<double> &cpuGaps() const { return m_cpuGaps; }

private:
    void tick()
    {
        if (!m_measuring)
            return;
        m_gaps.push_back(double(m_clock.nsecsElapsed()) / 1e6);
        m_clock.restart();
        const double cpu = threadCpuMs();
        m_cpuGaps.push_back(cpu - m_cpu);
        m_cpu = cpu;
    }
    QTimer m_timer;
    std::vector<double> m_cpuGaps;
    double m_cpu = 0;
    QElapsedTimer m_clock;
    std::vector<double> m_gaps;
    bool m_measuring = false;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(at);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption requestsOption(
        u"requests"_s, u"Requests in the collection."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs to measure."_s, u"N"_s, u"3"_s);
    const QCommandLineOption guiThreadOption(
        u"sandbox-on-gui-thread"_s, u"Answer from the GUI thread, as the console's sandbox."_s);
    parser.addOptions({ requestsOption, runsOption, guiThreadOption });
    parser.process(app);
    const int requests = std::max(2, parser.value(requestsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    {
        QFile file(dir.filePath(u"bench.http"_s));
        const QByteArray text = collectionText(requests);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return 1;
    }

    // The sandbox, on its own thread unless asked otherwise.
    QThread serverThread;
    QObject serverContext;
    std::unique_ptr<sandbox::SandboxServer> onGuiThread;
    sandbox::SandboxServer *server = nullptr;
    if (parser.isSet(guiThreadOption)) {
        onGuiThread = std::make_unique<sandbox::SandboxServer>();
        server = onGuiThread.get();
        server->listen();
    } else {
        serverThread.start();
        serverContext.moveToThread(&serverThread);
        QMetaObject::invokeMethod(
            &serverContext,
            [&server] {
                server = new sandbox::SandboxServer;
                server->listen();
            },
            Qt::BlockingQueuedConnection);
    }
    const QUrl baseUrl = server->url();
    if (baseUrl.isEmpty()) {
        std::fprintf(stderr, "the sandbox does not listen\n");
        return 1;
    }

    FailureStore log(dir.filePath(u"failure-log.sqlite"_s));
    if (!log.open().ok) {
        std::fprintf(stderr, "the failure log does not open\n");
        return 1;
    }
    CallPipeline pipeline;
    Environment environment;
    environment.id = u"bench"_s;
    environment.name = u"Sandbox"_s;
    environment.baseUrl = baseUrl;
    environment.timeoutMs = 30000;
    pipeline.client()->setEnvironment(environment);
    pipeline.setFailureLog(&log);

    RunView view(&pipeline);
    view.resize(1000, 650);
    view.show();
    RunTarget target;
    QList<HttpCollection::Problem> problems;
    QString error;
    if (!target.load(dir.path(), &problems, &error) || !problems.isEmpty()) {
        std::fprintf(stderr, "the collection does not load: %s\n", qPrintable(error));
        return 1;
    }

    GapRecorder gaps;
    std::printf("bench-run-view: %d requests, sandbox on %s, %d run(s)\n", requests,
        parser.isSet(guiThreadOption) ? "the GUI thread" : "its own thread", runs);
    for (int run = 0; run < runs; ++run) {
        // Settle: the window painted, the loop idle.
        QEventLoop settle;
        QTimer::singleShot(200, &settle, &QEventLoop::quit);
        settle.exec();

        QEventLoop loop;
        QObject::connect(&view, &RunView::finished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        gaps.start();
        clock.start();
        if (!view.run(target, {}, QString()))
            return 1;
        loop.exec();
        const qint64 elapsed = clock.elapsed();
        const std::vector<double> measured = gaps.stop();
        const RunResultsModel::Counts counts = view.model()->counts();
        std::printf("run %d: %lld ms, %d passed, %d failed, %d skipped; event-loop gaps: max "
                    "%.1f ms, median %.2f ms, p99 %.1f ms (%zu gaps); GUI thread's CPU time "
                    "in a gap: max %.1f ms, p99 %.1f ms\n",
            run + 1, elapsed, counts.passed, counts.failed, counts.skipped,
            percentile(measured, 1.0), percentile(measured, 0.5), percentile(measured, 0.99),
            measured.size(), percentile(gaps.cpuGaps(), 1.0), percentile(gaps.cpuGaps(), 0.99));
        std::fflush(stdout);
        if (counts.passed != requests) {
            std::fprintf(stderr, "not every request passed\n");
            return 1;
        }
    }

    if (!onGuiThread) {
        QMetaObject::invokeMethod(
            &serverContext, [&server] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    }
    return 0;
}
