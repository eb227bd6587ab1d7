#include "FailureStore.h"
#include "LogReader.h"
#include "SampleCalls.h"
#include "ViewportImage.h"
#include "call/FailureClassifier.h"
#include "catalogue/CodeBrowserWidget.h"
#include "catalogue/ErrorCatalogue.h"
#include "log/CodeCountModel.h"
#include "log/ExportDialog.h"
#include "log/FailureChartWidget.h"
#include "log/FailureLogModel.h"
#include "log/FailureLogWidget.h"
#include "log/LogFilterBar.h"
#include "log/SeenCountReader.h"
#include "report/ReportText.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace xlink;
using xlink::test::SampleCalls;

namespace {

const QByteArray sentinel = "S3ntinel-Secret-7f2c";

// Whether a read queued now on each of the store's reader lanes has come back: every read
// queued before it on that lane has then delivered its result (or been dropped).
bool readersCaughtUp(FailureStore &store)
{
    int back = 0;
    for (const LogReader::Lane lane : { LogReader::Lane::Interactive, LogReader::Lane::Background })
        store.reader()->read<bool>(
            lane, store.reader(), [] { return true; },
            [](const LogQuery &, const std::function<bool()> &) { return true; },
            [&back](bool) { ++back; });
    return QTest::qWaitFor([&back] { return back == 2; }, 20000);
}
constexpr int mixedRecords = 3000;
constexpr int needleRecords = 5;
// The local sandbox as records name it: untranslated, and in Chinese in older records.
const QStringList sandboxForms { QStringLiteral("Local sandbox"), QStringLiteral("本地沙箱") };

// Pixels of one colour: the chart's bars are its palette's highlight colour.
int pixelsOf(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == color.rgb())
                ++count;
        }
    }
    return count;
}

int barPixels(const QWidget &chart, const QImage &image)
{
    return pixelsOf(image, chart.palette().color(QPalette::Highlight));
}

// The row once its page has arrived from the reader thread (nullopt after 10 s).
std::optional<LogEntry> entryWhenRead(const FailureLogModel &model, int row)
{
    std::optional<LogEntry> entry = model.entry(row);
    if (!QTest::qWaitFor([&] { return (entry = model.entry(row)).has_value(); }, 10000))
        return std::nullopt;
    return entry;
}

// The model has read its filter's first rows and exact count.
bool settled(const FailureLogModel &model)
{
    return QTest::qWaitFor([&] { return !model.isSearching() && model.isCountExact(); }, 20000);
}

// Ids of every failure `filter` selects, newest first, by a plain ORDER BY/OFFSET query.
QList<qint64> idsByOffset(FailureStore &store, const LogFilter &filter)
{
    QList<qint64> ids;
    for (const LogEntry &entry : store.query().page(filter, 0, 1000000))
        ids << entry.id;
    return ids;
}

} // namespace

class TestFailureLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPassesTester();
    void tabWalksTheFiltersRowByRow();
    void modelReadsEveryRowInOrderWithBoundedCache();
    void modelFollowsFilter();
    void modelCountsQuicklyThenExactly();
    void deepRowsByKeysetMatchOffsetOrder();
    void typingFastShowsOnlyTheLastFilter();
    void codeCountsFollowChangingFilters();
    void textFilterNarrowsTable();
    void codeAndStatusFilters();
    void kindAndEnvironmentChoices();
    void groupByCodeCountsAndFilters();
    void detailShowsDecodedErrorWithoutSecrets();
    void openInConsoleCarriesRecord();
    void showCodeFromBrowser();
    void chartPaintsBars();
    void chartFollowsADarkPalette();
    void chartOfEmptyLogHasNoBars();
    void newRecordsAppear();
    void anEmptyTableSaysWhyAndShowsTheFocus();
    void recordsAppearDuringAStream();
    void brokenAnswersSayWhatHappened();
    void storedFailuresAreSaidInTheCurrentLanguage();
    void customTimeRange();
    void exportPreviewHasNoSecretAndIsWritten();
    void exportEveryFormatWithoutSecrets();
    void largePdfSaysWhatItHoldsBeforeItIsPainted();
    void exportSelectionOnly();
    void exportSelectionOfUnloadedRows();
    void selectAllBeforeTheExactCount();
    void codeBrowserShowsSeenCountAndLinks();
    void seenCountFollowsQuickSelection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FailureStore> m_store;
    QDateTime m_base = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
};

void TestFailureLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.path().toUtf8());
    Translations::install(Language::English);
    m_store = std::make_unique<FailureStore>(m_dir.filePath(u"failure-log.sqlite"_s));
    QVERIFY(m_store->open().ok);
    for (int i = 0; i < mixedRecords; ++i)
        m_store->append(SampleCalls::mixed(i, m_base));
    for (int i = 0; i < needleRecords; ++i) {
        m_store->append(SampleCalls::platform(
            m_base.addSecs(mixedRecords + i), 4031003, u"needle-env"_s, sentinel));
    }
    for (int i = 0; i < 3; ++i) {
        m_store->append(SampleCalls::platform(m_base.addSecs(mixedRecords + needleRecords + i),
            4041008, sandboxForms.at(i % 2), sentinel));
    }
    m_store->flush();
}

void TestFailureLog::modelPassesTester()
{
    // Views ask about invalid indexes: the answer is nothing, without a checkIndex warning.
    QTest::failOnWarning(QRegularExpression(u"checkindex|is not valid"_s));
    FailureLogModel model(m_store.get());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), int(m_store->query().count({})));
    QVERIFY(model.rowCount() > 2000);
    QCOMPARE(model.columnCount(), FailureLogModel::columnTotal);
    LogFilter platformOnly;
    platformOnly.kinds = { CallRecord::Kind::Platform };
    model.setFilter(platformOnly);
    QCOMPARE(model.rowCount(), 0); // the previous filter's rows are gone at once
    QTRY_COMPARE(model.rowCount(), int(m_store->query().count(platformOnly)));
    model.setFilter({});
    QTRY_VERIFY(!model.isSearching());
}

