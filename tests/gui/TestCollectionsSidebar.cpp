// The API console's Collections side tab driven as a user would: open a folder (opened again at
// the next start), create, rename and delete requests and folders through the actions and
// their dialogs, save the composer's request into a file and read the file back, open a request
// into the composer and save it back in place, see its variables with secrets masked, a file
// changed on disk read again, and unsaved text in the editor never lost (the user is asked).
#include "ApiClient.h"
#include "CallHistory.h"
#include "CallWorkspace.h"
#include "CollectionFolder.h"
#include "CollectionTreeModel.h"
#include "ConsolePageFixture.h"
#include "EnvironmentStore.h"
#include "PlaceholderTableWidget.h"
#include "SecretStore.h"
#include "TestFiles.h"
#include "UserVariableStore.h"
#include "VariableUsage.h"
#include "ViewportImage.h"
#include "VisibleTexts.h"
#include "call/Redactor.h"
#include "collections/CollectionTreeView.h"
#include "collections/CollectionsSidebar.h"
#include "collections/SaveRequestDialog.h"
#include "console/ApiConsoleWidget.h"
#include "console/CallHistoryPane.h"
#include "console/RequestTab.h"
#include "console/RequestTabWidget.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

using test::chineseTextsIn;
using test::readFile;
using test::viewportImage;
using test::writeFile;

namespace {

const QByteArray productsFile = "@pid = 1607d2b6f8a11f41\n"
                                "#   odd   comment kept as is\n"
                                "# @name listProducts\n"
                                "GET {{baseUrl}}/v2/products?pid={{pid}}\n"
                                "X-Api-Token: {{apiToken}}\n"
                                "\n"
                                "###\n"
                                "# @name createProduct\n"
                                "POST {{baseUrl}}/v2/product\n"
                                "Content-Type: application/json\n"
                                "\n"
                                "{\"name\": \"lamp\"}\n";

} // namespace

class TestCollectionsSidebar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensAFolderAndOpensItAgainAtTheNextStart();
    void createsRenamesAndDeletesThroughTheActions();
    void savesTheComposersRequestAndSavesItBackInPlace();
    void savesACallOfTheHistoryWithoutItsToken();
    void showsTheVariablesARequestUsesWithSecretsMasked();
    void anEmptyVariablesTableSaysSoAndShowsTheFocus();
    void anEmptyTreeSaysHowToFillItAndShowsTheFocus();
    void aFileChangedOnDiskIsReadAgain();
    void unsavedTextIsNeverLostWhenTheFileChangesOnDisk();
    void aRequestSentFromTheConsoleGetsTheEnvironmentsVariables();
    void tabGoesThroughThePartsInTheirOrder();
    void aLanguageSwitchLeavesNoTextInTheOtherLanguage();

private:
    void createConsole();
    CollectionsSidebar *sidebar() const { return m_console->sidebar(); }
    ApiConsoleWidget *page() const { return m_console->page(); }
    CallWorkspace *workspace() const { return m_console->workspace(); }
    QString path(const QString &relative) const { return m_console->path(relative); }
    void select(const QString &relativePath, int region = -1);
    // Answers the name dialog an action opened with `text`.
    void answerName(const QString &text);
    // A key on the tree, the page active again after a dialog (as the window manager does).
    void pressOnTree(Qt::Key key);
#define ANSWER_NAME(text)                                                                          \
    do {                                                                                           \
        answerName(text);                                                                          \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
    QMessageBox *waitForQuestion(const QString &objectName);
    // The widgets of the sidebar that Tab reaches from `first`, in order, until the focus leaves
    // the sidebar or stays (each named by its object name, else its text, else its class).
    QStringList tabChain(QWidget *first);
    // The viewport as `view` paints it (without widgets in it), once the layout has settled.

    std::unique_ptr<test::ConsolePageFixture> m_console;
};

void TestCollectionsSidebar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(Language::English);
}

