// Finding platform errors in pasted text: objects and bare codes, in order, in linear time.
#include "catalogue/ErrorCatalogue.h"
#include "catalogue/ErrorTextScanner.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace xlink;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<int>)

namespace {

QList<int> codesOf(const QList<FoundError> &found)
{
    QList<int> codes;
    for (const FoundError &f : found)
        codes.append(f.code);
    return codes;
}

} // namespace

class TestErrorTextScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsCodesInText_data();
    void findsCodesInText();
    void objectDetails();
    void prettyPrintedObjectPosition();
    void escapedAndUnicodeMessage();
    void objectWithoutNumericCode();
    void objectInsideJsonString();
    void mergedCatalogueDecidesBareCodes();
    void hugeInputsAreLinear_data();
    void hugeInputsAreLinear();
    void streamFindsWhatTheWholeScanFinds_data();
    void streamFindsWhatTheWholeScanFinds();
};

void TestErrorTextScanner::findsCodesInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QList<bool>>("fromObject");

    QTest::newRow("string code") << u"{\"error\":{\"code\":\"4031003\",\"msg\":\"x\"}}"_s
                                 << QList<int> { 4031003 } << QList<bool> { true };
    QTest::newRow("number code") << u"{\"error\":{\"code\":4041008,\"msg\":\"x\"}}"_s
                                 << QList<int> { 4041008 } << QList<bool> { true };
    QTest::newRow("log line") << u"12:00:01 WARN POST /v2/device -> 400 {\"error\":{\"msg\":"
                                 "\"x\",\"code\":\"4001021\"}} took 12ms"_s
                              << QList<int> { 4001021 } << QList<bool> { true };
    QTest::newRow("pretty printed")
        << u"{\n  \"error\" : {\n    \"code\" : \"4031003\",\n    \"msg\" : \"无效\"\n  }\n}\n"_s
        << QList<int> { 4031003 } << QList<bool> { true };
    QTest::newRow("bare codes in prose")
        << u"got 4031003 then 4041001, and 错误码5031001：服务端异常"_s
        << QList<int> { 4031003, 4041001, 5031001 } << QList<bool> { false, false, false };
    QTest::newRow("unknown code in known class")
        << u"code=4039999"_s << QList<int> { 4039999 } << QList<bool> { false };
    QTest::newRow("objects and bare codes in order")
        << u"4001007 first\n{\"error\":{\"code\":\"4031003\"}}\nthen 4041001"_s
        << QList<int> { 4001007, 4031003, 4041001 } << QList<bool> { false, true, false };
    QTest::newRow("two objects on a line")
        << u"{\"error\":{\"code\":\"4031003\"}}{\"error\":{\"code\":4031004}}"_s
        << QList<int> { 4031003, 4031004 } << QList<bool> { true, true };
    QTest::newRow("not part of longer numbers")
        << u"40310031 14031003 1.4031003 4031003.5 0x4031003 id_4031003 a4031003"_s << QList<int> {}
        << QList<bool> {};
    QTest::newRow("unknown class and success status are not codes")
        << u"1234567 2001234 6001234 9999999 4101234"_s << QList<int> {} << QList<bool> {};
    QTest::newRow("truncated object still yields its bare code")
        << u"{\"error\":{\"code\":\"4031003\",\"msg\":\"无效"_s << QList<int> { 4031003 }
        << QList<bool> { false };
    QTest::newRow("error that is not an object") << u"{\"error\":\"boom\",\"status\":4041001}"_s
                                                 << QList<int> { 4041001 } << QList<bool> { false };
    QTest::newRow("nested extra members")
        << u"{\"error\":{\"code\":\"4001001\",\"detail\":{\"fields\":[\"name\",{\"a\":null}]},"
           "\"msg\":\"m\"}}"_s
        << QList<int> { 4001001 } << QList<bool> { true };
    QTest::newRow("number code written as a float")
        << u"{\"error\":{\"code\":4031003.0}}"_s << QList<int> { 4031003 } << QList<bool> { true };
    QTest::newRow("object inside a JSON string")
        << uR"(log {"level":"warn","body":"{\"error\":{\"code\":\"4001021\",\"msg\":\"x\"}}"} 4041001)"_s
        << QList<int> { 4001021, 4041001 } << QList<bool> { true, false };
    QTest::newRow("empty") << QString() << QList<int> {} << QList<bool> {};
}

void TestErrorTextScanner::findsCodesInText()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, codes);
    QFETCH(QList<bool>, fromObject);

    const QList<FoundError> found = ErrorTextScanner::scan(text);
    QCOMPARE(codesOf(found), codes);
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).fromObject, fromObject.at(i));
        if (i > 0)
            QVERIFY(found.at(i).offset >= found.at(i - 1).offset + found.at(i - 1).length);
    }
}

