// The response viewer with bodies beyond the display limit: the banner's actions (show all,
// search the whole body, save to file), a large body handled without stalling the GUI thread,
// and the pieces underneath (row index, search, the search results model).
#include "console/BodySearch.h"
#include "console/BodySearchModel.h"
#include "console/JsonTreeModel.h"
#include "console/JsonTreeView.h"
#include "console/LargeTextView.h"
#include "console/ResponseViewWidget.h"
#include "console/TextLines.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <time.h>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// A JSON array of `count` devices, one per line; device 4711 (when present) has a Chinese name.
QByteArray devices(int count)
{
    QByteArray body = "[\n";
    for (int i = 0; i < count; ++i) {
        body += "{\"id\":" + QByteArray::number(i) + ",\"name\":\""
            + (i == 4711 ? u"温度传感器"_s.toUtf8() : "sensor-" + QByteArray::number(i))
            + "\",\"mac\":\"AABBCCDDEEFF\",\"online\":true}";
        body += i + 1 < count ? ",\n" : "\n";
    }
    body += "]";
    return body;
}

CallRecord recordWith(const QByteArray &body)
{
    CallRecord record;
    record.method = "GET";
    record.httpStatus = 200;
    record.responseHeaders = { { "Content-Type", "application/json" } };
    record.responseBody = body;
    record.responseSize = body.size();
    return record;
}

qint64 threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// Measures the longest gap between turns of the event loop while it runs, in wall-clock time
// and in the GUI thread's own CPU time. On a loaded machine the thread can wait for a core for
// hundreds of milliseconds without doing anything; work that blocks the loop burns CPU.
class StallWatchdog final
{
public:
    StallWatchdog()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
            const qint64 cpu = threadCpuMs();
            m_longestCpu = std::max(m_longestCpu, cpu - m_cpu);
            m_cpu = cpu;
        });
        m_clock.start();
        m_cpu = threadCpuMs();
        m_timer.start();
    }
    qint64 longestMs() const { return std::max(m_longest, m_clock.elapsed()); }
    qint64 longestCpuMs() const { return std::max(m_longestCpu, threadCpuMs() - m_cpu); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    qint64 m_cpu = 0;
    qint64 m_longestCpu = 0;
};

} // namespace

class TestResponseView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsSplitLongLinesOnCharacterBoundaries();
    void searchFindsChineseAndAsciiInAnyCase();
    void searchFindsMatchesAcrossChunkBorders();
    void bodyWithinTheLimitIsShownWhole();
    void showAllFormatsTheWholeBody();
    void searchWholeBodyListsMatchesAndShowsThem();
    void saveToFileWritesTheWholeBody();
    void saveToFileReportsFailure();
    void largeBodyNeverStallsTheGuiThread();
    void homeAndEndGoToTheEnds();
    void treeCopiesValuesKeysAndPaths();
    void prettyViewSelectsWordsAndHasAContextMenu();

private:
    std::unique_ptr<ResponseViewWidget> m_view;
};

