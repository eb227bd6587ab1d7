// The path of one call, driven as a runner would on a QCoreApplication, against the sandbox on
// 127.0.0.1: each exchange (logins included) lands in the failure log once, redacted once,
// classified and decoded, and the caller gets its result from the event loop.
#include "ApiClient.h"
#include "CallHistory.h"
#include "CallPipeline.h"
#include "CallTicket.h"
#include "FailureStore.h"
#include "SandboxServer.h"
#include "Session.h"
#include "call/RedactedCall.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

const QByteArray sentinel = "Vx4-PIPELINE-secret-2209";

ApiRequest request(const QByteArray &method, const QString &target, const QByteArray &body = {})
{
    ApiRequest r;
    r.method = method;
    r.target = target;
    r.body = body;
    return r;
}

} // namespace

class TestCallPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void callLandsInTheLogOnceRedactedOnceClassifiedDecoded();
    void tokenRenewalRecordsEachExchangeOnce();
    void nowOrKeepWritesAtOnce();
    void batchedRecordsGoToTheLogTogether();
    void batchedRecordsGoAfterTheDelay();
    void variablesArePutInBeforeSending();
    void ticketFinishesFromTheEventLoop();

private:
    CallResult sendAndWait(const ApiRequest &request, const VariableMap &variables = {});
    void expectNoSentinelInLogFiles();

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FailureStore> m_log;
    std::unique_ptr<CallPipeline> m_pipeline;
};

void TestCallPipeline::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
}

void TestCallPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_log = std::make_unique<FailureStore>(m_dir->filePath(u"failure-log.sqlite"_s));
    QVERIFY(m_log->open().ok);
    m_pipeline = std::make_unique<CallPipeline>();
    Environment environment;
    environment.id = u"sandbox-test"_s;
    environment.name = u"Sandbox under test"_s;
    environment.baseUrl = m_sandbox->url();
    environment.timeoutMs = 10000;
    m_pipeline->client()->setEnvironment(environment);
    m_pipeline->setFailureLog(m_log.get());
}

void TestCallPipeline::cleanup()
{
    m_pipeline.reset();
    m_log.reset();
    m_dir.reset();
}

CallResult TestCallPipeline::sendAndWait(const ApiRequest &request, const VariableMap &variables)
{
    CallTicket *ticket = m_pipeline->send(request, variables);
    QSignalSpy finished(ticket, &CallTicket::finished);
    if (!finished.wait(15000))
        return {};
    return finished.first().first().value<CallResult>();
}

void TestCallPipeline::expectNoSentinelInLogFiles()
{
    for (const QFileInfo &info : QDir(m_dir->path()).entryInfoList(QDir::Files)) {
        QFile file(info.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(sentinel), qPrintable(info.fileName()));
    }
}

void TestCallPipeline::callLandsInTheLogOnceRedactedOnceClassifiedDecoded()
{
    QSignalSpy recorded(m_pipeline.get(), &CallPipeline::recorded);
    const quint64 redactionsBefore = RedactedCall::redactionCount();
    // A login with a wrong password (the sentinel): a platform error in the body.
    const CallResult result = sendAndWait(request("POST", u"/v2/corp_auth"_s,
        R"({"account":"dev@example.com","password":")" + sentinel + R"("})"));

    // Classified and decoded, in the result the caller gets.
    QCOMPARE(result.record.kind, CallRecord::Kind::Platform);
    QVERIFY(result.record.platformError);
    QVERIFY(result.record.platformError->code != 0);
    QCOMPARE(result.record.bodyShape, ErrorBodyDecoder::Shape::PlatformError);
    QVERIFY(!result.replayed);
    // Redacted: the result, the history and the log hold no secret.
    QVERIFY(!result.record.requestBody.contains(sentinel));
    QVERIFY(result.record.requestBody.contains("[REDACTED]"));
    QCOMPARE(m_pipeline->history()->size(), 1);
    QVERIFY(!m_pipeline->history()->at(0).requestBody.contains(sentinel));

    // One exchange, announced once and redacted once: the history and the log took it as it
    // was, without redacting it again.
    QCOMPARE(recorded.size(), 1);
    m_log->flush();
    QCOMPARE(RedactedCall::redactionCount() - redactionsBefore, quint64(1));

    // In the log once, as classified, with its code described.
    const LogQuery query = m_log->query();
    LogFilter everything;
    everything.failuresOnly = false;
    QCOMPARE(query.count(everything), 1);
    const QList<LogEntry> rows = query.page(everything, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().code, result.record.platformError->code);
    QVERIFY(!rows.first().en.isEmpty());
    const auto stored = query.call(rows.first().id);
    QVERIFY(stored);
    QCOMPARE(stored->call.kind, CallRecord::Kind::Platform);
    QCOMPARE(stored->call.requestBody, result.record.requestBody);
    expectNoSentinelInLogFiles();
}