void TestCollectionsSidebar::init()
{
    m_console = std::make_unique<test::ConsolePageFixture>();
    QVERIFY(m_console->isValid());
    QVERIFY(writeFile(path(u"products.http"_s), productsFile));
    QVERIFY(writeFile(path(u"devices/device.http"_s), "GET {{baseUrl}}/v2/devices\n"));
}

void TestCollectionsSidebar::cleanup()
{
    m_console.reset();
}

void TestCollectionsSidebar::createConsole()
{
    QVERIFY(m_console->showPage(QSize(1100, 760)));
    auto *sideTabs = qobject_cast<QTabWidget *>(sidebar()->parentWidget()->parentWidget());
    QVERIFY(sideTabs);
    QCOMPARE(sideTabs->tabText(sideTabs->indexOf(sidebar())), u"Collections"_s);
}

void TestCollectionsSidebar::select(const QString &relativePath, int region)
{
    // Back to the page after a dialog, as the window manager does.
    page()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page()));
    QTreeView *tree = sidebar()->treeView();
    const QModelIndex index = sidebar()->model()->indexFor(relativePath, region);
    QVERIFY2(index.isValid(), qPrintable(relativePath));
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(tree->currentIndex(), index);
}

void TestCollectionsSidebar::pressOnTree(Qt::Key key)
{
    page()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page()));
    sidebar()->treeView()->setFocus();
    QTest::keyClick(sidebar()->treeView(), key);
}

void TestCollectionsSidebar::answerName(const QString &text)
{
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY2(
        (dialog = page()->findChild<QInputDialog *>()) && dialog->isVisible(), qPrintable(text));
    auto *field = dialog->findChild<QLineEdit *>();
    QVERIFY(field);
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!page()->findChild<QInputDialog *>());
}

QMessageBox *TestCollectionsSidebar::waitForQuestion(const QString &objectName)
{
    QMessageBox *box = nullptr;
    [&] {
        QTRY_VERIFY((box = page()->findChild<QMessageBox *>(objectName)) && box->isVisible());
    }();
    return box;
}

void TestCollectionsSidebar::opensAFolderAndOpensItAgainAtTheNextStart()
{
    createConsole();
    QCOMPARE(sidebar()->model()->rowCount(), 0);
    QVERIFY(!sidebar()->newFileAction()->isEnabled());
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    QCOMPARE(sidebar()->model()->rowCount(), 2);
    select(u"products.http"_s);
    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"products.http"_s));
    QCOMPARE(
        sidebar()->model()->indexFor(u"products.http"_s, 1).data().toString(), u"createProduct"_s);

    // A restart: the page is built again and opens the same folder on its own.
    m_console->closePage();
    createConsole();
    QCOMPARE(sidebar()->folder()->folder(), QFileInfo(m_console->folder()).absoluteFilePath());
    QCOMPARE(sidebar()->model()->rowCount(), 2);
}

