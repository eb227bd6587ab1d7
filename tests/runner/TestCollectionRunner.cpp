// The collection runner driven as the console's run view and `xlink-cli run` drive it, on a
// QCoreApplication, against the sandbox on 127.0.0.1: chaining through the named responses of
// the run, a request with an unresolved placeholder stopped alone, bail, assertions failing
// and unsupported, the token rules, and every call in the failure log like any other.
#include "ApiClient.h"
#include "CallPipeline.h"
#include "CollectionRunner.h"
#include "FailureStore.h"
#include "HttpCollection.h"
#include "SandboxServer.h"
#include "Session.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;
using Outcome = RequestRunResult::Outcome;

namespace {

const QByteArray loginRequest = R"(# @name login
POST {{baseUrl}}/v2/corp_auth
Content-Type: application/json

{"account": "dev@example.com", "password": "{{password}}"}

?? status == 200
?? body access_token exists
)";

} // namespace

class TestCollectionRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chainsNamedResponsesInOrder();
    void unresolvedVariableStopsOnlyItsDependants();
    void bailStopsAtTheFirstFailure();
    void failedAssertionSaysExpectedAndActual();
    void unsupportedAssertionNeverPasses();
    void errorAnswerPassesOnlyWhenAnAssertionExpectsIt();
    void ownAccessTokenIsKeptAndSessionTokenAddedOtherwise();
    void everyCallReachesTheFailureLog();
    void signalsComeFromTheEventLoop();
    void cancelStopsTheRun();
    void secretValuesAreHiddenInResults();

private:
    HttpCollection collection(const QByteArray &text, const QString &file = u"run.http"_s);
    RunSummary run(CollectionRunner &runner);
    RunSummary run(const QByteArray &text, bool bail = false);
    int loggedCalls();
    void logIn();

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FailureStore> m_log;
    std::unique_ptr<CallPipeline> m_pipeline;
};

void TestCollectionRunner::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
}

void TestCollectionRunner::init()
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

void TestCollectionRunner::cleanup()
{
    m_pipeline.reset();
    m_log.reset();
    m_dir.reset();
}

HttpCollection TestCollectionRunner::collection(const QByteArray &text, const QString &file)
{
    const QString folder = m_dir->filePath(u"collection"_s);
    QDir().mkpath(folder);
    QFile out(QDir(folder).filePath(file));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return {};
    out.close();
    QList<HttpCollection::Problem> problems;
    HttpCollection loaded = HttpCollection::load(folder, &problems);
    for (const auto &problem : std::as_const(problems))
        qWarning().noquote() << problem.toText();
    return problems.isEmpty() ? loaded : HttpCollection();
}

RunSummary TestCollectionRunner::run(CollectionRunner &runner)
{
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    if (!runner.start() || !finished.wait(30000))
        return {};
    return finished.first().first().value<RunSummary>();
}

RunSummary TestCollectionRunner::run(const QByteArray &text, bool bail)
{
    CollectionRunner runner(m_pipeline.get());
    runner.add(collection(text));
    runner.setOverrides({ { u"password"_s, u"sandbox123"_s } });
    runner.setBail(bail);
    return run(runner);
}

int TestCollectionRunner::loggedCalls()
{
    m_log->flush();
    LogFilter everything;
    everything.failuresOnly = false;
    return m_log->query().count(everything);
}

void TestCollectionRunner::logIn()
{
    Session *session = m_pipeline->session();
    session->setCredentials(
        { Environment::LoginKind::EnterpriseMember, u"dev@example.com"_s, u"sandbox123"_s, {} });
    QSignalSpy loggedIn(session, &Session::loginFinished);
    session->login();
    QVERIFY(loggedIn.wait(15000));
    QVERIFY(session->isLoggedIn());
}

