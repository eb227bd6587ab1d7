// The composer's query-parameter table, driven by keyboard and mouse: it follows the path as
// the user types, and edits in the table (add, change, remove) rewrite the path's query string.

#include "CallWorkspace.h"
#include "PlaceholderTableWidget.h"
#include "SecretStore.h"
#include "ViewportImage.h"
#include "console/ApiConsoleWidget.h"
#include "util/Translations.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

class TestComposerQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tableFollowsThePath();
    void tableEditsRewriteThePath();
    void placeholdersInValuesAreFilled();
    void anEmptyTableSaysHowToFillItAndShowsTheFocus();

private:
    void typePath(const QString &path);
    void typeInCell(int row, int column, const QString &text);
    QList<std::pair<QString, QString>> rows() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CallWorkspace> m_controller;
    std::unique_ptr<ApiConsoleWidget> m_widget;
};

void TestComposerQuery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Translations::install(Language::English);
}

void TestComposerQuery::init()
{
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    m_controller = std::make_unique<CallWorkspace>(m_settings.get());
    m_controller->secrets()->setKeychainEnabled(false);
    m_widget = std::make_unique<ApiConsoleWidget>(m_controller.get());
    m_widget->resize(1100, 760);
    m_widget->show();
    QApplication::setActiveWindow(m_widget.get());
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void TestComposerQuery::cleanup()
{
    m_widget.reset();
    m_controller.reset();
    m_settings.reset();
}

void TestComposerQuery::typePath(const QString &path)
{
    m_widget->pathField()->clear();
    QTest::keyClicks(m_widget->pathField(), path);
}

void TestComposerQuery::typeInCell(int row, int column, const QString &text)
{
    QTableWidget *table = m_widget->queryTable();
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
    QWidget *editor = QApplication::focusWidget();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

QList<std::pair<QString, QString>> TestComposerQuery::rows() const
{
    QList<std::pair<QString, QString>> result;
    const QTableWidget *table = m_widget->queryTable();
    for (int row = 0; row < table->rowCount(); ++row)
        result.append({ table->item(row, 0) ? table->item(row, 0)->text() : QString(),
            table->item(row, 1) ? table->item(row, 1)->text() : QString() });
    return result;
}

void TestComposerQuery::tableFollowsThePath()
{
    QCOMPARE(m_widget->queryTable()->rowCount(), 0);
    typePath(u"/v2/corp/members?offset=0&limit=20"_s);
    QCOMPARE(rows(),
        (QList<std::pair<QString, QString>> { { u"offset"_s, u"0"_s }, { u"limit"_s, u"20"_s } }));
    // Shown decoded.
    m_widget->pathField()->end(false);
    QTest::keyClicks(m_widget->pathField(), u"&name=%E6%B5%8B%20x"_s);
    QCOMPARE(rows().last(), (std::pair<QString, QString>(u"name"_s, u"测 x"_s)));
    // Typing in the path is never rewritten behind the user's back.
    QCOMPARE(
        m_widget->pathField()->text(), u"/v2/corp/members?offset=0&limit=20&name=%E6%B5%8B%20x"_s);
    typePath(u"/v2/corp"_s);
    QCOMPARE(m_widget->queryTable()->rowCount(), 0);
}

void TestComposerQuery::tableEditsRewriteThePath()
{
    typePath(u"/v2/corp/members?offset=0&limit=20"_s);
    typeInCell(1, 1, u"50"_s);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp/members?offset=0&limit=50"_s);

    // Add: the name's editor opens, Tab moves to the value, Return commits.
    QTableWidget *table = m_widget->queryTable();
    QTest::mouseClick(m_widget->addQueryButton(), Qt::LeftButton);
    QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), u"q"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"a b&c=d"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(
        m_widget->pathField()->text(), u"/v2/corp/members?offset=0&limit=50&q=a%20b%26c%3Dd"_s);

    table->setCurrentCell(0, 0);
    QTest::mouseClick(m_widget->removeQueryButton(), Qt::LeftButton);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp/members?limit=50&q=a%20b%26c%3Dd"_s);
    QCOMPARE(table->rowCount(), 2);

    // What is sent is what the path now says.
    QString error;
    const std::optional<ApiRequest> request = m_widget->composedRequest(&error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->target, u"/v2/corp/members?limit=50&q=a%20b%26c%3Dd"_s);

    // Removing the last ones drops the '?' as well.
    table->setCurrentCell(0, 0);
    QTest::mouseClick(m_widget->removeQueryButton(), Qt::LeftButton);
    table->setCurrentCell(0, 0);
    QTest::mouseClick(m_widget->removeQueryButton(), Qt::LeftButton);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp/members"_s);
}

void TestComposerQuery::placeholdersInValuesAreFilled()
{
    typePath(u"/v2/product/{pid}/firmwares"_s);
    QTest::mouseClick(m_widget->addQueryButton(), Qt::LeftButton);
    QTRY_VERIFY(QApplication::focusWidget()
        && m_widget->queryTable()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), u"device"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"{did}"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_widget->pathField()->text(), u"/v2/product/{pid}/firmwares?device={did}"_s);
    QVERIFY(m_widget->placeholderField(u"did"_s));
    QTest::keyClicks(m_widget->placeholderField(u"pid"_s), u"p1"_s);
    QTest::keyClicks(m_widget->placeholderField(u"did"_s), u"42"_s);
    QString error;
    const std::optional<ApiRequest> request = m_widget->composedRequest(&error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->target, u"/v2/product/p1/firmwares?device=42"_s);
}

void TestComposerQuery::anEmptyTableSaysHowToFillItAndShowsTheFocus()
{
    // Tab from the path reaches the empty table: it says how to fill it and shows the focus.
    auto *table = qobject_cast<PlaceholderTableWidget *>(m_widget->queryTable());
    QVERIFY(table);
    const auto image = [table] { return test::viewportImage(table); };
    typePath(u"/v2/corp/members"_s);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(table->showsPlaceholder());
    QVERIFY(table->placeholderText().contains(u"Add adds one"_s));
    const QImage unfocused = image();
    QImage blank(unfocused.size(), unfocused.format());
    blank.fill(table->palette().color(QPalette::Base));
    QVERIFY(unfocused != blank);

    m_widget->pathField()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_widget->pathField()->hasFocus());
    for (int presses = 0; presses < 5 && !table->hasFocus(); ++presses)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(table->hasFocus());
    const QImage focused = image();
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY(focused != unfocused);
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
    QCOMPARE(image(), unfocused);

    // In another language, the text names the Add button as it shows there.
    Translations::install(Language::Chinese);
    {
        const auto restore = qScopeGuard([] { Translations::install(Language::English); });
        QToolButton *add = m_widget->addQueryButton();
        QTRY_VERIFY(add->text() != u"Add"_s);
        QTRY_VERIFY2(
            table->placeholderText().contains(add->text()), qPrintable(table->placeholderText()));
    }
    QTRY_VERIFY(table->placeholderText().startsWith(u"No parameters yet: Add adds one"_s));

    // A parameter in the path: a row, and no text over it.
    typePath(u"/v2/corp/members?page=2"_s);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!table->showsPlaceholder());
    const QImage withRow = image();
    table->setPlaceholderText(QString());
    QCOMPARE(image(), withRow);
}

} // namespace xlink

QTEST_MAIN(xlink::TestComposerQuery)
#include "TestComposerQuery.moc"
