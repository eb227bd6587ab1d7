// The code browser driven as a user drives it: typing, keys, the status filter, the detail pane,
// the copy actions, and a language switch at runtime.
#include "MainWindow.h"
#include "UiSettings.h"
#include "catalogue/CodeBrowserWidget.h"
#include "catalogue/CodeFilterModel.h"
#include "catalogue/CodeTableModel.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestCodeBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchFieldFocusedAtStart();
    void typingFiltersAsYouType();
    void arrowKeysInTheSearchFieldMoveTheSelection();
    void statusFilter();
    void detailShowsBothMessagesOf4001134();
    void detailShowsTheTypoOf4001045();
    void detailForAnUnknownCode();
    void detailForAnUnpublishedCode();
    void httpStatusQueryShowsItsMeaning();
    void ctrlKReturnsToTheSearch();
    void copyActions();
    void contextMenuHoldsTheCopyActions();
    void switchingLanguageAtRuntime();

private:
    CodeBrowserWidget *browser() const { return m_window->codeBrowser(); }
    void type(const QString &text);
    void typeThroughInputMethod(const QString &text);
    QList<int> shownCodes(int count) const;

    std::unique_ptr<MainWindow> m_window;
};

void TestCodeBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Language::English);
}

void TestCodeBrowser::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCodeBrowser::cleanup()
{
    m_window.reset();
    if (Translations::current() != Language::English)
        Translations::install(Language::English);
    QSettings().clear();
}

void TestCodeBrowser::type(const QString &text)
{
    QLineEdit *search = browser()->searchField();
    search->setFocus();
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClicks(search, text);
}

void TestCodeBrowser::typeThroughInputMethod(const QString &text)
{
    // Chinese arrives from an input method as a committed string, not as key presses.
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(browser()->searchField(), &event);
}

QList<int> TestCodeBrowser::shownCodes(int count) const
{
    QList<int> codes;
    const QAbstractItemModel *model = browser()->table()->model();
    for (int row = 0; row < std::min(count, model->rowCount()); ++row)
        codes.append(model->index(row, 0).data(CodeTableModel::CodeRole).toInt());
    return codes;
}

void TestCodeBrowser::searchFieldFocusedAtStart()
{
    QTRY_COMPARE(QApplication::focusWidget(), browser()->searchField());
    QCOMPARE(m_window->currentPage(), browser());
    QCOMPARE(browser()->table()->model()->rowCount(), 277);
}

void TestCodeBrowser::typingFiltersAsYouType()
{
    QTest::keyClicks(browser()->searchField(), u"1003"_s);
    QCOMPARE(shownCodes(3), QList<int>({ 4001003, 4031003, 4041003 }));
    // The best match is selected and described.
    QVERIFY(browser()->currentEntry());
    QCOMPARE(browser()->currentEntry()->code, 4001003);
    QVERIFY(browser()->detailView()->toPlainText().contains(u"4001003"_s));

    QTest::keyClick(browser()->searchField(), Qt::Key_Backspace);
    QTest::keyClick(browser()->searchField(), Qt::Key_Backspace);
    QCOMPARE(browser()->filterModel()->query(), u"10"_s);
    QVERIFY(browser()->table()->model()->rowCount() > 3);

    browser()->searchField()->clear();
    typeThroughInputMethod(u"密码错误"_s);
    QCOMPARE(shownCodes(1), QList<int>({ 4001007 }));
}

void TestCodeBrowser::arrowKeysInTheSearchFieldMoveTheSelection()
{
    QTest::keyClicks(browser()->searchField(), u"1003"_s);
    QCOMPARE(browser()->currentEntry()->code, 4001003);
    QTest::keyClick(browser()->searchField(), Qt::Key_Down);
    QCOMPARE(browser()->currentEntry()->code, 4031003);
    QCOMPARE(QApplication::focusWidget(), browser()->searchField());
    QTest::keyClick(browser()->searchField(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), browser()->table());
}

void TestCodeBrowser::statusFilter()
{
    QComboBox *status = browser()->statusFilter();
    QCOMPARE(status->currentData().toInt(), 0);
    status->setFocus();
    while (status->currentData().toInt() != 404 && status->currentIndex() < status->count() - 1)
        QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(status->currentData().toInt(), 404);
    QCOMPARE(browser()->table()->model()->rowCount(), 53);

    type(u"1003"_s);
    QCOMPARE(shownCodes(3), QList<int>({ 4041003 }));
    QCOMPARE(browser()->currentEntry()->code, 4041003);
}

void TestCodeBrowser::detailShowsBothMessagesOf4001134()
{
    QTest::keyClicks(browser()->searchField(), u"4001134"_s);
    QCOMPARE(browser()->currentEntry()->code, 4001134);
    const QString detail = browser()->detailView()->toPlainText();
    QVERIFY2(detail.contains(u"必须为Home邀请者"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"该用户已在Home成员列表中"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"Must be the Home inviter"_s));
    QVERIFY(detail.contains(u"User is already a member of this Home"_s));
    // And the table row says it too.
    const QModelIndex row = browser()->table()->model()->index(0, CodeTableModel::SecondaryColumn);
    QVERIFY(row.data().toString().contains(u"该用户已在Home成员列表中"_s));
}