void TestCollectionRunner::chainsNamedResponsesInOrder()
{
    // The login's token goes into the next requests' header, the new product's id into the
    // next request's path and an assertion's expected value.
    const RunSummary summary = run(loginRequest + R"(
###
# @name product
POST {{baseUrl}}/v2/product
Access-Token: {{login.access_token}}
Content-Type: application/json

{"name": "runner lamp", "link_type": 1, "type": 2}

?? status == 200
?? body id exists

###
GET {{baseUrl}}/v2/product/{{product.id}}
Access-Token: {{login.access_token}}

?? status == 200
?? body id == {{product.id}}
?? body name == runner lamp
)");
    QCOMPARE(summary.planned, 3);
    QCOMPARE(summary.results.size(), 3);
    for (const RequestRunResult &result : summary.results)
        QVERIFY2(result.passed(), qPrintable(result.problems().join(u'\n')));
    QVERIFY(summary.allPassed());
    const RequestRunResult &read = summary.results.at(2);
    QCOMPARE(read.httpStatus, 200);
    QVERIFY(!read.url.contains(u"{{"));
    QCOMPARE(read.assertions.size(), 3);
    QVERIFY(read.record.url.path().startsWith(u"/v2/product/"));
    // Chained from the answer as it came, but recorded and reported redacted.
    QCOMPARE(read.record.requestHeaders.size() >= 1, true);
    bool sawToken = false;
    for (const auto &[name, value] : read.record.requestHeaders) {
        if (name.compare("Access-Token", Qt::CaseInsensitive) == 0) {
            sawToken = true;
            QCOMPARE(value, QByteArray("[REDACTED]"));
        }
    }
    QVERIFY(sawToken);
    QVERIFY(summary.results.at(0).record.responseBody.contains("[REDACTED]"));
}

void TestCollectionRunner::unresolvedVariableStopsOnlyItsDependants()
{
    const RunSummary summary = run(R"(# @name missing
GET {{baseUrl}}/v2/product/999999999

?? status == 403

###
# @name dependant
GET {{baseUrl}}/v2/product/{{missing.id}}

###
GET {{baseUrl}}/v2/corp/{{notDefinedAnywhere}}

###
# @name independent
GET {{baseUrl}}/v2/corp

?? js response.parsedBody.error.code == 4031002
)");
    QCOMPARE(summary.results.size(), 4);
    QCOMPARE(summary.results.at(0).outcome, Outcome::Passed);
    const RequestRunResult &dependant = summary.results.at(1);
    QCOMPARE(dependant.outcome, Outcome::Unresolved);
    QVERIFY(!dependant.sent);
    QCOMPARE(dependant.unresolved.size(), 1);
    QCOMPARE(dependant.unresolved.first().expression, u"missing.id"_s);
    QCOMPARE(dependant.unresolved.first().reason, UnresolvedVariable::Reason::NotInResponse);
    QVERIFY(dependant.problems().join(u' ').contains(u"missing.id"));
    const RequestRunResult &undefined = summary.results.at(2);
    QCOMPARE(undefined.outcome, Outcome::Unresolved);
    QCOMPARE(undefined.unresolved.first().reason, UnresolvedVariable::Reason::Undefined);
    // The run went on.
    QCOMPARE(summary.results.at(3).outcome, Outcome::Passed);
    QVERIFY(!summary.allPassed());
    // The two not sent never reached the server or the log.
    QCOMPARE(loggedCalls(), 2);
}

void TestCollectionRunner::bailStopsAtTheFirstFailure()
{
    const QByteArray text = R"(GET {{baseUrl}}/v2/corp

?? status == 200

###
GET {{baseUrl}}/v2/corp

?? status == 403

###
GET {{baseUrl}}/v2/corp

?? status == 403
)";
    const RunSummary bailed = run(text, true);
    QCOMPARE(bailed.results.size(), 1);
    QVERIFY(bailed.bailed);
    QCOMPARE(bailed.notRun(), 2);
    QCOMPARE(bailed.notReached.size(), 2);
    QCOMPARE(bailed.notReached.at(0).outcome, Outcome::Pending);
    QCOMPARE(bailed.notReached.at(0).index, 1);
    QCOMPARE(loggedCalls(), 1);

    const RunSummary all = run(text, false);
    QCOMPARE(all.results.size(), 3);
    QVERIFY(!all.bailed);
    QCOMPARE(all.notRun(), 0);
    QCOMPARE(all.results.at(1).outcome, Outcome::Passed);
}