void TestFailureLog::tabWalksTheFiltersRowByRow()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    // The next control in Tab order from `from` (what takes focus by Tab and is shown; the
    // scope switch is disabled without a team log, and still has its place).
    const auto next = [&widget](QWidget *from) {
        for (QWidget *w = from->nextInFocusChain(); w != from; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&widget) && !w->focusProxy())
                return w;
        }
        return from;
    };
    const auto named = [&widget](const QString &name) { return widget.findChild<QWidget *>(name); };
    // The typed row, then the second row from its head (the scope) to the page's buttons.
    QCOMPARE(next(widget.textFilter()), named(u"logCodeFilter"_s));
    QCOMPARE(next(named(u"logStatusFilter"_s)), named(u"logRangeFilter"_s));
    QCOMPARE(next(named(u"logRangeFilter"_s)), named(u"logClearFilters"_s));
    QCOMPARE(next(named(u"logClearFilters"_s)), named(u"logScope"_s));
    QCOMPARE(next(named(u"logScope"_s)), named(u"logKindFilter"_s));
    QCOMPARE(next(named(u"logKindFilter"_s)), named(u"logEnvironmentFilter"_s));
    QCOMPARE(next(named(u"logEnvironmentFilter"_s)), named(u"logEndpointFilter"_s));
    QCOMPARE(next(named(u"logEndpointFilter"_s)), named(u"logGroupByCode"_s));
    QCOMPARE(next(named(u"logGroupByCode"_s)), named(u"logExport"_s));
}

void TestFailureLog::modelReadsEveryRowInOrderWithBoundedCache()
{
    FailureLogModel model(m_store.get());
    QTRY_VERIFY(!model.isSearching());
    QCOMPARE(model.cachedPageCount(), 1); // only the first page before a view asks
    const LogQuery query = m_store->query();
    const QList<LogEntry> tail = query.page({}, model.rowCount() - 3, 3);
    QCOMPARE(tail.size(), 3);
    // Read the last rows first (offset paging), then everything from the top (keyset paging).
    QVERIFY(!model.entry(model.rowCount() - 1).has_value()); // asked for, on its way
    QCOMPARE(entryWhenRead(model, model.rowCount() - 1)->id, tail.last().id);
    QDateTime previous;
    qint64 previousId = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const std::optional<LogEntry> entry = entryWhenRead(model, row);
        QVERIFY2(entry.has_value(), qPrintable(QString::number(row)));
        QVERIFY(entry->failure());
        if (previous.isValid()) {
            QVERIFY(entry->time < previous || (entry->time == previous && entry->id < previousId));
        }
        previous = entry->time;
        previousId = entry->id;
        QVERIFY(model.cachedPageCount() <= FailureLogModel::maxCachedPages);
    }
    QCOMPARE(entryWhenRead(model, model.rowCount() - 1)->id, tail.last().id);
    QCOMPARE(entryWhenRead(model, 0)->method,
        model.index(0, FailureLogModel::Method).data().toString().toLatin1());
    QVERIFY(!model.entry(model.rowCount()).has_value());
}

void TestFailureLog::modelFollowsFilter()
{
    FailureLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogFilter filter;
    filter.environments = { u"needle-env"_s };
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), needleRecords);
    QCOMPARE(model.index(0, FailureLogModel::Code).data().toString(), u"4031003"_s);
    QCOMPARE(model.index(0, FailureLogModel::Environment).data().toString(), u"needle-env"_s);
    const QString tip = model.index(0, FailureLogModel::Message).data(Qt::ToolTipRole).toString();
    const LogEntry entry = *model.entry(0);
    QVERIFY(!entry.zh.isEmpty() && !entry.en.isEmpty());
    QVERIFY(tip.contains(entry.zh));
    QVERIFY(tip.contains(entry.en));
    QCOMPARE(model.index(0, FailureLogModel::Message).data().toString(), entry.en);
    // Every column is shown in the language (kinds, built-in environments): all repaint.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(Language::Chinese);
    QCOMPARE(model.index(0, FailureLogModel::Message).data().toString(), entry.zh);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
        model.index(needleRecords - 1, FailureLogModel::columnTotal - 1));
}

// A filter with more rows than the quick count's cap shows the cap at once ("500+"), then the
// exact count, with every page's key for deep rows.
void TestFailureLog::modelCountsQuicklyThenExactly()
{
    FailureLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuickCountCap(500);
    QSignalSpy states(&model, &FailureLogModel::searchStateChanged);
    // Each state as it is announced (the exact count may follow the quick one before the
    // test looks, so looking afterwards would not see the quick state).
    struct State
    {
        bool searching;
        bool exact;
        int rows;
    };
    QList<State> seen;
    connect(&model, &FailureLogModel::searchStateChanged, this, [&] {
        seen.append({ model.isSearching(), model.isCountExact(), model.rowCount() });
    });
    model.setFilter({});
    QVERIFY(model.isSearching());
    QTRY_VERIFY(!model.isSearching());
    const int all = int(m_store->query().count({}));
    QVERIFY(all > 500);
    QTRY_VERIFY(model.isCountExact());
    // The quick count and the first page arrive together, as the cap's 500 rows; the exact
    // count later.
    const auto quick = std::find_if(seen.cbegin(), seen.cend(),
        [](const State &state) { return !state.searching && !state.exact; });
    QVERIFY(quick != seen.cend());
    QCOMPARE(quick->rows, 500);
    const auto exact = std::find_if(seen.cbegin(), seen.cend(),
        [](const State &state) { return !state.searching && state.exact; });
    QVERIFY(exact != seen.cend());
    QVERIFY(quick < exact);
    QCOMPARE(model.rowCount(), all);
    QVERIFY(model.hasPageKeys());
    QVERIFY(states.size() >= 3); // searching, quick count, exact count
    const QList<qint64> expected = idsByOffset(*m_store, {});
    for (const int row : { 0, 499, 500, 1777, all - 1 })
        QCOMPARE(entryWhenRead(model, row)->id, expected.at(row));

    // Read again (as when records arrive): the table keeps its rows' count meanwhile instead
    // of shrinking to the quick count's cap.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QTRY_COMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), all);
    QTRY_VERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(entryWhenRead(model, 1777)->id, expected.at(1777));
}

// Rows at any depth read by keyset are the rows a plain ORDER BY/OFFSET query gives, also when
// many records share a time (ties broken by id).
void TestFailureLog::deepRowsByKeysetMatchOffsetOrder()
{
    QTemporaryDir dir;
    FailureStore store(dir.filePath(u"ties.sqlite"_s));
    QVERIFY(store.open().ok);
    // 53 distinct times, each shared by about 49 records whose ids interleave with the other
    // times' (successes between them): page boundaries fall inside runs of equal times.
    constexpr int records = 2600;
    for (int i = 0; i < records; ++i) {
        CallRecord call = SampleCalls::mixed(i, m_base);
        call.startedAt = m_base.addSecs((i % 371) / 7);
        store.append(call);
    }
    store.flush();
    FailureLogModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuickCountCap(300);
    model.refresh();
    QVERIFY(settled(model));
    QVERIFY(model.hasPageKeys());
    const QList<qint64> expected = idsByOffset(store, {});
    QCOMPARE(model.rowCount(), expected.size());
    // Deep rows first (keys, no page before them read), then neighbours and the very end.
    for (const int row : { 1403, 999, 1000, 200, 199, 1999, 201, 1, int(expected.size()) - 1 }) {
        const std::optional<LogEntry> entry = entryWhenRead(model, row);
        QVERIFY2(entry, qPrintable(QString::number(row)));
        QCOMPARE(entry->id, expected.at(row));
    }
    // Every row of a deep page, in order.
    for (int row = 1200; row < 1400; ++row)
        QCOMPARE(entryWhenRead(model, row)->id, expected.at(row));
}