void TestResponseView::init()
{
    m_view = std::make_unique<ResponseViewWidget>();
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestResponseView::cleanup()
{
    m_view.reset();
}

void TestResponseView::rowsSplitLongLinesOnCharacterBoundaries()
{
    // 3 bytes per character: a row of at most 16 bytes holds 5 of them, never a part of one.
    const QString chinese = u"设备不存在设备不存在设备"_s;
    const TextLines lines(u"short\n"_s.toUtf8() + chinese.toUtf8() + "\nend", 16);
    QCOMPARE(lines.rowCount(), 5);
    QCOMPARE(lines.rowText(0), u"short"_s);
    QCOMPARE(lines.rowText(1), chinese.left(5));
    QCOMPARE(lines.rowText(2), chinese.mid(5, 5));
    QCOMPARE(lines.rowText(3), chinese.mid(10));
    QCOMPARE(lines.rowText(4), u"end"_s);
    QCOMPARE(lines.rowAt(0), 0);
    QCOMPARE(lines.rowAt(6 + 15), 2);
    QCOMPARE(lines.columnOf(2, 6 + 15 + 3), 1);
    // Rows cut from one line join again without a line break; real lines keep theirs.
    QCOMPARE(lines.textBetween(0, 2, 4, 2), u"ort\n"_s + chinese + u"\nen"_s);
}

void TestResponseView::searchFindsChineseAndAsciiInAnyCase()
{
    const QByteArray body = devices(5000);
    const BodySearch::Result chinese = BodySearch::find(body, u"温度传感器"_s);
    QCOMPARE(chinese.total, 1);
    QCOMPARE(chinese.matches.size(), 1);
    QCOMPARE(chinese.matches.at(0).line, 4711 + 2);
    QCOMPARE(chinese.termBytes, 15);
    QCOMPARE(body.mid(chinese.matches.at(0).offset, 15), u"温度传感器"_s.toUtf8());
    QVERIFY(chinese.matches.at(0).context.contains(u"\"id\":4711,\"name\":\"温度传感器\""_s));

    const BodySearch::Result ascii = BodySearch::find(body, u"SENSOR-499"_s, 3);
    // sensor-499 and sensor-4990 ... sensor-4999.
    QCOMPARE(ascii.total, 11);
    QCOMPARE(ascii.matches.size(), 3);
    QCOMPARE(ascii.matches.at(0).line, 499 + 2);
    QVERIFY(BodySearch::find(body, u"no such text"_s).matches.isEmpty());
}

void TestResponseView::searchFindsMatchesAcrossChunkBorders()
{
    // The search reads 4 MB chunks: a term across the first border is found exactly once.
    QByteArray body(4 * 1024 * 1024 - 3, 'x');
    body += u"错误码"_s.toUtf8();
    body += QByteArray(100, 'x');
    const BodySearch::Result result = BodySearch::find(body, u"错误码"_s);
    QCOMPARE(result.total, 1);
    QCOMPARE(result.matches.at(0).offset, 4 * 1024 * 1024 - 3);
    QCOMPARE(result.matches.at(0).line, 1);
}

void TestResponseView::bodyWithinTheLimitIsShownWhole()
{
    QSignalSpy shown(m_view.get(), &ResponseViewWidget::bodyShown);
    m_view->showRecord(recordWith(R"({"list":[1,2],"name":"设备"})"));
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(!m_view->limitBanner()->isVisible());
    QCOMPARE(m_view->prettyView()->text(),
        u"{\n  \"list\": [\n    1,\n    2\n  ],\n  \"name\": \"设备\"\n}\n"_s);
    QCOMPARE(m_view->rawView()->text(), u"{\"list\":[1,2],\"name\":\"设备\"}"_s);
    QVERIFY(m_view->tabs()->isTabEnabled(2));
    QCOMPARE(m_view->treeModel()->rowCount(), 2);
}

void TestResponseView::showAllFormatsTheWholeBody()
{
    const QByteArray body = devices(5000);
    m_view->setDisplayLimit(64 * 1024);
    QSignalSpy shown(m_view.get(), &ResponseViewWidget::bodyShown);
    m_view->showRecord(recordWith(body));
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(m_view->limitBanner()->isVisible());
    QVERIFY(m_view->limitBanner()->text().contains(u"only the first"_s));
    const QString part = m_view->prettyView()->text();
    QVERIFY(part.toUtf8().size() <= 64 * 1024);
    QVERIFY(part.startsWith(u"[\n  {\n    \"id\": 0,"_s));
    QVERIFY(!part.contains(u"sensor-4999"_s));
    // The tree is not built beyond the limit; raw holds the whole body already.
    QVERIFY(!m_view->tabs()->isTabEnabled(2));
    QCOMPARE(m_view->rawView()->text().toUtf8(), body);

    QVERIFY(m_view->showAllButton()->isEnabled());
    QTest::mouseClick(m_view->showAllButton(), Qt::LeftButton);
    QTRY_COMPARE(shown.size(), 2);
    const QString all = m_view->prettyView()->text();
    QVERIFY(all.contains(u"\"name\": \"sensor-4999\""_s));
    QVERIFY(all.contains(u"\"name\": \"温度传感器\""_s));
    QCOMPARE(m_view->prettyView()->rowCount(), 2 + 5000 * 6);
    QVERIFY(!m_view->showAllButton()->isEnabled());
    QVERIFY(!m_view->limitBanner()->text().contains(u"only the first"_s));
}

void TestResponseView::searchWholeBodyListsMatchesAndShowsThem()
{
    const QByteArray body = devices(20000);
    m_view->setDisplayLimit(64 * 1024);
    QSignalSpy shown(m_view.get(), &ResponseViewWidget::bodyShown);
    m_view->showRecord(recordWith(body));
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(!m_view->searchField()->isVisible());

    QTest::mouseClick(m_view->searchButton(), Qt::LeftButton);
    QVERIFY(m_view->searchField()->isVisible());
    QTRY_VERIFY(m_view->searchField()->hasFocus());
    QSignalSpy searched(m_view.get(), &ResponseViewWidget::searchFinished);
    // The Chinese name sits far beyond the formatted first part. Chinese is typed through an
    // input method, which commits the whole word at once.
    QInputMethodEvent typed;
    typed.setCommitString(u"温度传感器"_s);
    QApplication::sendEvent(m_view->searchField(), &typed);
    QCOMPARE(m_view->searchField()->text(), u"温度传感器"_s);
    QTest::keyClick(m_view->searchField(), Qt::Key_Return);
    QTRY_COMPARE(searched.size(), 1);
    BodySearchModel *model = m_view->searchModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, BodySearchModel::LineColumn).data().toString(), u"4,713"_s);
    const qsizetype offset = body.indexOf(u"温度传感器"_s.toUtf8());
    QCOMPARE(model->index(0, 0).data(BodySearchModel::OffsetRole).toLongLong(), offset);
    QVERIFY(model->index(0, BodySearchModel::ContextColumn)
                .data()
                .toString()
                .contains(u"温度传感器"_s));
    QVERIFY(m_view->searchStatus()->text().contains(u"1 match"_s));
    // The first match is selected and shown in the raw view, scrolled to its line.
    QCOMPARE(m_view->tabs()->currentIndex(), 1);
    const qsizetype row = m_view->rawView()->lines()->rowAt(offset);
    QCOMPARE(row, 4712);
    QVERIFY(m_view->rawView()->firstVisibleRow() <= row);
    QVERIFY(m_view->rawView()->firstVisibleRow() + 50 > row);

    // Many matches: the list is capped, the count is not; choosing one moves the view.
    m_view->tabs()->setCurrentIndex(0);
    m_view->searchField()->clear();
    QTest::keyClicks(m_view->searchField(), u"AABBCCDDEEFF"_s);
    QTest::keyClick(m_view->searchField(), Qt::Key_Return);
    QTRY_COMPARE(searched.size(), 2);
    QCOMPARE(model->rowCount(), int(BodySearch::defaultMaxMatches));
    QVERIFY(m_view->searchStatus()->text().contains(u"20,000 matches"_s));
    m_view->searchResultsView()->selectRow(9000);
    QCOMPARE(m_view->rawView()->lines()->rowAt(model->match(9000).offset), 9001);
    QVERIFY(m_view->rawView()->firstVisibleRow() <= 9001);
    QVERIFY(m_view->rawView()->firstVisibleRow() + 50 > 9001);
    QCOMPARE(m_view->rawView()->text().toUtf8().mid(model->match(9000).offset, 12),
        QByteArray("AABBCCDDEEFF"));
}

