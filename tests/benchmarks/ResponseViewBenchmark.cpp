// Issue 4 §9: a 50 MB JSON response from the sandbox over loopback, through the real client
// (ApiClient, HttpExchange, classification, redaction) into the real ResponseViewWidget, against
// the naive way in the same run: the same body parsed and set into a QPlainTextEdit on the GUI
// thread. Measures the time from the last byte received to the first content painted, the
// longest GUI-thread stall (a 1 ms timer watching the event loop) and peak resident memory
// (VmHWM, reset before each run through /proc/self/clear_refs). Not run by ctest.
//
// Run: QT_QPA_PLATFORM=offscreen build/bin/bench-response-view [--mb 50] [--runs 5]
//      [--baseline-runs 1]
// Targets: first content <= 1000 ms, stall <= 50 ms, peak memory <= 6x the body.
#include "ApiCall.h"
#include "ApiClient.h"
#include "ApiRequest.h"
#include "Environment.h"
#include "SandboxServer.h"
#include "console/LargeTextView.h"
#include "console/ResponseViewWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Sets VmHWM back to the current resident size, so each run's peak is its own.
void resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// The longest time between two turns of the event loop while `measuring` is set.
class StallWatchdog final
{
public:
    StallWatchdog()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }
    void start()
    {
        m_clock.restart();
        m_longest = 0;
        m_measuring = true;
    }
    double stopMs()
    {
        tick();
        m_measuring = false;
        return double(m_longest) / 1e6;
    }

private:
    void tick()
    {
        const qint64 gap = m_clock.nsecsElapsed();
        m_clock.restart();
        if (m_measuring)
            m_longest = std::max(m_longest, gap);
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    bool m_measuring = false;
};

struct Sample
{
    double firstContentMs = 0;
    double stallMs = 0;
    double peakMb = 0;
    double deliveredMs = 0; // last byte to the call's finished() (client: classify, redact)
    double showRecordMs = 0; // showRecord() itself
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The sandbox serves from its own thread, as it would from another process: its writing is not
// the viewer's stall.
class SandboxThread final
{
public:
    SandboxThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = new xlink::sandbox::SandboxServer;
                m_server->listen();
            },
            Qt::BlockingQueuedConnection);
    }
    ~SandboxThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return m_server->url(); }

