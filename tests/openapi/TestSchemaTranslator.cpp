// The OpenAPI 3.0 -> JSON Schema translation done once when the description is loaded.
#include "JsonSchemaCheck.h"
#include "SchemaTranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestSchemaTranslator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullableBecomesTypeOrNull();
    void nullableEnumAcceptsNull();
    void nullableWithoutTypeWrapsInAnyOf();
    void nullableFormatAcceptsNull();
    void annotationsAreDropped();
    void readOnlyIsNotRequiredInRequests();
    void writeOnlyIsNotRequiredInResponses();
    void refsBecomeDefinitions();
    void recursiveRefsTerminate();
    void integerAcceptsMillisecondTimes();
};

void TestSchemaTranslator::nullableBecomesTypeOrNull()
{
    const SchemaTranslator translator({});
    const QJsonObject out = translator.translate(
        object(R"({"type":"string","nullable":true})"), SchemaTranslator::Direction::Response);
    QCOMPARE(out.value(u"type"_s).toArray(), (QJsonArray { u"string"_s, u"null"_s }));
    QVERIFY(!out.contains(u"nullable"_s));
    const JsonSchemaCheck check(out);
    QVERIFY(check.check(QJsonValue::Null).isEmpty());
    QVERIFY(check.check(u"text"_s).isEmpty());
    QCOMPARE(check.check(3).size(), 1);
}

void TestSchemaTranslator::nullableEnumAcceptsNull()
{
    const SchemaTranslator translator({});
    const JsonSchemaCheck check(
        translator.translate(object(R"({"type":"string","enum":["a","b"],"nullable":true})"),
            SchemaTranslator::Direction::Request));
    QVERIFY(check.check(QJsonValue::Null).isEmpty());
    QVERIFY(check.check(u"a"_s).isEmpty());
    QVERIFY(!check.check(u"c"_s).isEmpty());
}

void TestSchemaTranslator::nullableWithoutTypeWrapsInAnyOf()
{
    const SchemaTranslator translator({});
    const QJsonObject out
        = translator.translate(object(R"({"properties":{"a":{"type":"string"}},"nullable":true})"),
            SchemaTranslator::Direction::Request);
    QVERIFY(out.contains(u"anyOf"_s));
    const JsonSchemaCheck check(out);
    QVERIFY(check.check(QJsonValue::Null).isEmpty());
    QVERIFY(check.check(object(R"({"a":"x"})")).isEmpty());
    QVERIFY(!check.check(object(R"({"a":1})")).isEmpty());
}

void TestSchemaTranslator::nullableFormatAcceptsNull()
{
    const SchemaTranslator translator({});
    const JsonSchemaCheck check(
        translator.translate(object(R"({"type":"string","format":"date-time","nullable":true})"),
            SchemaTranslator::Direction::Response));
    QVERIFY(check.check(QJsonValue::Null).isEmpty());
    QVERIFY(check.check(u"2024-05-01T08:30:00Z"_s).isEmpty());
    QVERIFY(!check.check(u"yesterday"_s).isEmpty());
    QVERIFY(!check.check(5).isEmpty());
}

void TestSchemaTranslator::annotationsAreDropped()
{
    const SchemaTranslator translator({});
    const QJsonObject out = translator.translate(
        object(R"({"type":"object","example":{"a":1},"discriminator":{"propertyName":"a"},
                   "xml":{"name":"x"},"externalDocs":{"url":"https://example.com"},
                   "deprecated":true,"x-xlink-secret":true,
                   "properties":{"example":{"type":"string","example":"x"}}})"),
        SchemaTranslator::Direction::Request);
    for (const char *key :
        { "example", "discriminator", "xml", "externalDocs", "deprecated", "x-xlink-secret" })
        QVERIFY2(!out.contains(QString::fromLatin1(key)), key);
    // A property that happens to be called "example" stays; its own annotation goes.
    const QJsonObject property
        = out.value(u"properties"_s).toObject().value(u"example"_s).toObject();
    QCOMPARE(property, object(R"({"type":"string"})"));
    QVERIFY(JsonSchemaCheck(out).isUsable());
}

