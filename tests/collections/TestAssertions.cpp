// Assertion and AssertionEvaluator: every form of the supported subset of httpyac's `?? `
// lines, passing and failing with expected and actual in words, and lines outside the subset
// reported as unsupported, never passed.
#include "Assertion.h"
#include "AssertionEvaluator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xlink;

using Outcome = AssertionEvaluator::Result::Outcome;

Q_DECLARE_METATYPE(Outcome)

namespace {

StoredResponse errorResponse()
{
    StoredResponse r;
    r.status = 404;
    r.durationMs = 120;
    r.headers = { { "Content-Type", "application/json; charset=utf-8" }, { "X-Empty", "" } };
    r.body = R"({"error": {"code": 4041008, "msg": "device not found"},
                 "count": 0, "ok": false, "none": null, "name": "lamp",
                 "list": [{"id": 7, "tags": ["a", "b"]}], "ratio": 0.5})";
    r.parseBody();
    return r;
}

} // namespace

class TestAssertions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data();
    void evaluates();
    void parsesTheParts();
    void unsupported_data();
    void unsupported();
    void failureSaysExpectedAndActual();
    void expectedWithResolvedVariables();
    void plainTextBody();
    void bodyIsParsedWithoutBeingAsked();
};

void TestAssertions::evaluates_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Outcome>("outcome");
    const auto row = [](const char *line, Outcome outcome) {
        QTest::newRow(line) << QString::fromUtf8(line) << outcome;
    };
    const Outcome pass = Outcome::Passed;
    const Outcome fail = Outcome::Failed;
    row("?? status == 404", pass);
    row("?? status == 200", fail);
    row("?? status != 200", pass);
    row("?? status != 404", fail);
    row("?? status < 500", pass);
    row("?? status < 404", fail);
    row("?? status <= 404", pass);
    row("?? status <= 403", fail);
    row("?? status > 399", pass);
    row("?? status > 404", fail);
    row("?? status >= 404", pass);
    row("?? status >= 405", fail);
    row("?? status ==404", pass);
    row("  ??   status   ==   404  ", pass);
    row("?? duration < 500", pass);
    row("?? duration < 100", fail);
    row("?? duration >= 120", pass);
    row("?? header content-type includes json", pass);
    row("?? header Content-Type contains xml", fail);
    row("?? header content-type startsWith application/", pass);
    row("?? header content-type startsWith text/", fail);
    row("?? header content-type == application/json; charset=utf-8", pass);
    row("?? header content-type == application/json", fail);
    row("?? header content-type exists", pass);
    row("?? header etag exists", fail);
    row("?? header x-empty exists", fail); // empty is not truthy, as in httpyac
    row("?? body error exists", pass);
    row("?? body error.code == 4041008", pass);
    row("?? body error.code == 4041009", fail);
    row("?? body error.msg == device not found", pass);
    row("?? body error.msg includes not found", pass);
    row("?? body error.msg startsWith device", pass);
    row("?? body list[0].id == 7", pass);
    row("?? body list[0].tags includes b", pass);
    row("?? body list[0].tags includes c", fail);
    row("?? body list[1].id exists", fail);
    row("?? body missing.deeper exists", fail);
    row("?? body count exists", fail); // 0 is not truthy, as in httpyac
    row("?? body count == 0", pass);
    row("?? body ok == false", pass);
    row("?? body ok == true", fail);
    row("?? body none == null", pass);
    row("?? body ratio < 1", pass);
    row("?? body name != lamp", fail);
    row("?? body [\"name\"] == lamp", fail); // not a path httpyac can append: unsupported
    row("?? js response.parsedBody.error.code == 4041008", pass);
    row("?? js response.parsedBody.error.code != 4041008", fail);
    row("?? js response.parsedBody.error.code >= 4040000", pass);
    row("?? js response.parsedBody.error.msg == device not found", pass);
    row("?? js response.parsedBody.list[0].id == 7", pass);
    row("?? js response.parsedBody.ok == false", pass);
    row("?? js response.parsedBody.none == null", pass);
    row("?? js response.parsedBody.error exists", pass);
    row("?? js response.parsedBody.nothing exists", fail);
    row("?? js response.parsedBody['error'][\"code\"] == 4041008", pass);
}

void TestAssertions::evaluates()
{
    QFETCH(QString, line);
    QFETCH(Outcome, outcome);
    const Assertion assertion = Assertion::parse(line);
    const AssertionEvaluator::Result result
        = AssertionEvaluator::evaluate(assertion, errorResponse());
    if (line.contains(u"[\"name\"]"))
        QCOMPARE(result.outcome, Outcome::Unsupported);
    else
        QCOMPARE(result.outcome, outcome);
    QVERIFY(!result.message.isEmpty());
}

void TestAssertions::parsesTheParts()
{
    const Assertion header = Assertion::parse(u"?? header content-type includes json"_s);
    QCOMPARE(header.subject, Assertion::Subject::Header);
    QCOMPARE(header.target, u"content-type"_s);
    QCOMPARE(header.predicate, Assertion::Predicate::Includes);
    QCOMPARE(header.expected, u"json"_s);
    const Assertion js = Assertion::parse(u"?? js response.parsedBody.error.code == 4041008"_s);
    QCOMPARE(js.subject, Assertion::Subject::Js);
    QCOMPARE(js.path.size(), 2);
    QCOMPARE(js.expected, u"4041008"_s);
    // As httpyac's pattern: the last condition preceded by a space is the condition.
    const Assertion last = Assertion::parse(u"?? body msg == a == b"_s);
    QCOMPARE(last.subject, Assertion::Subject::Unsupported); // the path "msg == a" is no path
    const Assertion spaced = Assertion::parse(u"?? header x-note includes a < b"_s);
    QCOMPARE(spaced.predicate, Assertion::Predicate::Less);
    QCOMPARE(spaced.target, u"x-note includes a"_s);
}

