// OperationSearch over the built-in description: by path, method, operationId, either
// language's summary and the area, best matches first.
#include "ApiDescription.h"
#include "OperationSearch.h"

#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestOperationSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyQueryListsEverything();
    void byPathBestFirst();
    void leadingMethodFilters();
    void byOperationIdAndSummaries();
    void byArea();
    void nothingForNonsense();

private:
    const ApiOperation &at(qsizetype index) const { return m_api->operations().at(index); }

    const ApiDescription *m_api = nullptr;
    std::unique_ptr<OperationSearch> m_search;
};

void TestOperationSearch::initTestCase()
{
    m_api = &ApiDescription::builtin();
    QVERIFY(m_api->operations().size() > 300);
    m_search = std::make_unique<OperationSearch>(*m_api);
}

void TestOperationSearch::emptyQueryListsEverything()
{
    const QList<qsizetype> all = m_search->search(u"  "_s);
    QCOMPARE(all.size(), m_api->operations().size());
    QCOMPARE(all.first(), 0);
    QCOMPARE(all.last(), m_api->operations().size() - 1);
}

void TestOperationSearch::byPathBestFirst()
{
    const QList<qsizetype> found
        = m_search->search(u"/v2/product/{product_id}/device/{device_id}"_s);
    QVERIFY(found.size() > 3);
    // The exact path before the longer ones that start with it.
    QCOMPARE(at(found.first()).path, u"/v2/product/{product_id}/device/{device_id}"_s);
    for (const qsizetype i : found)
        QVERIFY(at(i).path.startsWith(u"/v2/product/{product_id}/device/{device_id}"));
}

void TestOperationSearch::leadingMethodFilters()
{
    const QList<qsizetype> found = m_search->search(u"delete DEVICE"_s);
    QVERIFY(!found.isEmpty());
    for (const qsizetype i : found)
        QCOMPARE(at(i).method, u"DELETE"_s);
    const QList<qsizetype> creates = m_search->search(u"POST /v2/product"_s);
    QCOMPARE(at(creates.first()).operationId, u"createProduct"_s);
}

void TestOperationSearch::byOperationIdAndSummaries()
{
    const QList<qsizetype> byId = m_search->search(u"listalertrules"_s);
    QCOMPARE(byId.size(), 1);
    QCOMPARE(at(byId.first()).path, u"/v2/alert/rules"_s);

    const QList<qsizetype> zh = m_search->search(u"告警规则"_s);
    QVERIFY(zh.size() >= 5);
    for (const qsizetype i : zh)
        QVERIFY(at(i).summary.zh.contains(u"告警规则") || at(i).tag == u"alert");

    // A whole summary first, in either language.
    QCOMPARE(at(m_search->search(u"删除设备"_s).first()).operationId, u"deleteDevice"_s);
    QCOMPARE(at(m_search->search(u"delete a DEVICE"_s).first()).operationId, u"deleteDevice"_s);

    const QList<qsizetype> en = m_search->search(u"Alert Rule"_s);
    QVERIFY(!en.isEmpty());
    QVERIFY(at(en.first()).path.contains(u"alert"));
}

void TestOperationSearch::byArea()
{
    // The tag's own name, and words only its description has (both languages).
    QString areaEn;
    QString areaZh;
    for (const ApiTag &tag : m_api->tags()) {
        if (tag.name == u"home") {
            areaEn = tag.description.en;
            areaZh = tag.description.zh;
        }
    }
    QVERIFY(!areaEn.isEmpty() && !areaZh.isEmpty());
    for (const QString &query : { u"home"_s, areaEn, areaZh }) {
        const QList<qsizetype> found = m_search->search(query);
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        const bool anyHome = std::any_of(
            found.cbegin(), found.cend(), [&](qsizetype i) { return at(i).tag == u"home"; });
        QVERIFY2(anyHome, qPrintable(query));
    }
}

void TestOperationSearch::nothingForNonsense()
{
    QVERIFY(m_search->search(u"no-such-thing-anywhere"_s).isEmpty());
    QVERIFY(m_search->search(u"GET createProduct"_s).isEmpty()); // it is a POST
}

QTEST_GUILESS_MAIN(TestOperationSearch)
#include "TestOperationSearch.moc"
