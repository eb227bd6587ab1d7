// VariableScope, EnvironmentFile, VariableResolver, ChainReference and JsonPath: the layers'
// precedence, system variables, chaining in the REST Client's and httpyac's forms, and the
// reasons given for what cannot be resolved.
#include "ChainReference.h"
#include "EnvironmentFile.h"
#include "HttpFileParser.h"
#include "JsonPath.h"
#include "ResponseStore.h"
#include "VariableResolver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xlink;

using Reason = UnresolvedVariable::Reason;

class TestVariables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedenceOfTheLayers();
    void laterFileVariableWins();
    void environmentFileOrder();
    void environmentFileErrors();
    void valuesUseOtherVariables();
    void cycleIsReported();
    void undefinedIsReportedByName();
    void systemVariables();
    void badSystemVariables();
    void jsonPaths_data();
    void jsonPaths();
    void restClientChaining();
    void httpyacChaining();
    void chainingFailuresSayWhy();
    void resolvesAWholeRequest();
};

void TestVariables::precedenceOfTheLayers()
{
    VariableScope scope;
    scope.setEnvironmentValues({ { u"a"_s, u"environment"_s }, { u"b"_s, u"environment"_s },
        { u"c"_s, u"environment"_s }, { u"d"_s, u"environment"_s } });
    scope.setEnvironmentFileValues(
        { { u"b"_s, u"env-file"_s }, { u"c"_s, u"env-file"_s }, { u"d"_s, u"env-file"_s } });
    scope.setFileVariables({ { u"c"_s, u"file"_s, 1 }, { u"d"_s, u"file"_s, 2 } });
    scope.setOverrides({ { u"d"_s, u"override"_s } });
    QCOMPARE(scope.find(u"a"_s)->value, u"environment"_s);
    QCOMPARE(scope.find(u"b"_s)->value, u"env-file"_s);
    QCOMPARE(scope.find(u"c"_s)->value, u"file"_s);
    QCOMPARE(scope.find(u"d"_s)->value, u"override"_s);
    QCOMPARE(scope.find(u"d"_s)->layer, VariableScope::Layer::Override);
    QCOMPARE(scope.find(u"b"_s)->layer, VariableScope::Layer::EnvironmentFile);
    QVERIFY(!scope.find(u"e"_s));
    QCOMPARE(scope.names(), (QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s }));
}

void TestVariables::laterFileVariableWins()
{
    const HttpFileParser::Result parsed
        = HttpFileParser::parse("@host = one\n\n###\n@host = two\nGET http://{{host}}/\n");
    QVERIFY(parsed.ok());
    VariableScope scope;
    scope.setFileVariables(parsed.file.variables());
    ResponseStore store;
    const VariableResolver resolver(scope, store);
    QCOMPARE(resolver.resolve(u"{{host}}").text, u"two"_s);
}

void TestVariables::environmentFileOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile pub(dir.filePath(u"http-client.env.json"_s));
    QVERIFY(pub.open(QIODevice::WriteOnly));
    pub.write(R"({"$shared": {"a": "shared", "b": "shared", "n": 3},
                  "dev": {"b": "dev", "c": "dev", "flag": true},
                  "prod": {"b": "prod"}})");
    pub.close();
    QFile priv(dir.filePath(u"http-client.private.env.json"_s));
    QVERIFY(priv.open(QIODevice::WriteOnly));
    priv.write(R"({"dev": {"c": "private-dev"}, "$shared": {"a": "private-shared"}})");
    priv.close();
    EnvironmentFile env;
    QString error;
    QVERIFY2(env.load(dir.path(), &error), qPrintable(error));
    QCOMPARE(env.environmentNames(), (QStringList { u"dev"_s, u"prod"_s }));
    const QHash<QString, QString> dev = env.variables(u"dev"_s);
    QCOMPARE(dev.value(u"a"_s), u"private-shared"_s);
    QCOMPARE(dev.value(u"b"_s), u"dev"_s);
    QCOMPARE(dev.value(u"c"_s), u"private-dev"_s);
    QCOMPARE(dev.value(u"n"_s), u"3"_s);
    QCOMPARE(dev.value(u"flag"_s), u"true"_s);
    QCOMPARE(env.variables(u"prod"_s).value(u"b"_s), u"prod"_s);
    QCOMPARE(env.variables(QString()).value(u"b"_s), u"shared"_s);
}

