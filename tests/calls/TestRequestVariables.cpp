// `{{name}}` in a request's target, header values and body, as the pipeline puts them in.
#include "RequestVariables.h"

#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestRequestVariables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownNamesAreReplacedEverywhere();
    void unknownNamesStayAndAreListed();
    void requestWithoutVariablesIsUnchanged();
};

void TestRequestVariables::knownNamesAreReplacedEverywhere()
{
    ApiRequest request;
    request.method = "POST";
    request.target = u"{{baseUrl}}/v2/product/{{ pid }}/device"_s;
    request.headers.append({ QByteArray("X-Corp"), QByteArray("corp {{corpId}}") });
    request.body = R"({"name":"{{name}}","corp":"{{corpId}}"})";
    const VariableMap variables { { u"baseUrl"_s, u"http://127.0.0.1:8080"_s },
        { u"pid"_s, u"160fa2b4"_s }, { u"corpId"_s, u"100fa2"_s }, { u"name"_s, u"灯"_s } };
    const RequestVariables::Resolved resolved = RequestVariables::resolve(request, variables);
    QCOMPARE(resolved.request.target, u"http://127.0.0.1:8080/v2/product/160fa2b4/device"_s);
    QCOMPARE(resolved.request.headers.first().second, QByteArray("corp 100fa2"));
    QCOMPARE(resolved.request.body, u"{\"name\":\"灯\",\"corp\":\"100fa2\"}"_s.toUtf8());
    QVERIFY(resolved.unresolved.isEmpty());
}

void TestRequestVariables::unknownNamesStayAndAreListed()
{
    ApiRequest request;
    request.target = u"/v2/product/{{pid}}/device/{{did}}?x={{pid}}"_s;
    request.body = "{{ open";
    const RequestVariables::Resolved resolved
        = RequestVariables::resolve(request, { { u"did"_s, u"42"_s } });
    QCOMPARE(resolved.request.target, u"/v2/product/{{pid}}/device/42?x={{pid}}"_s);
    QCOMPARE(resolved.request.body, QByteArray("{{ open"));
    QCOMPARE(resolved.unresolved, QStringList { u"pid"_s });
}

void TestRequestVariables::requestWithoutVariablesIsUnchanged()
{
    ApiRequest request;
    request.method = "PUT";
    request.target = u"/v2/corp?a={b}"_s;
    request.headers.append({ QByteArray("X-Raw"), QByteArray("\xff{}", 3) });
    request.body = QByteArray("{\"a\":\"\xe7\x81\xaf\"}");
    const RequestVariables::Resolved resolved
        = RequestVariables::resolve(request, { { u"b"_s, u"x"_s } });
    QCOMPARE(resolved.request, request);
}

QTEST_GUILESS_MAIN(TestRequestVariables)
#include "TestRequestVariables.moc"
