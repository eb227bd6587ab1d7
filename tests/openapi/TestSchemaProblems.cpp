// What a schema problem says: its kind and the detail it needs to be said in either language
// (JsonSchemaCheck reading valijson's words, JsonSchemaWalker reading the schema), and the
// members a schema does not name.
#include "JsonSchemaCheck.h"
#include "JsonSchemaWalker.h"
#include "SchemaTranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;
using Kind = SchemaProblem::Kind;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// A request schema as the description writes one, translated as the console loads it.
QJsonObject productSchema()
{
    const QJsonObject components = object(R"({
        "Owner": {"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"}},
                  "required":["id"]}
    })");
    return SchemaTranslator(components)
        .translate(object(R"({
        "type":"object",
        "required":["name","mode"],
        "properties":{
            "name":{"type":"string","maxLength":8,"minLength":2},
            "mode":{"type":"string","enum":["wifi","zigbee"]},
            "count":{"type":"integer","minimum":1,"maximum":100},
            "code":{"type":"string","pattern":"^[0-9]+$"},
            "tags":{"type":"array","items":{"type":"string"},"maxItems":2},
            "owner":{"$ref":"#/components/schemas/Owner"},
            "extra":{"type":"object","additionalProperties":{"type":"string"}},
            "any":{"type":"object"},
            "when":{"type":"string","format":"date-time","nullable":true}
        }
    })"),
            SchemaTranslator::Direction::Request);
}

SchemaProblem only(const QList<SchemaProblem> &problems)
{
    if (problems.size() != 1) {
        for (const SchemaProblem &problem : problems)
            qWarning() << problem.path << problem.message;
    }
    return problems.size() == 1 ? problems.constFirst() : SchemaProblem {};
}

} // namespace

class TestSchemaProblems final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemsHaveKindAndDetail_data();
    void problemsHaveKindAndDetail();
    void wrongTypeNamesTheExpectedTypesInWords();
    void invalidJsonHasItsLineAndReason();
    void unknownFieldsAreFoundAtTheirPath();
    void openObjectsHaveNoUnknownFields();
    void alternativesKnowEachOthersFields();
};

void TestSchemaProblems::problemsHaveKindAndDetail_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << QByteArray(R"({"name":"plug"})") << u"$"_s
                             << int(Kind::MissingField) << u"mode"_s;
    QTest::newRow("wrong type") << QByteArray(R"({"name":5,"mode":"wifi"})") << u"$.name"_s
                                << int(Kind::WrongType) << u"string"_s;
    QTest::newRow("integer type") << QByteArray(R"({"name":"plug","mode":"wifi","count":"3"})")
                                  << u"$.count"_s << int(Kind::WrongType) << u"integer"_s;
    QTest::newRow("fraction") << QByteArray(R"({"name":"plug","mode":"wifi","count":2.5})")
                              << u"$.count"_s << int(Kind::NotInteger) << QString();
    QTest::newRow("enum") << QByteArray(R"({"name":"plug","mode":"lora"})") << u"$.mode"_s
                          << int(Kind::NotInEnum) << u"wifi, zigbee"_s;
    QTest::newRow("too long") << QByteArray(R"({"name":"smart plug 2","mode":"wifi"})")
                              << u"$.name"_s << int(Kind::TooLong) << u"8"_s;
    QTest::newRow("too short") << QByteArray(R"({"name":"p","mode":"wifi"})") << u"$.name"_s
                               << int(Kind::TooShort) << u"2"_s;
    QTest::newRow("below") << QByteArray(R"({"name":"plug","mode":"wifi","count":0})")
                           << u"$.count"_s << int(Kind::BelowMinimum) << u">= 1"_s;
    QTest::newRow("above") << QByteArray(R"({"name":"plug","mode":"wifi","count":101})")
                           << u"$.count"_s << int(Kind::AboveMaximum) << u"<= 100"_s;
    QTest::newRow("pattern") << QByteArray(R"({"name":"plug","mode":"wifi","code":"12a"})")
                             << u"$.code"_s << int(Kind::PatternMismatch) << u"^[0-9]+$"_s;
    QTest::newRow("items") << QByteArray(R"({"name":"plug","mode":"wifi","tags":["a","b","c"]})")
                           << u"$.tags"_s << int(Kind::TooManyItems) << u"2"_s;
    QTest::newRow("in a ref") << QByteArray(R"({"name":"plug","mode":"wifi","owner":{"id":"x"}})")
                              << u"$.owner.id"_s << int(Kind::WrongType) << u"integer"_s;
    QTest::newRow("in a map") << QByteArray(R"({"name":"plug","mode":"wifi","extra":{"a":1}})")
                              << u"$.extra.a"_s << int(Kind::WrongType) << u"string"_s;
    QTest::newRow("date-time") << QByteArray(R"({"name":"plug","mode":"wifi","when":"yesterday"})")
                               << u"$.when"_s << int(Kind::BadFormat) << u"date-time"_s;
}

