// The field help beside the body: its model (checked by QAbstractItemModelTester) and the widget
// following an editor's cursor and answering tooltips over its keys, in the interface language.
#include "ApiDescription.h"
#include "console/FieldHelpModel.h"
#include "console/FieldHelpWidget.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace xlink {

class TestFieldHelp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void modelListsFieldsWithLimits();
    void cursorOnAKeySelectsItsEntry();
    void hoverShowsTheEntry();

private:
    static const ApiOperation *createProduct()
    {
        return ApiDescription::builtin().byOperationId(u"createProduct"_s);
    }
    static int selectedRow(const FieldHelpWidget &help)
    {
        const QModelIndexList rows = help.view()->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.first().row();
    }
    static int rowOf(const FieldHelpWidget &help, const QString &path)
    {
        return help.model()->rowFor(path);
    }
};

void TestFieldHelp::initTestCase()
{
    Translations::install(Language::English);
}

void TestFieldHelp::cleanup()
{
    Translations::install(Language::English);
}

void TestFieldHelp::modelListsFieldsWithLimits()
{
    FieldHelpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(RequestFields::of(ApiDescription::builtin(), *createProduct()));
    const int name = model.rowFor(u"$.name"_s);
    QVERIFY(name >= 0);
    const auto cell
        = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(name, FieldHelpModel::FieldColumn), u"name"_s);
    QCOMPARE(cell(name, FieldHelpModel::TypeColumn), u"string"_s);
    QCOMPARE(cell(name, FieldHelpModel::RequiredColumn), u"required"_s);
    QCOMPARE(cell(name, FieldHelpModel::LimitsColumn), u"length at most 32"_s);
    QCOMPARE(cell(name, FieldHelpModel::DescriptionColumn), u"Product name, up to 32 characters"_s);
    QVERIFY(
        model.index(name, FieldHelpModel::FieldColumn).data(Qt::FontRole).value<QFont>().bold());
    const int linkType = model.rowFor(u"$.link_type"_s);
    QCOMPARE(cell(linkType, FieldHelpModel::LimitsColumn), u"one of 1, 2, 3, 4, 5"_s);
    const int mode = model.rowFor(u"$.mode"_s);
    QCOMPARE(cell(mode, FieldHelpModel::RequiredColumn), u"optional"_s);
    // Nothing listed for an unknown key.
    QCOMPARE(model.rowFor(u"$.nonsense"_s), -1);
    // The description in Chinese.
    model.setLanguage(Language::Chinese);
    QCOMPARE(cell(name, FieldHelpModel::DescriptionColumn), u"产品名称，32个字符以内"_s);
    model.setFields({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFieldHelp::cursorOnAKeySelectsItsEntry()
{
    QWidget window;
    auto *editor = new QPlainTextEdit(&window);
    auto *help = new FieldHelpWidget(&window);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(editor);
    layout->addWidget(help);
    help->attachTo(editor);
    help->setOperation(createProduct());
    QVERIFY(help->hasFields());
    window.resize(900, 400);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    editor->setFocus();
    for (const QString &line : { u"{"_s, u"\"name\": \"Plug\","_s, u"\"mode\": \"SP\""_s }) {
        QTest::keyClicks(editor, line);
        QTest::keyClick(editor, Qt::Key_Return);
    }
    QTest::keyClicks(editor, u"}"_s);
    // The cursor after the last brace: no field.
    QCOMPARE(selectedRow(*help), -1);
    // Up into "mode": its entry. Up again, into "name".
    QTest::keyClick(editor, Qt::Key_Up);
    QTRY_COMPARE(selectedRow(*help), rowOf(*help, u"$.mode"_s));
    QTest::keyClick(editor, Qt::Key_Up);
    QTRY_COMPARE(selectedRow(*help), rowOf(*help, u"$.name"_s));
    // No operation: nothing listed, nothing selected.
    help->setOperation(nullptr);
    QVERIFY(!help->hasFields());
    QCOMPARE(selectedRow(*help), -1);
}

void TestFieldHelp::hoverShowsTheEntry()
{
    QWidget window;
    auto *editor = new QPlainTextEdit(&window);
    auto *help = new FieldHelpWidget(&window);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(editor);
    layout->addWidget(help);
    help->attachTo(editor);
    help->setOperation(createProduct());
    editor->setPlainText(u"{\n  \"link_type\": 1\n}"_s);
    window.resize(900, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTextCursor cursor(editor->document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 5);
    const QPoint over = editor->cursorRect(cursor).center();
    QHelpEvent event(QEvent::ToolTip, over, editor->viewport()->mapToGlobal(over));
    QApplication::sendEvent(editor->viewport(), &event);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(u"link_type (integer, required)"_s),
        qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"one of 1, 2, 3, 4, 5"));
    QVERIFY(QToolTip::text().contains(u"Connection type"));
    // In Chinese, the Chinese description.
    Translations::install(Language::Chinese);
    QTRY_VERIFY(help->entryAt(cursor.position()).contains(u"设备连接类型"));
    QToolTip::hideText();
}

} // namespace xlink

QTEST_MAIN(xlink::TestFieldHelp)
#include "TestFieldHelp.moc"