void TestResponseView::saveToFileWritesTheWholeBody()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"响应.json"_s);
    const QByteArray body = devices(20000);
    m_view->setDisplayLimit(64 * 1024);
    m_view->setSavePathChooser([path](QWidget *) { return path; });
    QSignalSpy shown(m_view.get(), &ResponseViewWidget::bodyShown);
    m_view->showRecord(recordWith(body));
    QTRY_COMPARE(shown.size(), 1);
    QSignalSpy saved(m_view.get(), &ResponseViewWidget::bodySaved);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), path);
    QCOMPARE(saved.at(0).at(1).toString(), QString());
    QVERIFY(m_view->limitStatus()->text().contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), body);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // Cancelling the dialog saves nothing: the next save to be announced is the one after it.
    m_view->setSavePathChooser([](QWidget *) { return QString(); });
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    const QString second = dir.filePath(u"second.json"_s);
    m_view->setSavePathChooser([second](QWidget *) { return second; });
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(saved.at(1).at(0).toString(), second);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
        QStringList({ u"second.json"_s, u"响应.json"_s }));
}

void TestResponseView::saveToFileReportsFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/body.json"_s);
    m_view->setDisplayLimit(1024);
    m_view->setSavePathChooser([path](QWidget *) { return path; });
    QSignalSpy shown(m_view.get(), &ResponseViewWidget::bodyShown);
    m_view->showRecord(recordWith(devices(200)));
    QTRY_COMPARE(shown.size(), 1);
    QSignalSpy saved(m_view.get(), &ResponseViewWidget::bodySaved);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!saved.at(0).at(1).toString().isEmpty());
    QVERIFY(m_view->limitStatus()->text().contains(u"could not be saved"_s));
    QVERIFY(!QFile::exists(path));
}

