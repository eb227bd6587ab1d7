// The bounded in-memory history and its signals.
#include "CallHistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestCallHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsInOrder();
    void boundDropsOldest();
    void shrinkingTheLimit();
    void clearEmptiesAndSignals();
    void restoresOlderWithinTheLimit();
    void matchesSearchesMethodUrlCodeAndBodies();
};

static CallRecord record(int n)
{
    CallRecord r;
    r.method = "GET";
    r.url = QUrl(u"http://127.0.0.1/v2/call/"_s + QString::number(n));
    r.httpStatus = 200;
    return r;
}

void TestCallHistory::appendsInOrder()
{
    CallHistory history;
    QCOMPARE(history.limit(), CallHistory::defaultLimit);
    QSignalSpy appended(&history, &CallHistory::appended);
    history.append(record(1));
    history.append(record(2));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).url, record(2).url);
    QCOMPARE(appended.size(), 2);
}

void TestCallHistory::boundDropsOldest()
{
    CallHistory history;
    history.setLimit(3);
    QSignalSpy removed(&history, &CallHistory::oldestRemoved);
    for (int i = 0; i < 5; ++i)
        history.append(record(i));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).url, record(2).url);
    QCOMPARE(history.at(2).url, record(4).url);
    QCOMPARE(removed.size(), 2);
}

void TestCallHistory::shrinkingTheLimit()
{
    CallHistory history;
    for (int i = 0; i < 10; ++i)
        history.append(record(i));
    QSignalSpy about(&history, &CallHistory::aboutToRemoveOldest);
    history.setLimit(4);
    QCOMPARE(about.size(), 1);
    QCOMPARE(about.first().at(0).toInt(), 6);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(0).url, record(6).url);
    history.setLimit(0); // clamped to one
    QCOMPARE(history.limit(), 1);
    QCOMPARE(history.size(), 1);
}

void TestCallHistory::restoresOlderWithinTheLimit()
{
    CallHistory history;
    history.setLimit(4);
    history.append(record(10));
    history.append(record(11));
    QSignalSpy about(&history, &CallHistory::aboutToRestore);
    QSignalSpy restored(&history, &CallHistory::restored);
    // Earlier sessions' calls, oldest first: only the newest two fit.
    history.restoreOlder({ record(1), record(2), record(3) });
    QCOMPARE(about.size(), 1);
    QCOMPARE(about.first().at(0).toInt(), 2);
    QCOMPARE(restored.size(), 1);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(0).url, record(2).url);
    QCOMPARE(history.at(1).url, record(3).url);
    QCOMPARE(history.at(2).url, record(10).url);
    QCOMPARE(history.at(3).url, record(11).url);
    history.restoreOlder({ record(0) }); // no room left: nothing changes
    QCOMPARE(about.size(), 1);
    QCOMPARE(history.at(0).url, record(2).url);
}

void TestCallHistory::clearEmptiesAndSignals()
{
    CallHistory history;
    history.append(record(1));
    QSignalSpy cleared(&history, &CallHistory::cleared);
    history.clear();
    QCOMPARE(history.size(), 0);
    QCOMPARE(cleared.size(), 1);
}

void TestCallHistory::matchesSearchesMethodUrlCodeAndBodies()
{
    CallRecord r = record(7);
    r.method = "POST";
    r.requestBody = R"({"mac":"AABBCC"})";
    r.kind = CallRecord::Kind::Platform;
    r.platformError = PlatformError { 4041008, u"4041008"_s, false, u"设备不存在"_s };
    QVERIFY(CallHistory::matches(r, QString()));
    QVERIFY(CallHistory::matches(r, u"post"_s));
    QVERIFY(CallHistory::matches(r, u"/v2/call/7"_s));
    QVERIFY(CallHistory::matches(r, u"4041008"_s));
    QVERIFY(CallHistory::matches(r, u"设备"_s));
    QVERIFY(CallHistory::matches(r, u"aabbcc"_s));
    QVERIFY(CallHistory::matches(r, u"platform"_s));
    QVERIFY(!CallHistory::matches(r, u"nothing-like-this"_s));
}

QTEST_GUILESS_MAIN(TestCallHistory)
#include "TestCallHistory.moc"