void TestCollectionsSidebar::createsRenamesAndDeletesThroughTheActions()
{
    createConsole();
    QVERIFY(sidebar()->openFolder(m_console->folder()));

    // A folder, a file in it, a request in the file.
    sidebar()->newFolderAction()->trigger();
    ANSWER_NAME(u"auth"_s);
    QVERIFY(QFileInfo(path(u"auth"_s)).isDir());
    QCOMPARE(sidebar()->treeView()->currentIndex().data().toString(), u"auth"_s);
    sidebar()->newFileAction()->trigger();
    ANSWER_NAME(u"session"_s);
    QVERIFY(QFile::exists(path(u"auth/session.http"_s)));
    sidebar()->newRequestAction()->trigger();
    ANSWER_NAME(u"logIn"_s);
    QCOMPARE(
        readFile(path(u"auth/session.http"_s)), QByteArray("# @name logIn\nGET {{baseUrl}}/\n"));
    QCOMPARE(sidebar()->treeView()->currentIndex().data().toString(), u"logIn"_s);

    // Rename it with F2; a name a request cannot have is refused and said.
    select(u"auth/session.http"_s, 0);
    pressOnTree(Qt::Key_F2);
    ANSWER_NAME(u"log in"_s);
    QVERIFY(page()->messageLabel()->text().contains(u"cannot name a request"_s));
    pressOnTree(Qt::Key_F2);
    ANSWER_NAME(u"authorize"_s);
    QCOMPARE(readFile(path(u"auth/session.http"_s)),
        QByteArray("# @name authorize\nGET {{baseUrl}}/\n"));

    // Move the request into products.http (Move To…), then delete it there: asked first.
    sidebar()->moveAction()->trigger();
    QInputDialog *moveTo = nullptr;
    QTRY_VERIFY((moveTo = page()->findChild<QInputDialog *>()) && moveTo->isVisible());
    auto *combo = moveTo->findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findText(u"products.http"_s));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!page()->findChild<QInputDialog *>());
    QVERIFY(readFile(path(u"products.http"_s)).endsWith("# @name authorize\nGET {{baseUrl}}/\n"));
    QVERIFY(readFile(path(u"auth/session.http"_s)).isEmpty());
    // The first request's odd comment is as it was.
    QVERIFY(readFile(path(u"products.http"_s)).startsWith(productsFile.left(60)));

    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"products.http"_s));
    select(u"products.http"_s, 2);
    pressOnTree(Qt::Key_Delete);
    QMessageBox *question = waitForQuestion(u"collectionDeleteQuestion"_s);
    QVERIFY(question->text().contains(u"authorize"_s));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(readFile(path(u"products.http"_s)).contains("authorize"));
    pressOnTree(Qt::Key_Delete);
    question = waitForQuestion(u"collectionDeleteQuestion"_s);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!readFile(path(u"products.http"_s)).contains("authorize"));
    QCOMPARE(readFile(path(u"products.http"_s)).trimmed(), productsFile.trimmed());

    // The folder goes too, with what it holds.
    select(u"auth"_s);
    pressOnTree(Qt::Key_Delete);
    question = waitForQuestion(u"collectionDeleteQuestion"_s);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!QFileInfo::exists(path(u"auth"_s)));
    QVERIFY(!sidebar()->model()->indexFor(u"auth"_s).isValid());
}

