// JsonPathAtCursor: the JSON path of what is at a cursor position, in finished and unfinished
// texts.
#include "JsonPathAtCursor.h"

#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestJsonPathAtCursor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths_data();
    void paths();
};

void TestJsonPathAtCursor::paths_data()
{
    QTest::addColumn<QString>("text"); // `|` marks the cursor
    QTest::addColumn<QString>("path");
    QTest::newRow("on a key") << u"{\"na|me\": \"x\"}"_s << u"$.name"_s;
    QTest::newRow("after a key's quote") << u"{\"name\"|: 1}"_s << u"$.name"_s;
    QTest::newRow("in a value") << u"{\"a\": 1, \"name\": \"x|y\"}"_s << u"$.name"_s;
    QTest::newRow("between members") << u"{\"a\": 1,| \"b\": 2}"_s << u"$"_s;
    QTest::newRow("nested") << u"{\"a\": {\"b\": {\"c|\": 1}}}"_s << u"$.a.b.c"_s;
    QTest::newRow("in an array") << u"{\"list\": [{\"x\": 1}, {\"na|me\": 2}]}"_s
                                 << u"$.list[1].name"_s;
    QTest::newRow("array element") << u"{\"tags\": [\"a\", \"|b\"]}"_s << u"$.tags[1]"_s;
    QTest::newRow("after a closed object") << u"{\"a\": {\"b\": 1}, \"c\": |}"_s << u"$.c"_s;
    QTest::newRow("escaped quote in key") << u"{\"a\\\"b|\": 1}"_s << u"$[\"a\\\"b\"]"_s;
    QTest::newRow("unfinished") << u"{\n  \"name\": \"Smart\n  \"mo|"_s << u"$.name"_s;
    QTest::newRow("unfinished key") << u"{\"a\": 1, \"mo|"_s << u"$.mo"_s;
    QTest::newRow("before the body") << u"|{\"a\": 1}"_s << QString();
    QTest::newRow("after the body") << u"{\"a\": 1}|"_s << QString();
}

void TestJsonPathAtCursor::paths()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    const qsizetype cursor = text.indexOf(u'|');
    text.remove(cursor, 1);
    QCOMPARE(JsonPathAtCursor::pathAt(text, cursor), path);
}

QTEST_GUILESS_MAIN(TestJsonPathAtCursor)
#include "TestJsonPathAtCursor.moc"
