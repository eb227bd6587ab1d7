// The time axis of the failure chart: UTC (marked) in reports, local time in the console.
#include "report/ChartPainter.h"

#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace xlink;

class TestChartPainter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelsInUtcOrLocalTime();
};

void TestChartPainter::initTestCase()
{
    // A zone eight hours ahead of UTC without daylight saving (China's), set before any local
    // time is computed, so "local" and "UTC" differ on every machine. A POSIX rule, so no time
    // zone database (tzdata) is needed.
    qputenv("TZ", "CST-8");
    tzset();
}

void TestChartPainter::labelsInUtcOrLocalTime()
{
    const QDateTime start(QDate(2026, 3, 1), QTime(20, 0), Qt::UTC);
    const QList<LogQuery::Bucket> buckets { { start, start.addSecs(3600), 4 },
        { start.addSecs(3600), start.addSecs(7200), 1 } };
    const std::pair<QString, QString> utc { u"2026-03-01 20:00"_s, u"2026-03-01 22:00 UTC"_s };
    QCOMPARE(ChartPainter::timeLabels(buckets, ChartPainter::Clock::Utc), utc);
    const std::pair<QString, QString> local { u"2026-03-02 04:00"_s, u"2026-03-02 06:00"_s };
    QCOMPARE(ChartPainter::timeLabels(buckets, ChartPainter::Clock::Local), local);
    const std::pair<QString, QString> none;
    QCOMPARE(ChartPainter::timeLabels({}, ChartPainter::Clock::Local), none);
}

QTEST_GUILESS_MAIN(TestChartPainter)
#include "TestChartPainter.moc"
