// The console's request check on a 10 MB body (issue 15 §2: check <= 200 ms, no GUI stall over
// 50 ms): RequestCheck::checkBody alone on the body (schema compiled once, before), and the
// console's BodyCheckRunner checking it off the GUI thread while a 5 ms timer on the GUI thread
// measures the longest gap between its ticks (the stall). Medians over the runs, milliseconds.
// Run: QT_QPA_PLATFORM=offscreen build/bin/bench-request-check [runs]
#include "ApiDescription.h"
#include "RequestCheck.h"
#include "console/BodyCheckRunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
}

// setAppDatapointValues takes an array of devices with their datapoints: ~10 MB of them,
// pretty-printed as the editor holds it, with a wrong type (an index as text) every 10,000
// devices.
QByteArray tenMegabytes()
{
    QJsonArray devices;
    for (int i = 0; i < 29400; ++i) {
        QJsonArray points;
        for (int p = 0; p < 3; ++p)
            points.append(QJsonObject {
                { u"index"_s, i % 10000 == 0 && p == 0 ? QJsonValue(u"0"_s) : QJsonValue(p) },
                { u"value"_s, p == 1 ? QJsonValue(i % 2 == 0) : QJsonValue(i + p) } });
        devices.append(QJsonObject { { u"mac"_s, u"A4C1380F%1"_s.arg(i, 4, 16, QChar(u'0')) },
            { u"datapoints"_s, points } });
    }
    return QJsonDocument(devices).toJson(QJsonDocument::Indented);
}

// This thread's processor time: on a machine busy with other work the wall-clock figure
// grows with the load, this one much less, so the two side by side tell the check's own cost.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    const ApiOperation *operation
        = ApiDescription::builtin().byOperationId(u"setAppDatapointValues"_s);
    if (!operation)
        return 2;
    const QByteArray body = tenMegabytes();
    std::printf("body: %.1f MB, %s %s\n", double(body.size()) / 1e6, qPrintable(operation->method),
        qPrintable(operation->path));
    (void)RequestCheck::checkBody(*operation, "[]"); // the schema is compiled once, first

    QList<double> checks;
    QList<double> checkCpu;
    qsizetype problems = 0;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        const double cpuStart = threadCpuMs();
        timer.start();
        problems = RequestCheck::checkBody(*operation, body).size();
        checks.append(double(timer.nsecsElapsed()) / 1e6);
        checkCpu.append(threadCpuMs() - cpuStart);
    }

    QList<double> offThread;
    QList<double> stalls;
    BodyCheckRunner runner;
    runner.setDelay(0);
    runner.setBodySource([&body] { return body; });
    QTimer ticker;
    ticker.setInterval(5);
    QElapsedTimer sinceTick;
    double longest = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.start();
    });
    ticker.start();
    for (int run = 0; run < runs; ++run) {
        QSignalSpy checked(&runner, &BodyCheckRunner::checked);
        longest = 0;
        sinceTick.start();
        timer.start();
        runner.schedule(operation);
        runner.runNow();
        checked.wait(10000);
        offThread.append(double(timer.nsecsElapsed()) / 1e6);
        stalls.append(longest);
    }

    std::printf("problems found: %lld\n", qlonglong(problems));
    std::printf("checkBody on the body:              median %8.1f ms (target <= 200 ms), "
                "processor time %.1f ms\n",
        median(checks), median(checkCpu));
    std::printf("runner, schedule to result:         median %8.1f ms\n", median(offThread));
    std::printf(
        "longest GUI-thread gap meanwhile:   median %8.1f ms, max %.1f ms (target <= 50 ms)\n",
        median(stalls), *std::max_element(stalls.cbegin(), stalls.cend()));
    return median(checks) <= 200 && median(stalls) <= 50 ? 0 : 1;
}