void TestCollectionRunner::failedAssertionSaysExpectedAndActual()
{
    logIn();
    const RunSummary summary = run(R"(GET {{baseUrl}}/v2/corp

?? status == 201
?? header content-type includes json
)");
    QCOMPARE(summary.results.size(), 1);
    const RequestRunResult &result = summary.results.first();
    QCOMPARE(result.outcome, Outcome::AssertionFailed);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.assertions.size(), 2);
    const AssertionEvaluator::Result &status = result.assertions.at(0).result;
    QCOMPARE(status.outcome, AssertionEvaluator::Result::Outcome::Failed);
    QCOMPARE(status.expected, u"== 201"_s);
    QCOMPARE(status.actual, u"200"_s);
    QCOMPARE(result.assertions.at(0).line, 3);
    QVERIFY(result.assertions.at(1).result.passed());
    QCOMPARE(result.problems(), QStringList { status.message });
}

void TestCollectionRunner::unsupportedAssertionNeverPasses()
{
    logIn();
    const RunSummary summary = run(R"(GET {{baseUrl}}/v2/corp

?? status == 200
?? js response.statusCode == 200
)");
    const RequestRunResult &result = summary.results.first();
    QCOMPARE(result.outcome, Outcome::AssertionFailed);
    QVERIFY(result.assertions.at(0).result.passed());
    QCOMPARE(
        result.assertions.at(1).result.outcome, AssertionEvaluator::Result::Outcome::Unsupported);
    QVERIFY(result.problems().first().contains(u"not supported"));
}

void TestCollectionRunner::errorAnswerPassesOnlyWhenAnAssertionExpectsIt()
{
    // Not logged in: /v2/corp answers 403 with 4031002.
    const RunSummary summary = run(R"(GET {{baseUrl}}/v2/corp

###
GET {{baseUrl}}/v2/corp

?? header content-type includes json

###
GET {{baseUrl}}/v2/corp

?? status == 200

###
GET {{baseUrl}}/v2/corp

?? js response.parsedBody.error.code == 4031002

###
GET http://127.0.0.1:1/v2/corp
)");
    QCOMPARE(summary.results.size(), 5);
    QCOMPARE(summary.results.at(0).outcome, Outcome::ErrorAnswer);
    QCOMPARE(summary.results.at(0).platformCode, u"4031002"_s);
    QCOMPARE(summary.results.at(0).httpStatus, 403);
    // An assertion that passes without speaking of the status does not expect the error.
    QCOMPARE(summary.results.at(1).outcome, Outcome::ErrorAnswer);
    // One that expected a success failed: still an error answer, with the assertion listed.
    QCOMPARE(summary.results.at(2).outcome, Outcome::ErrorAnswer);
    QCOMPARE(summary.results.at(2).problems().size(), 2);
    QCOMPARE(summary.results.at(3).outcome, Outcome::Passed);
    QCOMPARE(summary.results.at(4).outcome, Outcome::NoAnswer);
    QCOMPARE(summary.results.at(4).httpStatus, 0);
}

