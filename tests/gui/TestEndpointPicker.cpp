// The endpoint picker: its model (checked by QAbstractItemModelTester while it filters) and the
// widget driven from the keyboard: type, Down into the results, Up/Down across areas, Enter
// picks, Esc back to the search field; a click selects, a double click picks.
#include "ApiDescription.h"
#include "console/EndpointPickerModel.h"
#include "console/EndpointPickerWidget.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace xlink {

class TestEndpointPicker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelGroupsMatchesByArea();
    void modelIsConsistentWhileFiltering();
    void descriptionIsReadWhenShown();
    void keyboardFindsAndPicks();
    void clickSelectsDoubleClickPicks();
    void chineseSummariesAndAreas();

private:
    static const ApiOperation *picked(const QSignalSpy &spy, int i)
    {
        return spy.at(i).at(0).value<const ApiOperation *>();
    }
};

void TestEndpointPicker::initTestCase()
{
    qRegisterMetaType<const ApiOperation *>();
    Translations::install(Language::English);
}

void TestEndpointPicker::modelGroupsMatchesByArea()
{
    EndpointPickerModel model;
    model.setDescription(&ApiDescription::builtin());
    // Everything, by area.
    QCOMPARE(model.matchCount(), ApiDescription::builtin().operations().size());
    int total = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex area = model.index(row, 0);
        QVERIFY(model.data(area, EndpointPickerModel::IsAreaRole).toBool());
        QVERIFY(!(model.flags(area) & Qt::ItemIsSelectable));
        QVERIFY(model.rowCount(area) > 0);
        const QString tag = model.operation(model.index(0, 0, area))->tag;
        for (int child = 0; child < model.rowCount(area); ++child) {
            const ApiOperation *operation = model.operation(model.index(child, 0, area));
            QVERIFY(operation);
            QCOMPARE(operation->tag, tag);
            ++total;
        }
    }
    QCOMPARE(total, model.matchCount());

    // A search: the best area first, the best operation first in it.
    model.setQuery(u"POST /v2/product"_s);
    const QModelIndex first = model.firstOperation();
    QCOMPARE(model.operation(first)->operationId, u"createProduct"_s);
    QVERIFY(model.data(first).toString().startsWith(u"POST /v2/product\n"_s));
    QVERIFY(model.data(first).toString().contains(u"Create a product"));
    QCOMPARE(
        model.data(first, EndpointPickerModel::OperationIdRole).toString(), u"createProduct"_s);
    // Walking the operations across areas visits every match once and stops at the ends.
    int walked = 0;
    QModelIndex last;
    for (QModelIndex index = first; index.isValid(); index = model.nextOperation(index, true)) {
        QVERIFY(model.operation(index));
        QCOMPARE(model.operation(index)->method, u"POST"_s);
        last = index;
        ++walked;
    }
    QCOMPARE(walked, model.matchCount());
    QVERIFY(!model.nextOperation(first, false).isValid());
    QVERIFY(model.nextOperation(last, false).isValid());

    model.setQuery(u"no-such-thing-anywhere"_s);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.firstOperation().isValid());
}

