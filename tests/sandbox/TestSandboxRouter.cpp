// The sandbox's Router: which route a method and path reach, with which {placeholder} values,
// and what reaches none (the dispatcher answers those 404 or 405). Also RouteContext's numeric
// ids, which decide between a handler's answer and "not found".
#include "http/Router.h"

#include <QTest>

#include <limits>

using namespace xlink::sandbox;
using namespace Qt::StringLiterals;

using Params = QHash<QString, QString>;

class TestSandboxRouter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void methodAndPathReachTheirRoute_data();
    void methodAndPathReachTheirRoute();
    void handlerGetsItsRoute();
    void intParamIsAnAsciiDecimalThatFitsInQint64_data();
    void intParamIsAnAsciiDecimalThatFitsInQint64();

private:
    Router m_router;
};

namespace {

// Each route's handler answers with its own index as the error code, so a match names it.
RouteHandler answering(int index)
{
    return [index](const RouteContext &) { return SandboxReply::error(4001000 + index); };
}

const QStringList patterns {
    u"/v2/corp"_s, // 0
    u"/v2/product/{pid}"_s, // 1 (GET)
    u"/v2/product/{pid}"_s, // 2 (PUT)
    u"/v2/product/{pid}/device/{did}"_s, // 3
    u"/v2/products"_s, // 4 (POST)
    u"/v2/product/{pid}/devices"_s, // 5 (POST)
    u"/v2/user/{uid}/subscribe/devices"_s, // 6
};
const QList<QByteArray> methods { "GET", "GET", "PUT", "GET", "POST", "POST", "GET" };

} // namespace

void TestSandboxRouter::initTestCase()
{
    for (int i = 0; i < patterns.size(); ++i)
        m_router.add(methods.at(i), patterns.at(i), Access::Enterprise, answering(i));
}

void TestSandboxRouter::methodAndPathReachTheirRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("route"); // -1: none
    QTest::addColumn<Params>("params");

    QTest::newRow("literal") << "GET"_ba
                             << "/v2/corp"_ba << 0 << Params();
    QTest::newRow("trailing-slash") << "GET"_ba
                                    << "/v2/corp/"_ba << 0 << Params();
    QTest::newRow("doubled-slash") << "GET"_ba
                                   << "/v2//corp"_ba << 0 << Params();
    QTest::newRow("placeholder") << "GET"_ba
                                 << "/v2/product/160fa2b3"_ba << 1
                                 << Params { { u"pid"_s, u"160fa2b3"_s } };
    QTest::newRow("same-path-other-method")
        << "PUT"_ba
        << "/v2/product/160fa2b3"_ba << 2 << Params { { u"pid"_s, u"160fa2b3"_s } };
    QTest::newRow("two-placeholders") << "GET"_ba
                                      << "/v2/product/p1/device/42"_ba << 3
                                      << Params { { u"pid"_s, u"p1"_s }, { u"did"_s, u"42"_s } };
    QTest::newRow("percent-decoded-placeholder")
        << "GET"_ba
        << "/v2/product/%E8%AE%BE%E5%A4%87%2Fx"_ba << 1 << Params { { u"pid"_s, u"设备/x"_s } };
    QTest::newRow("literal-beside-placeholder")
        << "POST"_ba
        << "/v2/product/p1/devices"_ba << 5 << Params { { u"pid"_s, u"p1"_s } };
    QTest::newRow("placeholder-in-the-middle")
        << "GET"_ba
        << "/v2/user/7/subscribe/devices"_ba << 6 << Params { { u"uid"_s, u"7"_s } };
    // What reaches no route.
    QTest::newRow("unknown-method") << "DELETE"_ba
                                    << "/v2/corp"_ba << -1 << Params();
    QTest::newRow("lowercase-method") << "get"_ba
                                      << "/v2/corp"_ba << -1 << Params();
    QTest::newRow("case-sensitive-path") << "GET"_ba
                                         << "/V2/corp"_ba << -1 << Params();
    QTest::newRow("one-segment-short") << "GET"_ba
                                       << "/v2/product"_ba << -1 << Params();
    QTest::newRow("one-segment-long") << "GET"_ba
                                      << "/v2/corp/x"_ba << -1 << Params();
    QTest::newRow("literal-mismatch") << "GET"_ba
                                      << "/v2/product/p1/devize/42"_ba << -1 << Params();
    QTest::newRow("root") << "GET"_ba
                          << "/"_ba << -1 << Params();
    QTest::newRow("empty") << "GET"_ba << QByteArray() << -1 << Params();
    QTest::newRow("wrong-method-for-literal") << "GET"_ba
                                              << "/v2/products"_ba << -1 << Params();
}

void TestSandboxRouter::methodAndPathReachTheirRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, route);
    QFETCH(Params, params);
    const auto found = m_router.match(method, SandboxRequest::splitPath(path));
    QCOMPARE(found.has_value(), route >= 0);
    if (!found)
        return;
    QVERIFY(found->route);
    QCOMPARE(found->route->method, methods.at(route));
    QCOMPARE(found->route->segments, patterns.at(route).split(u'/', Qt::SkipEmptyParts));
    QCOMPARE(found->params, params);
}

void TestSandboxRouter::handlerGetsItsRoute()
{
    SandboxRequest request;
    request.method = "GET";
    request.pathSegments = SandboxRequest::splitPath("/v2/product/p1/device/42");
    const auto found = m_router.match(request.method, request.pathSegments);
    QVERIFY(found);
    const RouteContext context { request, found->params, nullptr };
    const SandboxReply reply = found->route->handler(context);
    QCOMPARE(reply.body, SandboxReply::error(4001003).body);
}

void TestSandboxRouter::intParamIsAnAsciiDecimalThatFitsInQint64_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value"); // -1: none
    QTest::newRow("number") << u"42"_s << qint64(42);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("leading-zeros") << u"007"_s << qint64(7);
    QTest::newRow("largest") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("overflow") << u"9223372036854775808"_s << qint64(-1);
    QTest::newRow("negative") << u"-1"_s << qint64(-1);
    QTest::newRow("plus-sign") << u"+1"_s << qint64(-1);
    QTest::newRow("letters") << u"abc"_s << qint64(-1);
    QTest::newRow("trailing-letters") << u"12x"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("space") << u" 1"_s << qint64(-1);
    QTest::newRow("fullwidth-digits") << u"１２"_s << qint64(-1);
}

void TestSandboxRouter::intParamIsAnAsciiDecimalThatFitsInQint64()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    SandboxRequest request;
    const RouteContext context { request, { { u"id"_s, text } }, nullptr };
    const std::optional<qint64> parsed = context.intParam(u"id"_s);
    QCOMPARE(parsed.has_value(), value >= 0);
    if (parsed)
        QCOMPARE(*parsed, value);
    // A name the path did not have is no number either.
    QVERIFY(!context.intParam(u"other"_s));
}

QTEST_GUILESS_MAIN(TestSandboxRouter)
#include "TestSandboxRouter.moc"
