// Log view benchmark (not run by ctest): the real FailureLogModel in a QTableView, offscreen, on
// a failure log of 1,000,000 records (800,000 failures). Each run is a fresh process that
//  - shows an empty table of the console's size (the baseline: what Qt itself takes),
//  - opens the store and the model and waits until the view has painted its first rows (time
//    to first rows: open, migrate check, count, first page, paint),
//  - scrolls through the whole table, top to bottom in 400 steps, painting at each (median
//    time per step), then back to the top,
//  - reports its peak resident memory (VmHWM) and the part of it above the baseline.
//  - jumps the scrollbar to several deep positions (the middle, 3/4, near the end, ...) and
//    times each until its rows are painted (wall) and the GUI thread's CPU time for it (and
//    checks the row shown at the top against a plain OFFSET query),
// and, in another fresh process, the whole log page (FailureLogWidget):
//  - types a broad text filter ('timed out', 10% of the records) a key every 120 ms and
//    reports the longest time the GUI thread spent away from its event loop (wall, and the
//    thread's own CPU time: on a shared machine a wall gap may only be a wait for a core),
//  - then changes the filter once more (Return applies it at once) and times it until the
//    new filter's first rows are painted.
// Medians of 5 runs (--runs), wall and CPU time. In the same command, the sqlite3 tool runs the
// model's first statements (the count and the first page) on the same file as the time
// baseline, and a deep page by OFFSET as the deep jump's baseline.
// Target (issue 5): the log view holding 1,000,000 records <= 150 MB.
//
// Build: cmake --build --preset default --target bench-logview
// Run:   QT_QPA_PLATFORM=offscreen build/bin/bench-logview [--records N] [--dir DIR]
//        (--dir reuses the database bench-failurelog built there with the same --records)
#include "BenchmarkSupport.h"
#include "FailureStore.h"
#include "LogDatabase.h"
#include "RecordInserter.h"
#include "SampleCalls.h"
#include "log/FailureChartWidget.h"
#include "log/FailureLogModel.h"
#include "log/FailureLogWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace xlink;
using xlink::bench::cpuSeconds;
using xlink::bench::median;
using xlink::bench::say;