void TestCollectionsSidebar::savesTheComposersRequestAndSavesItBackInPlace()
{
    createConsole();
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    page()->pathField()->clear();
    QTest::keyClicks(page()->pathField(), u"/v2/product/{{pid}}"_s);
    page()->methodCombo()->setCurrentText(u"PUT"_s);
    page()->bodyEditor()->clear();
    QTest::keyClicks(page()->bodyEditor(), u"{\"name\": \"desk lamp\"}"_s);

    sidebar()->saveRequestAction()->trigger();
    SaveRequestDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<SaveRequestDialog *>()) && dialog->isVisible());
    dialog->fileCombo()->setEditText(QString());
    QTest::keyClicks(dialog->fileCombo()->lineEdit(), u"new/saved"_s);
    QTest::keyClicks(dialog->nameField(), u"updateProduct"_s);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(path(u"new/saved.http"_s)));
    QCOMPARE(readFile(path(u"new/saved.http"_s)),
        QByteArray("# @name updateProduct\n"
                   "PUT {{baseUrl}}/v2/product/{{pid}}\n"
                   "Content-Type: application/json\n"
                   "\n"
                   "{\"name\": \"desk lamp\"}\n"));

    // Opened from the tree (Enter) into the composer, edited there, saved back in its place.
    sidebar()->treeView()->setFocus();
    select(u"products.http"_s, 1);
    QTest::keyClick(sidebar()->treeView(), Qt::Key_Return);
    QTRY_COMPARE(page()->pathField()->text(), u"/v2/product"_s);
    QCOMPARE(page()->methodCombo()->currentText(), u"POST"_s);
    QCOMPARE(
        page()->bodyEditor()->toPlainText().remove(u' ').remove(u'\n'), u"{\"name\":\"lamp\"}"_s);
    page()->bodyEditor()->selectAll();
    QTest::keyClicks(page()->bodyEditor(), u"{\"name\": \"fan\"}"_s);
    sidebar()->saveRequestAction()->trigger();
    QTRY_VERIFY((dialog = page()->findChild<SaveRequestDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->file(), u"products.http"_s);
    QCOMPARE(dialog->name(), u"createProduct"_s);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(readFile(path(u"products.http"_s)).contains("{\"name\": \"fan\"}"));
    // The other request keeps its bytes; this one is still one request of that name.
    QVERIFY(readFile(path(u"products.http"_s))
                .startsWith(productsFile.left(productsFile.indexOf("###"))));
    QCOMPARE(readFile(path(u"products.http"_s)).count("# @name createProduct"), 1);

    // The tab knows where it came from: saving the tab writes back there too.
    QVERIFY(!page()->currentTab()->isModified());
    page()->bodyEditor()->selectAll();
    QTest::keyClicks(page()->bodyEditor(), u"{\"name\": \"heater\"}"_s);
    QTRY_VERIFY(page()->currentTab()->isModified());
    QVERIFY(page()->requestTabs()->saveTab(page()->currentTab()));
    QVERIFY(readFile(path(u"products.http"_s)).contains("{\"name\": \"heater\"}"));
    QVERIFY(!page()->currentTab()->isModified());
    const QByteArray saved = readFile(path(u"products.http"_s));
    QCOMPARE(saved.count("# @name createProduct"), 1);

    // Saving under a name the file already has (not the opened one) asks first.
    sidebar()->saveRequestAction()->trigger();
    QTRY_VERIFY((dialog = page()->findChild<SaveRequestDialog *>()) && dialog->isVisible());
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), u"listProducts"_s);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QMessageBox *replace = waitForQuestion(u"collectionReplaceQuestion"_s);
    QTest::mouseClick(replace->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(readFile(path(u"products.http"_s)), saved);
}

void TestCollectionsSidebar::savesACallOfTheHistoryWithoutItsToken()
{
    createConsole();
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    CallRecord record;
    record.method = "POST";
    record.url = workspace()->client()->environment().baseUrl.resolved(QUrl(u"/v2/product"_s));
    record.environment = workspace()->client()->environment().name;
    record.requestHeaders
        = { { "Access-Token", "secret-token-value" }, { "Content-Type", "application/json" } };
    record.requestBody = R"({"name": "lamp"})";
    workspace()->history()->append(record);
    QListView *history = page()->historyView();
    QTRY_COMPARE(history->model()->rowCount(), 1);
    history->setCurrentIndex(history->model()->index(0, 0));
    page()->historyPane()->saveToCollectionAction()->trigger();
    SaveRequestDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<SaveRequestDialog *>()) && dialog->isVisible());
    dialog->fileCombo()->setEditText(u"from-history"_s);
    QTest::keyClicks(dialog->nameField(), u"createLamp"_s);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(path(u"from-history.http"_s)));
    const QByteArray saved = readFile(path(u"from-history.http"_s));
    QCOMPARE(saved,
        QByteArray("# @name createLamp\n"
                   "POST {{baseUrl}}/v2/product\n"
                   "Content-Type: application/json\n"
                   "\n"
                   "{\"name\": \"lamp\"}\n"));
    QVERIFY(page()->messageLabel()->text().contains(u"without Access-Token"_s));
}

