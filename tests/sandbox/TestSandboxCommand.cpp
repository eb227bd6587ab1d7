// `xlink-cli sandbox` as a real process: prints its URL first, serves, stops cleanly on SIGTERM.
#include "SandboxClient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndStopsOnSigterm();
    void stopsOnSigint();
    void requestsAreLoggedOnlyWhenAskedFor();
    void portAndBindAreHonoured();
    void tokenTtlExpiresTokens();
    void connectionCapIsAnOption();
    void headerAndIdleTimeoutsAreOptions();
    void portInUseFails();
    void helpListsDemoIdentities();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();

private:
    static std::unique_ptr<QTcpSocket> connectTo(const QUrl &url);
    // What arrives on `socket` until it closes (or 10 s pass).
    static QByteArray readUntilClosed(QTcpSocket &socket);
    static QString cli() { return QStringLiteral(XLINK_BIN_DIR "/xlink-cli"); }
    static QUrl startAndReadUrl(QProcess &process, const QStringList &extra = {});
};

QUrl TestSandboxCommand::startAndReadUrl(QProcess &process, const QStringList &extra)
{
    process.start(cli(), QStringList { u"sandbox"_s } + extra);
    if (!process.waitForStarted(5000))
        return {};
    QByteArray line;
    for (int i = 0; i < 50 && !line.contains('\n'); ++i) {
        process.waitForReadyRead(100);
        line += process.readAllStandardOutput();
    }
    return QUrl(QString::fromUtf8(line.left(line.indexOf('\n'))));
}

void TestSandboxCommand::servesAndStopsOnSigterm()
{
    QProcess process;
    const QUrl url = startAndReadUrl(process, { u"--token-ttl"_s, u"60"_s });
    QVERIFY2(url.isValid() && url.scheme() == u"http", qPrintable(url.toString()));
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);

    SandboxClient client(url);
    QCOMPARE(client.get(u"/v2/corp"_s).errorCode(), 4031002);
    const QJsonObject login = client.memberLogin();
    QCOMPARE(login.value(u"expire_in").toInt(), 60);
    QCOMPARE(client.get(u"/v2/corp"_s, login.value(u"access_token").toString()).status, 200);

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCommand::requestsAreLoggedOnlyWhenAskedFor()
{
    // Each request on stderr only with the logging rule the sandbox's log names: by default a
    // run of 1,000 calls does not write 1,000 lines.
    for (const bool asked : { false, true }) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_LOGGING_RULES"_s);
        if (asked)
            environment.insert(u"QT_LOGGING_RULES"_s, u"xlink.sandbox.debug=true"_s);
        process.setProcessEnvironment(environment);
        const QUrl url = startAndReadUrl(process);
        QVERIFY2(url.isValid(), process.readAllStandardError().constData());
        QCOMPARE(SandboxClient(url).get(u"/v2/corp"_s).errorCode(), 4031002);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardError().contains("GET /v2/corp 403 4031002"), asked);
    }
}

void TestSandboxCommand::stopsOnSigint()
{
    QProcess process;
    const QUrl url = startAndReadUrl(process, { u"--fault"_s, u"code-as-number"_s });
    QVERIFY(url.isValid());
    SandboxClient client(url);
    const HttpResult result = client.get(u"/v2/corp"_s);
    QVERIFY(result.object().value(u"error").toObject().value(u"code").isDouble());
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCommand::portAndBindAreHonoured()
{
    // A port that was free a moment ago: the sandbox must listen on exactly that one.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QProcess process;
    const QUrl url = startAndReadUrl(
        process, { u"--port"_s, QString::number(port), u"--bind"_s, u"127.0.0.1"_s });
    QCOMPARE(url.port(), int(port));
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(SandboxClient(url).get(u"/v2/corp"_s).errorCode(), 4031002);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);

    // Bound to every IPv4 address, it answers on loopback too.
    QProcess any;
    const QUrl anyUrl = startAndReadUrl(any, { u"--bind"_s, u"0.0.0.0"_s });
    QCOMPARE(anyUrl.host(), u"0.0.0.0"_s);
    QUrl loopback = anyUrl;
    loopback.setHost(u"127.0.0.1"_s);
    QCOMPARE(SandboxClient(loopback).get(u"/v2/corp"_s).errorCode(), 4031002);
    any.terminate();
    QVERIFY(any.waitForFinished(5000));
    QCOMPARE(any.exitCode(), 0);
}

