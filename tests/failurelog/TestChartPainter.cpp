// The time axis of the failure chart: UTC (marked) in reports, local time in the console.
#include "report/ChartPainter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
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
    void spanNeverLabelsBothEndsAlike();
    void countLabelIsOnTheCountAxis();
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

void TestChartPainter::spanNeverLabelsBothEndsAlike()
{
    // One failure (or a burst within a minute, as a filter on one code often leaves): the axis
    // covers whole minutes, at least one per bucket, ending just after it.
    const QDateTime at(QDate(2026, 12, 6), QTime(9, 49, 30), Qt::UTC);
    const auto [from, to] = ChartPainter::timeSpan(at, at.addMSecs(400), LogFilter(), 24);
    QCOMPARE(to, QDateTime(QDate(2026, 12, 6), QTime(9, 50), Qt::UTC));
    QCOMPARE(from, to.addSecs(-24 * 60));
    const QList<LogQuery::Bucket> buckets { { from, to, 2 } };
    const auto [first, last] = ChartPainter::timeLabels(buckets, ChartPainter::Clock::Utc);
    QCOMPARE(first, u"2026-12-06 09:26"_s);
    QCOMPARE(last, u"2026-12-06 09:50 UTC"_s);

    // A filter with its own range is charted over that range.
    LogFilter lastDay;
    lastDay.since = at.addDays(-1).addSecs(-30);
    lastDay.until = at.addSecs(30);
    const std::pair<QDateTime, QDateTime> day { QDateTime(
                                                    QDate(2026, 12, 5), QTime(9, 49), Qt::UTC),
        QDateTime(QDate(2026, 12, 6), QTime(9, 50), Qt::UTC) };
    QCOMPARE(ChartPainter::timeSpan(at, at, lastDay, 24), day);
    // A long span is kept as it is, to the minute.
    const auto [start, end] = ChartPainter::timeSpan(at.addDays(-3), at, LogFilter(), 24);
    QCOMPARE(start, QDateTime(QDate(2026, 12, 3), QTime(9, 49), Qt::UTC));
    QCOMPARE(end, QDateTime(QDate(2026, 12, 6), QTime(9, 50), Qt::UTC));
    QCOMPARE(ChartPainter::timeSpan({}, {}, LogFilter(), 24), (std::pair<QDateTime, QDateTime>()));
}

void TestChartPainter::countLabelIsOnTheCountAxis()
{
    // The tallest bar's count labels the count axis at its top left; the time axis below
    // carries its two end times and nothing between them, where a count would read as a time.
    QImage image(600, 160, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QDateTime start(QDate(2026, 3, 1), QTime(20, 0), Qt::UTC);
    QList<LogQuery::Bucket> buckets;
    for (int i = 0; i < 24; ++i)
        buckets.append({ start.addSecs(i * 60), start.addSecs(i * 60 + 60), i == 20 ? 2 : 0 });
    QPainter painter(&image);
    ChartPainter::drawOverTime(painter, QRectF(image.rect()), buckets);
    painter.end();
    // Text is drawn in black; the bars are red and the axes grey.
    auto darkPixels = [&image](const QRect &area) {
        int dark = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor color = image.pixelColor(x, y);
                if (color.red() < 100 && color.green() < 100 && color.blue() < 100)
                    ++dark;
            }
        }
        return dark;
    };
    const int lineHeight = QFontMetrics(QGuiApplication::font()).height();
    const QRect timeAxis(0, image.height() - lineHeight * 3 / 2, image.width(), lineHeight * 3 / 2);
    QVERIFY(darkPixels(timeAxis.adjusted(0, 0, -image.width() * 2 / 3, 0)) > 0); // the start
    QCOMPARE(darkPixels(timeAxis.adjusted(image.width() / 3, 0, -image.width() / 3, 0)), 0);
    QVERIFY(darkPixels(QRect(0, 0, 40, lineHeight)) > 0); // "2", top left
}

QTEST_MAIN(TestChartPainter)
#include "TestChartPainter.moc"