// Typing fast: each key a new filter (Return applies it at once); the table never shows a
// row of a filter other than the current one, and ends with exactly the last filter's rows.
void TestFailureLog::typingFastShowsOnlyTheLastFilter()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    FailureLogModel *model = widget.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!model->isSearching());
    // What each filter the typing goes through selects.
    const QString typed = u"needle-env"_s;
    QHash<QString, QSet<qint64>> selects;
    for (int length = 0; length <= typed.size(); ++length) {
        LogFilter filter;
        filter.text = typed.left(length);
        const QList<qint64> ids = idsByOffset(*m_store, filter);
        selects.insert(filter.text, QSet<qint64>(ids.cbegin(), ids.cend()));
    }
    QStringList wrong;
    int checks = 0;
    const auto check = [&] {
        const QSet<qint64> &allowed = selects[model->filter().text];
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->index(row, 0).data(FailureLogModel::IdRole).toLongLong();
            ++checks;
            if (id != 0 && !allowed.contains(id))
                wrong << u"row %1 (id %2) under '%3'"_s.arg(row).arg(id).arg(model->filter().text);
        }
    };
    connect(model, &QAbstractItemModel::modelReset, this, check);
    connect(model, &QAbstractItemModel::dataChanged, this, check);
    connect(model, &QAbstractItemModel::rowsInserted, this, check);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    for (const QChar c : typed) {
        QTest::keyClicks(widget.textFilter(), QString(c));
        QTest::keyClick(widget.textFilter(), Qt::Key_Return);
    }
    QCOMPARE(widget.filter().text, typed);
    QTRY_VERIFY(!model->isSearching() && model->isCountExact());
    QCOMPARE(model->rowCount(), needleRecords);
    for (int row = 0; row < needleRecords; ++row)
        QCOMPARE(entryWhenRead(*model, row)->environment, u"needle-env"_s);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QVERIFY(checks > 0);
    QVERIFY(resets.size() >= typed.size()); // one per filter, each emptied the table

    // The same by plain typing (the text waits for a pause), then back to everything.
    QTest::keyClick(widget.textFilter(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget.textFilter(), u"needle"_s);
    QTRY_COMPARE(widget.filter().text, u"needle"_s);
    QTRY_VERIFY(!model->isSearching());
    QCOMPARE(model->rowCount(), needleRecords);
    QTest::keyClick(widget.textFilter(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget.textFilter(), Qt::Key_Backspace);
    QTRY_COMPARE(model->rowCount(), int(m_store->query().count({})));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestFailureLog::codeCountsFollowChangingFilters()
{
    CodeCountModel groups(m_store.get());
    QAbstractItemModelTester tester(
        &groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogFilter last;
    for (const QString &environment : { u"sandbox"_s, u"production"_s, u"needle-env"_s }) {
        LogFilter filter;
        filter.environments = { environment };
        groups.setFilter(filter);
        QCOMPARE(groups.rowCount(), 0); // emptied at once
        QVERIFY(groups.isCounting());
        last = filter;
    }
    QTRY_VERIFY(!groups.isCounting());
    const QList<LogQuery::Count> counts = m_store->query().countsByCode(last);
    QCOMPARE(groups.rowCount(), counts.size());
    QCOMPARE(groups.rowCount(), 1);
    QCOMPARE(groups.index(0, CodeCountModel::Code).data(CodeCountModel::CodeRole).toInt(), 4031003);
    QCOMPARE(groups.total(), needleRecords);
    // A refresh keeps the rows until the new counts arrive.
    groups.refresh();
    QCOMPARE(groups.rowCount(), 1);
    QTRY_VERIFY(!groups.isCounting());
    QCOMPARE(groups.rowCount(), 1);
}

void TestFailureLog::textFilterNarrowsTable()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    const int all = int(m_store->query().count({}));
    QTRY_COMPARE(widget.model()->rowCount(), all);
    QTRY_COMPARE(widget.summary()->text(), FailureLogWidget::tr("%Ln failure(s)", nullptr, all));
    QTest::keyClicks(widget.textFilter(), u"needle"_s);
    QTest::keyClick(widget.textFilter(), Qt::Key_Return);
    QCOMPARE(widget.summary()->text(), FailureLogWidget::tr("Searching…"));
    QTRY_COMPARE(widget.model()->rowCount(), needleRecords);
    QTRY_COMPARE(
        widget.summary()->text(), FailureLogWidget::tr("%Ln failure(s)", nullptr, needleRecords));
    QTRY_VERIFY(!widget.chart()->isPending());
    QCOMPARE(widget.chart()->codes().size(), 1);
    QTest::keyClick(widget.textFilter(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget.textFilter(), Qt::Key_Backspace);
    QTRY_COMPARE(widget.model()->rowCount(), all);
}

void TestFailureLog::codeAndStatusFilters()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    auto *code = widget.findChild<QLineEdit *>(u"logCodeFilter"_s);
    auto *status = widget.findChild<QLineEdit *>(u"logStatusFilter"_s);
    QVERIFY(code && status);

    LogFilter byCode;
    byCode.codes = { 4041011 };
    const qint64 expected = m_store->query().count(byCode);
    QVERIFY(expected > 0);
    QTest::keyClicks(code, u"4041011"_s);
    QTRY_COMPARE(widget.model()->rowCount(), int(expected));
    for (int row = 0; row < widget.model()->rowCount(); ++row)
        QCOMPARE(entryWhenRead(*widget.model(), row)->code, std::optional<int>(4041011));

    // Part of a code: every code it begins, as in the code browser.
    code->clear();
    QTest::keyClicks(code, u"404"_s);
    qint64 prefixed = 0;
    for (const LogQuery::Count &count : m_store->query().countsByCode(LogFilter())) {
        if (count.key.toString().startsWith(u"404"_s))
            prefixed += count.count;
    }
    QVERIFY(prefixed > expected);
    QTRY_COMPARE(widget.model()->rowCount(), int(prefixed));
    for (int row = 0; row < widget.model()->rowCount(); row += 97)
        QVERIFY(QString::number(*entryWhenRead(*widget.model(), row)->code).startsWith(u"404"_s));

    code->clear();
    QTest::keyClicks(status, u"5xx"_s);
    QTest::keyClick(status, Qt::Key_Return);
    LogFilter serverErrors;
    for (int value = 500; value < 600; ++value)
        serverErrors.statuses << value;
    QTRY_COMPARE(widget.model()->rowCount(), int(m_store->query().count(serverErrors)));
    QVERIFY(widget.model()->rowCount() > 0);

    status->clear();
    QTest::keyClicks(status, u"502"_s);
    QTest::keyClick(status, Qt::Key_Return);
    LogFilter byStatus;
    byStatus.statuses = { 502 };
    QCOMPARE(widget.model()->rowCount(), 0);
    QTRY_COMPARE(widget.model()->rowCount(), int(m_store->query().count(byStatus)));
    QVERIFY(widget.model()->rowCount() > 0);
    QCOMPARE(widget.model()->index(0, FailureLogModel::Status).data().toString(), u"502"_s);
}

void TestFailureLog::kindAndEnvironmentChoices()
{
    FailureLogWidget widget(m_store.get());
    auto *environment = widget.findChild<QComboBox *>(u"logEnvironmentFilter"_s);
    auto *kind = widget.findChild<QComboBox *>(u"logKindFilter"_s);
    QVERIFY(environment && kind);
    // The choices are read in the background.
    QTRY_VERIFY(environment->findText(u"needle-env"_s) > 0);
    QTRY_VERIFY(widget.endpointFilter()->count() > 1);
    const int needle = environment->findText(u"needle-env"_s);
    QCOMPARE(environment->itemData(needle).toString(), u"needle-env"_s);
    environment->setCurrentIndex(needle);
    Q_EMIT environment->activated(needle);
    QTRY_COMPARE(widget.model()->rowCount(), needleRecords);

    // The sandbox's records in both forms are one choice, shown in the interface language.
    QCOMPARE(environment->findText(u"本地沙箱"_s), -1);
    const int sandbox = environment->findText(u"Local sandbox"_s);
    QVERIFY(sandbox > 0);
    QCOMPARE(environment->itemData(sandbox).toString(), u"Local sandbox"_s);
    environment->setCurrentIndex(sandbox);
    Q_EMIT environment->activated(sandbox);
    QTRY_COMPARE(widget.model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(entryWhenRead(*widget.model(), row));
        QCOMPARE(widget.model()->index(row, FailureLogModel::Environment).data().toString(),
            u"Local sandbox"_s);
    }
    // In Chinese the same choice stays selected, under its Chinese name.
    Translations::install(Language::Chinese);
    QTRY_COMPARE(environment->currentText(), u"本地沙箱"_s);
    QCOMPARE(environment->findText(u"Local sandbox"_s), -1);
    Translations::install(Language::English);
    QTRY_COMPARE(environment->currentText(), u"Local sandbox"_s);
    QCOMPARE(widget.model()->rowCount(), 3);

    environment->setCurrentIndex(0);
    const int timeout = kind->findData(u"timeout"_s);
    QVERIFY(timeout > 0);
    kind->setCurrentIndex(timeout);
    Q_EMIT kind->activated(timeout);
    LogFilter timeouts;
    timeouts.kinds = { CallRecord::Kind::Timeout };
    QTRY_COMPARE(widget.model()->rowCount(), int(m_store->query().count(timeouts)));
    QCOMPARE(widget.model()->index(0, FailureLogModel::Kind).data().toString(), u"Timeout"_s);
}

void TestFailureLog::groupByCodeCountsAndFilters()
{
    FailureLogWidget widget(m_store.get());
    widget.resize(1000, 700);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.codeTable()->isVisible());
    widget.setGroupByCode(true);
    QVERIFY(widget.codeTable()->isVisible());
    CodeCountModel *groups = widget.codeCounts();
    QAbstractItemModelTester tester(groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<LogQuery::Count> counts = m_store->query().countsByCode({});
    QTRY_COMPARE(groups->rowCount(), counts.size());
    QCOMPARE(
        groups->index(0, CodeCountModel::Code).data(CodeCountModel::CodeRole), counts.first().key);
    QCOMPARE(groups->index(0, CodeCountModel::Count).data().toString(),
        QString::number(counts.first().count));
    QVERIFY(!groups->index(0, CodeCountModel::Message).data().toString().isEmpty());

    // Picking a group filters the log by its code; the other groups stay listed.
    const QModelIndex second = groups->index(1, CodeCountModel::Code);
    const QRect cell = widget.codeTable()->visualRect(second);
    QTest::mouseClick(widget.codeTable()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(widget.filter().codes, QList<int> { counts.at(1).key.toInt() });
    QTRY_COMPARE(widget.model()->rowCount(), int(counts.at(1).count));
    QTRY_COMPARE(groups->rowCount(), counts.size());
}

void TestFailureLog::detailShowsDecodedErrorWithoutSecrets()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    QTest::keyClicks(widget.textFilter(), u"needle"_s);
    QTRY_COMPARE(widget.model()->rowCount(), needleRecords);
    widget.table()->setCurrentIndex(widget.model()->index(0, 0));
    const LogEntry entry = *widget.model()->entry(0);
    // The call is read on the reader thread.
    QTRY_VERIFY(widget.detail()->toPlainText().contains(entry.zh));
    const QString text = widget.detail()->toPlainText();
    QVERIFY2(text.contains(entry.zh), qPrintable(text));
    QVERIFY(text.contains(entry.en));
    QVERIFY(text.contains(u"4031003"_s));
    QVERIFY(text.contains(u"Request"_s));
    QVERIFY(text.contains(u"Response"_s));
    QVERIFY(text.contains(u"[REDACTED]"_s));
    QVERIFY(!text.contains(QString::fromLatin1(sentinel)));
    QVERIFY(!widget.detail()->toHtml().contains(QString::fromLatin1(sentinel)));
    // The call's time as the table shows it (ISO), not in the locale's short format.
    const QString shownTime = widget.model()->index(0, FailureLogModel::Time).data().toString();
    QVERIFY2(text.contains(shownTime), qPrintable(shownTime + u" / "_s + text));
}

void TestFailureLog::openInConsoleCarriesRecord()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    auto *open = widget.findChild<QPushButton *>(u"logOpenInConsole"_s);
    QVERIFY(open);
    QVERIFY(!open->isEnabled());
    QSignalSpy spy(&widget, &FailureLogWidget::openInConsole);
    QTRY_VERIFY(widget.model()->rowCount() > 3);
    widget.table()->setCurrentIndex(widget.model()->index(3, 0));
    QVERIFY(!open->isEnabled()); // until the call has been read
    QTRY_VERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    const auto record = spy.first().first().value<CallRecord>();
    const LogEntry entry = *widget.model()->entry(3);
    QCOMPARE(record.method, entry.method);
    QCOMPARE(record.url.toString(QUrl::FullyEncoded), entry.url);
    QCOMPARE(record.environment, entry.environment);
}

void TestFailureLog::showCodeFromBrowser()
{
    FailureLogWidget widget(m_store.get());
    QTest::keyClicks(widget.textFilter(), u"something else"_s);
    widget.showCode(4031003);
    LogFilter byCode;
    byCode.codes = { 4031003 };
    QCOMPARE(widget.filter(), byCode);
    QTRY_COMPARE(widget.model()->rowCount(), int(m_store->query().count(byCode)));
    QVERIFY(widget.textFilter()->text().isEmpty());
}

void TestFailureLog::chartPaintsBars()
{
    FailureChartWidget chart(m_store.get());
    QSignalSpy updated(&chart, &FailureChartWidget::updated);
    chart.setFilter({});
    QVERIFY(chart.isPending());
    QTRY_COMPARE(updated.size(), 1);
    QVERIFY(!chart.isPending());
    qint64 inBuckets = 0;
    for (const LogQuery::Bucket &bucket : chart.buckets())
        inBuckets += bucket.count;
    QCOMPARE(chart.buckets().size(), FailureChartWidget::bucketCount);
    QCOMPARE(inBuckets, m_store->query().count({}));
    QVERIFY(!chart.codes().isEmpty());
    chart.resize(640, 180);
    const QImage image = chart.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(barPixels(chart, image) > 500);
}

void TestFailureLog::chartFollowsADarkPalette()
{
    FailureChartWidget chart(m_store.get());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    chart.setPalette(dark);
    chart.setAutoFillBackground(true);
    chart.setFilter({});
    QTRY_VERIFY(!chart.isPending());
    chart.resize(640, 180);
    const QImage image = chart.grab().toImage();
    QVERIFY(pixelsOf(image, dark.color(QPalette::Highlight)) > 500);
    // Labels in the palette's text colour: nothing is drawn in black on the dark background.
    QVERIFY(pixelsOf(image, dark.color(QPalette::WindowText)) > 0);
    QCOMPARE(pixelsOf(image, Qt::black), 0);
}

void TestFailureLog::chartOfEmptyLogHasNoBars()
{
    FailureChartWidget chart(m_store.get());
    LogFilter nothing;
    nothing.text = u"no call has this text"_s;
    chart.setFilter(nothing);
    QTRY_VERIFY(!chart.isPending());
    QVERIFY(chart.buckets().isEmpty());
    chart.resize(640, 180);
    const QImage image = chart.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(barPixels(chart, image), 0);
}

void TestFailureLog::anEmptyTableSaysWhyAndShowsTheFocus()
{
    // A log with no failures: Tab from Export reaches the table, which says why it is empty
    // and shows the focus; a filter that matches nothing says so; a row hides the text.
    QTemporaryDir dir;
    FailureStore store(dir.filePath(u"fresh.sqlite"_s));
    QVERIFY(store.open().ok);
    FailureLogWidget widget(&store);
    widget.resize(1000, 600);
    widget.show();
    QApplication::setActiveWindow(&widget);
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    PlaceholderTableView *table = widget.table();
    QTRY_VERIFY(!widget.model()->isSearching());
    QCOMPARE(widget.model()->rowCount(), 0);
    QVERIFY(table->showsPlaceholder());
    QVERIFY2(table->placeholderText().startsWith(u"No failures recorded yet"_s),
        qPrintable(table->placeholderText()));
    const auto image = [table] { return xlink::test::viewportImage(table); };
    const QImage unfocused = image();
    QImage blank(unfocused.size(), unfocused.format());
    blank.fill(table->palette().color(QPalette::Base));
    QVERIFY(unfocused != blank);

    auto *exportButton = widget.findChild<QPushButton *>(u"logExport"_s);
    QVERIFY(exportButton);
    exportButton->setFocus(Qt::TabFocusReason);
    for (int presses = 0; presses < 5 && !table->hasFocus(); ++presses)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(table->hasFocus());
    const QImage focused = image();
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY(focused != unfocused);
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
    QCOMPARE(image(), unfocused);

    QTest::keyClicks(widget.textFilter(), u"no call has this"_s);
    QTest::keyClick(widget.textFilter(), Qt::Key_Return);
    QTRY_COMPARE(table->placeholderText(), u"No failures match these filters."_s);
    widget.textFilter()->clear();
    QTest::keyClick(widget.textFilter(), Qt::Key_Return);
    QTRY_VERIFY(table->placeholderText().startsWith(u"No failures recorded yet"_s));

    store.append(SampleCalls::timeout(m_base));
    QTRY_COMPARE(widget.model()->rowCount(), 1);
    QVERIFY(!table->showsPlaceholder());
    const QImage withRow = image();
    table->setPlaceholderText(QString());
    QCOMPARE(image(), withRow);
}

void TestFailureLog::newRecordsAppear()
{
    QTemporaryDir dir;
    FailureStore store(dir.filePath(u"fresh.sqlite"_s));
    QVERIFY(store.open().ok);
    FailureLogWidget widget(&store);
    QCOMPARE(widget.model()->rowCount(), 0);
    store.append(SampleCalls::timeout(m_base));
    store.append(SampleCalls::platform(m_base.addSecs(1), 4041011));
    QTRY_COMPARE(widget.model()->rowCount(), 2);
    QCOMPARE(widget.model()->index(0, FailureLogModel::Code).data().toString(), u"4041011"_s);
}

// A steady stream (a load test, a replay) must not hold the view back until it stops.
void TestFailureLog::recordsAppearDuringAStream()
{
    QTemporaryDir dir;
    FailureStore store(dir.filePath(u"stream.sqlite"_s));
    QVERIFY(store.open().ok);
    FailureLogWidget widget(&store);
    // One record every 50 ms, without a pause for as long as the test waits: rows must show
    // while it goes on, not once it stops.
    int sent = 0;
    QTimer stream;
    stream.setInterval(50);
    connect(&stream, &QTimer::timeout, this,
        [&] { store.append(SampleCalls::timeout(m_base.addSecs(sent++))); });
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(widget.model()->rowCount() > 0, 10000);
    QVERIFY(stream.isActive());
    stream.stop();
    QTRY_COMPARE(widget.model()->rowCount(), sent);
}

void TestFailureLog::brokenAnswersSayWhatHappened()
{
    QTemporaryDir dir;
    FailureStore store(dir.filePath(u"broken.sqlite"_s));
    QVERIFY(store.open().ok);
    // What the sandbox's drop fault leaves: a status line, then the connection closed.
    CallRecord dropped = SampleCalls::network(m_base);
    dropped.httpStatus = 200;
    dropped.errorText = u"The connection closed after 10 of 20 bytes announced."_s;
    CallRecord refused = SampleCalls::network(m_base.addSecs(1));
    refused.httpStatus = 0;
    CallRecord malformed = SampleCalls::malformed(m_base.addSecs(2));
    malformed.httpStatus = 200;
    for (const CallRecord &call : { dropped, refused, malformed })
        store.append(call);
    store.flush();
    FailureLogWidget widget(&store);
    widget.show();
    QTRY_COMPARE(widget.model()->rowCount(), 3);
    const auto status = [&widget](int row) {
        return widget.model()->index(row, FailureLogModel::Status).data().toString();
    };
    // Newest first: malformed, refused, dropped.
    QCOMPARE(status(0), u"200"_s);
    QCOMPARE(status(1), u"—"_s);
    QCOMPARE(status(2), u"200, incomplete"_s);
    auto *open = widget.findChild<QPushButton *>(u"logOpenInConsole"_s);
    const auto title = [&widget, open](int row) {
        widget.table()->setCurrentIndex(widget.model()->index(row, 0));
        // Shown once read: the button comes with it.
        if (!QTest::qWaitFor([open] { return open->isEnabled(); }, 10000))
            return QString();
        return widget.detail()->toPlainText().section(u'\n', 0, 0);
    };
    QCOMPARE(title(0), u"Malformed body in an HTTP 200 answer"_s);
    QCOMPARE(title(1), u"Network error"_s);
    QCOMPARE(title(2), u"Network error · HTTP 200 arrived, but not the whole answer"_s);
    QVERIFY(widget.detail()->toPlainText().contains(u"HTTP 200 (incomplete)"_s));
}

// Why a call failed is stored as data and said in the language of the moment: after a switch to
// Chinese the detail says it in Chinese, where it used to show the English sentence of the day
// the call was made. A record an earlier build stored with only its sentence still shows it.
void TestFailureLog::storedFailuresAreSaidInTheCurrentLanguage()
{
    QTemporaryDir dir;
    FailureStore store(dir.filePath(u"language.sqlite"_s));
    QVERIFY(store.open().ok);
    CallRecord page = SampleCalls::http(m_base, 502);
    page.errorText.clear();
    page.kind = CallRecord::Kind::Success;
    FailureClassifier::classify(page);
    QCOMPARE(page.kind, CallRecord::Kind::Http);
    QVERIFY(page.errorText.isEmpty());
    CallRecord earlier = SampleCalls::network(m_base.addSecs(1));
    earlier.errorText = u"The connection closed after 10 of 20 bytes announced."_s;
    store.append(page);
    store.append(earlier);
    store.flush();
    FailureLogWidget widget(&store);
    widget.show();
    QTRY_COMPARE(widget.model()->rowCount(), 2);
    auto *open = widget.findChild<QPushButton *>(u"logOpenInConsole"_s);
    const auto detail = [&widget, open](int row) {
        widget.table()->setCurrentIndex(widget.model()->index(row, 0));
        if (!QTest::qWaitFor([open] { return open->isEnabled(); }, 10000))
            return QString();
        return widget.detail()->toPlainText();
    };
    // Newest first: the earlier build's record, then the page.
    QVERIFY2(detail(1).contains(u"Error: HTTP 502 with an HTML page instead of a platform error"),
        qPrintable(widget.detail()->toPlainText()));

    Translations::install(Language::Chinese);
    const auto restore = qScopeGuard([] { Translations::install(Language::English); });
    QTRY_VERIFY2(
        widget.detail()->toPlainText().contains(u"错误：HTTP 502 返回的是 HTML 页面而非平台错误"),
        qPrintable(widget.detail()->toPlainText()));
    QVERIFY(!widget.detail()->toPlainText().contains(u"with an HTML page"));
    const QString tip
        = widget.model()->index(1, FailureLogModel::Message).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"HTTP 502 返回的是 HTML 页面而非平台错误"), qPrintable(tip));
    // What an earlier build stored is shown as it was stored.
    QVERIFY2(detail(0).contains(u"The connection closed after 10 of 20 bytes announced."),
        qPrintable(widget.detail()->toPlainText()));
}