void TestVariables::environmentFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EnvironmentFile env;
    QString error;
    QVERIFY(env.load(dir.path(), &error)); // no file: no environments
    QVERIFY(env.environmentNames().isEmpty());
    QFile pub(dir.filePath(u"http-client.env.json"_s));
    QVERIFY(pub.open(QIODevice::WriteOnly));
    pub.write(R"({"dev": "not an object"})");
    pub.close();
    QVERIFY(!env.load(dir.path(), &error));
    QVERIFY2(error.contains(u"http-client.env.json: the environment “dev” is not an object"_s),
        qPrintable(error));
}

void TestVariables::valuesUseOtherVariables()
{
    VariableScope scope;
    scope.setEnvironmentValues({ { u"baseUrl"_s, u"http://127.0.0.1:8080"_s } });
    scope.setFileVariables({ { u"products"_s, u"{{baseUrl}}/v2/products"_s, 1 } });
    ResponseStore store;
    const VariableResolver resolver(scope, store);
    const VariableResolver::Resolution r = resolver.resolve(u"GET {{ products }}?limit=1");
    QVERIFY(r.ok());
    QCOMPARE(r.text, u"GET http://127.0.0.1:8080/v2/products?limit=1"_s);
}

void TestVariables::cycleIsReported()
{
    VariableScope scope;
    scope.setFileVariables({ { u"a"_s, u"x{{b}}"_s, 1 }, { u"b"_s, u"{{a}}"_s, 2 } });
    ResponseStore store;
    const VariableResolver::Resolution r = VariableResolver(scope, store).resolve(u"{{a}}");
    QVERIFY(!r.ok());
    QCOMPARE(r.unresolved.at(0).reason, Reason::Cycle);
    QCOMPARE(r.text, u"{{a}}"_s);
}

void TestVariables::undefinedIsReportedByName()
{
    VariableScope scope;
    scope.setEnvironmentValues({ { u"baseUrl"_s, u"http://h"_s } });
    ResponseStore store;
    const VariableResolver::Resolution r
        = VariableResolver(scope, store)
              .resolve(u"{{baseUrl}}/v2/product/{{pid}}/device/{{pid}}/{{did}}");
    QCOMPARE(r.unresolved.size(), 2);
    QCOMPARE(r.unresolved.at(0).expression, u"pid"_s);
    QCOMPARE(r.unresolved.at(0).reason, Reason::Undefined);
    QCOMPARE(r.unresolved.at(1).expression, u"did"_s);
    QCOMPARE(r.text, u"http://h/v2/product/{{pid}}/device/{{pid}}/{{did}}"_s);
    QCOMPARE(r.unresolved.at(0).describe(),
        u"{{pid}}: not defined in the environment, the file or --var"_s);
}

void TestVariables::systemVariables()
{
    VariableScope scope;
    ResponseStore store;
    const VariableResolver resolver(scope, store);
    const QString guid1 = resolver.resolve(u"{{$guid}}").text;
    const QString guid2 = resolver.resolve(u"{{$guid}}").text;
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(guid1)
                .hasMatch());
    QVERIFY(guid1 != guid2);

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const qint64 stamp = resolver.resolve(u"{{$timestamp}}").text.toLongLong();
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY(stamp >= before && stamp <= after);
    const qint64 yesterday = resolver.resolve(u"{{$timestamp -1 d}}").text.toLongLong();
    QVERIFY(yesterday >= before - 86400 && yesterday <= after - 86400);

    for (int i = 0; i < 200; ++i) {
        bool ok = false;
        const int n = resolver.resolve(u"{{$randomInt 5 8}}").text.toInt(&ok);
        QVERIFY(ok);
        QVERIFY(n >= 5 && n < 8);
    }
    QVERIFY(resolver.resolve(u"{{$datetime iso8601}}").text.endsWith(u'Z'));
    QVERIFY(resolver.resolve(u"{{$datetime rfc1123}}").text.endsWith(u" GMT"));
}

void TestVariables::badSystemVariables()
{
    VariableScope scope;
    ResponseStore store;
    const VariableResolver resolver(scope, store);
    for (const QString &text : { u"{{$randomInt}}"_s, u"{{$randomInt 9 1}}"_s,
             u"{{$timestamp 1 fortnight}}"_s, u"{{$nope}}"_s, u"{{$guid 1}}"_s }) {
        const VariableResolver::Resolution r = resolver.resolve(text);
        QCOMPARE(r.unresolved.size(), 1);
        QCOMPARE(r.unresolved.at(0).reason, Reason::BadSystemVariable);
        QCOMPARE(r.text, text);
    }
}