void TestCollectionsSidebar::showsTheVariablesARequestUsesWithSecretsMasked()
{
    QVERIFY(writeFile(path(u"http-client.private.env.json"_s),
        R"({"$shared": {"apiToken": "tok-123", "pid": "from-private"}})"));
    createConsole();
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"products.http"_s));
    select(u"products.http"_s, 0);
    QTableWidget *table = sidebar()->variablesTable();
    QHash<QString, QString> values;
    for (int row = 0; row < table->rowCount(); ++row)
        values.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(values.keys().size(), 3);
    QVERIFY(values.value(u"baseUrl"_s).startsWith(u"http"_s)); // the console environment's
    QCOMPARE(values.value(u"pid"_s), u"1607d2b6f8a11f41"_s); // the file's, before the private one
    QCOMPARE(values.value(u"apiToken"_s), QString::fromUtf8(VariableUsage::mask));
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(!table->item(row, 1)->text().contains(u"tok-123"_s));
}

void TestCollectionsSidebar::anEmptyTreeSaysHowToFillItAndShowsTheFocus()
{
    // No folder open: Tab reaches the empty tree, which says how to fill it and shows the
    // focus; the same for an open folder with no files yet, and nothing over a tree with rows.
    createConsole();
    auto *tree = qobject_cast<CollectionTreeView *>(sidebar()->treeView());
    QVERIFY(tree);
    QCOMPARE(sidebar()->model()->rowCount(), 0);
    QVERIFY(tree->showsPlaceholder());
    QCOMPARE(tree->placeholderText(), u"No folder open: Open Folder… opens one."_s);
    // Said once: the line above the tree holds the open folder's path, and shows only then.
    auto *folderLine = sidebar()->findChild<QLabel *>(u"collectionFolder"_s);
    QVERIFY(folderLine);
    QVERIFY(!folderLine->isVisible());
    const QImage unfocused = viewportImage(tree);
    QImage blank(unfocused.size(), unfocused.format());
    blank.fill(tree->palette().color(QPalette::Base));
    QVERIFY(unfocused != blank);

    page()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page()));
    auto *button = sidebar()->findChild<QToolButton *>();
    QVERIFY(button);
    QCOMPARE(button->text(), u"Open Folder…"_s);
    button->setFocus(Qt::TabFocusReason);
    for (int presses = 0; presses < 10 && !tree->hasFocus(); ++presses)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(tree->hasFocus());
    const QImage focused = viewportImage(tree);
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY(focused != unfocused);
    QTest::keyClick(tree, Qt::Key_Tab);
    QTRY_VERIFY(!tree->hasFocus());
    QCOMPARE(viewportImage(tree), unfocused);

    // In another language, the text names the button as it shows there (whether or not the
    // sentence itself is translated yet).
    Translations::install(Language::Chinese);
    {
        const auto restore = qScopeGuard([] { Translations::install(Language::English); });
        QTRY_VERIFY(button->text() != u"Open Folder…"_s);
        QTRY_VERIFY2(
            tree->placeholderText().contains(button->text()), qPrintable(tree->placeholderText()));
    }
    QTRY_COMPARE(tree->placeholderText(), u"No folder open: Open Folder… opens one."_s);

    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QVERIFY(sidebar()->openFolder(empty.path()));
    QVERIFY(folderLine->isVisible());
    QCOMPARE(folderLine->text(), QDir::toNativeSeparators(empty.path()));
    QCOMPARE(sidebar()->model()->rowCount(), 0);
    QVERIFY(tree->showsPlaceholder());
    QCOMPARE(tree->placeholderText(), u"No .http files in this folder yet: New makes one."_s);

    QVERIFY(sidebar()->openFolder(m_console->folder()));
    QVERIFY(sidebar()->model()->rowCount() > 0);
    QVERIFY(!tree->showsPlaceholder());
    tree->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    const QImage withRows = viewportImage(tree);
    tree->setPlaceholderText(QString());
    QCOMPARE(viewportImage(tree), withRows);
}

