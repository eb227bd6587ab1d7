// TLS against a real HTTPS server on 127.0.0.1: every certificate problem is refused with a
// message that names it, in the console's client and in `xlink-cli call` (exit 4); a certificate
// or CA the user adds to an environment is a pinned exception for that environment only, and
// never switches off the other checks (expiry, host name).
#include "ApiCall.h"
#include "ApiClient.h"
#include "CliProcess.h"
#include "EnvironmentStore.h"
#include "TlsTestServer.h"
#include "call/FailureText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xlink;

namespace {

ApiRequest getCorp()
{
    ApiRequest request;
    request.method = "GET";
    request.target = u"/v2/corp"_s;
    return request;
}

Environment environmentFor(const test::TlsTestServer &server, const QList<QByteArray> &trusted)
{
    Environment environment;
    environment.id = u"tls-test"_s;
    environment.name = u"TLS test"_s;
    environment.baseUrl = QUrl(server.baseUrl());
    environment.timeoutMs = 10'000;
    environment.trustedCertificatesPem = trusted;
    return environment;
}

} // namespace

class TestTlsPinning final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithReason_data();
    void refusedWithReason();
    void pinnedCertificateAccepted_data();
    void pinnedCertificateAccepted();
    void pinBelongsToItsEnvironment();
    void cliExitsFourWithTheSameMessage();
    void cliUsesTheEnvironmentsPin();

private:
    CallRecord send(ApiClient &client);
    // xlink-cli in m_home; the server answers from this process meanwhile.
    test::CliRun runCli(const QStringList &arguments) const
    {
        return test::CliProcess(m_home.path()).run(arguments, {}, 30000);
    }

    QTemporaryDir m_home;
};

CallRecord TestTlsPinning::send(ApiClient &client)
{
    std::unique_ptr<ApiCall> call(client.send(getCorp()));
    call->setAutoDelete(false);
    QSignalSpy finished(call.get(), &ApiCall::finished);
    if (!finished.wait(20000))
        return {};
    return call->record();
}

void TestTlsPinning::refusedWithReason_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("trust"); // what the environment adds ("" for nothing)
    QTest::addColumn<QString>("reason");
    QTest::newRow("self-signed") << u"self-signed"_s << QString() << u"self-signed"_s;
    QTest::newRow("unknown-ca") << u"server"_s << QString() << u"issuer certificate"_s;
    // Pinning the CA never excuses an expired certificate or another host's.
    QTest::newRow("expired-despite-ca") << u"expired"_s << u"ca"_s << u"expired"_s;
    QTest::newRow("wrong-host-despite-ca") << u"wrong-host"_s << u"ca"_s << u"host name"_s;
    // A CA-signed leaf is not a trust anchor: the user must add its CA.
    QTest::newRow("leaf-without-its-ca") << u"server"_s << u"server"_s << u"issuer certificate"_s;
    // Another certificate does not help.
    QTest::newRow("other-pin") << u"self-signed"_s << u"ca"_s << u"self-signed"_s;
}

void TestTlsPinning::refusedWithReason()
{
    QFETCH(QString, certificate);
    QFETCH(QString, trust);
    QFETCH(QString, reason);
    test::TlsTestServer server(certificate);
    QVERIFY(server.listen());
    ApiClient client;
    client.setEnvironment(environmentFor(server,
        trust.isEmpty() ? QList<QByteArray>()
                        : QList { test::TlsTestServer::certificatePem(trust) }));
    const CallRecord record = send(client);
    QCOMPARE(CallRecord::kindName(record.kind), CallRecord::kindName(CallRecord::Kind::Network));
    QVERIFY2(FailureText::sentence(record).contains(u"certificate was refused"),
        qPrintable(FailureText::sentence(record)));
    QVERIFY2(FailureText::sentence(record).contains(reason, Qt::CaseInsensitive),
        qPrintable(FailureText::sentence(record)));
    QCOMPARE(record.httpStatus, 0);
    // Refused during the handshake: the request, with its headers, never left.
    QCOMPARE(server.requestsServed(), 0);
    QCOMPARE(server.failedHandshakes(), 1);
}