void TestVariables::jsonPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value"); // as text; "<none>" when not there, "<bad>" when no path
    QTest::newRow("$.a") << u"$.a"_s << u"1"_s;
    QTest::newRow("a") << u"a"_s << u"1"_s;
    QTest::newRow("$") << u"$"_s
                       << u"{\"a\":1,\"b c\":{\"d\":[10,{\"id\":\"x\"}]},\"list\":[{\"id\":7}]}"_s;
    QTest::newRow("nested index") << u"$['b c'].d[1].id"_s << u"x"_s;
    QTest::newRow("double quotes") << u"[\"b c\"][\"d\"][0]"_s << u"10"_s;
    QTest::newRow("list[0].id") << u"list[0].id"_s << u"7"_s;
    QTest::newRow("missing key") << u"a.b"_s << u"<none>"_s;
    QTest::newRow("index out of range") << u"list[3]"_s << u"<none>"_s;
    QTest::newRow("index on object") << u"$[0]"_s << u"<none>"_s;
    QTest::newRow("unclosed bracket") << u"list[0"_s << u"<bad>"_s;
    QTest::newRow("empty key") << u"a..b"_s << u"<bad>"_s;
    QTest::newRow("wildcard") << u"list[*]"_s << u"<bad>"_s;
    QTest::newRow("unclosed quote") << u"['a]"_s << u"<bad>"_s;
}

void TestVariables::jsonPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    const QJsonValue root = QJsonDocument::fromJson(
        R"({"a": 1, "b c": {"d": [10, {"id": "x"}]}, "list": [{"id": 7}]})")
                                .object();
    const auto segments = JsonPath::parse(path);
    if (value == u"<bad>") {
        QVERIFY(!segments);
        return;
    }
    QVERIFY(segments);
    const auto found = JsonPath::evaluate(root, *segments);
    if (value == u"<none>") {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(JsonPath::toText(*found), value);
}

namespace {

ResponseStore storeWithLogin()
{
    ResponseStore store;
    StoredResponse login;
    login.status = 200;
    login.headers = { { "Content-Type", "application/json" }, { "X-Trace", "t-1" } };
    login.body = R"({"access_token": "tok-1", "expire_in": 7200, "corp_id": "c1",
                     "list": [{"id": 42, "ok": true}], "nested": {"a": [1, 2]}})";
    store.put(u"login"_s, login);
    StoredResponse text;
    text.status = 200;
    text.body = "plain words";
    store.put(u"page"_s, text);
    return store;
}

} // namespace

void TestVariables::restClientChaining()
{
    VariableScope scope;
    const ResponseStore store = storeWithLogin();
    const VariableResolver resolver(scope, store);
    QCOMPARE(resolver.resolve(u"{{login.response.body.$.access_token}}").text, u"tok-1"_s);
    QCOMPARE(resolver.resolve(u"{{login.response.body.$.expire_in}}").text, u"7200"_s);
    QCOMPARE(resolver.resolve(u"{{login.response.body.$.list[0].id}}").text, u"42"_s);
    QCOMPARE(resolver.resolve(u"{{login.response.body.$.nested}}").text, u"{\"a\":[1,2]}"_s);
    QCOMPARE(resolver.resolve(u"{{page.response.body.*}}").text, u"plain words"_s);
    QCOMPARE(resolver.resolve(u"{{login.response.headers.x-trace}}").text, u"t-1"_s);
    QCOMPARE(
        resolver.resolve(u"{{login.response.headers.Content-Type}}").text, u"application/json"_s);
}

void TestVariables::httpyacChaining()
{
    VariableScope scope;
    const ResponseStore store = storeWithLogin();
    const VariableResolver resolver(scope, store);
    QCOMPARE(resolver.resolve(u"{{login.access_token}}").text, u"tok-1"_s);
    QCOMPARE(resolver.resolve(u"{{login.list[0].ok}}").text, u"true"_s);
    QCOMPARE(resolver.resolve(u"{{login.nested.a[1]}}").text, u"2"_s);
    QCOMPARE(resolver.resolve(u"{{login[\"corp_id\"]}}").text, u"c1"_s);

    ResponseStore listStore;
    StoredResponse list;
    list.body = R"([{"id": "p1"}, {"id": "p2"}])";
    listStore.put(u"products"_s, list);
    QCOMPARE(VariableResolver(scope, listStore).resolve(u"{{products[1].id}}").text, u"p2"_s);

    // A variable of that exact name is a variable, not a chain.
    scope.setFileVariables({ { u"login.access_token"_s, u"from-file"_s, 1 } });
    QCOMPARE(resolver.resolve(u"{{login.access_token}}").text, u"from-file"_s);
}