void TestResponseView::largeBodyNeverStallsTheGuiThread()
{
    // 20 MB on one line (the sandbox's huge fault has this shape) and as 160,000 short lines:
    // showing the first part, showing all, searching and scrolling keep the event loop turning.
    QByteArray oneLine = "{\"padding\":\"" + QByteArray(20 * 1024 * 1024, 'x') + "\"}";
    QByteArray manyLines = devices(20 * 1024 * 1024 / 128);
    for (const QByteArray &body : { oneLine, manyLines }) {
        QSignalSpy shown(m_view.get(), &ResponseViewWidget::bodyShown);
        QSignalSpy searched(m_view.get(), &ResponseViewWidget::searchFinished);
        StallWatchdog watchdog;
        m_view->showRecord(recordWith(body));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
        QTest::mouseClick(m_view->showAllButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 20000);
        QVERIFY(m_view->prettyView()->rowCount() > 1000);
        m_view->searchBody(u"\"}"_s);
        QTRY_COMPARE_WITH_TIMEOUT(searched.size(), 1, 20000);
        m_view->tabs()->setCurrentIndex(0);
        m_view->prettyView()->showRange(body.size() - 10, 2);
#ifdef XLINK_TIMING_CHECKS
        QTest::qWait(20); // let the scrolled view paint while the watchdog looks
        // Generous for a loaded machine; QPlainTextEdit takes seconds of CPU for the same body.
        QVERIFY2(watchdog.longestCpuMs() < 200,
            qPrintable(u"%1 ms of CPU"_s.arg(watchdog.longestCpuMs())));
        QVERIFY2(watchdog.longestMs() < 2000, qPrintable(u"%1 ms"_s.arg(watchdog.longestMs())));
#else
        Q_UNUSED(watchdog)
#endif
    }
}

void TestResponseView::homeAndEndGoToTheEnds()
{
    QByteArray body;
    for (int i = 0; i < 10000; ++i)
        body += "line " + QByteArray::number(i) + '\n';
    LargeTextView view;
    view.resize(500, 300);
    view.setLines(std::make_shared<TextLines>(body));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.firstVisibleRow(), 0);
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QVERIFY2(view.firstVisibleRow() > 9900, qPrintable(QString::number(view.firstVisibleRow())));
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.firstVisibleRow(), 0);
    QTest::keyClick(&view, Qt::Key_End);
    QVERIFY(view.firstVisibleRow() > 9900);
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view.firstVisibleRow(), 0);
}