void TestSandboxCommand::tokenTtlExpiresTokens()
{
    QProcess process;
    const QUrl url = startAndReadUrl(process, { u"--token-ttl"_s, u"1"_s });
    QVERIFY(url.isValid());
    SandboxClient client(url);
    const QJsonObject login = client.memberLogin();
    QCOMPARE(login.value(u"expire_in").toInt(), 1);
    const QString token = login.value(u"access_token").toString();
    QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/v2/corp"_s, token).errorCode(), 4031021, 2500);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

std::unique_ptr<QTcpSocket> TestSandboxCommand::connectTo(const QUrl &url)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(url.host(), quint16(url.port()));
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

QByteArray TestSandboxCommand::readUntilClosed(QTcpSocket &socket)
{
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && closed.isEmpty()) {
        if (!socket.waitForReadyRead(10'000))
            break;
        received += socket.readAll();
    }
    return received + socket.readAll();
}

void TestSandboxCommand::connectionCapIsAnOption()
{
    QProcess process;
    const QUrl url = startAndReadUrl(process, { u"--max-connections-per-address"_s, u"2"_s });
    QVERIFY2(url.isValid(), process.readAllStandardError().constData());
    const auto first = connectTo(url);
    const auto second = connectTo(url);
    QVERIFY(first && second);
    // The default allows 64: the third is refused only under the option.
    const auto third = connectTo(url);
    QVERIFY(third);
    const QByteArray refused = readUntilClosed(*third);
    QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.left(40).constData());
    QVERIFY(refused.contains("5031001"));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCommand::headerAndIdleTimeoutsAreOptions()
{
    QProcess process;
    const QUrl url = startAndReadUrl(
        process, { u"--header-timeout"_s, u"300"_s, u"--idle-timeout"_s, u"500"_s });
    QVERIFY2(url.isValid(), process.readAllStandardError().constData());

    // Headers begun and never finished: 408 after 300 ms, where the default waits 20 s.
    const auto unfinished = connectTo(url);
    QVERIFY(unfinished);
    unfinished->write("GET /v2/corp HTTP/1.1\r\nHost: sandbox\r\n");
    const QByteArray answer = readUntilClosed(*unfinished);
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.left(40).constData());
    QVERIFY(answer.contains("\"408"));

    // A connection that never sends anything is closed after 500 ms, where the default waits
    // a minute.
    const auto silent = connectTo(url);
    QVERIFY(silent);
    QVERIFY(readUntilClosed(*silent).isEmpty());
    QCOMPARE(silent->state(), QAbstractSocket::UnconnectedState);

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCommand::portInUseFails()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    QProcess process;
    process.start(cli(),
        { u"sandbox"_s, u"--port"_s, QString::number(taken.serverPort()), u"--bind"_s,
            u"127.0.0.1"_s });
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("cannot listen"));
}

void TestSandboxCommand::helpListsDemoIdentities()
{
    QProcess process;
    process.start(cli(), { u"sandbox"_s, u"--help"_s });
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &needle :
        { u"dev@example.com"_s, u"sandbox123"_s, u"5a1f0c0de0000001"_s, u"0a1b2c3d4e5f6071"_s,
            u"sandbox-secret"_s, u"user@example.com"_s, u"--token-ttl"_s, u"--fault"_s,
            u"--header-timeout"_s, u"--idle-timeout"_s, u"--max-connections-per-address"_s })
        QVERIFY2(help.contains(needle), qPrintable(needle));
}

void TestSandboxCommand::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("fault") << QStringList { u"--fault"_s, u"explode"_s };
    QTest::newRow("port") << QStringList { u"--port"_s, u"70000"_s };
    QTest::newRow("bind") << QStringList { u"--bind"_s, u"not-an-address"_s };
    QTest::newRow("ttl") << QStringList { u"--token-ttl"_s, u"-5"_s };
    QTest::newRow("extra") << QStringList { u"extra"_s };
    QTest::newRow("header timeout") << QStringList { u"--header-timeout"_s, u"0"_s };
    QTest::newRow("idle timeout") << QStringList { u"--idle-timeout"_s, u"soon"_s };
    QTest::newRow("connections") << QStringList { u"--max-connections-per-address"_s, u"-1"_s };
}

void TestSandboxCommand::badArgumentsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(cli(), QStringList { u"sandbox"_s } + arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "TestSandboxCommand.moc"