void TestFailureLog::customTimeRange()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    QVERIFY(!widget.fromEdit()->isVisible());
    const int custom = widget.rangeFilter()->findData(LogFilterBar::customRange);
    QVERIFY(custom > 0);
    widget.rangeFilter()->setCurrentIndex(custom);
    Q_EMIT widget.rangeFilter()->activated(custom);
    QVERIFY(widget.fromEdit()->isVisible());
    QVERIFY(widget.untilEdit()->isVisible());
    // The needles' minutes only: from the first one up to a minute later.
    widget.fromEdit()->setDateTime(m_base.addSecs(mixedRecords).toLocalTime());
    widget.untilEdit()->setDateTime(m_base.addSecs(mixedRecords + 60).toLocalTime());
    LogFilter expected;
    expected.since = m_base.addSecs(mixedRecords);
    expected.until = m_base.addSecs(mixedRecords + 60);
    const qint64 count = m_store->query().count(expected);
    QVERIFY(count >= needleRecords);
    QVERIFY(count < m_store->query().count({}));
    QTRY_COMPARE(widget.model()->rowCount(), int(count));
    QCOMPARE(widget.filter().since, expected.since);
    QCOMPARE(widget.filter().until, expected.until);
}

void TestFailureLog::exportPreviewHasNoSecretAndIsWritten()
{
    LogFilter needles;
    needles.environments = { u"needle-env"_s };
    ExportDialog dialog(m_store.get(), needles, {});
    dialog.setFormat(ReportExporter::Format::Json);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 30000);
    const QByteArray bytes = dialog.previewBytes();
    QVERIFY(!bytes.contains(sentinel));
    QVERIFY(!dialog.previewText().contains(QString::fromLatin1(sentinel)));
    QVERIFY(dialog.previewText().contains(u"needle-env"_s));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(u"records"_s).toArray().size(), needleRecords);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.json"_s);
    QSignalSpy saved(&dialog, &ExportDialog::saved);
    dialog.saveTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
    QCOMPARE(saved.first().first().toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestFailureLog::exportEveryFormatWithoutSecrets()
{
    LogFilter needles;
    needles.text = u"needle"_s;
    ExportDialog dialog(m_store.get(), needles, {});
    auto *bom = dialog.findChild<QCheckBox *>(u"exportBom"_s);
    QVERIFY(bom);
    const QList<ReportExporter::Format> formats = { ReportExporter::Format::Markdown,
        ReportExporter::Format::Html, ReportExporter::Format::Csv, ReportExporter::Format::Har,
        ReportExporter::Format::Pdf };
    for (ReportExporter::Format format : formats) {
        dialog.setFormat(format);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 30000);
        const QByteArray bytes = dialog.previewBytes();
        QVERIFY2(!bytes.isEmpty(), qPrintable(ReportExporter::formatName(format)));
        QVERIFY2(!bytes.contains(sentinel), qPrintable(ReportExporter::formatName(format)));
        QVERIFY(!dialog.previewText().contains(QString::fromLatin1(sentinel)));
        if (format == ReportExporter::Format::Pdf) {
            QVERIFY(bytes.startsWith("%PDF"));
            // The preview shows the PDF's pages as its writer paints them.
            QVERIFY(dialog.previewPageCount() >= 2);
            QCOMPARE(dialog.previewPagesShown(),
                qMin(dialog.previewPageCount(), ExportDialog::previewPageLimit));
            static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
            QCOMPARE(int(QString::fromLatin1(bytes).count(page)), dialog.previewPageCount());
        } else
            QVERIFY(dialog.previewText().contains(u"4031003"_s));
        QCOMPARE(bom->isVisibleTo(&dialog), format == ReportExporter::Format::Csv);
    }
    dialog.setFormat(ReportExporter::Format::Csv);
    dialog.setByteOrderMark(true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 30000);
    QVERIFY(dialog.previewBytes().startsWith("\xEF\xBB\xBF"));
}