private:
    QThread m_thread;
    QObject m_context;
    xlink::sandbox::SandboxServer *m_server = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ u"mb"_s, u"Body size in MiB."_s, u"MB"_s, u"50"_s });
    parser.addOption({ u"runs"_s, u"Runs of the viewer."_s, u"N"_s, u"5"_s });
    parser.addOption({ u"baseline-runs"_s, u"Runs of the naive baseline."_s, u"N"_s, u"1"_s });
    parser.process(app);
    const qint64 bodyBytes = parser.value(u"mb"_s).toLongLong() * 1024 * 1024;
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int baselineRuns = std::max(0, parser.value(u"baseline-runs"_s).toInt());

    SandboxThread sandbox;
    xlink::ApiClient client;
    xlink::Environment environment;
    environment.id = u"bench"_s;
    environment.name = u"bench"_s;
    environment.baseUrl = sandbox.url();
    environment.timeoutMs = 120'000;
    client.setEnvironment(environment);

    xlink::ResponseViewWidget view;
    view.resize(1000, 700);
    view.show();
    StallWatchdog watchdog;
    QElapsedTimer clock;
    clock.start();

    // A login answered by a body of exactly `bodyBytes` ({"padding":"xxx..."}): HTTP 200, JSON.
    xlink::ApiRequest request;
    request.method = "POST";
    request.target = u"/v2/corp_auth"_s;
    request.body = R"({"account":"dev@example.com","password":"sandbox123"})";
    request.setHeader("Content-Type", "application/json");
    request.setHeader("X-Sandbox-Fault", "huge=" + QByteArray::number(bodyBytes));

    std::vector<Sample> samples;
    QByteArray body;
    for (int run = 0; run < runs; ++run) {
        view.clear();
        body.clear();
        app.processEvents();
        resetPeak();
        Sample sample;
        qint64 lastByte = -1;
        QEventLoop loop;
        xlink::ApiCall *call = client.send(request);
        QObject::connect(call, &xlink::ApiCall::progress, [&](qint64 received, qint64 total) {
            if (total > 0 && received >= total && lastByte < 0) {
                lastByte = clock.nsecsElapsed();
                watchdog.start();
            }
        });
        QObject::connect(call, &xlink::ApiCall::finished, [&](const xlink::CallRecord &record) {
            if (lastByte < 0) {
                lastByte = clock.nsecsElapsed();
                watchdog.start();
            }
            body = record.responseBody;
            const qint64 delivered = clock.nsecsElapsed();
            view.showRecord(record);
            sample.deliveredMs = double(delivered - lastByte) / 1e6;
            sample.showRecordMs = double(clock.nsecsElapsed() - delivered) / 1e6;
        });
        const auto shown = QObject::connect(&view, &xlink::ResponseViewWidget::bodyShown, [&] {
            view.prettyView()->viewport()->repaint();
            sample.firstContentMs = double(clock.nsecsElapsed() - lastByte) / 1e6;
            // Keep watching a little after: anything still queued for the GUI thread counts.
            QTimer::singleShot(300, &loop, &QEventLoop::quit);
        });
        loop.exec();
        QObject::disconnect(shown);
        sample.stallMs = watchdog.stopMs();
        sample.peakMb = double(statusKb("VmHWM:")) / 1024;
        if (body.size() != bodyBytes) {
            std::fprintf(stderr, "got %lld bytes, expected %lld\n", qlonglong(body.size()),
                qlonglong(bodyBytes));
            return 1;
        }
        std::printf("viewer   run %d: first content %8.1f ms  longest stall %7.1f ms  peak %7.1f "
                    "MB  (client until finished() %.1f ms, showRecord %.1f ms)\n",
            run + 1, sample.firstContentMs, sample.stallMs, sample.peakMb, sample.deliveredMs,
            sample.showRecordMs);
        std::fflush(stdout);
        samples.push_back(sample);
    }
    view.clear();

    std::vector<Sample> baseline;
    for (int run = 0; run < baselineRuns; ++run) {
        app.processEvents();
        resetPeak();
        Sample sample;
        auto *edit = new QPlainTextEdit;
        edit->setReadOnly(true);
        edit->resize(1000, 700);
        edit->show();
        app.processEvents();
        watchdog.start();
        const qint64 start = clock.nsecsElapsed();
        // What a naive viewer does on the GUI thread when the reply finishes.
        QTimer::singleShot(0, [&] {
            const QJsonDocument document = QJsonDocument::fromJson(body);
            edit->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
            edit->viewport()->repaint();
            sample.firstContentMs = double(clock.nsecsElapsed() - start) / 1e6;
        });
        QEventLoop loop;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        sample.stallMs = watchdog.stopMs();
        sample.peakMb = double(statusKb("VmHWM:")) / 1024;
        delete edit;
        std::printf("baseline run %d: first content %8.1f ms  longest stall %7.1f ms  peak %7.1f "
                    "MB\n",
            run + 1, sample.firstContentMs, sample.stallMs, sample.peakMb);
        std::fflush(stdout);
        baseline.push_back(sample);
    }

    auto medianOf = [](const std::vector<Sample> &values, double Sample::*field) {
        std::vector<double> picked;
        for (const Sample &sample : values)
            picked.push_back(sample.*field);
        return median(picked);
    };
    const double mb = double(bodyBytes) / 1024 / 1024;
    const double first = medianOf(samples, &Sample::firstContentMs);
    const double stall = medianOf(samples, &Sample::stallMs);
    const double peak = medianOf(samples, &Sample::peakMb);
    std::printf("\nbody %.0f MiB; medians of %d viewer runs and %d baseline runs\n", mb, runs,
        baselineRuns);
    std::printf("%-28s %12s %12s %12s\n", "", "first ms", "stall ms", "peak MB");
    std::printf("%-28s %12.1f %12.1f %12.1f\n", "ResponseViewWidget", first, stall, peak);
    if (!baseline.empty()) {
        const double bFirst = medianOf(baseline, &Sample::firstContentMs);
        const double bStall = medianOf(baseline, &Sample::stallMs);
        const double bPeak = medianOf(baseline, &Sample::peakMb);
        std::printf("%-28s %12.1f %12.1f %12.1f\n", "naive QPlainTextEdit", bFirst, bStall, bPeak);
        std::printf("%-28s %12.3f %12.3f %12.3f\n", "ratio viewer / baseline", first / bFirst,
            stall / bStall, peak / bPeak);
    }
    const bool ok = first <= 1000 && stall <= 50 && peak <= 6 * mb;
    std::printf("targets: first <= 1000 ms, stall <= 50 ms, peak <= %.0f MB (6x body): %s\n",
        6 * mb, ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
