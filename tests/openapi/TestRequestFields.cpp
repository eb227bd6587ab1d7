// RequestFields: an operation's request fields flattened from the OpenAPI schema, with both
// languages' descriptions and the limits the document states.
#include "ApiDescription.h"
#include "RequestFields.h"

#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

const QByteArray document = R"({
 "openapi":"3.0.3","info":{"title":"t","version":"1"},
 "components":{"schemas":{
   "Base":{"type":"object","required":["name"],"properties":{
     "name":{"type":"string","maxLength":32,"description":"Name","x-description-zh":"名称"}}},
   "Node":{"type":"object","properties":{
     "child":{"$ref":"#/components/schemas/Node"},
     "label":{"type":"string"}}},
   "Create":{"allOf":[{"$ref":"#/components/schemas/Base"},{"type":"object",
     "required":["mode"],"properties":{
     "mode":{"type":"integer","enum":[1,2],"minimum":1,"maximum":2,"nullable":true},
     "password":{"type":"string","format":"password","minLength":6},
     "tags":{"type":"array","maxItems":5,"items":{"type":"string","pattern":"^[a-z]+$"}},
     "points":{"type":"array","items":{"type":"object","required":["index"],"properties":{
        "index":{"type":"integer","description":"Index","x-description-zh":"索引"},
        "value":{"description":"Any value"}}}},
     "tree":{"$ref":"#/components/schemas/Node","description":"The tree, own words"}}}]}}},
 "paths":{"/v2/x":{"post":{"operationId":"createX","summary":"s","x-summary-zh":"s",
   "tags":["x"],"security":[],
   "requestBody":{"content":{"application/json":{
     "schema":{"$ref":"#/components/schemas/Create"}}}},
   "responses":{"200":{"description":"ok"}}},
  "get":{"operationId":"getX","summary":"s","x-summary-zh":"s","tags":["x"],"security":[],
   "responses":{"200":{"description":"ok"}}}}}})";

} // namespace

class TestRequestFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flattensWithPathsAndLimits();
    void noBodyNoFields();
    void builtinOperation();
    void fieldPathOfAValue();
};

void TestRequestFields::flattensWithPathsAndLimits()
{
    const ApiDescription description = ApiDescription::fromDocument(document);
    const ApiOperation *operation = description.byOperationId(u"createX"_s);
    QVERIFY(operation);
    const QList<ApiField> fields = RequestFields::of(description, *operation);
    QStringList paths;
    for (const ApiField &field : fields)
        paths.append(field.path);
    // allOf parts merged, nested arrays and objects after their parent, a schema that refers to
    // itself followed once.
    QCOMPARE(paths,
        (QStringList { u"$.name"_s, u"$.mode"_s, u"$.password"_s, u"$.points"_s,
            u"$.points[].index"_s, u"$.points[].value"_s, u"$.tags"_s, u"$.tree"_s,
            u"$.tree.child"_s, u"$.tree.label"_s }));
    const auto field = [&](const QString &path) {
        return *std::find_if(
            fields.cbegin(), fields.cend(), [&](const ApiField &f) { return f.path == path; });
    };
    QVERIFY(field(u"$.name"_s).required);
    QCOMPARE(field(u"$.name"_s).maxLength, 32);
    QCOMPARE(field(u"$.name"_s).description.zh, u"名称"_s);
    QCOMPARE(field(u"$.name"_s).description.en, u"Name"_s);
    QVERIFY(field(u"$.mode"_s).required);
    QCOMPARE(field(u"$.mode"_s).type, u"integer"_s);
    QCOMPARE(field(u"$.mode"_s).enumValues.size(), 2);
    QCOMPARE(field(u"$.mode"_s).minimum, 1.0);
    QCOMPARE(field(u"$.mode"_s).maximum, 2.0);
    QVERIFY(field(u"$.mode"_s).nullable);
    QVERIFY(field(u"$.password"_s).secret);
    QCOMPARE(field(u"$.password"_s).minLength, 6);
    QVERIFY(!field(u"$.password"_s).required);
    QCOMPARE(field(u"$.tags"_s).type, u"array"_s);
    QCOMPARE(field(u"$.tags"_s).itemType, u"string"_s);
    QCOMPARE(field(u"$.tags"_s).maxItems, 5);
    QVERIFY(field(u"$.points[].index"_s).required);
    QCOMPARE(field(u"$.points[].index"_s).description.zh, u"索引"_s);
    QVERIFY(field(u"$.points[].value"_s).type.isEmpty()); // any type
    // A property's own description beside a $ref wins over the referenced schema's.
    QCOMPARE(field(u"$.tree"_s).description.en, u"The tree, own words"_s);
    QCOMPARE(field(u"$.tree"_s).type, u"object"_s);
}

void TestRequestFields::noBodyNoFields()
{
    const ApiDescription description = ApiDescription::fromDocument(document);
    QVERIFY(RequestFields::of(description, *description.byOperationId(u"getX"_s)).isEmpty());
}

void TestRequestFields::builtinOperation()
{
    const ApiDescription &description = ApiDescription::builtin();
    const ApiOperation *operation = description.byOperationId(u"createProduct"_s);
    QVERIFY(operation);
    const QList<ApiField> fields = RequestFields::of(description, *operation);
    QVERIFY(fields.size() >= 5);
    for (const ApiField &field : fields) {
        QVERIFY2(!field.description.en.isEmpty(), qPrintable(field.path));
        QVERIFY2(!field.description.zh.isEmpty(), qPrintable(field.path));
    }
    const auto name = std::find_if(
        fields.cbegin(), fields.cend(), [](const ApiField &f) { return f.path == u"$.name"; });
    QVERIFY(name != fields.cend());
    QVERIFY(name->required);
    QCOMPARE(name->maxLength, 32);
}

void TestRequestFields::fieldPathOfAValue()
{
    QCOMPARE(RequestFields::fieldPath(u"$.points[12].index"_s), u"$.points[].index"_s);
    QCOMPARE(RequestFields::fieldPath(u"$[0][3]"_s), u"$[][]"_s);
    QCOMPARE(RequestFields::fieldPath(u"$.name"_s), u"$.name"_s);
}

QTEST_GUILESS_MAIN(TestRequestFields)
#include "TestRequestFields.moc"