void TestErrorTextScanner::objectDetails()
{
    const QString text
        = u"resp: {\"error\":{\"code\":\"4031003\",\"msg\":\"token expired\"}} end"_s;
    const QList<FoundError> found = ErrorTextScanner::scan(text);
    QCOMPARE(found.size(), 1);
    const FoundError &f = found.first();
    QCOMPARE(f.code, 4031003);
    QCOMPARE(f.rawCode, u"4031003"_s);
    QCOMPARE(f.serverMessage, u"token expired"_s);
    QCOMPARE(f.offset, 6);
    QCOMPARE(text.mid(f.offset, f.length),
        u"{\"error\":{\"code\":\"4031003\",\"msg\":\"token expired\"}}"_s);
    QCOMPARE(f.line, 1);
    QCOMPARE(f.column, 7);
}

void TestErrorTextScanner::prettyPrintedObjectPosition()
{
    const QString text
        = u"line one\nline two 4001007\n  {\n    \"error\": {\n      \"code\": 4041001"
          ",\n      \"msg\": \"设备不存在\"\n    }\n  }\n"_s;
    const QList<FoundError> found = ErrorTextScanner::scan(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).line, 2);
    QCOMPARE(found.at(0).column, 10);
    QCOMPARE(found.at(0).length, 7);
    QCOMPARE(found.at(1).code, 4041001);
    QCOMPARE(found.at(1).rawCode, u"4041001"_s);
    QCOMPARE(found.at(1).serverMessage, u"设备不存在"_s);
    QCOMPARE(found.at(1).line, 3);
    QCOMPARE(found.at(1).column, 3);
    QVERIFY(text.mid(found.at(1).offset, found.at(1).length).endsWith(u'}'));
}

void TestErrorTextScanner::escapedAndUnicodeMessage()
{
    const QString text
        = uR"({"error":{"code":"4001001","msg":"bad \"name\"\n\u8bbe\u5907 \ud83d\ude00 a\\b\/c"}})"_s;
    const QList<FoundError> found = ErrorTextScanner::scan(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().serverMessage, u"bad \"name\"\n设备 😀 a\\b/c"_s);
}

void TestErrorTextScanner::objectWithoutNumericCode()
{
    const QList<FoundError> found
        = ErrorTextScanner::scan(u"{\"error\":{\"code\":\"abc\",\"msg\":\"odd\"}}"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, 0);
    QCOMPARE(found.first().rawCode, u"abc"_s);
    QVERIFY(found.first().fromObject);
    QCOMPARE(found.first().serverMessage, u"odd"_s);
}

void TestErrorTextScanner::objectInsideJsonString()
{
    // A pretty-printed body stored in a log field: newlines and non-ASCII text escaped once
    // more.
    const QString text
        = uR"({"body":"{\n  \"error\": {\n    \"code\": \"4031003\",\n    \"msg\": \"\\u8fc7\\u671f \\\"x\\\"\"\n  }\n}","t":1})"_s;
    const QList<FoundError> found = ErrorTextScanner::scan(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, 4031003);
    QVERIFY(found.first().fromObject);
    QCOMPARE(found.first().serverMessage, u"过期 \"x\""_s);
    QCOMPARE(found.first().offset, text.indexOf(u"{\\n"_s));
    QVERIFY(text.mid(found.first().offset, found.first().length).endsWith(u"\\n}"_s));
}

void TestErrorTextScanner::mergedCatalogueDecidesBareCodes()
{
    // 6001234 is in no class the built-in catalogue knows; an imported page can teach it.
    ErrorCatalogue catalogue = ErrorCatalogue::builtin();
    QVERIFY(ErrorTextScanner::scan(u"6001234"_s, catalogue).isEmpty());
    CatalogueEntry entry;
    entry.code = 6001234;
    entry.httpStatus = 600;
    entry.message.zh = u"新错误"_s;
    catalogue.merge({ entry }, u"import:new.md"_s);
    QCOMPARE(codesOf(ErrorTextScanner::scan(u"see 6001234"_s, catalogue)), QList<int> { 6001234 });
}

void TestErrorTextScanner::hugeInputsAreLinear_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("codesPerUnit");

    QTest::newRow("log of error objects")
        << u"2024-01-01 resp {\"error\":{\"code\":\"4031003\",\"msg\":\"无效\"}}\n"_s << 1;
    QTest::newRow("digits") << u"12345678901234567890 "_s << 0;
    QTest::newRow("unterminated keys") << u"\"error\":{\"code\":\""_s << 0;
    QTest::newRow("nested error keys") << u"{\"error\":{\"a\":"_s << 0;
    QTest::newRow("deep arrays") << u"\"error\":{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[["_s << 0;
    QTest::newRow("escaped nested error keys") << u"{\\\"error\\\":{\\\"a\\\":"_s << 0;
    QTest::newRow("escaped objects") << u"\"{\\\"error\\\":{\\\"code\\\":4041001}}\"\n"_s << 1;
    QTest::newRow("quotes") << u"\"\"\"\"\"\\\"\\\""_s << 0;
}