void TestSchemaTranslator::readOnlyIsNotRequiredInRequests()
{
    const SchemaTranslator translator({});
    const QJsonObject schema = object(R"({"type":"object","required":["id","name"],
        "properties":{"id":{"type":"string","readOnly":true},"name":{"type":"string"}}})");
    const JsonSchemaCheck request(
        translator.translate(schema, SchemaTranslator::Direction::Request));
    const JsonSchemaCheck response(
        translator.translate(schema, SchemaTranslator::Direction::Response));
    const QJsonObject withoutId = object(R"({"name":"Smart plug"})");
    QVERIFY(request.check(withoutId).isEmpty());
    const QList<SchemaProblem> problems = response.check(withoutId);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).message.contains(u"id"_s), qPrintable(problems.at(0).message));
}

void TestSchemaTranslator::writeOnlyIsNotRequiredInResponses()
{
    const SchemaTranslator translator({});
    const QJsonObject schema = object(R"({"type":"object","required":["password"],
        "properties":{"password":{"type":"string","format":"password","writeOnly":true}}})");
    QVERIFY(JsonSchemaCheck(translator.translate(schema, SchemaTranslator::Direction::Response))
                .check(QJsonObject())
                .isEmpty());
    QVERIFY(!JsonSchemaCheck(translator.translate(schema, SchemaTranslator::Direction::Request))
                 .check(QJsonObject())
                 .isEmpty());
}

void TestSchemaTranslator::refsBecomeDefinitions()
{
    const SchemaTranslator translator(object(R"({
        "Area.Product":{"type":"object","required":["name"],
            "properties":{"name":{"type":"string"},"owner":{"$ref":"#/components/schemas/Area.Owner"}}},
        "Area.Owner":{"type":"object","properties":{"id":{"type":"integer"}}},
        "Area.Unused":{"type":"string"}})"));
    const QJsonObject out
        = translator.translate(object(R"({"$ref":"#/components/schemas/Area.Product"})"),
            SchemaTranslator::Direction::Response);
    const QJsonObject definitions = out.value(u"definitions"_s).toObject();
    QCOMPARE(definitions.keys(), (QStringList { u"Area.Owner"_s, u"Area.Product"_s }));
    const JsonSchemaCheck check(out);
    QVERIFY2(check.isUsable(), qPrintable(check.schemaError()));
    QVERIFY(check.check(object(R"({"name":"Smart plug","owner":{"id":7}})")).isEmpty());
    const QList<SchemaProblem> problems = check.check(object(R"({"name":"x","owner":{"id":"7"}})"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).path, u"$.owner.id"_s);
}

void TestSchemaTranslator::recursiveRefsTerminate()
{
    const SchemaTranslator translator(object(R"({
        "Area.Node":{"type":"object","properties":{"children":{"type":"array",
            "items":{"$ref":"#/components/schemas/Area.Node"}}}}})"));
    const QJsonObject out
        = translator.translate(object(R"({"$ref":"#/components/schemas/Area.Node"})"),
            SchemaTranslator::Direction::Request);
    const JsonSchemaCheck check(out);
    QVERIFY2(check.isUsable(), qPrintable(check.schemaError()));
    QVERIFY(check.check(object(R"({"children":[{"children":[]}]})")).isEmpty());
    QCOMPARE(check.check(object(R"({"children":[{"children":[1]}]})")).at(0).path,
        u"$.children[0].children[0]"_s);
}

void TestSchemaTranslator::integerAcceptsMillisecondTimes()
{
    const SchemaTranslator translator({});
    const JsonSchemaCheck check(translator.translate(
        object(R"({"type":"integer","minimum":0})"), SchemaTranslator::Direction::Response));
    QVERIFY(check.check(1733486400000LL).isEmpty());
    QVERIFY(check.check(0).isEmpty());
    const QList<SchemaProblem> fraction = check.check(1.5);
    QCOMPARE(fraction.size(), 1);
    QCOMPARE(fraction.at(0).message, u"Value should be an integer."_s);
    QVERIFY(!check.check(u"12"_s).isEmpty());
    QVERIFY(!check.check(-1).isEmpty());

    const JsonSchemaCheck nullable(translator.translate(
        object(R"({"type":"integer","nullable":true})"), SchemaTranslator::Direction::Response));
    QVERIFY(nullable.check(QJsonValue::Null).isEmpty());
    QVERIFY(nullable.check(-7).isEmpty());
    QCOMPARE(nullable.check(2.25).size(), 1);
}

QTEST_GUILESS_MAIN(TestSchemaTranslator)
#include "TestSchemaTranslator.moc"