void TestCollectionsSidebar::anEmptyVariablesTableSaysSoAndShowsTheFocus()
{
    // Tab from the tree reaches the variables table: empty, it says why and shows the focus.
    QVERIFY(writeFile(path(u"devices/plain.http"_s), "GET https://example.com/v2/plain\n"));
    createConsole();
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    auto *view = qobject_cast<PlaceholderTableWidget *>(sidebar()->variablesTable());
    QVERIFY(view);
    const auto image = [view] { return viewportImage(view); };
    // The line above the table heads a table with rows; an empty table says why by itself.
    auto *note = sidebar()->findChild<QLabel *>(u"requestVariablesNote"_s);
    QVERIFY(note);
    select(u"devices"_s);
    QCOMPARE(view->rowCount(), 0);
    QCOMPARE(view->placeholderText(), u"No request selected."_s);
    QVERIFY(!note->isVisible());
    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"devices"_s));
    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"devices/plain.http"_s));
    select(u"devices/plain.http"_s, 0);
    QCOMPARE(view->rowCount(), 0);
    QVERIFY(view->showsPlaceholder());
    QCOMPARE(view->placeholderText(), u"This request uses no variables."_s);
    QVERIFY(!note->isVisible());
    QVERIFY(!view->hasFocus());
    const QImage unfocused = image();

    QTest::keyClick(sidebar()->treeView(), Qt::Key_Tab);
    QTRY_VERIFY(view->hasFocus());
    const QImage focused = image();
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY(focused != unfocused);
    QTest::keyClick(view, Qt::Key_Tab);
    QTRY_VERIFY(!view->hasFocus());
    QCOMPARE(image(), unfocused);

    // A request with variables: rows, and no text drawn over them.
    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"devices/device.http"_s));
    select(u"devices/device.http"_s, 0);
    QVERIFY(view->rowCount() > 0);
    QVERIFY(!view->showsPlaceholder());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"uses these variables"_s), qPrintable(note->text()));
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    const QImage withRows = image();
    view->setPlaceholderText(QString());
    QCOMPARE(image(), withRows);
}

void TestCollectionsSidebar::aRequestSentFromTheConsoleGetsTheEnvironmentsVariables()
{
    // {{pid}} is no file variable here: the console environment's user variable fills it, in
    // the request the sandbox receives (its recorded exchange) and in the variables view.
    QVERIFY(writeFile(path(u"devices/product.http"_s),
        "GET {{baseUrl}}/v2/product/{{pid}}\nX-Key: {{appKey}}\n"));
    createConsole();
    const QString environment = workspace()->environments()->currentId();
    QVERIFY(!environment.isEmpty());
    UserVariableStore *variables = workspace()->userVariables();
    QVERIFY(variables->set(environment, u"pid"_s, u"pid-of-the-env"_s, false));
    QVERIFY(variables->set(environment, u"appKey"_s, u"key-kept-secret"_s, true));
    QTRY_COMPARE(workspace()->userValues().value(u"appKey"_s), u"key-kept-secret"_s);
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"devices"_s));
    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"devices/product.http"_s));
    select(u"devices/product.http"_s, 0);

    QTableWidget *table = sidebar()->variablesTable();
    QHash<QString, QPair<QString, QString>> rows; // value, source
    for (int row = 0; row < table->rowCount(); ++row)
        rows.insert(table->item(row, 0)->text(),
            { table->item(row, 1)->text(), table->item(row, 2)->text() });
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.value(u"pid"_s).first, u"pid-of-the-env"_s);
    QVERIFY2(rows.value(u"pid"_s).second.startsWith(u"variable of environment "_s),
        qPrintable(rows.value(u"pid"_s).second));
    QCOMPARE(rows.value(u"appKey"_s).first, QString::fromUtf8(VariableUsage::mask));
    QVERIFY(rows.value(u"appKey"_s).second.startsWith(u"secret variable of environment "_s));
    QVERIFY(rows.value(u"baseUrl"_s).second.startsWith(u"built in"_s));

    // Opened into a tab and sent.
    sidebar()->treeView()->setFocus();
    QTest::keyClick(sidebar()->treeView(), Qt::Key_Return);
    QTRY_COMPARE(page()->pathField()->text(), u"/v2/product/{{pid}}"_s);
    const qsizetype before = workspace()->history()->size();
    QTest::mouseClick(page()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(workspace()->history()->size() > before);
    const CallRecord &sent = workspace()->history()->records().constLast();
    QVERIFY2(
        sent.url.path().endsWith(u"/v2/product/pid-of-the-env"_s), qPrintable(sent.url.toString()));
    // The secret variable went out under a name no rule knows as secret: its value is masked
    // in what the console keeps all the same.
    bool keySent = false;
    for (const auto &[name, value] : sent.requestHeaders) {
        QVERIFY2(!value.contains("key-kept-secret"), name.constData());
        if (name == "X-Key") {
            QCOMPARE(value, Redactor::placeholder());
            keySent = true;
        }
    }
    QVERIFY(keySent);
}