void TestErrorTextScanner::hugeInputsAreLinear()
{
    QFETCH(QString, unit);
    QFETCH(int, codesPerUnit);

    // 10 MB: quadratic time would be hours, past the test's timeout.
    const qsizetype repeats = (10 * 1024 * 1024) / unit.size();
    const QString text = unit.repeated(repeats);
    QElapsedTimer timer;
    timer.start();
    const QList<FoundError> found = ErrorTextScanner::scan(text);
    const qint64 large = timer.nsecsElapsed();
    QCOMPARE(found.size(), repeats * codesPerUnit);
#ifdef XLINK_TIMING_CHECKS
    // Linear: a quarter of the text takes about a quarter of the time (quadratic would take a
    // sixteenth). The best of three runs of each size, so a busy machine does not decide.
    const QString quarter = unit.repeated(repeats / 4);
    qint64 small = std::numeric_limits<qint64>::max();
    qint64 best = large;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        QCOMPARE(ErrorTextScanner::scan(quarter).size(), (repeats / 4) * codesPerUnit);
        small = std::min(small, timer.nsecsElapsed());
        timer.restart();
        ErrorTextScanner::scan(text);
        best = std::min(best, timer.nsecsElapsed());
    }
    const double ratio = double(best) / double(std::max<qint64>(small, 1));
    QVERIFY2(ratio < 8.0, qPrintable(u"4× the text took %1× the time"_s.arg(ratio, 0, 'f', 1)));
#else
    Q_UNUSED(large)
#endif
}

void TestErrorTextScanner::streamFindsWhatTheWholeScanFinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("chunk");
    // Finds across every kind of piece boundary, in texts several windows long so that the
    // stream drops what it has passed: objects (pretty, escaped, with the brace and spaces
    // before the key), bare codes beside Chinese text, long digit runs and lines.
    const QString mixed = u"2024-01-01 resp {\"error\":{\"code\":\"4031003\",\"msg\":\"无效\"}}\n"
                          "{\n  \"error\" : {\n    \"code\": 4041008, \"msg\": \"x\"\n  }\n}\n"
                          "错误码4001005：已存在 and 40010051 and v4001005 and 4001005.5\n"
                          "\"{\\\"error\\\":{\\\"code\\\":4041001}}\"\n"_s
        + QString(300, u' ') + u"1234567890123456789012345 4031022\n"_s;
    const QString text = mixed.repeated(400) + QString(20000, u'7') + u" 4031003"_s
        + QString(9000, u'x') + mixed.repeated(50);
    for (const int chunk : { 1, 7, 64, 1000, 4096, 65536, 1 << 20 })
        QTest::newRow(qPrintable(u"pieces of %1"_s.arg(chunk))) << text << chunk;
    QTest::newRow("one long line of objects")
        << u"{\"error\":{\"code\":\"4031003\",\"msg\":\"m\"}} "_s.repeated(5000) << 777;
}

void TestErrorTextScanner::streamFindsWhatTheWholeScanFinds()
{
    QFETCH(QString, text);
    QFETCH(int, chunk);
    const QList<FoundError> whole = ErrorTextScanner::scan(text, ErrorCatalogue::builtin());
    QVERIFY(whole.size() > 1000);
    QList<FoundError> streamed;
    ErrorTextScanner::Stream stream(
        ErrorCatalogue::builtin(), [&](FoundError &&found) { streamed.append(found); });
    for (qsizetype at = 0; at < text.size(); at += chunk)
        stream.feed(QStringView(text).sliced(at, std::min<qsizetype>(chunk, text.size() - at)));
    stream.finish();
    QCOMPARE(stream.count(), whole.size());
    QCOMPARE(streamed.size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (!(streamed.at(i) == whole.at(i)))
            QFAIL(qPrintable(u"find %1 differs: offset %2 line %3 column %4 vs offset %5 line %6 "
                             "column %7"_s.arg(i)
                                 .arg(streamed.at(i).offset)
                                 .arg(streamed.at(i).line)
                                 .arg(streamed.at(i).column)
                                 .arg(whole.at(i).offset)
                                 .arg(whole.at(i).line)
                                 .arg(whole.at(i).column)));
    }
    // And the visitor form of the whole scan counts the same.
    qsizetype visited = 0;
    QCOMPARE(
        ErrorTextScanner::scan(text, ErrorCatalogue::builtin(), [&](FoundError &&) { ++visited; }),
        whole.size());
    QCOMPARE(visited, whole.size());
}

QTEST_GUILESS_MAIN(TestErrorTextScanner)
#include "TestErrorTextScanner.moc"
