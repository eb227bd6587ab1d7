// JsonTreeModel: children exist only once their parent is expanded, and the model stays
// consistent (QAbstractItemModelTester) through fetches and resets.

#include "console/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace xlink {

class TestJsonTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void childrenAreBuiltOnlyWhenFetched();
    void expandingInAViewFetches();
    void showsKeysValuesAndTypes();
    void staysConsistentUnderTheTester();
};

namespace {

QJsonDocument sample()
{
    return QJsonDocument::fromJson(R"({"list":[{"id":1,"name":"灯"},{"id":2,"name":null}],)"
                                   R"("count":2,"ok":true,"big":9007199254740993})");
}

} // namespace

void TestJsonTreeModel::childrenAreBuiltOnlyWhenFetched()
{
    JsonTreeModel model;
    model.setDocument(sample());
    // The top level comes with the document, nothing below it.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.createdNodeCount(), 5);
    QVERIFY(!model.canFetchMore({}));

    const QModelIndex list = model.index(2, 0); // keys in QJsonObject order: big, count, list, ok
    QCOMPARE(list.data().toString(), u"list"_s);
    QVERIFY(model.hasChildren(list));
    QCOMPARE(model.rowCount(list), 0);
    QVERIFY(model.canFetchMore(list));
    model.fetchMore(list);
    QCOMPARE(model.rowCount(list), 2);
    QCOMPARE(model.createdNodeCount(), 7);
    QVERIFY(!model.canFetchMore(list));
    const QModelIndex first = model.index(0, 0, list);
    QCOMPARE(model.parent(first), list);
    QCOMPARE(first.data().toString(), u"[0]"_s);
    QVERIFY(!model.hasChildren(model.index(1, 0))); // count: a number
}

void TestJsonTreeModel::expandingInAViewFetches()
{
    JsonTreeModel model;
    QTreeView view;
    view.setModel(&model);
    model.setDocument(sample());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex list = model.index(2, 0);
    QCOMPARE(model.rowCount(list), 0);
    view.expand(list);
    QCOMPARE(model.rowCount(list), 2);
    QCOMPARE(model.rowCount(model.index(0, 0, list)), 0);
}

void TestJsonTreeModel::showsKeysValuesAndTypes()
{
    JsonTreeModel model;
    model.setDocument(sample());
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn).data().toString(), u"2"_s);
    QCOMPARE(model.index(1, JsonTreeModel::TypeColumn).data().toString(), u"number"_s);
    QCOMPARE(model.index(3, JsonTreeModel::ValueColumn).data().toString(), u"true"_s);
    QCOMPARE(model.index(2, JsonTreeModel::ValueColumn).data().toString(), u"[2 items]"_s);
    const QModelIndex list = model.index(2, 0);
    model.fetchMore(list);
    const QModelIndex item = model.index(0, 0, list);
    model.fetchMore(item);
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn, item).data().toString(), u"\"灯\""_s);
    QCOMPARE(model.index(1, JsonTreeModel::TypeColumn, item).data().toString(), u"string"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasChildren());
}

void TestJsonTreeModel::staysConsistentUnderTheTester()
{
    // Qt 6.4's tester fetches children while it still handles a reset and then reports its own
    // fetch as a change during the reset, so each tester watches a model whose document is set.
    for (const QByteArray &json :
        { R"({"list":[{"id":1},{"id":2,"tags":["a",[]]}],"n":null})"_ba, "[1,[2,[3]],{}]"_ba }) {
        JsonTreeModel model;
        model.setDocument(QJsonDocument::fromJson(json));
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int row = 0; row < model.rowCount(); ++row)
            model.fetchMore(model.index(row, 0));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
}

} // namespace xlink

QTEST_MAIN(xlink::TestJsonTreeModel)
#include "TestJsonTreeModel.moc"