void TestCodeBrowser::detailShowsTheTypoOf4001045()
{
    // Found by the typo's text as well.
    typeThroughInputMethod(u"数据变名称"_s);
    QCOMPARE(shownCodes(1), QList<int>({ 4001045 }));
    const QString detail = browser()->detailView()->toPlainText();
    QVERIFY(detail.contains(u"数据表名称已存在"_s));
    QVERIFY(detail.contains(u"数据变名称已存在"_s));
    QVERIFY(detail.contains(u"typo"_s));
    QVERIFY(detail.contains(u"Error code page (February 2016)"_s));
}

void TestCodeBrowser::detailForAnUnknownCode()
{
    QTest::keyClicks(browser()->searchField(), u"4039999"_s);
    QCOMPARE(browser()->table()->model()->rowCount(), 0);
    QVERIFY(!browser()->currentEntry());
    const QString detail = browser()->detailView()->toPlainText();
    QVERIFY2(detail.contains(u"not in the catalogue"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"No permission to call this API"_s));
    QVERIFY(detail.contains(u"接口权限错误"_s));
    QVERIFY(!browser()->copyCodeAction()->isEnabled());
}

void TestCodeBrowser::detailForAnUnpublishedCode()
{
    QTest::keyClicks(browser()->searchField(), u"code: 4001040"_s);
    const QString detail = browser()->detailView()->toPlainText();
    QVERIFY(detail.contains(u"not in the catalogue"_s));
    QVERIFY2(detail.contains(u"never published"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"从未"_s));
}

void TestCodeBrowser::httpStatusQueryShowsItsMeaning()
{
    QTest::keyClicks(browser()->searchField(), u"404"_s);
    QCOMPARE(shownCodes(1), QList<int>({ 4041001 }));
    const QList<QLabel *> labels = browser()->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible()
            && label->text().contains(u"The requested resource does not exist"_s);
    });
    QVERIFY(shown);
}

void TestCodeBrowser::ctrlKReturnsToTheSearch()
{
    browser()->table()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), browser()->table());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), browser()->searchField());

    browser()->table()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), browser()->table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), browser()->searchField());
}

void TestCodeBrowser::copyActions()
{
    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(4031003);
    QTest::keyClicks(browser()->searchField(), u"4031003"_s);
    browser()->table()->setFocus();
    QClipboard *clipboard = QApplication::clipboard();

    QTest::keyClick(browser()->table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), u"4031003"_s);

    QTest::keyClick(browser()->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(), u"4031003 "_s + entry->message.en + u" / " + entry->message.zh);

    QTest::keyClick(browser()->table(), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    const QJsonObject json = QJsonDocument::fromJson(clipboard->text().toUtf8()).object();
    QCOMPARE(json.value(u"code").toInt(), 4031003);
    QCOMPARE(json.value(u"httpStatus").toInt(), 403);
    QCOMPARE(json.value(u"zh").toString(), entry->message.zh);
    QCOMPARE(json.value(u"en").toString(), entry->message.en);
    // Readable: an empty list on its key's line, not "[" and "]" on two.
    QVERIFY2(clipboard->text().contains(u"\"variants\": []"), qPrintable(clipboard->text()));
    QVERIFY(json.value(u"variants").isArray());

    QTest::keyClick(browser()->table(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(),
        u"| 4031003 | 403 | "_s + entry->message.zh + u" | " + entry->message.en + u" |");

    // The buttons do the same.
    clipboard->clear();
    browser()->copyCodeAction()->trigger();
    QCOMPARE(clipboard->text(), u"4031003"_s);
}

void TestCodeBrowser::contextMenuHoldsTheCopyActions()
{
    const QList<QAction *> actions = browser()->table()->actions();
    QCOMPARE(browser()->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(actions.contains(browser()->copyCodeAction()));
    QVERIFY(actions.contains(browser()->copyMessagesAction()));
    QVERIFY(actions.contains(browser()->copyJsonAction()));
    QVERIFY(actions.contains(browser()->copyMarkdownAction()));
}

void TestCodeBrowser::switchingLanguageAtRuntime()
{
    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(4031003);
    QTest::keyClicks(browser()->searchField(), u"4031003"_s);
    QHeaderView *header = browser()->table()->horizontalHeader();
    const QAbstractItemModel *model = browser()->table()->model();
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"English"_s);
    QCOMPARE(model->index(0, 1).data().toString(), entry->message.en);
    QVERIFY(header->isVisible());

    m_window->setLanguage(Language::Chinese);
    QCOMPARE(Translations::current(), Language::Chinese);
    QCOMPARE(UiSettings::language(), std::optional<Language>(Language::Chinese));
    // The message in the primary language moves to the first message column, and the header
    // with it; the query and selection stay.
    QTRY_COMPARE(model->index(0, 1).data().toString(), entry->message.zh);
    QCOMPARE(model->index(0, 2).data().toString(), entry->message.en);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), CodeTableModel::tr("Chinese"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), CodeTableModel::tr("English"));
    QCOMPARE(browser()->searchField()->text(), u"4031003"_s);
    QCOMPARE(browser()->currentEntry()->code, 4031003);
    // The detail pane puts the Chinese message first.
    const QString detail = browser()->detailView()->toPlainText();
    QVERIFY(detail.indexOf(entry->message.zh) < detail.indexOf(entry->message.en));

    m_window->setLanguage(Language::English);
    QTRY_COMPARE(model->index(0, 1).data().toString(), entry->message.en);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"English"_s);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"Chinese"_s);
    QCOMPARE(UiSettings::language(), std::optional<Language>(Language::English));
}

QTEST_MAIN(TestCodeBrowser)
#include "TestCodeBrowser.moc"
