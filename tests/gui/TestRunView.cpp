// The console's run view driven as a user would, against the local sandbox on 127.0.0.1: a file
// run from the Collections sidebar by its keyboard shortcut, one request by the toolbar button,
// the whole collection by Ctrl+Shift+R and stopped; each row's result, the counts and progress,
// a failed assertion's expected and actual, a platform error in Chinese and English, a skipped
// request's reason, the user's variables of the environment; Re-run Failed running only those; Open
// in Console showing the exchange.
#include "CallHistory.h"
#include "CallWorkspace.h"
#include "CollectionRunner.h"
#include "CollectionTreeModel.h"
#include "ConsolePageFixture.h"
#include "EnvironmentStore.h"
#include "RunResultsModel.h"
#include "SandboxController.h"
#include "SecretStore.h"
#include "TestFiles.h"
#include "UserVariableStore.h"
#include "collections/CollectionsSidebar.h"
#include "console/ApiConsoleWidget.h"
#include "console/RequestTab.h"
#include "console/ResponseViewWidget.h"
#include "runner/RunView.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

const QByteArray runFile = R"(@password = sandbox123

### Log in
# @name login
POST {{baseUrl}}/v2/corp_auth
Content-Type: application/json

{"account": "dev@example.com", "password": "{{password}}"}

?? status == 200

### The products
# @name products
GET {{baseUrl}}/v2/products
Access-Token: {{login.access_token}}

?? status == 200
?? js response.parsedBody[0].id exists

### A failed assertion
# @name wrongStatus
GET {{baseUrl}}/v2/products
Access-Token: {{login.access_token}}

?? header content-type includes json
?? status == 201

### A platform error no assertion expects (the device id is the user's variable)
# @name noSuchDevice
GET {{baseUrl}}/v2/product/{{products[0].id}}/device/{{missingDevice}}
Access-Token: {{login.access_token}}

### Chains from a value nothing gives
# @name skipped
GET {{baseUrl}}/v2/product/{{nowhere.id}}
)";

// Answered after a minute: still on its way when the test stops the run. It chains from the
// login of run.http, which runs before it.
const QByteArray slowFile = R"(# @name slow
GET {{baseUrl}}/v2/products
Access-Token: {{login.access_token}}
X-Sandbox-Fault: delay=60000
)";

} // namespace

class TestRunView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runsAFileFromTheSidebarWithEachResult();
    void runsOneRequestFromTheToolbarButton();
    void reRunFailedRunsOnlyThose();
    void openInConsoleShowsTheRequestAndItsExchange();
    void runAllFromTheKeyboardAndStop();
    void escStopsTheRunWhenTheRunViewHasTheFocus();

private:
    CollectionsSidebar *sidebar() const { return m_console->sidebar(); }
    ApiConsoleWidget *page() const { return m_console->page(); }
    CallWorkspace *workspace() const { return m_console->workspace(); }
    RunView *runView() const { return page()->runView(); }
    RunResultsModel *results() const { return runView()->model(); }
    void select(const QString &relativePath, int region = -1);
    void pressOnTree(Qt::Key key, Qt::KeyboardModifiers modifiers);
    // Runs run.http by Ctrl+R on it in the tree and waits for the end.
    void runTheFile();
    void selectRow(int row);
    QString outcomeAt(int row) const;

    std::unique_ptr<test::ConsolePageFixture> m_console;
};

void TestRunView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(Language::English);
}

void TestRunView::init()
{
    m_console = std::make_unique<test::ConsolePageFixture>();
    QVERIFY(m_console->isValid());
    QVERIFY(test::writeFile(m_console->path(u"run.http"_s), runFile));
    QVERIFY(test::writeFile(m_console->path(u"slow/slow.http"_s), slowFile));
    // The user's own variable of the sandbox environment, as the environments dialog sets it.
    QVERIFY(workspace()->userVariables()->set(
        EnvironmentStore::sandboxId.toString(), u"missingDevice"_s, u"999999999"_s, false));
    QVERIFY(m_console->showPage(QSize(1000, 650)));
    QTRY_VERIFY(workspace()->sandbox()->isRunning());
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    QVERIFY(!runView()->isVisible());
}

void TestRunView::cleanup()
{
    m_console.reset();
}

void TestRunView::select(const QString &relativePath, int region)
{
    QTreeView *tree = sidebar()->treeView();
    const QModelIndex index = sidebar()->model()->indexFor(relativePath, region);
    QVERIFY2(index.isValid(), qPrintable(relativePath));
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(tree->currentIndex(), index);
}

