// A report taken while another process records calls is one snapshot: its summary counts
// exactly the records it lists. The writer commits between the summary and the records on
// purpose, every time.
#include "FailureStore.h"
#include "LogDatabase.h"
#include "SampleCalls.h"
#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestReportSnapshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryMatchesRecordsWhileAnotherProcessWrites();

private:
    // Blocks until the writer has confirmed `more` further commits.
    bool waitForCommits(QProcess &writer, int more);
    qint64 m_confirmed = 0;
    QByteArray m_pending;
};

bool TestReportSnapshot::waitForCommits(QProcess &writer, int more)
{
    const qint64 target = m_confirmed + more;
    while (m_confirmed < target) {
        if (writer.state() != QProcess::Running
            || (!writer.bytesAvailable() && !writer.waitForReadyRead(30'000)))
            return false;
        m_pending += writer.readAllStandardOutput();
        m_confirmed += m_pending.count('\n');
        m_pending = m_pending.mid(m_pending.lastIndexOf('\n') + 1);
    }
    return true;
}

void TestReportSnapshot::summaryMatchesRecordsWhileAnotherProcessWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.path() + u"/log.sqlite"_s;
    {
        FailureStore store(path, test::SampleCalls::keepEverything());
        QVERIFY(store.open().ok);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.record(test::SampleCalls::platform(QDateTime::currentDateTimeUtc())) > 0);
    }
    QProcess writer;
    writer.start(
        QStringLiteral(XLINK_BIN_DIR "/../tests/failurelog-writer"), { path, u"0"_s, u"writer"_s });
    QVERIFY(writer.waitForStarted());
    QVERIFY(waitForCommits(writer, 1));

    LogFilter filter;
    filter.failuresOnly = false;
    for (int round = 0; round < 10; ++round) {
        LogDatabase database(path);
        QVERIFY(database.open(LogDatabase::Check::Connect).ok);
        const LogQuery query(database.db());
        const Report report = ReportBuilder::build(query, filter);
        // Calls recorded after the summary was counted: not in this report.
        QVERIFY(waitForCommits(writer, 2));
        QString error;
        const QByteArray json
            = ReportExporter::preview(report, ReportExporter::Format::Json, {}, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        const QJsonObject document = QJsonDocument::fromJson(json).object();
        const qint64 total = document[u"summary"][u"total"].toInteger();
        const qsizetype records = document[u"records"].toArray().size();
        QVERIFY(total >= 5);
        QCOMPARE(records, total);
        QCOMPARE(report.summary.total, total);
    }
    writer.kill();
    writer.waitForFinished();
}

QTEST_GUILESS_MAIN(TestReportSnapshot)
#include "TestReportSnapshot.moc"