void TestCollectionsSidebar::aFileChangedOnDiskIsReadAgain()
{
    createConsole();
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    select(u"devices/device.http"_s);
    // Git, say, changes a file and adds another.
    QVERIFY(writeFile(path(u"devices/device.http"_s),
        "# @name listDevices\nGET {{baseUrl}}/v2/devices\n###\n# @name oneDevice\nGET /x\n"));
    QVERIFY(writeFile(path(u"devices/more.http"_s), "# @name more\nGET /more\n"));
    QTRY_VERIFY(sidebar()->model()->indexFor(u"devices/more.http"_s).isValid());
    QTRY_COMPARE(sidebar()->model()->indexFor(u"devices/device.http"_s, 1).data().toString(),
        u"oneDevice"_s);
    // The selection and the editor follow: still on the file, its new text shown.
    QCOMPARE(sidebar()->treeView()->currentIndex(),
        sidebar()->model()->indexFor(u"devices/device.http"_s));
    QVERIFY(sidebar()->textEditor()->toPlainText().contains(u"oneDevice"_s));
    QVERIFY(page()->messageLabel()->text().contains(u"changed on disk"_s));
}

QStringList TestCollectionsSidebar::tabChain(QWidget *first)
{
    const auto nameOf = [](const QWidget *widget) {
        if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(u"qt_"_s))
            return widget->objectName();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            return button->text();
        return QString::fromLatin1(widget->metaObject()->className());
    };
    QStringList chain;
    first->setFocus(Qt::TabFocusReason);
    QWidget *focused = QApplication::focusWidget();
    while (focused && sidebar()->isAncestorOf(focused) && chain.size() < 20) {
        chain.append(nameOf(focused));
        QTest::keyClick(focused, Qt::Key_Tab);
        if (QApplication::focusWidget() == focused)
            break; // it keeps Tab (the text editor)
        focused = QApplication::focusWidget();
    }
    return chain;
}

void TestCollectionsSidebar::tabGoesThroughThePartsInTheirOrder()
{
    // The parts are widgets of their own: Tab still goes through them as before, top to
    // bottom, and the text editor keeps Tab for the text.
    createConsole();
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    select(u"devices/device.http"_s);
    auto *first = sidebar()->findChild<QToolButton *>();
    QVERIFY(first);
    QCOMPARE(tabChain(first),
        QStringList({ u"Open Folder…"_s, u"New"_s, u"Save Request…"_s, u"runCollectionButton"_s,
            u"More"_s, u"collectionTree"_s, u"collectionVariables"_s, u"QTabBar"_s }));
    sidebar()->detailTabs()->setCurrentIndex(1);
    QPlainTextEdit *editor = sidebar()->textEditor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"X-Mine: 1"_s);
    QCOMPARE(tabChain(first),
        QStringList({ u"Open Folder…"_s, u"New"_s, u"Save Request…"_s, u"runCollectionButton"_s,
            u"More"_s, u"collectionTree"_s, u"collectionFileText"_s }));
    QCOMPARE(tabChain(sidebar()->saveTextButton()),
        QStringList({ u"Save"_s, u"Revert"_s, u"QTabBar"_s }));
}