void TestFailureLog::largePdfSaysWhatItHoldsBeforeItIsPainted()
{
    // More records than the PDF holds: the status says so while the preview is being made,
    // and still beside the page count; the PDF then holds the summary and one page of records.
    LogFilter needles;
    needles.environments = { u"needle-env"_s };
    ExportDialog dialog(m_store.get(), needles, {});
    dialog.setFormat(ReportExporter::Format::Pdf);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 30000);
    QVERIFY(!dialog.statusText().contains(u"first 1 of them"_s));
    const QString plan = ReportText::pdfPlan(needleRecords, 1);
    QVERIFY(!plan.isEmpty());
    dialog.setPdfRecordLimit(1);
    QCOMPARE(dialog.isPreviewReady(), false);
    QTRY_VERIFY(dialog.statusText().contains(plan));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 30000);
    QVERIFY(dialog.statusText().contains(plan));
    QCOMPARE(dialog.previewPageCount(), 2);
}

void TestFailureLog::exportSelectionOnly()
{
    const QList<LogEntry> firstTwo = m_store->query().page({}, 10, 2);
    QCOMPARE(firstTwo.size(), 2);
    const QList<qint64> ids = { firstTwo.at(0).id, firstTwo.at(1).id };
    ExportDialog dialog(m_store.get(), LogFilter(), ids);
    dialog.setSelectionOnly(true);
    QCOMPARE(dialog.scopeFilter().ids, ids);
    dialog.setFormat(ReportExporter::Format::Json);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 30000);
    const QJsonDocument document = QJsonDocument::fromJson(dialog.previewBytes());
    QCOMPARE(document.object().value(u"records"_s).toArray().size(), 2);
}