void TestVariables::chainingFailuresSayWhy()
{
    VariableScope scope;
    const ResponseStore store = storeWithLogin();
    const VariableResolver resolver(scope, store, { u"login"_s, u"createProduct"_s });
    const auto reasonOf = [&](const QString &text) {
        const VariableResolver::Resolution r = resolver.resolve(text);
        return r.unresolved.isEmpty() ? Reason(-1) : r.unresolved.at(0).reason;
    };
    QCOMPARE(reasonOf(u"{{createProduct.id}}"_s), Reason::NoResponse);
    QCOMPARE(reasonOf(u"{{createProduct.response.body.$.id}}"_s), Reason::NoResponse);
    QCOMPARE(reasonOf(u"{{login.response.body.$.missing}}"_s), Reason::NotInResponse);
    QCOMPARE(reasonOf(u"{{login.response.headers.ETag}}"_s), Reason::NotInResponse);
    QCOMPARE(reasonOf(u"{{login.list[5].id}}"_s), Reason::NotInResponse);
    QCOMPARE(reasonOf(u"{{page.response.body.$.x}}"_s), Reason::BodyNotJson);
    QCOMPARE(reasonOf(u"{{login.request.body.$.x}}"_s), Reason::Unsupported);
    QCOMPARE(reasonOf(u"{{nobody.id}}"_s), Reason::Undefined);
    QCOMPARE(reasonOf(u"{{login.list[x]}}"_s), Reason::Undefined);
    const VariableResolver::Resolution r = resolver.resolve(u"{{createProduct.id}}");
    QCOMPARE(r.unresolved.at(0).describe(),
        u"{{createProduct.id}}: the request it reads has not answered in this run"_s);

    const auto chain = ChainReference::parse(u"login.response.headers.X-Trace");
    QVERIFY(chain);
    QCOMPARE(chain->part, ChainReference::Part::Header);
    QCOMPARE(chain->header, u"X-Trace"_s);
    QVERIFY(chain->isRestClientForm);
}

void TestVariables::resolvesAWholeRequest()
{
    const HttpFileParser::Result parsed = HttpFileParser::parse(
        "@contentType = application/json\n"
        "###\n# @name create\n"
        "POST {{baseUrl}}/v2/product\n"
        "Access-Token: {{login.response.body.$.access_token}}\n"
        "Content-Type: {{contentType}}\n\n"
        "{\"name\": \"{{name}}\", \"id\": \"{{$guid}}\", \"corp\": \"{{corpId}}\"}\n\n"
        "?? status == {{expectedStatus}}\n");
    QVERIFY(parsed.ok());
    VariableScope scope;
    scope.setEnvironmentValues({ { u"baseUrl"_s, u"http://h"_s }, { u"corpId"_s, u"c1"_s } });
    scope.setFileVariables(parsed.file.variables());
    scope.setOverrides({ { u"name"_s, u"lamp"_s } });
    const ResponseStore store = storeWithLogin();
    const HttpRegion &region = *parsed.file.findRequest(u"create");
    const VariableResolver::ResolvedRequest request
        = VariableResolver(scope, store).resolve(region);
    QVERIFY(request.ok());
    QCOMPARE(request.url, u"http://h/v2/product"_s);
    QCOMPARE(request.headers.at(0).value, u"tok-1"_s);
    QCOMPARE(request.headers.at(1).value, u"application/json"_s);
    QVERIFY(request.body.startsWith(u"{\"name\": \"lamp\", \"id\": \""_s));
    QVERIFY(request.body.endsWith(u"\", \"corp\": \"c1\"}"_s));
    QCOMPARE(VariableResolver::expressionsIn(region),
        (QStringList { u"baseUrl"_s, u"login.response.body.$.access_token"_s, u"contentType"_s,
            u"name"_s, u"$guid"_s, u"corpId"_s, u"expectedStatus"_s }));

    ResponseStore empty;
    const VariableResolver::ResolvedRequest blocked
        = VariableResolver(scope, empty, { u"login"_s }).resolve(region);
    QCOMPARE(blocked.unresolved.size(), 1);
    QCOMPARE(blocked.unresolved.at(0).expression, u"login.response.body.$.access_token"_s);
    QCOMPARE(blocked.unresolved.at(0).reason, Reason::NoResponse);
}

QTEST_GUILESS_MAIN(TestVariables)
#include "TestVariables.moc"