void TestCallPipeline::tokenRenewalRecordsEachExchangeOnce()
{
    // Logged in, then the token is refused once: the call, the renewal and the replay are
    // exchanges of their own, each recorded once.
    Session *session = m_pipeline->session();
    session->setCredentials(
        { Environment::LoginKind::EnterpriseMember, u"dev@example.com"_s, u"sandbox123"_s, {} });
    QSignalSpy loggedIn(session, &Session::loginFinished);
    session->login();
    QVERIFY(loggedIn.wait(15000));
    QVERIFY(session->isLoggedIn());

    // Another client holding the same tokens refreshes them: this one's token is superseded.
    ApiClient other;
    other.setEnvironment(m_pipeline->client()->environment());
    other.session()->setCredentials(session->credentials());
    other.session()->restore(session->tokens());
    QSignalSpy otherRefreshed(other.session(), &Session::refreshFinished);
    other.session()->refreshNow();
    QVERIFY(otherRefreshed.wait(10000));

    QSignalSpy recorded(m_pipeline.get(), &CallPipeline::recorded);
    const quint64 redactionsBefore = RedactedCall::redactionCount();
    const CallResult result = sendAndWait(request("GET", u"/v2/corp"_s));
    QVERIFY(result.replayed);
    QCOMPARE(result.record.kind, CallRecord::Kind::Success);
    QCOMPARE(result.record.purpose, CallRecord::Purpose::Replay);
    m_log->flush();
    QVERIFY(recorded.size() >= 3);
    QCOMPARE(RedactedCall::redactionCount() - redactionsBefore, quint64(recorded.size()));
    LogFilter everything;
    everything.failuresOnly = false;
    // The login before, and each exchange of the call.
    QCOMPARE(m_log->query().count(everything), 1 + recorded.size());
    QCOMPARE(m_pipeline->history()->size(), 1 + recorded.size());
}

void TestCallPipeline::nowOrKeepWritesAtOnce()
{
    // The CLI's way: written before the result arrives, never waiting for the writer thread.
    m_pipeline->setFailureLog(m_log.get(), CallPipeline::Recording::NowOrKeep);
    QSignalSpy written(m_pipeline.get(), &CallPipeline::written);
    const CallResult result = sendAndWait(request("GET", u"/v2/corp"_s));
    QCOMPARE(result.record.kind, CallRecord::Kind::Platform);
    QCOMPARE(written.size(), 1);
    const auto kept = written.first().first().value<FailureStore::Kept>();
    QVERIFY2(kept.id > 0, qPrintable(kept.error));
    QVERIFY(!kept.spilled);
    const auto stored = m_log->query().call(kept.id);
    QVERIFY(stored);
    QCOMPARE(stored->call.url, result.record.url);
}

void TestCallPipeline::batchedRecordsGoToTheLogTogether()
{
    // A run's way: the records wait in the pipeline until a batch is full (the delay is far
    // longer than the test), and what waits goes to the log when the pipeline is destroyed.
    m_pipeline->setFailureLog(m_log.get(), CallPipeline::Recording::Batched);
    m_pipeline->setBatching(2, 3600 * 1000);
    LogFilter everything;
    everything.failuresOnly = false;
    QSignalSpy recorded(m_pipeline.get(), &CallPipeline::recorded);
    sendAndWait(request("GET", u"/v2/corp"_s));
    QCOMPARE(recorded.size(), 1);
    m_log->flush();
    QCOMPARE(m_log->query().count(everything), 0);
    sendAndWait(request("GET", u"/v2/corp"_s));
    QCOMPARE(recorded.size(), 2);
    m_log->flush();
    QCOMPARE(m_log->query().count(everything), 2);
    sendAndWait(request("GET", u"/v2/corp"_s));
    m_log->flush();
    QCOMPARE(m_log->query().count(everything), 2);
    m_pipeline.reset();
    m_log->flush();
    QCOMPARE(m_log->query().count(everything), 3); // each once
}

void TestCallPipeline::batchedRecordsGoAfterTheDelay()
{
    // A batch that does not fill goes when its delay has passed, without another call.
    m_pipeline->setFailureLog(m_log.get(), CallPipeline::Recording::Batched);
    m_pipeline->setBatching(1000, 0);
    QSignalSpy added(m_log.get(), &FailureStore::recordsAdded);
    const CallResult result = sendAndWait(request("GET", u"/v2/corp"_s));
    QVERIFY(added.wait(10000));
    LogFilter everything;
    everything.failuresOnly = false;
    const QList<LogEntry> rows = m_log->query().page(everything, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().code, result.record.platformError->code);
}

void TestCallPipeline::variablesArePutInBeforeSending()
{
    const VariableMap environment = m_pipeline->environmentVariables();
    QCOMPARE(environment.value(u"baseUrl"_s), m_sandbox->url().toString());
    VariableMap variables = environment;
    variables.insert(u"path"_s, u"v2/corp"_s);
    const CallResult result
        = sendAndWait(request("GET", u"{{baseUrl}}/{{path}}?x={{unknown}}"_s), variables);
    QCOMPARE(result.request.target, m_sandbox->url().toString() + u"/v2/corp?x={{unknown}}"_s);
    QCOMPARE(result.unresolvedVariables, QStringList { u"unknown"_s });
    QCOMPARE(result.record.url.path(), u"/v2/corp"_s);
    QCOMPARE(result.record.platformError->code, 4031002); // no token: it reached the call
}

void TestCallPipeline::ticketFinishesFromTheEventLoop()
{
    CallTicket *ticket = m_pipeline->send(request("GET", u"/v2/corp"_s));
    QSignalSpy finished(ticket, &CallTicket::finished);
    QSignalSpy destroyed(ticket, &QObject::destroyed);
    QCOMPARE(finished.size(), 0); // not from within send()
    QVERIFY(!ticket->isFinished());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    // It deletes itself afterwards.
    QVERIFY(destroyed.wait(5000));
}

QTEST_GUILESS_MAIN(TestCallPipeline)
#include "TestCallPipeline.moc"