// Record ids in a JSON report's preview, sorted.
QList<qint64> reportIds(const ExportDialog &dialog)
{
    QList<qint64> ids;
    const QJsonDocument document = QJsonDocument::fromJson(dialog.previewBytes());
    for (const QJsonValue record : document.object().value(u"records"_s).toArray())
        ids << record.toObject().value(u"id"_s).toInteger();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestFailureLog::exportSelectionOfUnloadedRows()
{
    FailureLogWidget widget(m_store.get());
    FailureLogModel *model = widget.model();
    // A small quick count: the page keys are read, so ranges deep down start with a seek.
    model->setQuickCountCap(100);
    widget.refresh();
    QVERIFY(settled(*model));
    QTRY_VERIFY_WITH_TIMEOUT(model->hasPageKeys(), 20000);
    const QList<qint64> all = idsByOffset(*m_store, LogFilter());
    const int total = int(all.size());
    QVERIFY(total > 2000);
    QCOMPARE(model->rowCount(), total);
    const int pages = (total + FailureLogModel::pageSize - 1) / FailureLogModel::pageSize;

    // Ctrl+A over a table whose pages are mostly unread exports the whole filtered set.
    QTest::keyClick(widget.table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(widget.selectedRanges(), (QList<std::pair<int, int>> { { 0, total - 1 } }));
    QVERIFY2(model->cachedPageCount() < pages / 2,
        qPrintable(QString::number(model->cachedPageCount())));
    widget.exportReport();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = widget.findChild<ExportDialog *>()) != nullptr);
    QCOMPARE(dialog->scopeFilter(), widget.filter());
    dialog->setFormat(ReportExporter::Format::Json);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 30000);
    QList<qint64> expected = all;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(reportIds(*dialog), expected);
    delete dialog;

    // Two ranges (a shift-click span and a ctrl-click span), deep in unread pages: exactly
    // their records, in the table's order, through more ids than are bound one by one.
    QItemSelectionModel *selection = widget.table()->selectionModel();
    const int last = FailureLogModel::columnTotal - 1;
    selection->select(QItemSelection(model->index(2380, 0), model->index(2390, last)),
        QItemSelectionModel::ClearAndSelect);
    selection->select(QItemSelection(model->index(450, 0), model->index(2349, last)),
        QItemSelectionModel::Select);
    QCOMPARE(
        widget.selectedRanges(), (QList<std::pair<int, int>> { { 450, 2349 }, { 2380, 2390 } }));
    QVERIFY(model->cachedPageCount() < pages / 2);
    expected = all.mid(450, 1900) + all.mid(2380, 11);
    QVERIFY(expected.size() > LogFilter::maxBoundIds);
    widget.exportReport();
    QTRY_VERIFY((dialog = widget.findChild<ExportDialog *>()) != nullptr);
    QCOMPARE(dialog->scopeFilter().ids, expected);
    dialog->setFormat(ReportExporter::Format::Json);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 30000);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(reportIds(*dialog), expected);
    delete dialog;
}

