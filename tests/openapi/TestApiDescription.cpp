// ApiDescription: what the loader reads out of an OpenAPI document into each operation.
#include "ApiDescription.h"
#include "JsonSchemaCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

const QByteArray document = R"({
 "openapi":"3.0.3","info":{"title":"t","version":"1"},
 "tags":[{"name":"product","description":"Products","x-description-zh":"产品"}],
 "components":{
  "securitySchemes":{"corpToken":{"type":"apiKey","in":"header","name":"Access-Token",
                                  "description":"Enterprise member"}},
  "parameters":{"Limit":{"name":"limit","in":"query","schema":{"type":"integer"}}},
  "schemas":{
   "PlatformError":{"type":"object"},
   "Product.Create":{"type":"object","required":["name"],"properties":{
      "name":{"type":"string","maxLength":32},
      "id":{"type":"string","readOnly":true},
      "secret_key":{"type":"string","x-xlink-secret":true}}},
   "Product.Token":{"type":"object","properties":{
      "access_token":{"type":"string","x-xlink-secret":true},
      "created":{"type":"integer","nullable":true}}}}},
 "paths":{
  "/v2/product/{product_id}":{
   "parameters":[{"name":"product_id","in":"path","required":true,"schema":{"type":"string"}}],
   "put":{"operationId":"updateProduct","summary":"Update a product","x-summary-zh":"修改产品",
    "tags":["product"],"security":[{"corpToken":[]}],
    "parameters":[{"$ref":"#/components/parameters/Limit"}],
    "requestBody":{"required":true,"content":{"application/json":{
      "schema":{"$ref":"#/components/schemas/Product.Create"},"example":{"name":"Smart plug"}}}},
    "responses":{"201":{"description":"ok","content":{"application/json":{
      "schema":{"$ref":"#/components/schemas/Product.Token"},
      "examples":{"one":{"value":{"access_token":"x","created":null}}}}}},
     "default":{"description":"e","content":{"application/json":{
      "schema":{"$ref":"#/components/schemas/PlatformError"}}}}},
    "x-xlink-error-codes":[4001001,4041005],
    "x-xlink-doc-contradictions":["table says string, example sends a number"],
    "x-xlink-source":"p.md"}},
  "/v2/product/list":{"get":{"operationId":"listProducts","summary":"List","x-summary-zh":"列表",
    "tags":["product"],"security":[],"responses":{"204":{"description":"none"}}}}}})";

} // namespace

class TestApiDescription final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnOperation();
    void translatesSchemasByDirection();
    void findsByTemplateOrConcretePath();
    void rejectsInvalidDocuments();
    void builtinIsEmbedded();
};

void TestApiDescription::readsAnOperation()
{
    QString error;
    const ApiDescription description = ApiDescription::fromDocument(document, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(description.operations().size(), 2);
    QCOMPARE(description.tags().size(), 1);
    QCOMPARE(description.tags().at(0).description.zh, u"产品"_s);
    QCOMPARE(description.securitySchemes().value(u"corpToken"_s), u"Enterprise member"_s);

    const ApiOperation *op = description.byOperationId(u"updateProduct"_s);
    QVERIFY(op);
    QCOMPARE(op->method, u"PUT"_s);
    QCOMPARE(op->path, u"/v2/product/{product_id}"_s);
    QCOMPARE(op->summary.en, u"Update a product"_s);
    QCOMPARE(op->summary.zh, u"修改产品"_s);
    QCOMPARE(op->tag, u"product"_s);
    QCOMPARE(op->security, QList<QStringList> { QStringList { u"corpToken"_s } });
    QVERIFY(op->needsLogin());
    QCOMPARE(op->parameters.size(), 2); // its own (a $ref) and the path item's
    QCOMPARE(op->parameters.at(0).name, u"limit"_s);
    QCOMPARE(op->parameters.at(1).name, u"product_id"_s);
    QVERIFY(op->parameters.at(1).required);
    QVERIFY(op->hasRequestBody);
    QVERIFY(op->requestBodyRequired);
    QCOMPARE(op->requestExample.toObject().value(u"name"_s).toString(), u"Smart plug"_s);
    QCOMPARE(op->successStatus, 201);
    QVERIFY(op->responseExample.toObject().contains(u"access_token"_s));
    QCOMPARE(op->errorCodes, (QList<int> { 4001001, 4041005 }));
    QCOMPARE(op->contradictions.size(), 1);
    QCOMPARE(op->source, u"p.md"_s);
    QStringList secrets = op->secretFields;
    secrets.sort();
    QCOMPARE(secrets, (QStringList { u"access_token"_s, u"secret_key"_s }));

    const ApiOperation *list = description.byOperationId(u"listProducts"_s);
    QVERIFY(list);
    QVERIFY(!list->needsLogin());
    QCOMPARE(list->successStatus, 204);
    QVERIFY(list->responseSchema.isEmpty());
    QVERIFY(!list->hasRequestBody);
}

void TestApiDescription::translatesSchemasByDirection()
{
    const ApiDescription description = ApiDescription::fromDocument(document);
    const ApiOperation *op = description.byOperationId(u"updateProduct"_s);
    QVERIFY(op);
    const JsonSchemaCheck request(op->requestSchema);
    QVERIFY2(request.isUsable(), qPrintable(request.schemaError()));
    QVERIFY(request.check(op->requestExample).isEmpty());
    QCOMPARE(request.check(QJsonObject { { u"name"_s, 5 } }).at(0).path, u"$.name"_s);
    const JsonSchemaCheck response(op->responseSchema);
    QVERIFY(response.check(op->responseExample).isEmpty()); // nullable created
    QCOMPARE(response.check(QJsonObject { { u"created"_s, u"x"_s } }).at(0).path, u"$.created"_s);
}

void TestApiDescription::findsByTemplateOrConcretePath()
{
    const ApiDescription description = ApiDescription::fromDocument(document);
    QCOMPARE(description.find(u"put"_s, u"/v2/product/{id}"_s)->operationId, u"updateProduct"_s);
    QCOMPARE(description.find(u"PUT"_s, u"/v2/product/1607d2b4aa1b1f41?x=1"_s)->operationId,
        u"updateProduct"_s);
    QCOMPARE(description.find(u"GET"_s, u"/v2/product/list"_s)->operationId, u"listProducts"_s);
    QVERIFY(!description.find(u"GET"_s, u"/v2/product/160/x"_s));
    QVERIFY(!description.find(u"DELETE"_s, u"/v2/product/list"_s));
    QVERIFY(!description.byOperationId(u"nothing"_s));
}

void TestApiDescription::rejectsInvalidDocuments()
{
    QString error;
    QVERIFY(ApiDescription::fromDocument("{\"openapi\":", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(ApiDescription::fromDocument("[1]", &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestApiDescription::builtinIsEmbedded()
{
    const QByteArray text = ApiDescription::builtinDocument();
    QVERIFY(!text.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(text).object().value(u"openapi"_s).toString(), u"3.0.3"_s);
    QCOMPARE(&ApiDescription::builtin(), &ApiDescription::builtin());
}

QTEST_GUILESS_MAIN(TestApiDescription)
#include "TestApiDescription.moc"