void TestCollectionRunner::ownAccessTokenIsKeptAndSessionTokenAddedOtherwise()
{
    logIn();
    const QByteArray sessionToken = m_pipeline->session()->accessToken();
    QVERIFY(!sessionToken.isEmpty());
    CollectionRunner runner(m_pipeline.get());
    runner.add(collection(R"(# @name corp
GET {{baseUrl}}/v2/corp

?? status == 200

###
# @name own
GET {{baseUrl}}/v2/corp
Access-Token: not-a-token-of-this-sandbox

?? status == 403
?? js response.parsedBody.error.code == 4031003
)"));
    QSignalSpy recorded(m_pipeline.get(), &CallPipeline::recorded);
    const RunSummary summary = run(runner);
    QCOMPARE(summary.results.size(), 2);
    QVERIFY2(
        summary.results.at(0).passed(), qPrintable(summary.results.at(0).problems().join(u'\n')));
    // Its own token went as it was: refused, and not renewed and replayed with the session's.
    QVERIFY2(
        summary.results.at(1).passed(), qPrintable(summary.results.at(1).problems().join(u'\n')));
    QCOMPARE(recorded.size(), 2);
    QVERIFY(m_pipeline->session()->accessToken() == sessionToken);
    // The session's token is in no result, record or log file.
    for (const RequestRunResult &result : summary.results) {
        for (const auto &[name, value] : result.record.requestHeaders)
            QVERIFY(!value.contains(sessionToken));
        QVERIFY(!result.url.contains(QString::fromLatin1(sessionToken)));
    }
    m_log->flush();
    for (const QFileInfo &info : QDir(m_dir->path()).entryInfoList(QDir::Files)) {
        QFile file(info.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(sessionToken), qPrintable(info.fileName()));
    }
}

void TestCollectionRunner::everyCallReachesTheFailureLog()
{
    const int before = loggedCalls();
    const RunSummary summary = run(loginRequest + R"(
###
GET {{baseUrl}}/v2/product/1234/device/999999
Access-Token: {{login.access_token}}

?? status == 404
)");
    QCOMPARE(summary.results.size(), 2);
    QCOMPARE(loggedCalls(), before + 2);
    LogFilter failures;
    failures.failuresOnly = true;
    QCOMPARE(m_log->query().count(failures), 1);
    const QList<LogEntry> rows = m_log->query().page(failures, 0, 10);
    QCOMPARE(rows.size(), 1);
    QVERIFY(summary.results.at(1).record.platformError);
    QCOMPARE(rows.first().code.value_or(0), summary.results.at(1).record.platformError->code);
    // The password of the login went nowhere but to the server.
    m_log->flush();
    for (const QFileInfo &info : QDir(m_dir->path()).entryInfoList(QDir::Files)) {
        QFile file(info.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("sandbox123"), qPrintable(info.fileName()));
    }
}

void TestCollectionRunner::signalsComeFromTheEventLoop()
{
    CollectionRunner runner(m_pipeline.get());
    runner.add(collection(R"(GET {{baseUrl}}/v2/corp

?? status == 403

###
GET {{baseUrl}}/v2/{{undefinedName}}
)"));
    QStringList events;
    connect(&runner, &CollectionRunner::requestStarted, this,
        [&](const RequestRunResult &r) { events.append(u"start %1"_s.arg(r.index)); });
    connect(&runner, &CollectionRunner::requestFinished, this,
        [&](const RequestRunResult &r) { events.append(u"finish %1"_s.arg(r.index)); });
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    QVERIFY(runner.start());
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start()); // one run at a time
    QVERIFY(events.isEmpty()); // nothing from within start()
    QVERIFY(finished.wait(30000));
    QCOMPARE(events, (QStringList { u"start 0"_s, u"finish 0"_s, u"start 1"_s, u"finish 1"_s }));
    QVERIFY(!runner.isRunning());
    QCOMPARE(finished.size(), 1);
}

void TestCollectionRunner::cancelStopsTheRun()
{
    CollectionRunner runner(m_pipeline.get());
    runner.add(collection(R"(GET {{baseUrl}}/v2/corp

###
GET {{baseUrl}}/v2/corp

###
GET {{baseUrl}}/v2/corp
)"));
    connect(
        &runner, &CollectionRunner::requestStarted, &runner, [&runner](const RequestRunResult &r) {
            if (r.index == 1)
                runner.cancel();
        });
    const RunSummary summary = run(runner);
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.results.size(), 1);
    QCOMPARE(summary.notReached.size(), 2);
    QVERIFY(!summary.allPassed());
    QCOMPARE(loggedCalls(), 1);
}

void TestCollectionRunner::secretValuesAreHiddenInResults()
{
    // A secret user variable put into a URL and an assertion comes back in neither.
    const QString secret = u"Sv-user-secret-61"_s;
    CollectionRunner runner(m_pipeline.get());
    runner.add(collection(R"(GET {{baseUrl}}/v2/corp?note={{appKey}}

?? header x-missing == {{appKey}}
)"));
    runner.setEnvironmentValues({ { u"appKey"_s, secret } });
    runner.setSecretValues({ secret });
    const RunSummary summary = run(runner);
    QCOMPARE(summary.results.size(), 1);
    const RequestRunResult &result = summary.results.first();
    QVERIFY(result.sent);
    QVERIFY2(!result.url.contains(secret), qPrintable(result.url));
    QVERIFY(result.url.contains(u"note=[REDACTED]"_s));
    QCOMPARE(result.assertions.size(), 1);
    QVERIFY(!result.assertions.first().result.expected.contains(secret));
    QVERIFY(!result.assertions.first().result.message.contains(secret));
    QVERIFY(!result.problems().join(u' ').contains(secret));
}

QTEST_GUILESS_MAIN(TestCollectionRunner)
#include "TestCollectionRunner.moc"