// Ctrl+A while the summary still says "100+ (counting…)": Export takes the filtered set, and
// the rows the exact count adds are selected too.
void TestFailureLog::selectAllBeforeTheExactCount()
{
    FailureLogWidget widget(m_store.get());
    FailureLogModel *model = widget.model();
    model->setQuickCountCap(100);
    // The exact count is read on the background lane: hold that lane until the selection is made.
    QSemaphore hold;
    bool held = true;
    const auto releaseHold = [&] {
        if (std::exchange(held, false))
            hold.release();
    };
    const auto guard = qScopeGuard(releaseHold); // a failed check must not leave the lane blocked
    QObject context;
    m_store->reader()->read<int>(
        LogReader::Lane::Background, &context, [] { return true; },
        [&hold](const LogQuery &, const std::function<bool()> &) {
            hold.acquire();
            return 0;
        },
        [](int) {});
    widget.refresh();
    QTRY_VERIFY(!model->isSearching());
    QVERIFY(!model->isCountExact());
    QCOMPARE(model->rowCount(), 100);

    QTest::keyClick(widget.table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(widget.selectedRanges(), (QList<std::pair<int, int>> { { 0, 99 } }));
    widget.exportReport();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = widget.findChild<ExportDialog *>()) != nullptr);
    QCOMPARE(dialog->scopeFilter(), widget.filter());
    delete dialog;

    releaseHold();
    QTRY_VERIFY_WITH_TIMEOUT(model->isCountExact(), 20000);
    const int total = int(m_store->query().count(widget.filter()));
    QVERIFY(total > 100);
    QCOMPARE(model->rowCount(), total);
    QCOMPARE(widget.selectedRanges(), (QList<std::pair<int, int>> { { 0, total - 1 } }));
}

