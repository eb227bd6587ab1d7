// SIGKILL in the middle of a burst: a separate process (load-recorder) sends calls with 16 in
// flight and records them as the console does, printing each id once its transaction has
// committed. Killed mid-burst, three times over on the same file, the failure log must pass
// PRAGMA integrity_check, open without being moved aside, and hold every acknowledged record
// (each one a call of the burst, none stored twice).
#include "CallBurst.h"
#include "LogDatabase.h"
#include "LogQuery.h"
#include "SandboxServer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace xlink {

class TestKillDuringLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killMidBurstKeepsEveryCommittedRecord();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

void TestKillDuringLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
}

void TestKillDuringLoad::killMidBurstKeepsEveryCommittedRecord()
{
    const QString path = m_dir.filePath(u"failure-log.sqlite"_s);
    qint64 survived = 0;
    for (int round = 0; round < 3; ++round) {
        const QString tag = u"Load %1"_s.arg(round);
        QProcess recorder;
        QByteArray output;
        connect(&recorder, &QProcess::readyReadStandardOutput, this,
            [&] { output += recorder.readAllStandardOutput(); });
        // Far more calls than it gets to send before the kill.
        recorder.start(QStringLiteral(XLINK_BIN_DIR "/../tests/load-recorder"),
            { path, m_sandbox->url().toString(), u"1000000"_s, tag });
        QVERIFY2(recorder.waitForStarted(), qPrintable(recorder.errorString()));
        const int wanted = 150 + 100 * round;
        // The sandbox answers from this thread's event loop meanwhile.
        QTRY_VERIFY2_WITH_TIMEOUT(
            output.count('\n') >= wanted || recorder.state() != QProcess::Running,
            qPrintable(QString::fromUtf8(recorder.readAllStandardError())), 60'000);
        QCOMPARE(recorder.state(), QProcess::Running);
        ::kill(pid_t(recorder.processId()), SIGKILL);
        QVERIFY(recorder.waitForFinished(10'000));
        QCOMPARE(recorder.exitStatus(), QProcess::CrashExit);
        output += recorder.readAllStandardOutput();
        QList<qint64> acknowledged;
        // Only whole lines: a line cut by the kill was never acknowledged.
        const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            bool ok = false;
            acknowledged.append(line.toLongLong(&ok));
            QVERIFY2(ok, line.constData());
        }
        QVERIFY(acknowledged.size() >= wanted);

        LogDatabase database(path);
        const LogDatabase::OpenResult opened = database.open();
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QVERIFY2(opened.movedAsideTo.isEmpty(), qPrintable(opened.movedAsideTo));
        QCOMPARE(database.integrityCheck(), u"ok"_s);
        const LogQuery query(database.db());
        int acknowledgedCalls = 0;
        for (const qint64 id : std::as_const(acknowledged)) {
            const std::optional<StoredCall> stored = query.call(id);
            QVERIFY2(stored, qPrintable(u"acknowledged record %1 is missing"_s.arg(id)));
            // A call of the burst, or the login before it.
            QVERIFY2(test::CallBurst::seqOf(stored->entry.url) >= 0
                    || stored->call.purpose == CallRecord::Purpose::Login,
                qPrintable(stored->entry.url));
            if (stored->call.purpose == CallRecord::Purpose::Request)
                ++acknowledgedCalls;
        }
        // Each call of this round's burst is stored at most once: the kill may leave calls
        // that were never written, never one written twice.
        LogFilter thisRound;
        thisRound.failuresOnly = false;
        thisRound.environments = { tag };
        QHash<int, int> perSeq;
        QVERIFY(query.forEach(thisRound, false, [&](const StoredCall &stored) {
            if (stored.call.purpose == CallRecord::Purpose::Request)
                ++perSeq[test::CallBurst::seqOf(stored.entry.url)];
            return true;
        }));
        QVERIFY(perSeq.size() >= acknowledgedCalls);
        for (auto it = perSeq.cbegin(); it != perSeq.cend(); ++it)
            QVERIFY2(it.key() >= 0 && it.value() == 1,
                qPrintable(u"call %1 stored %2 times"_s.arg(it.key()).arg(it.value())));
        for (const qint64 id : std::as_const(acknowledged))
            QCOMPARE(query.call(id)->entry.environment, tag);
        survived += acknowledged.size();
    }
    qInfo("%lld acknowledged records survived three SIGKILLs", survived);
}

} // namespace xlink

QTEST_GUILESS_MAIN(xlink::TestKillDuringLoad)
#include "TestKillDuringLoad.moc"
