// A target's query string as name/value pairs and back, as the composer's query table uses it.
#include "QueryParameters.h"

#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;
using Pairs = QList<QueryParameters::Pair>;

class TestQueryParameters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseGivesDecodedPairsInOrder_data();
    void parseGivesDecodedPairsInOrder();
    void withQueryAppendsEncodedPairsToTheTarget_data();
    void withQueryAppendsEncodedPairsToTheTarget();
    void parseReadsBackWhatWithQueryWrote_data();
    void parseReadsBackWhatWithQueryWrote();
};

void TestQueryParameters::parseGivesDecodedPairsInOrder_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<Pairs>("pairs");
    QTest::newRow("none") << u"/v2/corp"_s << Pairs {};
    QTest::newRow("empty") << u"/v2/corp?"_s << Pairs {};
    QTest::newRow("two") << u"/v2/corp/members?offset=0&limit=20"_s
                         << Pairs { { u"offset"_s, u"0"_s }, { u"limit"_s, u"20"_s } };
    QTest::newRow("decoded") << u"/x?q=a%20b%26c&%E5%90%8D=%E5%80%BC"_s
                             << Pairs { { u"q"_s, u"a b&c"_s }, { u"名"_s, u"值"_s } };
    QTest::newRow("no equals, empty segments")
        << u"/x?flag&&a=1&"_s << Pairs { { u"flag"_s, QString() }, { u"a"_s, u"1"_s } };
    QTest::newRow("equals in value") << u"/x?f=a=b"_s << Pairs { { u"f"_s, u"a=b"_s } };
    QTest::newRow("fragment") << u"/x?a=1#top"_s << Pairs { { u"a"_s, u"1"_s } };
    QTest::newRow("question in fragment") << u"/x#a?b=1"_s << Pairs {};
    QTest::newRow("absolute") << u"https://api2.xlink.cn/v2/x?a={pid}"_s
                              << Pairs { { u"a"_s, u"{pid}"_s } };
}

void TestQueryParameters::parseGivesDecodedPairsInOrder()
{
    QFETCH(QString, target);
    QFETCH(Pairs, pairs);
    QCOMPARE(QueryParameters::parse(target), pairs);
}

void TestQueryParameters::withQueryAppendsEncodedPairsToTheTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<Pairs>("pairs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("add") << u"/v2/corp/members"_s
                         << Pairs { { u"offset"_s, u"0"_s }, { u"limit"_s, u"20"_s } }
                         << u"/v2/corp/members?offset=0&limit=20"_s;
    QTest::newRow("replace") << u"/x?old=1"_s << Pairs { { u"new"_s, u"2"_s } } << u"/x?new=2"_s;
    QTest::newRow("remove all") << u"/x?old=1"_s << Pairs {} << u"/x"_s;
    QTest::newRow("unnamed rows skipped")
        << u"/x"_s << Pairs { { QString(), u"v"_s }, { u"a"_s, QString() } } << u"/x?a="_s;
    QTest::newRow("encoded") << u"/x"_s
                             << Pairs { { u"q"_s, u"a b&c=d+e#f%"_s }, { u"名"_s, u"值"_s } }
                             << u"/x?q=a%20b%26c%3Dd%2Be%23f%25&%E5%90%8D=%E5%80%BC"_s;
    QTest::newRow("placeholder kept")
        << u"/v2/product/{pid}/devices"_s << Pairs { { u"id"_s, u"{did}"_s } }
        << u"/v2/product/{pid}/devices?id={did}"_s;
    QTest::newRow("fragment kept")
        << u"/x?a=1#top"_s << Pairs { { u"b"_s, u"2"_s } } << u"/x?b=2#top"_s;
}

void TestQueryParameters::withQueryAppendsEncodedPairsToTheTarget()
{
    QFETCH(QString, target);
    QFETCH(Pairs, pairs);
    QFETCH(QString, expected);
    QCOMPARE(QueryParameters::withQuery(target, pairs), expected);
}

void TestQueryParameters::parseReadsBackWhatWithQueryWrote_data()
{
    QTest::addColumn<Pairs>("pairs");
    QTest::newRow("plain") << Pairs { { u"a"_s, u"1"_s } };
    QTest::newRow("awkward") << Pairs { { u"a&b"_s, u"=%+ #?/"_s }, { u"空 格"_s, u"'$[]"_s } };
}

void TestQueryParameters::parseReadsBackWhatWithQueryWrote()
{
    QFETCH(Pairs, pairs);
    QCOMPARE(QueryParameters::parse(QueryParameters::withQuery(u"/p"_s, pairs)), pairs);
}

QTEST_GUILESS_MAIN(TestQueryParameters)
#include "TestQueryParameters.moc"