void TestFailureLog::codeBrowserShowsSeenCountAndLinks()
{
    CodeBrowserWidget browser;
    browser.setCatalogue(std::make_shared<const ErrorCatalogue>(ErrorCatalogue::builtin()));
    QVERIFY(browser.selectCode(4031003));
    QVERIFY(!browser.detailView()->toPlainText().contains(u"failure log"_s));
    browser.setSeenCount(SeenCountReader::forStore(m_store.get()));
    const qint64 seen = m_store->query().seenCount(4031003);
    QVERIFY(seen > needleRecords);
    QTRY_VERIFY2(browser.detailView()->toPlainText().contains(u"Seen %1 time"_s.arg(seen)),
        qPrintable(browser.detailView()->toPlainText()));
    QVERIFY(browser.detailView()->toHtml().contains(u"xlink-log:4031003"_s));
    QSignalSpy follow(&browser, &CodeBrowserWidget::showInFailureLog);
    Q_EMIT browser.detailView()->anchorClicked(QUrl(u"xlink-log:4031003"_s));
    QCOMPARE(follow.size(), 1);
    QCOMPARE(follow.first().first().toInt(), 4031003);

    // A code the log has never seen (no sample call uses it) says so, without a link; its
    // code shows at once, the previous code's count does not stay meanwhile.
    QCOMPARE(m_store->query().seenCount(4001001), 0);
    QVERIFY(browser.selectCode(4001001));
    QVERIFY(!browser.detailView()->toPlainText().contains(u"Seen %1 time"_s.arg(seen)));
    QTRY_VERIFY(browser.detailView()->toPlainText().contains(u"Not seen in the failure log."_s));
    QVERIFY(!browser.detailView()->toHtml().contains(u"xlink-log:"_s));
}

void TestFailureLog::seenCountFollowsQuickSelection()
{
    CodeBrowserWidget browser;
    browser.setCatalogue(std::make_shared<const ErrorCatalogue>(ErrorCatalogue::builtin()));
    browser.setSeenCount(SeenCountReader::forStore(m_store.get()));
    // The codes the log has, with different counts, and the catalogue knows.
    QList<LogQuery::Count> codes;
    for (const LogQuery::Count &count : m_store->query().countsByCode(LogFilter())) {
        const int code = count.key.toInt();
        if (ErrorCatalogue::builtin().find(code)
            && std::none_of(codes.cbegin(), codes.cend(),
                [&](const LogQuery::Count &other) { return other.count == count.count; }))
            codes << count;
    }
    // And one it has never seen.
    QCOMPARE(m_store->query().seenCount(4001001), 0);
    codes << LogQuery::Count { 4001001, 0 };
    QVERIFY2(codes.size() >= 3, qPrintable(QString::number(codes.size())));
    const auto seenText = [](qint64 seen) {
        return seen > 0 ? u"Seen %1 time"_s.arg(seen) : u"Not seen in the failure log."_s;
    };
    for (int round = 0; round < 3; ++round) {
        // Selected one after another with no time for the counts to come in between: only
        // the last code's count may show, however the reads before it end.
        for (const LogQuery::Count &count : std::as_const(codes))
            QVERIFY(browser.selectCode(count.key.toInt()));
        const LogQuery::Count &last = codes.constLast();
        QCOMPARE(browser.currentEntry()->code, last.key.toInt());
        QCOMPARE(m_store->query().seenCount(last.key.toInt()), last.count);
        QTRY_VERIFY2(browser.detailView()->toPlainText().contains(seenText(last.count)),
            qPrintable(browser.detailView()->toPlainText()));
        // Reads queued now on both lanes arrive after every count read before them.
        QVERIFY(readersCaughtUp(*m_store));
        QVERIFY(browser.detailView()->toPlainText().contains(seenText(last.count)));
        for (const LogQuery::Count &other : std::as_const(codes)) {
            if (other.count != last.count)
                QVERIFY(!browser.detailView()->toPlainText().contains(seenText(other.count)));
        }
        std::rotate(codes.begin(), codes.begin() + 1, codes.end());
    }

    // New records of the shown code: the count is read again.
    const int code = 4031003;
    QVERIFY(browser.selectCode(code));
    const qint64 before = m_store->query().seenCount(code);
    m_store->append(SampleCalls::platform(m_base.addDays(2), code, u"seen-env"_s, sentinel));
    m_store->flush();
    browser.refreshSeenCount();
    QTRY_VERIFY2(browser.detailView()->toPlainText().contains(seenText(before + 1)),
        qPrintable(browser.detailView()->toPlainText()));
}

QTEST_MAIN(TestFailureLog)
#include "TestFailureLog.moc"