void TestAssertions::unsupported_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("other field") << u"?? xpath //a == 1"_s << u"“xpath” assertions"_s;
    QTest::newRow("other predicate") << u"?? status isNumber"_s << u"“isNumber”"_s;
    QTest::newRow("matches") << u"?? body name matches ^l"_s << u"“matches”"_s;
    QTest::newRow("md5") << u"?? body md5 abc"_s << u"“md5”"_s;
    QTest::newRow("no condition") << u"?? status 200"_s << u"no condition"_s;
    QTest::newRow("empty") << u"??"_s << u"no condition"_s;
    QTest::newRow("js expression") << u"?? js response.parsedBody.list.length > 0 && true == true"_s
                                   << u"only a path after response.parsedBody"_s;
    QTest::newRow("js other object")
        << u"?? js response.statusCode == 200"_s << u"only a path after response.parsedBody"_s;
    QTest::newRow("js object compare")
        << u"?? js response.parsedBody.list == [1]"_s << u"compare with a number"_s;
    QTest::newRow("status with field") << u"?? status code == 200"_s << u"takes no field"_s;
    QTest::newRow("header without name") << u"?? header == x"_s << u"names the header"_s;
    QTest::newRow("body dollar path") << u"?? body $.id exists"_s << u"not a path"_s;
}

void TestAssertions::unsupported()
{
    QFETCH(QString, line);
    QFETCH(QString, reason);
    const Assertion assertion = Assertion::parse(line);
    QVERIFY(!assertion.isSupported());
    QVERIFY2(assertion.unsupportedReason.contains(reason), qPrintable(assertion.unsupportedReason));
    const AssertionEvaluator::Result result
        = AssertionEvaluator::evaluate(assertion, errorResponse());
    QCOMPARE(result.outcome, Outcome::Unsupported);
    QVERIFY(!result.passed());
    QVERIFY2(result.message.contains(u"not supported"), qPrintable(result.message));
}

void TestAssertions::failureSaysExpectedAndActual()
{
    const StoredResponse response = errorResponse();
    AssertionEvaluator::Result r
        = AssertionEvaluator::evaluate(Assertion::parse(u"?? status == 200"_s), response);
    QCOMPARE(r.message, u"status: expected == 200, got 404"_s);
    QCOMPARE(r.expected, u"== 200"_s);
    QCOMPARE(r.actual, u"404"_s);
    r = AssertionEvaluator::evaluate(
        Assertion::parse(u"?? js response.parsedBody.error.code == 4031003"_s), response);
    QCOMPARE(r.message, u"js response.parsedBody.error.code: expected == 4031003, got 4041008"_s);
    r = AssertionEvaluator::evaluate(Assertion::parse(u"?? body id exists"_s), response);
    QCOMPARE(r.message,
        u"body id: expected to exist (not missing, empty, 0, false or null), got missing"_s);
    r = AssertionEvaluator::evaluate(Assertion::parse(u"?? body name == lamb"_s), response);
    QCOMPARE(r.actual, u"\"lamp\""_s);
    r = AssertionEvaluator::evaluate(Assertion::parse(u"?? status == 404"_s), response);
    QVERIFY(r.passed());
    QCOMPARE(r.message, u"status: == 404 as expected"_s);
}

void TestAssertions::expectedWithResolvedVariables()
{
    const Assertion assertion = Assertion::parse(u"?? body error.code == {{code}}"_s);
    QCOMPARE(assertion.expected, u"{{code}}"_s);
    QVERIFY(!AssertionEvaluator::evaluate(assertion, errorResponse()).passed());
    QVERIFY(AssertionEvaluator::evaluate(assertion, errorResponse(), u"4041008"_s).passed());
}

void TestAssertions::plainTextBody()
{
    StoredResponse r;
    r.status = 502;
    r.body = "Bad Gateway";
    r.parseBody();
    QVERIFY(AssertionEvaluator::evaluate(Assertion::parse(u"?? body includes Bad Gateway"_s), r)
                .passed());
    QVERIFY(
        AssertionEvaluator::evaluate(Assertion::parse(u"?? body == Bad Gateway"_s), r).passed());
    QVERIFY(!AssertionEvaluator::evaluate(Assertion::parse(u"?? body error exists"_s), r).passed());
    QVERIFY(!AssertionEvaluator::evaluate(
        Assertion::parse(u"?? js response.parsedBody.error.code == 1"_s), r)
                 .passed());
}

void TestAssertions::bodyIsParsedWithoutBeingAsked()
{
    // A runner fills a response and evaluates; it need not parse the body itself.
    StoredResponse r;
    r.status = 200;
    r.body = R"({"id": 5})";
    const Assertion assertion = Assertion::parse(u"?? body id == 5"_s);
    QVERIFY(AssertionEvaluator::evaluate(assertion, r).passed());
    r.body = R"({"id": 6})";
    QVERIFY(!AssertionEvaluator::evaluate(assertion, r).passed());
}

QTEST_GUILESS_MAIN(TestAssertions)
#include "TestAssertions.moc"