void TestEndpointPicker::modelIsConsistentWhileFiltering()
{
    EndpointPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDescription(&ApiDescription::builtin());
    for (const QString &query : { u"d"_s, u"de"_s, u"dev"_s, u"device"_s, u"device x"_s, u"设备"_s,
             u"GET"_s, u"GET /v2/user"_s, QString() }) {
        model.setQuery(query);
        QVERIFY(!QTest::currentTestFailed());
    }
    model.setLanguage(Language::Chinese);
    model.setDescription(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestEndpointPicker::descriptionIsReadWhenShown()
{
    EndpointPickerWidget picker;
    QVERIFY(!picker.model()->description()); // not when built
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QVERIFY(picker.model()->description());
    QCOMPARE(picker.model()->matchCount(), ApiDescription::builtin().operations().size());
}

void TestEndpointPicker::keyboardFindsAndPicks()
{
    EndpointPickerWidget picker;
    picker.resize(420, 600);
    picker.show();
    QApplication::setActiveWindow(&picker);
    QVERIFY(QTest::qWaitForWindowActive(&picker));
    QSignalSpy spy(&picker, &EndpointPickerWidget::operationPicked);
    QLineEdit *search = picker.searchField();
    QTreeView *results = picker.resultView();
    search->setFocus();

    QTest::keyClicks(search, u"delete device"_s);
    QVERIFY(picker.model()->matchCount() > 2);
    // Down: into the results, on the first operation (not on its area's heading).
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(results));
    const ApiOperation *first = picker.currentOperation();
    QVERIFY(first);
    QCOMPARE(first->method, u"DELETE"_s);
    QVERIFY(results->selectionModel()->isSelected(results->currentIndex()));
    // Down and Up move between operations, across the area headings.
    QList<const ApiOperation *> seen { first };
    for (int i = 1; i < picker.model()->matchCount(); ++i) {
        QTest::keyClick(results, Qt::Key_Down);
        QVERIFY(picker.currentOperation());
        QVERIFY(!seen.contains(picker.currentOperation()));
        seen.append(picker.currentOperation());
    }
    QTest::keyClick(results, Qt::Key_Down); // at the end: stays
    QCOMPARE(picker.currentOperation(), seen.last());
    for (int i = 1; i < seen.size(); ++i)
        QTest::keyClick(results, Qt::Key_Up);
    QCOMPARE(picker.currentOperation(), first);
    QTest::keyClick(results, Qt::Key_Down);
    const ApiOperation *second = picker.currentOperation();
    // Enter picks the current one.
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(picked(spy, 0), second);
    // Esc goes back to the field with the query selected, so typing replaces it.
    QTest::keyClick(results, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
    QCOMPARE(search->selectedText(), u"delete device"_s);
    QTest::keyClicks(search, u"listAlertRules"_s);
    QCOMPARE(picker.model()->matchCount(), 1);
    // Enter in the field picks the first match.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(picked(spy, 1)->path, u"/v2/alert/rules"_s);
    // Up from the first result goes back to the field.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(results));
    QTest::keyClick(results, Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
    QCOMPARE(spy.size(), 2);
}

void TestEndpointPicker::clickSelectsDoubleClickPicks()
{
    EndpointPickerWidget picker;
    picker.resize(420, 600);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy spy(&picker, &EndpointPickerWidget::operationPicked);
    QTest::keyClicks(picker.searchField(), u"POST /v2/product"_s);
    QTreeView *results = picker.resultView();
    const QModelIndex area = picker.model()->index(0, 0);
    const QModelIndex second = picker.model()->index(1, 0, area);
    QVERIFY(second.isValid());
    const QRect rect = results->visualRect(second);
    QVERIFY(rect.isValid());
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(results->currentIndex(), second);
    QCOMPARE(spy.size(), 0); // a click only selects
    // A click on an area's heading selects nothing.
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(area).center());
    QVERIFY(!results->selectionModel()->isSelected(area));
    // A double click as the platform delivers it: press, release, press, double click, release.
    QTest::mousePress(results->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(results->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mousePress(results->viewport(), Qt::LeftButton, {}, rect.center());
    QMouseEvent doubleClick(QEvent::MouseButtonDblClick, rect.center(),
        results->viewport()->mapToGlobal(rect.center()), Qt::LeftButton, Qt::LeftButton, {});
    QApplication::sendEvent(results->viewport(), &doubleClick);
    QTest::mouseRelease(results->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(picked(spy, 0), picker.model()->operation(second));
    // A click on an area's heading selects nothing.
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(area).center());
    QVERIFY(!results->selectionModel()->isSelected(area));
}

void TestEndpointPicker::chineseSummariesAndAreas()
{
    EndpointPickerWidget picker;
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    // QTest::keyClicks types Latin-1 only; Chinese arrives as an input method commits it.
    picker.searchField()->insert(u"删除设备"_s);
    const QModelIndex first = picker.model()->firstOperation();
    QVERIFY(first.isValid());
    QCOMPARE(picker.model()->operation(first)->operationId, u"deleteDevice"_s);
    // In Chinese the summary shown is the Chinese one; the language follows a switch.
    Translations::install(Language::Chinese);
    QTRY_VERIFY(picker.model()->data(first).toString().endsWith(u"删除设备"_s));
    QVERIFY(picker.model()->data(picker.model()->index(0, 0)).toString().contains(u"产品"));
    Translations::install(Language::English);
    QTRY_VERIFY(picker.model()->data(first).toString().endsWith(u"Delete a device"_s));
}

} // namespace xlink

QTEST_MAIN(xlink::TestEndpointPicker)
#include "TestEndpointPicker.moc"
