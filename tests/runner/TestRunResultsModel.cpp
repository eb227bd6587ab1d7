// The run view's model fed as the runner feeds it (started, then finished, per request), under
// QAbstractItemModelTester: a row per request in run order, rows added one at a time (never a
// reset while a run goes on), the counts the progress line shows, the platform code with the
// catalogue's Chinese and English messages, and which rows "Re-run Failed" takes.
#include "RunResultsModel.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;
using Outcome = RequestRunResult::Outcome;

namespace {

RequestRunResult request(int index, const QString &name)
{
    RequestRunResult result;
    result.index = index;
    result.ref = { 0, index };
    result.file = u"run.http"_s;
    result.line = 1 + index * 5;
    result.name = name;
    result.method = u"GET"_s;
    result.url = u"{{baseUrl}}/v2/products"_s;
    return result;
}

RequestRunResult answered(RequestRunResult result, Outcome outcome, int status)
{
    result.outcome = outcome;
    result.sent = true;
    result.httpStatus = status;
    result.durationMs = 12;
    return result;
}

} // namespace

class TestRunResultsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aRowPerRequestInRunOrderWithTheCounts();
    void rowsAreAddedOneAtATimeNeverReset();
    void platformCodeInBothLanguages();
    void reRunTakesOnlyFailedAndErroredRows();
    void aNewRunStartsWithNoRows();

private:
    std::unique_ptr<RunResultsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRunResultsModel::initTestCase()
{
    Translations::install(Language::English);
}

void TestRunResultsModel::init()
{
    m_model = std::make_unique<RunResultsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRunResultsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestRunResultsModel::aRowPerRequestInRunOrderWithTheCounts()
{
    m_model->begin(4);
    QVERIFY(m_model->isRunning());
    m_model->started(request(0, u"login"_s));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, RunResultsModel::OutcomeColumn).data().toString(), u"Running…"_s);
    QCOMPARE(m_model->counts().finished, 0);
    m_model->finished(answered(request(0, u"login"_s), Outcome::Passed, 200));
    m_model->started(request(1, u"products"_s));
    m_model->finished(answered(request(1, u"products"_s), Outcome::AssertionFailed, 200));
    m_model->started(request(2, u"device"_s));
    RequestRunResult skipped = request(2, u"device"_s);
    skipped.outcome = Outcome::Unresolved;
    skipped.unresolved.append({ u"missing.id"_s, UnresolvedVariable::Reason::Undefined });
    m_model->finished(skipped);

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0, RunResultsModel::RequestColumn).data().toString(), u"login"_s);
    QCOMPARE(m_model->index(1, RunResultsModel::RequestColumn).data().toString(), u"products"_s);
    QCOMPARE(m_model->index(0, RunResultsModel::OutcomeColumn).data().toString(), u"Passed"_s);
    QCOMPARE(m_model->index(1, RunResultsModel::OutcomeColumn).data().toString(), u"Failed"_s);
    QCOMPARE(m_model->index(2, RunResultsModel::OutcomeColumn).data().toString(), u"Skipped"_s);
    QCOMPARE(m_model->index(1, RunResultsModel::StatusColumn).data().toInt(), 200);
    QCOMPARE(m_model->index(1, RunResultsModel::TimeColumn).data().toString(), u"12 ms"_s);
    QVERIFY(m_model->index(2, RunResultsModel::TimeColumn).data().toString().isEmpty());
    // The reason a request was skipped, where the pointer rests on its result.
    QVERIFY(m_model->index(2, RunResultsModel::OutcomeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"missing.id"));
    const RunResultsModel::Counts counts = m_model->counts();
    QCOMPARE(counts.planned, 4);
    QCOMPARE(counts.finished, 3);
    QCOMPARE(counts.passed, 1);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.skipped, 1);

    RunSummary summary;
    summary.planned = 4;
    summary.cancelled = true;
    m_model->end(summary);
    QVERIFY(!m_model->isRunning());
}

void TestRunResultsModel::rowsAreAddedOneAtATimeNeverReset()
{
    m_model->begin(200);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    for (int index = 0; index < 200; ++index) {
        m_model->started(request(index, u"r%1"_s.arg(index)));
        m_model->finished(answered(request(index, u"r%1"_s.arg(index)), Outcome::Passed, 200));
    }
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 200);
    QCOMPARE(changed.size(), 200);
    // Each change names its own row only: a view repaints that row, nothing else.
    for (int index = 0; index < 200; ++index) {
        QCOMPARE(changed.at(index).at(0).toModelIndex().row(), index);
        QCOMPARE(changed.at(index).at(1).toModelIndex().row(), index);
    }
    QCOMPARE(m_model->counts().passed, 200);
}

void TestRunResultsModel::platformCodeInBothLanguages()
{
    m_model->begin(1);
    RequestRunResult result = answered(request(0, u"device"_s), Outcome::ErrorAnswer, 404);
    result.platformCode = u"4041008"_s;
    result.record.platformError = PlatformError { 4041008, u"4041008"_s, false, u"not found"_s };
    m_model->finished(result);
    const QString text = m_model->index(0, RunResultsModel::CodeColumn).data().toString();
    QVERIFY2(text.startsWith(u"4041008"), qPrintable(text));
    QVERIFY2(text.contains(u"设备不存在"), qPrintable(text));
    QVERIFY2(text.contains(u"Device does not exist"), qPrintable(text));
    QCOMPARE(
        m_model->index(0, RunResultsModel::OutcomeColumn).data().toString(), u"Error answer"_s);
    QVERIFY(m_model->index(0, 0).data(RunResultsModel::ProblemRole).toBool());
}

void TestRunResultsModel::reRunTakesOnlyFailedAndErroredRows()
{
    const QList<Outcome> outcomes { Outcome::Passed, Outcome::AssertionFailed, Outcome::ErrorAnswer,
        Outcome::NoAnswer, Outcome::Unresolved, Outcome::Cancelled };
    m_model->begin(int(outcomes.size()));
    for (int index = 0; index < outcomes.size(); ++index)
        m_model->finished(answered(request(index, u"r%1"_s.arg(index)), outcomes.at(index), 200));
    QList<int> failed;
    for (const RequestRunResult &result : m_model->failedResults())
        failed.append(result.index);
    QCOMPARE(failed, (QList<int> { 1, 2, 3 }));
    QCOMPARE(m_model->counts().failed, 3);
    QCOMPARE(m_model->counts().cancelled, 1);
}

void TestRunResultsModel::aNewRunStartsWithNoRows()
{
    m_model->begin(1);
    m_model->finished(answered(request(0, u"r0"_s), Outcome::AssertionFailed, 200));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->begin(2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->counts().failed, 0);
    QCOMPARE(m_model->counts().planned, 2);
    // A result of the run before (a late signal) is not taken as this run's.
    m_model->finished(answered(request(5, u"late"_s), Outcome::Passed, 200));
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRunResultsModel)
#include "TestRunResultsModel.moc"
