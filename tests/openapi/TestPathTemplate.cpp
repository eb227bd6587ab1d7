// PathTemplate: the placeholders of a request target and filling them in.
#include "PathTemplate.h"

#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestPathTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesInOrderWithoutRepeats();
    void fillsAndEncodesValues();
};

void TestPathTemplate::namesInOrderWithoutRepeats()
{
    QCOMPARE(PathTemplate::names(u"/v2/product/{product_id}/device/{device_id}?x={product_id}"_s),
        (QStringList { u"product_id"_s, u"device_id"_s }));
    QVERIFY(PathTemplate::names(u"/v2/corp"_s).isEmpty());
    // Not a name: braces around something else stay text.
    QVERIFY(PathTemplate::names(u"/v2/x/{1a}/{}"_s).isEmpty());
    // A collection's variable is the call pipeline's to fill, not a placeholder of the path.
    QCOMPARE(PathTemplate::names(u"{{baseUrl}}/v2/product/{{pid}}/device/{device_id}"_s),
        QStringList { u"device_id"_s });
    QCOMPARE(PathTemplate::fill(
                 u"/v2/product/{{pid}}/{id}"_s, { { u"pid"_s, u"x"_s }, { u"id"_s, u"7"_s } }),
        u"/v2/product/{{pid}}/7"_s);
}

void TestPathTemplate::fillsAndEncodesValues()
{
    const QString path = u"/v2/product/{pid}/device/{did}?x={pid}"_s;
    QCOMPARE(PathTemplate::fill(path, { { u"pid"_s, u"abc"_s }, { u"did"_s, u"4/2 x"_s } }),
        u"/v2/product/abc/device/4%2F2%20x?x=abc"_s);
    // Missing or empty values stay visible as placeholders.
    QCOMPARE(PathTemplate::fill(path, { { u"pid"_s, u"abc"_s }, { u"did"_s, QString() } }),
        u"/v2/product/abc/device/{did}?x=abc"_s);
    QCOMPARE(PathTemplate::fill(u"/v2/corp"_s, {}), u"/v2/corp"_s);
}

QTEST_GUILESS_MAIN(TestPathTemplate)
#include "TestPathTemplate.moc"