void TestSchemaProblems::problemsHaveKindAndDetail()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QString, detail);
    const SchemaProblem problem = only(JsonSchemaCheck(productSchema()).checkText(body));
    QCOMPARE(problem.path, path);
    QCOMPARE(int(problem.kind), kind);
    QCOMPARE(problem.detail, detail);
    QVERIFY(problem.line >= 1);
    QVERIFY(!problem.text().isEmpty());
}

void TestSchemaProblems::wrongTypeNamesTheExpectedTypesInWords()
{
    SchemaProblem problem;
    problem.kind = Kind::WrongType;
    problem.detail = u"integer,null"_s;
    QCOMPARE(problem.text(), u"should be a whole number or null"_s);
    problem.kind = Kind::MissingField;
    problem.detail = u"mode"_s;
    QCOMPARE(problem.text(), u"required field “mode” is missing"_s);
    // A kind it cannot say in words keeps the validator's.
    problem.kind = Kind::Other;
    problem.message = u"Something else."_s;
    QCOMPARE(problem.text(), u"Something else."_s);
}

void TestSchemaProblems::invalidJsonHasItsLineAndReason()
{
    const SchemaProblem problem
        = only(JsonSchemaCheck(productSchema()).checkText("{\n  \"name\": \"plug\",\n  mode\n}"));
    QCOMPARE(int(problem.kind), int(Kind::InvalidJson));
    QCOMPARE(problem.line, 3);
    QVERIFY2(problem.detail.contains(u"column"_s), qPrintable(problem.detail));
}

void TestSchemaProblems::unknownFieldsAreFoundAtTheirPath()
{
    const JsonSchemaWalker walker(productSchema());
    const QJsonObject body
        = object(R"({"name":"plug","mdoe":"wifi","owner":{"id":1,"nmae":"x"},"tags":["a"]})");
    const QList<SchemaProblem> problems = walker.unknownFields(body);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).path, u"$.mdoe"_s);
    QCOMPARE(int(problems.at(0).kind), int(Kind::UnknownField));
    QCOMPARE(problems.at(0).detail, u"mdoe"_s);
    QCOMPARE(problems.at(1).path, u"$.owner.nmae"_s);
}

void TestSchemaProblems::openObjectsHaveNoUnknownFields()
{
    const JsonSchemaWalker walker(productSchema());
    // A map (additionalProperties with a schema) and a free-form object take any member.
    QVERIFY(walker.unknownFields(object(R"({"extra":{"anything":"x"},"any":{"b":{"c":1}}})"))
                .isEmpty());
    const JsonSchemaWalker closedByFalse(
        object(R"({"type":"object","properties":{"a":{}},"additionalProperties":false})"));
    QCOMPARE(closedByFalse.unknownFields(object(R"({"a":1,"b":2})")).size(), 1);
    const JsonSchemaWalker emptyList(object(R"({"type":"object","properties":{}})"));
    QVERIFY(emptyList.unknownFields(object(R"({"a":1})")).isEmpty());
    const JsonSchemaWalker openByTrue(
        object(R"({"type":"object","properties":{"a":{}},"additionalProperties":true})"));
    QVERIFY(openByTrue.unknownFields(object(R"({"a":1,"b":2})")).isEmpty());
}

void TestSchemaProblems::alternativesKnowEachOthersFields()
{
    const JsonSchemaWalker walker(object(R"({"oneOf":[
        {"type":"object","properties":{"email":{"type":"string"}}},
        {"type":"object","properties":{"phone":{"type":"string"}}}]})"));
    QVERIFY(walker.unknownFields(object(R"({"email":"a@b.c"})")).isEmpty());
    QVERIFY(walker.unknownFields(object(R"({"phone":"1"})")).isEmpty());
    QCOMPARE(walker.unknownFields(object(R"({"fax":"1"})")).size(), 1);
    QCOMPARE(walker.typesAt(JsonSchemaWalker::stepsIn(object(R"({"email":3})"), { u"email"_s })),
        QStringList { u"string"_s });
}

QTEST_GUILESS_MAIN(TestSchemaProblems)
#include "TestSchemaProblems.moc"