namespace {

// A line of /proc/self/status in MB (VmRSS: now, VmHWM: peak).
double statusMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// The longest time the GUI thread spends without returning to its event loop: a 1 ms timer
// fires on every turn of the loop, and the gaps between its firings are what a user feels as
// a frozen window. Wall gaps and the GUI thread's own CPU time in them.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_maxWall = m_maxCpu = 0;
        m_wall.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double maxWall() const { return m_maxWall; }
    double maxCpu() const { return m_maxCpu; }

private:
    void tick()
    {
        const double wall = double(m_wall.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs();
        m_maxWall = std::max(m_maxWall, wall);
        m_maxCpu = std::max(m_maxCpu, cpu - m_lastCpu);
        m_wall.start();
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_wall;
    double m_lastCpu = 0;
    double m_maxWall = 0;
    double m_maxCpu = 0;
};

// The row at the top of the view shows a record (not a placeholder of a page on its way).
bool topRowShown(QTableView &view)
{
    const QModelIndex top = view.indexAt(QPoint(1, 1));
    return top.isValid() && top.data(FailureLogModel::IdRole).toLongLong() > 0;
}

// Runs the event loop until `done`, then paints; false after `timeoutMs`. Sleeps while no event
// comes (a busy loop would count its own spinning as the GUI thread's CPU time).
template<typename Done>
bool waitFor(QWidget &painted, Done done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // checks `done` at least every 20 ms, and ends the wait at the timeout
    wake.start(20);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    painted.repaint();
    return true;
}

// The same database bench-failurelog builds (same rows, same name), in its own process so the
// building does not count towards the view's memory.
void build(const QString &path, qint64 records)
{
    LogDatabase database(path);
    database.open();
    QSqlQuery count(database.db());
    count.exec(QStringLiteral("SELECT count(*) FROM calls"));
    count.next();
    const qint64 existing = count.value(0).toLongLong();
    count.finish();
    if (existing >= records)
        return;
    say(QStringLiteral("== Building %1 records in %2").arg(records).arg(path));
    RecordInserter inserter(database.db(), 256 * 1024);
    QString error;
    for (qint64 i = existing; i < records; i += 2000) {
        QList<CallRecord> batch;
        for (qint64 k = i; k < std::min(records, i + 2000); ++k)
            batch << test::SampleCalls::mixed(k, base);
        if (inserter.insert(batch, &error).isEmpty())
            say(u"  insert failed: " + error);
    }
    QSqlQuery(database.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QSqlQuery(database.db()).exec(QStringLiteral("ANALYZE"));
}

void processEventsFor(QTableView &view)
{
    view.viewport()->repaint();
    QCoreApplication::processEvents();
}

// One measurement; prints "firstWall firstCpu stepWall stepCpu baselineMB peakMB rows".
int child(const QString &path)
{
    QTableView view;
    view.resize(1280, 800);
    QStandardItemModel empty(0, FailureLogModel::columnTotal);
    view.setModel(&empty);
    view.show();
    processEventsFor(view);
    const double baseline = statusMegabytes("VmRSS:");

    QElapsedTimer wall;
    wall.start();
    double cpu = cpuSeconds();
    FailureStore store(path);
    if (!store.open().ok)
        return 1;
    FailureLogModel model(&store);
    view.setModel(&model);
    if (!waitFor(*view.viewport(), [&view] { return topRowShown(view); }))
        return 1;
    const double firstWall = double(wall.nsecsElapsed()) / 1e6;
    const double firstCpu = (cpuSeconds() - cpu) * 1000.0;

    // The whole table (the exact count follows the quick one) before scrolling through it.
    if (!waitFor(*view.viewport(), [&model] { return model.isCountExact(); }))
        return 1;
    QList<double> stepWalls, stepCpus;
    QScrollBar *bar = view.verticalScrollBar();
    constexpr int steps = 400;
    for (int step = 1; step <= steps; ++step) {
        wall.start();
        cpu = cpuSeconds();
        bar->setValue(int(qint64(bar->maximum()) * step / steps));
        if (!waitFor(*view.viewport(), [&view] { return topRowShown(view); }))
            return 1;
        stepWalls << double(wall.nsecsElapsed()) / 1e6;
        stepCpus << (cpuSeconds() - cpu) * 1000.0;
    }
    bar->setValue(0);
    processEventsFor(view);
    const double peak = statusMegabytes("VmHWM:");

    // Deep jumps: the scrollbar dragged far down at once, as a user does on a large log, on a
    // fresh model (nothing cached from the scrolling above).
    FailureLogModel fresh(&store);
    view.setModel(&fresh);
    if (!waitFor(*view.viewport(), [&] { return topRowShown(view) && fresh.isCountExact(); }))
        return 1;
    QList<double> jumpWalls, jumpCpus;
    for (const double depth : { 0.5, 0.73, 0.91, 0.37, 0.64 }) {
        wall.start();
        const double jumpCpu = threadCpuMs();
        bar->setValue(int(double(bar->maximum()) * depth));
        if (!waitFor(*view.viewport(), [&view] { return topRowShown(view); }))
            return 1;
        jumpWalls << double(wall.nsecsElapsed()) / 1e6;
        jumpCpus << threadCpuMs() - jumpCpu;
        // The right rows (read by key) at that depth: what a plain OFFSET query gives there.
        const QModelIndex top = view.indexAt(QPoint(1, 1));
        const QList<LogEntry> expected = store.query().page({}, top.row(), 1);
        if (expected.isEmpty()
            || top.data(FailureLogModel::IdRole).toLongLong() != expected.first().id) {
            std::fprintf(stderr, "row %d after a jump is not the row OFFSET gives\n", top.row());
            return 1;
        }
    }
    std::printf("%f %f %f %f %f %f %d %f %f\n", firstWall, firstCpu, median(stepWalls),
        median(stepCpus), baseline, peak, fresh.rowCount(), median(jumpWalls), median(jumpCpus));
    return 0;
}

// Typing a broad text filter into the log page; prints
// "stallWall stallCpu firstRowsWall firstRowsCpu".
int typingChild(const QString &path)
{
    FailureStore store(path);
    if (!store.open().ok)
        return 1;
    FailureLogWidget widget(&store);
    widget.resize(1280, 800);
    widget.show();
    QTableView &view = *widget.table();
    if (!waitFor(widget, [&view] { return topRowShown(view); })) {
        std::fputs("the log page showed no rows\n", stderr);
        return 1;
    }
    // Whatever the page still reads for the whole log (the exact count, the chart, the choices).
    waitFor(widget, [&] { return widget.model()->isCountExact() && !widget.chart()->isPending(); });
    QTest::qWait(1000);

    StallMeter meter;
    meter.start();
    const QString typed = QStringLiteral("timed out");
    for (const QChar c : typed) {
        QTest::keyClicks(widget.textFilter(), QString(c));
        QTest::qWait(120);
    }
    const bool shown = waitFor(widget, [&] {
        return widget.filter().text == typed && topRowShown(view)
            && view.indexAt(QPoint(1, 1)).data().isValid();
    });
    // Until what follows the first rows has arrived too (the exact count, the chart).
    waitFor(widget, [&] { return widget.model()->isCountExact() && !widget.chart()->isPending(); });
    meter.stop();
    if (!shown) {
        std::fputs("the typed filter showed no rows\n", stderr);
        return 1;
    }

    // One more change, applied at once with Return: time until its first rows are painted.
    QElapsedTimer wall;
    wall.start();
    const double cpu = threadCpuMs();
    widget.textFilter()->setText(QStringLiteral("Connection refused"));
    QTest::keyClick(widget.textFilter(), Qt::Key_Return);
    if (!waitFor(widget, [&] {
            return widget.filter().text == QStringLiteral("Connection refused")
                && topRowShown(view);
        })) {
        std::fputs("the changed filter showed no rows\n", stderr);
        return 1;
    }
    const double firstWall = double(wall.nsecsElapsed()) / 1e6;
    const double firstCpu = threadCpuMs() - cpu;
    std::printf("%f %f %f %f\n", meter.maxWall(), meter.maxCpu(), firstWall, firstCpu);
    return 0;
}

// Median wall and CPU ms of the statements, each run `runs` times in one sqlite3 process.
std::pair<double, double> sqlite3Time(const QString &path, const QStringList &statements, int runs)
{
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int i = 0; i < runs; ++i) {
        for (const QString &statement : statements)
            script += statement + u";\n";
    }
    QProcess process;
    process.start(QStringLiteral("sqlite3"), { path });
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(600000);
    static const QRegularExpression timer(
        QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    QList<double> walls(runs, 0.0), cpus(runs, 0.0);
    qsizetype n = 0;
    for (auto it = timer.globalMatch(QString::fromUtf8(process.readAllStandardOutput()));
         it.hasNext(); ++n) {
        const auto match = it.next();
        const qsizetype run = n / statements.size();
        if (run >= runs)
            break;
        walls[run] += match.captured(1).toDouble() * 1000.0;
        cpus[run] += (match.captured(2).toDouble() + match.captured(3).toDouble()) * 1000.0;
    }
    return { median(walls), median(cpus) };
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"),
        QStringLiteral("Records in the database (default 1000000)."), QStringLiteral("N"),
        QStringLiteral("1000000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the database (default: a temporary one, removed after)."),
        QStringLiteral("DIR"));
    const QCommandLineOption childOption(QStringLiteral("child"),
        QStringLiteral("Measure once on this database."), QStringLiteral("PATH"));
    const QCommandLineOption typingOption(QStringLiteral("typing-child"),
        QStringLiteral("Measure typing a filter once on this database."), QStringLiteral("PATH"));
    const QCommandLineOption buildOption(QStringLiteral("build"),
        QStringLiteral("Build this database and exit."), QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Fresh processes per measurement (default 5)."), QStringLiteral("N"),
        QStringLiteral("5"));
    parser.addOptions(
        { recordsOption, dirOption, childOption, typingOption, buildOption, runsOption });
    parser.process(app);
    const qint64 records = parser.value(recordsOption).toLongLong();
    if (parser.isSet(childOption))
        return child(parser.value(childOption));
    if (parser.isSet(typingOption))
        return typingChild(parser.value(typingOption));
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (parser.isSet(buildOption)) {
        build(parser.value(buildOption), records);
        return 0;
    }

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/bench-%1.sqlite").arg(records);
    const QString self = QCoreApplication::applicationFilePath();
    QProcess::execute(self,
        { QStringLiteral("--build"), path, QStringLiteral("--records"), QString::number(records) });

    say(QStringLiteral("== Log view on %1 records (FailureLogModel in a 1280x800 QTableView,"
                       " offscreen), median of %2 runs, each a fresh process")
            .arg(records)
            .arg(runs));
    QList<double> firstWalls, firstCpus, stepWalls, stepCpus, baselines, peaks, jumpWalls, jumpCpus;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.start(self, { QStringLiteral("--child"), path });
        process.waitForFinished(600000);
        const QStringList fields
            = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u' ');
        if (process.exitCode() != 0 || fields.size() != 9) {
            say(QStringLiteral("  run %1 failed: %2")
                    .arg(run)
                    .arg(QString::fromUtf8(process.readAllStandardError())));
            continue;
        }
        firstWalls << fields[0].toDouble();
        firstCpus << fields[1].toDouble();
        stepWalls << fields[2].toDouble();
        stepCpus << fields[3].toDouble();
        baselines << fields[4].toDouble();
        peaks << fields[5].toDouble();
        rows = fields[6].toInt();
        jumpWalls << fields[7].toDouble();
        jumpCpus << fields[8].toDouble();
    }
    QList<double> stallWalls, stallCpus, filterWalls, filterCpus;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.start(self, { QStringLiteral("--typing-child"), path });
        process.waitForFinished(600000);
        const QStringList fields
            = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u' ');
        if (process.exitCode() != 0 || fields.size() != 4) {
            say(QStringLiteral("  typing run %1 failed: %2")
                    .arg(run)
                    .arg(QString::fromUtf8(process.readAllStandardError())));
            continue;
        }
        stallWalls << fields[0].toDouble();
        stallCpus << fields[1].toDouble();
        filterWalls << fields[2].toDouble();
        filterCpus << fields[3].toDouble();
    }
    // What the model runs first: the count, then the first page of 200 rows, newest first.
    const auto [theirWall, theirCpu] = sqlite3Time(path,
        { QStringLiteral("SELECT count(*) FROM calls WHERE failure = 1"),
            QStringLiteral(
                "SELECT id, started_at, environment, method, url, endpoint, http_status, code,"
                " kind, message_zh, message_en, server_msg, error_text, duration_ms,"
                " request_size, response_size FROM calls WHERE failure = 1"
                " ORDER BY started_at DESC, id DESC LIMIT 200") },
        7);
    say(QStringLiteral("  rows in the view                         %1").arg(rows));
    say(QStringLiteral("  time to first rows                       %1 ms wall %2 ms CPU")
            .arg(median(firstWalls), 8, 'f', 1)
            .arg(median(firstCpus), 8, 'f', 1));
    say(QStringLiteral("  baseline: sqlite3, count + first page    %1 ms wall %2 ms CPU"
                       "  (ratio %3 wall, %4 CPU)")
            .arg(theirWall, 8, 'f', 1)
            .arg(theirCpu, 8, 'f', 1)
            .arg(theirWall > 0 ? median(firstWalls) / theirWall : 0, 0, 'f', 2)
            .arg(theirCpu > 0 ? median(firstCpus) / theirCpu : 0, 0, 'f', 2));
    say(QStringLiteral("  scroll step (1/400 of the table), median %1 ms wall %2 ms CPU")
            .arg(median(stepWalls), 8, 'f', 1)
            .arg(median(stepCpus), 8, 'f', 1));
    say(QStringLiteral("  deep jump (scrollbar to 37-91%), median  %1 ms wall %2 ms GUI CPU")
            .arg(median(jumpWalls), 8, 'f', 1)
            .arg(median(jumpCpus), 8, 'f', 1));
    const auto [deepWall, deepCpu] = sqlite3Time(path,
        { QStringLiteral(
            "SELECT id, started_at, environment, method, url, endpoint, http_status, code,"
            " kind, message_zh, message_en, server_msg, error_text, duration_ms,"
            " request_size, response_size FROM calls WHERE failure = 1"
            " ORDER BY started_at DESC, id DESC LIMIT 200 OFFSET 400000") },
        7);
    say(QStringLiteral("  baseline: sqlite3, a page at OFFSET 400000 %1 ms wall %2 ms CPU")
            .arg(deepWall, 6, 'f', 1)
            .arg(deepCpu, 8, 'f', 1));
    say(QStringLiteral("  typing 'timed out' (a key per 120 ms), longest GUI stall %1 ms wall"
                       " %2 ms GUI CPU")
            .arg(median(stallWalls), 8, 'f', 1)
            .arg(median(stallCpus), 8, 'f', 1));
    say(QStringLiteral("  filter change to first rows painted      %1 ms wall %2 ms GUI CPU")
            .arg(median(filterWalls), 8, 'f', 1)
            .arg(median(filterCpus), 8, 'f', 1));
    say(QStringLiteral("  peak resident memory (VmHWM)             %1 MB")
            .arg(median(peaks), 8, 'f', 1));
    say(QStringLiteral("  baseline: empty table of the same size   %1 MB (view's own share %2 MB)")
            .arg(median(baselines), 8, 'f', 1)
            .arg(median(peaks) - median(baselines), 0, 'f', 1));
    return 0;
}