void TestResponseView::treeCopiesValuesKeysAndPaths()
{
    QSignalSpy shown(m_view.get(), &ResponseViewWidget::bodyShown);
    m_view->showRecord(
        recordWith(R"({"list":[{"pid":"160fa2af0a0e4e00160fa2af0a0e4e01","n":7}],"a b":true})"));
    QTRY_COMPARE(shown.size(), 1);
    m_view->tabs()->setCurrentWidget(m_view->treeView());
    JsonTreeView *tree = m_view->treeView();
    QTRY_VERIFY(tree->isVisible());
    // Key and value get the width, not the type column.
    QHeaderView *header = tree->header();
    QVERIFY2(header->sectionSize(JsonTreeModel::TypeColumn)
            < header->sectionSize(JsonTreeModel::ValueColumn) / 2,
        qPrintable(u"%1 %2"_s.arg(header->sectionSize(JsonTreeModel::TypeColumn))
                       .arg(header->sectionSize(JsonTreeModel::ValueColumn))));

    tree->expandAll();
    JsonTreeModel *model = m_view->treeModel();
    QModelIndex list;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == u"list")
            list = model->index(row, 0);
    }
    QVERIFY(list.isValid());
    const QModelIndex element = model->index(0, 0, list);
    QTRY_VERIFY(model->rowCount(element) == 2);
    QModelIndex pid;
    for (int row = 0; row < 2; ++row) {
        if (model->index(row, 0, element).data().toString() == u"pid")
            pid = model->index(row, JsonTreeModel::ValueColumn, element);
    }
    QVERIFY(pid.isValid());
    QCOMPARE(pid.data().toString(), u"\"160fa2af0a0e4e00160fa2af0a0e4e01\""_s); // as shown
    tree->setFocus();
    tree->setCurrentIndex(pid);
    // Ctrl+C: the string without its quotes, ready to paste into {pid}.
    QApplication::clipboard()->clear();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"160fa2af0a0e4e00160fa2af0a0e4e01"_s);
    // The context menu copies the key and the path too.
    std::unique_ptr<QMenu> menu(tree->createContextMenu());
    menu->findChild<QAction *>(u"copyKey"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"pid"_s);
    menu->findChild<QAction *>(u"copyPath"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"$.list[0].pid"_s);
    tree->setCurrentIndex(element);
    menu->findChild<QAction *>(u"copyValue"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
        u"{\"n\":7,\"pid\":\"160fa2af0a0e4e00160fa2af0a0e4e01\"}"_s);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == u"a b")
            QCOMPARE(
                model->index(row, 0).data(JsonTreeModel::JsonPathRole).toString(), u"$[\"a b\"]"_s);
    }
}

void TestResponseView::prettyViewSelectsWordsAndHasAContextMenu()
{
    QSignalSpy shown(m_view.get(), &ResponseViewWidget::bodyShown);
    m_view->showRecord(recordWith(R"({"name":"sensor-42","online":true})"));
    QTRY_COMPARE(shown.size(), 1);
    LargeTextView *pretty = m_view->prettyView();
    QTRY_VERIFY(pretty->isVisible());
    // A double click on the name selects that word (a name with its dash, no quotes).
    const QFontMetrics metrics(pretty->font());
    int row = -1;
    for (int i = 0; i < pretty->rowCount(); ++i) {
        if (pretty->lines()->rowText(i).contains(u"sensor-42"))
            row = i;
    }
    QVERIFY(row >= 0);
    const QString line = pretty->lines()->rowText(row);
    const int x = 4 + metrics.horizontalAdvance(line.left(line.indexOf(u"sensor-42") + 3));
    const int y = row * metrics.lineSpacing() + metrics.lineSpacing() / 2;
    QTest::mouseDClick(pretty->viewport(), Qt::LeftButton, {}, QPoint(x, y));
    QCOMPARE(pretty->selectedText(), u"sensor-42"_s);
    // Its context menu copies the selection and selects all.
    std::unique_ptr<QMenu> menu(pretty->createContextMenu());
    QAction *copy = menu->findChild<QAction *>(u"copy"_s);
    QVERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"sensor-42"_s);
    menu->findChild<QAction *>(u"selectAll"_s)->trigger();
    QCOMPARE(pretty->selectedText().trimmed(), pretty->text().trimmed());
    menu.reset();
    // And the right button opens it.
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, QPoint(x, y), pretty->viewport()->mapToGlobal(QPoint(x, y)));
    QApplication::sendEvent(pretty->viewport(), &event);
    QTRY_VERIFY(pretty->findChild<QMenu *>(u"textViewMenu"_s)
        && pretty->findChild<QMenu *>(u"textViewMenu"_s)->isVisible());
    pretty->findChild<QMenu *>(u"textViewMenu"_s)->close();
}

} // namespace xlink

QTEST_MAIN(xlink::TestResponseView)
#include "TestResponseView.moc"
