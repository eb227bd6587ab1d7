// Failures captured end to end: the real API client against the in-process sandbox, every
// record it announces appended to the store, then read back. The password and token used are a
// sentinel that must not appear in the database's files.
#include "ApiCall.h"
#include "ApiClient.h"
#include "FailureStore.h"
#include "SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

const QByteArray sentinel = "Zq9-SENTINEL-secret-7731";

ApiRequest request(const QByteArray &method, const QString &path, const QByteArray &fault = {})
{
    ApiRequest r;
    r.method = method;
    r.target = path;
    if (!fault.isEmpty())
        r.headers.append({ QByteArray("X-Sandbox-Fault"), fault });
    return r;
}

} // namespace

class TestCapture final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capturesEveryKind();

private:
    CallRecord send(const ApiRequest &request);
    Environment environment(int timeoutMs) const;

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<FailureStore> m_store;
};

Environment TestCapture::environment(int timeoutMs) const
{
    Environment environment;
    environment.name = u"Local sandbox"_s;
    environment.baseUrl = m_sandbox->url();
    environment.timeoutMs = timeoutMs;
    return environment;
}

void TestCapture::initTestCase()
{
    qRegisterMetaType<CallRecord>();
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    m_store = std::make_unique<FailureStore>(m_dir.path() + u"/failure-log.sqlite"_s);
    QVERIFY(m_store->open().ok);
    m_client = std::make_unique<ApiClient>();
    m_client->setEnvironment(environment(400));
    // What the console does: every announced call goes to the store.
    connect(m_client.get(), &ApiClient::callRecorded, m_store.get(), &FailureStore::append);
}

CallRecord TestCapture::send(const ApiRequest &request)
{
    ApiCall *call = m_client->send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(15000))
        return {};
    return finished.first().first().value<CallRecord>();
}

void TestCapture::capturesEveryKind()
{
    // Platform: a wrong password (the sentinel) at login, and a call with a made-up token.
    ApiRequest login = request("POST", u"/v2/corp_auth"_s);
    login.body = R"({"account":"dev@example.com","password":")" + sentinel + R"("})";
    QCOMPARE(send(login).kind, CallRecord::Kind::Platform);
    ApiRequest withToken
        = request("GET", u"/v2/corp?access_token="_s + QString::fromLatin1(sentinel));
    withToken.headers.append({ QByteArray("Access-Token"), sentinel });
    QCOMPARE(send(withToken).kind, CallRecord::Kind::Platform);
    // Http: a proxy's HTML page. Malformed: a truncated body. Timeout: slower than 400 ms.
    QCOMPARE(send(request("GET", u"/v2/corp"_s, "html")).kind, CallRecord::Kind::Http);
    QCOMPARE(send(request("GET", u"/v2/corp"_s, "malformed")).kind, CallRecord::Kind::Malformed);
    QCOMPARE(send(request("GET", u"/v2/corp"_s, "delay=3000")).kind, CallRecord::Kind::Timeout);
    // Network: nobody listens.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Environment refused = environment(2000);
    refused.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
    m_client->setEnvironment(refused);
    QCOMPARE(send(request("GET", u"/v2/corp"_s)).kind, CallRecord::Kind::Network);

    m_store->flush();
    const LogQuery query = m_store->query();
    QHash<QString, qint64> kinds;
    for (const auto &count : query.countsByKind(LogFilter()))
        kinds.insert(count.key.toString(), count.count);
    QCOMPARE(kinds.value(u"platform"_s), 2);
    QCOMPARE(kinds.value(u"http"_s), 1);
    QCOMPARE(kinds.value(u"malformed"_s), 1);
    QCOMPARE(kinds.value(u"timeout"_s), 1);
    QCOMPARE(kinds.value(u"network"_s), 1);

    LogFilter loginFilter;
    loginFilter.endpoints = { u"/v2/corp_auth"_s };
    const QList<LogEntry> rows = query.page(loginFilter, 0, 10);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().code.has_value());
    QVERIFY(!rows.first().zh.isEmpty() && !rows.first().en.isEmpty());
    const auto stored = query.call(rows.first().id);
    QVERIFY(stored->call.requestBody.contains("[REDACTED]"));
    QCOMPARE(stored->call.purpose, CallRecord::Purpose::Request);

    LogFilter noAnswer;
    noAnswer.statuses = { 0 };
    QCOMPARE(query.count(noAnswer), 2);

    // The sentinel is nowhere in the files, WAL included.
    for (const QFileInfo &info : QDir(m_dir.path()).entryInfoList(QDir::Files)) {
        QFile file(info.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(sentinel), qPrintable(info.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCapture)
#include "TestCapture.moc"