void TestCollectionsSidebar::aLanguageSwitchLeavesNoTextInTheOtherLanguage()
{
    // A request selected while the console speaks Chinese: its variables view (the sentence
    // above the table, where each value comes from) and the rest of the page are said again in
    // English after the switch, not left in the words of the moment they were shown.
    Translations::install(Language::Chinese);
    const auto restore = qScopeGuard([] { Translations::install(Language::English); });
    QVERIFY(m_console->showPage(QSize(1100, 760)));
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    sidebar()->treeView()->expand(sidebar()->model()->indexFor(u"products.http"_s));
    select(u"products.http"_s, 0);
    QTRY_VERIFY(!chineseTextsIn(sidebar()).isEmpty());
    QCOMPARE(sidebar()->variablesTable()->rowCount(), 3);

    Translations::install(Language::English);
    QTRY_VERIFY2(chineseTextsIn(page()).isEmpty(), qPrintable(chineseTextsIn(page()).join(u'\n')));
    QCOMPARE(sidebar()->variablesTable()->rowCount(), 3);
}

void TestCollectionsSidebar::unsavedTextIsNeverLostWhenTheFileChangesOnDisk()
{
    createConsole();
    QVERIFY(sidebar()->openFolder(m_console->folder()));
    select(u"devices/device.http"_s);
    sidebar()->detailTabs()->setCurrentIndex(1);
    QPlainTextEdit *editor = sidebar()->textEditor();
    QCOMPARE(editor->toPlainText(), u"GET {{baseUrl}}/v2/devices\n"_s);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"X-Mine: 1"_s);
    QVERIFY(sidebar()->hasUnsavedText());
    QVERIFY(sidebar()->saveTextButton()->isEnabled());

    // Another file selected meanwhile: the editor keeps the edited one.
    select(u"products.http"_s);
    QCOMPARE(sidebar()->textFile(), u"devices/device.http"_s);
    QVERIFY(editor->toPlainText().endsWith(u"X-Mine: 1"_s));

    // Changed on disk: asked, the text kept until the user chooses.
    QVERIFY(writeFile(path(u"devices/device.http"_s), "GET /theirs\n"));
    QMessageBox *question = waitForQuestion(u"collectionFileChangedQuestion"_s);
    QVERIFY(editor->toPlainText().endsWith(u"X-Mine: 1"_s));
    QPushButton *keep = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text() == u"Keep My Text")
            keep = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(editor->toPlainText().endsWith(u"X-Mine: 1"_s));
    QTest::mouseClick(sidebar()->saveTextButton(), Qt::LeftButton);
    QCOMPARE(readFile(path(u"devices/device.http"_s)),
        QByteArray("GET {{baseUrl}}/v2/devices\nX-Mine: 1"));
    QVERIFY(!sidebar()->hasUnsavedText());

    // Typed again, changed on disk again, and this time loaded from disk.
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"X-Again: 2"_s);
    QVERIFY(writeFile(path(u"devices/device.http"_s), "GET /theirs\n"));
    question = waitForQuestion(u"collectionFileChangedQuestion"_s);
    QAbstractButton *load = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text() == u"Load from Disk")
            load = button;
    }
    QVERIFY(load);
    QTest::mouseClick(load, Qt::LeftButton);
    QTRY_COMPARE(editor->toPlainText(), u"GET /theirs\n"_s);
    QVERIFY(!sidebar()->hasUnsavedText());
}

} // namespace xlink

QTEST_MAIN(xlink::TestCollectionsSidebar)
#include "TestCollectionsSidebar.moc"