void TestRunView::pressOnTree(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    sidebar()->treeView()->setFocus();
    QTest::keyClick(sidebar()->treeView(), key, modifiers);
}

void TestRunView::runTheFile()
{
    select(u"run.http"_s);
    pressOnTree(Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(runView()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!runView()->isRunning() && results()->counts().finished == 5, 30000);
}

void TestRunView::selectRow(int row)
{
    QTableView *table = runView()->resultsView();
    table->setFocus();
    table->setCurrentIndex(results()->index(row, 0));
    QCOMPARE(table->currentIndex().row(), row);
}

QString TestRunView::outcomeAt(int row) const
{
    return results()->index(row, RunResultsModel::OutcomeColumn).data().toString();
}

void TestRunView::runsAFileFromTheSidebarWithEachResult()
{
    const qsizetype callsBefore = workspace()->history()->size();
    runTheFile();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(results()->rowCount(), 5);
    QCOMPARE(outcomeAt(0), u"Passed"_s);
    QCOMPARE(outcomeAt(1), u"Passed"_s);
    QCOMPARE(outcomeAt(2), u"Failed"_s);
    QCOMPARE(outcomeAt(3), u"Error answer"_s);
    QCOMPARE(outcomeAt(4), u"Skipped"_s);
    QCOMPARE(results()->index(3, RunResultsModel::StatusColumn).data().toInt(), 404);
    QCOMPARE(results()->index(0, RunResultsModel::RequestColumn).data().toString(), u"login"_s);
    const QString counts = runView()->countsLabel()->text();
    QVERIFY2(counts.contains(u"5 of 5") && counts.contains(u"2 passed")
            && counts.contains(u"2 failed") && counts.contains(u"1 skipped"),
        qPrintable(counts));
    // And they are shown whole at 1000x650 (beside the buttons, the skipped count was cut).
    QLabel *countsLabel = runView()->countsLabel();
    QVERIFY2(countsLabel->width() >= countsLabel->fontMetrics().horizontalAdvance(counts),
        qPrintable(QString::number(countsLabel->width())));
    // At 1000x650 the rows have room: five at least, beside nothing else.
    QTableView *table = runView()->resultsView();
    QVERIFY2(table->viewport()->height() >= 5 * table->rowHeight(0),
        qPrintable(QString::number(table->viewport()->height())));
    QCOMPARE(runView()->progressBar()->value(), 5);
    QCOMPARE(runView()->progressBar()->maximum(), 5);
    // Every request sent went through the console's pipeline (its history, its failure log).
    QCOMPARE(workspace()->history()->size() - callsBefore, 4);

    // With no row chosen during the run, the first request that did not pass is shown at the
    // end: why it failed is on screen without a click.
    QCOMPARE(table->currentIndex().row(), 2);
    QVERIFY2(runView()->detailsView()->toPlainText().contains(u"FAILED"),
        qPrintable(runView()->detailsView()->toPlainText()));

    // A failed assertion: expected and actual, first in the details.
    selectRow(2);
    QString details = runView()->detailsView()->toPlainText();
    QVERIFY2(details.contains(u"== 201") && details.contains(u"200") && details.contains(u"FAILED"),
        qPrintable(details));
    QVERIFY2(details.indexOf(u"status == 201") < details.indexOf(u"content-type includes json"),
        qPrintable(details));

    // A platform error, in both languages, in the row and in the details.
    const QString code = results()->index(3, RunResultsModel::CodeColumn).data().toString();
    QVERIFY2(code.contains(u"4041008") && code.contains(u"设备不存在")
            && code.contains(u"Device does not exist"),
        qPrintable(code));
    selectRow(3);
    details = runView()->detailsView()->toPlainText();
    QVERIFY2(details.contains(u"设备不存在") && details.contains(u"Device does not exist"),
        qPrintable(details));

    // Skipped, with the reason.
    selectRow(4);
    details = runView()->detailsView()->toPlainText();
    QVERIFY2(details.contains(u"Skipped") && details.contains(u"nowhere.id"), qPrintable(details));
}

void TestRunView::runsOneRequestFromTheToolbarButton()
{
    select(u"run.http"_s, 1); // the first region is the file variables' one: login is region 1
    QCOMPARE(sidebar()->model()->nodeAt(sidebar()->treeView()->currentIndex())->name, u"login"_s);
    auto *button = sidebar()->findChild<QToolButton *>(u"runCollectionButton"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
    QTRY_VERIFY_WITH_TIMEOUT(!runView()->isRunning() && results()->counts().finished == 1, 30000);
    QCOMPARE(results()->rowCount(), 1);
    QCOMPARE(results()->index(0, RunResultsModel::RequestColumn).data().toString(), u"login"_s);
    QCOMPARE(outcomeAt(0), u"Passed"_s);
}

void TestRunView::reRunFailedRunsOnlyThose()
{
    runTheFile();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(runView()->rerunFailedButton()->isEnabled());
    const qsizetype callsBefore = workspace()->history()->size();
    QTest::mouseClick(runView()->rerunFailedButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!runView()->isRunning() && results()->counts().finished == 2, 30000);
    QCOMPARE(results()->rowCount(), 2);
    QCOMPARE(
        results()->index(0, RunResultsModel::RequestColumn).data().toString(), u"wrongStatus"_s);
    QCOMPARE(
        results()->index(1, RunResultsModel::RequestColumn).data().toString(), u"noSuchDevice"_s);
    // What they chain from (login, products) is kept from the run, not sent again.
    QCOMPARE(outcomeAt(0), u"Failed"_s);
    QCOMPARE(outcomeAt(1), u"Error answer"_s);
    QCOMPARE(workspace()->history()->size() - callsBefore, 2);
}

void TestRunView::openInConsoleShowsTheRequestAndItsExchange()
{
    runTheFile();
    if (QTest::currentTestFailed())
        return;
    selectRow(3);
    QTest::keyClick(runView()->resultsView(), Qt::Key_Return);
    QTRY_COMPARE(page()->currentTab()->name(), u"noSuchDevice"_s);
    RequestTab *tab = page()->currentTab();
    QVERIFY(tab->saveTarget().contains(u"run.http"));
    const CallRecord &shown = tab->responseView()->record();
    QCOMPARE(shown.httpStatus, 404);
    QVERIFY(shown.platformError);
    QCOMPARE(shown.platformError->code, 4041008);
    QVERIFY(shown.url.path().endsWith(u"/device/999999999"));
    QVERIFY(tab->responseView()->errorBanner()->text().contains(u"Device does not exist"));
}

void TestRunView::runAllFromTheKeyboardAndStop()
{
    pressOnTree(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    // The slow request is last: on its way once the five of run.http are done.
    QTRY_VERIFY_WITH_TIMEOUT(
        results()->rowCount() == 6 && results()->counts().finished == 5, 30000);
    QVERIFY(runView()->isRunning());
    QCOMPARE(results()->counts().planned, 6);
    QCOMPARE(outcomeAt(5), u"Running…"_s);
    QVERIFY(runView()->stopButton()->isEnabled());
    QSignalSpy finished(runView(), &RunView::finished);
    QTest::mouseClick(runView()->stopButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(runView()->runner()->summary().cancelled);
    QCOMPARE(outcomeAt(5), u"Stopped"_s);
    QVERIFY(!runView()->stopButton()->isEnabled());
    QVERIFY(runView()->countsLabel()->text().contains(u"stopped"));

    // Closed, the view gives the page back to the request tabs.
    QTest::mouseClick(runView()->hideButton(), Qt::LeftButton);
    QTRY_VERIFY(!runView()->isVisible());
    QVERIFY(page()->currentTab()->isVisible());
}

void TestRunView::escStopsTheRunWhenTheRunViewHasTheFocus()
{
    pressOnTree(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    // The slow request is last: on its way once the five of run.http are done.
    QTRY_VERIFY_WITH_TIMEOUT(
        results()->rowCount() == 6 && results()->counts().finished == 5, 30000);
    QSignalSpy finished(runView(), &RunView::finished);

    // Esc outside the run view is not for the run.
    pressOnTree(Qt::Key_Escape, Qt::NoModifier);
    QVERIFY(runView()->isRunning());
    QCOMPARE(outcomeAt(5), u"Running…"_s);

    // In the run view, Esc stops it, as Stop does.
    QTableView *table = runView()->resultsView();
    table->setFocus();
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Escape);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(runView()->runner()->summary().cancelled);
    QCOMPARE(outcomeAt(5), u"Stopped"_s);
    QVERIFY(!runView()->stopButton()->isEnabled());
    QVERIFY(runView()->stopButton()->toolTip().contains(u"Esc"));
}

} // namespace xlink

QTEST_MAIN(xlink::TestRunView)
#include "TestRunView.moc"