void TestTlsPinning::pinnedCertificateAccepted_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("trust");
    QTest::newRow("ca") << u"server"_s << u"ca"_s;
    QTest::newRow("self-signed-leaf") << u"self-signed"_s << u"self-signed"_s;
}

void TestTlsPinning::pinnedCertificateAccepted()
{
    QFETCH(QString, certificate);
    QFETCH(QString, trust);
    test::TlsTestServer server(certificate);
    QVERIFY(server.listen());
    ApiClient client;
    client.setEnvironment(environmentFor(server, { test::TlsTestServer::certificatePem(trust) }));
    const CallRecord record = send(client);
    QVERIFY2(record.kind == CallRecord::Kind::Success, qPrintable(FailureText::sentence(record)));
    QCOMPARE(record.httpStatus, 200);
    QCOMPARE(record.responseBody, QByteArray(R"({"ok":true})"));
    QCOMPARE(server.requestsServed(), 1);
}

void TestTlsPinning::pinBelongsToItsEnvironment()
{
    test::TlsTestServer server(u"self-signed"_s);
    QVERIFY(server.listen());
    server.setResponse(200, "{}");
    ApiClient client;
    client.setEnvironment(
        environmentFor(server, { test::TlsTestServer::certificatePem(u"self-signed"_s) }));
    QCOMPARE(send(client).httpStatus, 200);

    // The same server from an environment without the pin: refused again, whatever the
    // client cached from the trusted connection (connections, TLS sessions).
    client.setEnvironment(environmentFor(server, {}));
    const CallRecord refused = send(client);
    QCOMPARE(refused.kind, CallRecord::Kind::Network);
    QVERIFY2(FailureText::sentence(refused).contains(u"self-signed"),
        qPrintable(FailureText::sentence(refused)));
    QCOMPARE(server.requestsServed(), 1);

    // Nor did the pin leak into the process-wide TLS defaults.
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(server.baseUrl() + u"/v2/corp"_s)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    delete reply;
    QCOMPARE(server.requestsServed(), 1);
}

void TestTlsPinning::cliExitsFourWithTheSameMessage()
{
    QVERIFY(QFile::exists(test::CliProcess::program()));
    test::TlsTestServer server(u"self-signed"_s);
    QVERIFY(server.listen());
    ApiClient client;
    client.setEnvironment(environmentFor(server, {}));
    const QString consoleMessage = FailureText::sentence(send(client));
    QVERIFY(consoleMessage.contains(u"self-signed"));

    const test::CliRun run
        = runCli({ u"call"_s, u"GET"_s, u"/v2/corp"_s, u"--base-url"_s, server.baseUrl() });
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(QString::fromUtf8(run.err).contains(consoleMessage), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(server.requestsServed(), 0);
}

void TestTlsPinning::cliUsesTheEnvironmentsPin()
{
    test::TlsTestServer server(u"server"_s);
    QVERIFY(server.listen());
    {
        // The CLI reads the same settings file as the console.
        QSettings settings(
            m_home.path() + u"/config/xlink-console/xlink-console.conf"_s, QSettings::IniFormat);
        EnvironmentStore store(&settings);
        Environment pinned
            = environmentFor(server, { test::TlsTestServer::certificatePem(u"ca"_s) });
        pinned.name = u"Private deployment"_s;
        store.add(pinned);
        Environment unpinned = environmentFor(server, {});
        unpinned.name = u"Unpinned"_s;
        store.add(unpinned);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    const test::CliRun refused
        = runCli({ u"call"_s, u"GET"_s, u"/v2/corp"_s, u"--env"_s, u"Unpinned"_s });
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("issuer certificate"), refused.err.constData());
    QCOMPARE(server.requestsServed(), 0);

    const test::CliRun accepted
        = runCli({ u"call"_s, u"GET"_s, u"/v2/corp"_s, u"--env"_s, u"Private deployment"_s });
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY2(accepted.out.contains(R"("ok")"), accepted.out.constData());
    QCOMPARE(server.requestsServed(), 1);
}

QTEST_GUILESS_MAIN(TestTlsPinning)
#include "TestTlsPinning.moc"
