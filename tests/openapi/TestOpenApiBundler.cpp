// The build-time bundler: what it merges, and every mistake it must stop the build for.
#include "OpenApiBundler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

const OpenApiBundler::Source base { u"base.json"_s,
    R"({"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},
        "components":{"schemas":{"PlatformError":{"type":"object"}}}})" };

OpenApiBundler::Source area(const QString &name, const QByteArray &text)
{
    return { name, text };
}

const QByteArray productArea = R"({"x-source":"p.md","tags":[{"name":"product"}],
  "paths":{"/v2/product/{product_id}":{"get":{"operationId":"getProduct",
     "parameters":[{"name":"product_id","in":"path","required":true,"schema":{"type":"string"}}],
     "responses":{"200":{"description":"ok","content":{"application/json":{
        "schema":{"$ref":"#/components/schemas/Product.Product"}}}},
       "default":{"description":"e","content":{"application/json":{
        "schema":{"$ref":"#/components/schemas/PlatformError"}}}}}}}},
  "components":{"schemas":{"Product.Product":{"type":"object"}}}})";

QStringList errorsOf(const QList<OpenApiBundler::Source> &areas)
{
    QStringList errors;
    const QJsonObject document = OpenApiBundler::bundle(base, areas, &errors);
    if (!errors.isEmpty())
        Q_ASSERT(document.isEmpty());
    return errors;
}

} // namespace

class TestOpenApiBundler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesAreas();
    void sameShapeTakesTheFirstNames();
    void duplicateOperationIsRefused();
    void duplicateOperationIdIsRefused();
    void duplicateSchemaIsRefused();
    void danglingRefIsRefused();
    void invalidJsonNamesLineAndColumn();
    void unknownTopLevelKeyIsRefused();
    void pathShape();
    void secretFieldsAreListed();
};

void TestOpenApiBundler::mergesAreas()
{
    QStringList errors;
    const QJsonObject document = OpenApiBundler::bundle(base,
        { area(u"product.json"_s, productArea),
            area(u"device.json"_s,
                R"({"tags":[{"name":"device"}],"paths":{"/v2/product/{product_id}":{"delete":{
                 "operationId":"deleteProduct","responses":{"200":{"description":"ok"}}}}}})") },
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const QJsonObject item
        = document.value(u"paths"_s).toObject().value(u"/v2/product/{product_id}"_s).toObject();
    QVERIFY(item.contains(u"get"_s));
    QVERIFY(item.contains(u"delete"_s));
    QCOMPARE(item.value(u"get"_s).toObject().value(u"x-xlink-source"_s).toString(), u"p.md"_s);
    QCOMPARE(document.value(u"tags"_s).toArray().size(), 2);
    const QJsonObject schemas
        = document.value(u"components"_s).toObject().value(u"schemas"_s).toObject();
    QVERIFY(schemas.contains(u"PlatformError"_s));
    QVERIFY(schemas.contains(u"Product.Product"_s));
    QCOMPARE(document.value(u"openapi"_s).toString(), u"3.0.3"_s);
}

void TestOpenApiBundler::sameShapeTakesTheFirstNames()
{
    QStringList errors;
    const QJsonObject document = OpenApiBundler::bundle(base,
        { area(u"a.json"_s, productArea),
            area(u"b.json"_s,
                R"({"paths":{"/v2/product/{id}":{"put":{"operationId":"updateProduct",
                 "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
                 "responses":{"200":{"description":"ok"}}}}}})") },
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const QJsonObject paths = document.value(u"paths"_s).toObject();
    QCOMPARE(paths.keys(), QStringList { u"/v2/product/{product_id}"_s });
    const QJsonObject put
        = paths.value(u"/v2/product/{product_id}"_s).toObject().value(u"put"_s).toObject();
    QCOMPARE(put.value(u"parameters"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
        u"product_id"_s);
}

void TestOpenApiBundler::duplicateOperationIsRefused()
{
    const QStringList errors = errorsOf({ area(u"a.json"_s, productArea),
        area(u"b.json"_s,
            R"({"paths":{"/v2/product/{id}":{"get":{"operationId":"readProduct",
                "responses":{"200":{"description":"ok"}}}}}})") });
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).contains(u"b.json"_s) && errors.at(0).contains(u"GET /v2/product/{id}"_s)
            && errors.at(0).contains(u"a.json"_s),
        qPrintable(errors.at(0)));
}

void TestOpenApiBundler::duplicateOperationIdIsRefused()
{
    const QStringList errors = errorsOf({ area(u"a.json"_s, productArea),
        area(u"b.json"_s,
            R"({"paths":{"/v2/products":{"get":{"operationId":"getProduct",
                "responses":{"200":{"description":"ok"}}}}}})") });
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).contains(u"operationId 'getProduct'"_s), qPrintable(errors.at(0)));
}

void TestOpenApiBundler::duplicateSchemaIsRefused()
{
    const QStringList errors = errorsOf({ area(u"a.json"_s, productArea),
        area(u"b.json"_s, R"({"components":{"schemas":{"Product.Product":{"type":"string"}}}})") });
    QCOMPARE(errors.size(), 1);
    QVERIFY2(
        errors.at(0).contains(u"components.schemas.Product.Product"_s), qPrintable(errors.at(0)));
}

void TestOpenApiBundler::danglingRefIsRefused()
{
    QByteArray broken = productArea;
    broken.replace("Product.Product\"}", "Product.Missing\"}");
    const QStringList errors = errorsOf({ area(u"a.json"_s, broken) });
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).contains(u"a.json"_s)
            && errors.at(0).contains(u"#/components/schemas/Product.Missing"_s),
        qPrintable(errors.at(0)));
}

void TestOpenApiBundler::invalidJsonNamesLineAndColumn()
{
    const QStringList errors
        = errorsOf({ area(u"areas/bad.json"_s, "{\n  \"paths\": {\n    \"/v2/x\": ,\n  }\n}\n") });
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).startsWith(u"areas/bad.json:3:"_s), qPrintable(errors.at(0)));
    QVERIFY(errors.at(0).contains(u"invalid JSON"_s));
}

void TestOpenApiBundler::unknownTopLevelKeyIsRefused()
{
    const QStringList errors = errorsOf({ area(u"a.json"_s, R"({"path":{}})") });
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).contains(u"'path'"_s));
}

void TestOpenApiBundler::pathShape()
{
    QCOMPARE(OpenApiBundler::pathShape(u"/v2/product/{product_id}/device/{device_id}"_s),
        u"/v2/product/{}/device/{}"_s);
    QCOMPARE(OpenApiBundler::pathShape(u"/v2/products"_s), u"/v2/products"_s);
}

void TestOpenApiBundler::secretFieldsAreListed()
{
    const QJsonObject document = QJsonDocument::fromJson(R"({"components":{"schemas":{
        "A.Login":{"type":"object","properties":{
            "password":{"type":"string","format":"password"},
            "account":{"type":"string"},
            "nested":{"type":"object","properties":{"sign":{"type":"string","x-xlink-secret":true}}}}}}},
        "paths":{"/v2/x":{"post":{"requestBody":{"content":{"application/json":{"schema":{
            "type":"object","properties":{"product_key":{"type":"string","x-xlink-secret":true},
            "password":{"type":"string","format":"password"}}}}}}}}}})")
                                     .object();
    QCOMPARE(OpenApiBundler::secretFields(document),
        (QStringList { u"password"_s, u"product_key"_s, u"sign"_s }));
}

QTEST_GUILESS_MAIN(TestOpenApiBundler)
#include "TestOpenApiBundler.moc"
