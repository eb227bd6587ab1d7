#include "SandboxCommand.h"

#include "CommandLine.h"
#include "SandboxServer.h"
#include "Terminal.h"
#include "TerminationSignals.h"
#include "state/DemoIdentities.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace xlink::cli {

namespace {

QString identities()
{
    using namespace xlink::sandbox;
    return QCoreApplication::translate("xlink::cli::SandboxCommand",
        "Demo identities:\n"
        "  enterprise member  %1 / %2 in enterprise %3 (POST /v2/corp_auth)\n"
        "  access key         id %4 / secret %5 (POST /v2/accesskey_auth)\n"
        "  app user           %6 / %7 in enterprise %3 (POST /v2/user_auth)\n")
        .arg(QString::fromUtf16(demo::memberAccount), QString::fromUtf16(demo::memberPassword),
            QString::fromUtf16(demo::corpId), QString::fromUtf16(demo::accessKeyId),
            QString::fromUtf16(demo::accessKeySecret), QString::fromUtf16(demo::userEmail),
            QString::fromUtf16(demo::userPassword));
}

} // namespace

QString SandboxCommand::name() const
{
    return QStringLiteral("sandbox");
}

QString SandboxCommand::summary() const
{
    return tr("Run a local server that behaves like the platform's API");
}

int SandboxCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("xlink-cli sandbox [OPTIONS]"),
        tr("Runs a local server that behaves like the XLink platform's REST API, with demo "
           "data in memory. Prints the URL it listens on as its first line and runs until "
           "interrupted (Ctrl+C or SIGTERM).")
            + u"\n\n" + identities()
            + tr("\nFaults (--fault or the X-Sandbox-Fault request header, combined with commas):\n"
                 "  delay=MS, status=503, drop, malformed, html, huge=BYTES, code-as-number, "
                 "english-msg"));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption portOption(QStringList { QStringLiteral("p"), QStringLiteral("port") },
        tr("Port to listen on; 0 picks a free port (default 0)."), tr("N"), QStringLiteral("0"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
        tr("Address to listen on (default 127.0.0.1)."), tr("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption ttlOption(QStringLiteral("token-ttl"),
        tr("Lifetime of issued access tokens in seconds (default 7200)."), tr("SECONDS"),
        QStringLiteral("7200"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
        tr("Faults to apply to every request, e.g. delay=500,code-as-number."), tr("SPEC"));
    // The defaults are SandboxOptions', in the help from there so the two cannot disagree.
    const sandbox::SandboxOptions defaults;
    const QCommandLineOption headerTimeoutOption(QStringLiteral("header-timeout"),
        tr("A request's headers must all arrive within MS milliseconds of its first byte, or it "
           "is answered 408 and the connection closed (default %1).")
            .arg(defaults.headerTimeoutMs),
        tr("MS"), QString::number(defaults.headerTimeoutMs));
    const QCommandLineOption idleTimeoutOption(QStringLiteral("idle-timeout"),
        tr("A connection with no request in progress is closed after MS milliseconds "
           "(default %1).")
            .arg(defaults.idleTimeoutMs),
        tr("MS"), QString::number(defaults.idleTimeoutMs));
    const QCommandLineOption maxConnectionsOption(QStringLiteral("max-connections-per-address"),
        tr("Connections one client address may hold at once; more are answered 503 and closed "
           "(default %1).")
            .arg(defaults.maxConnectionsPerAddress),
        tr("N"), QString::number(defaults.maxConnectionsPerAddress));
    parser.addOptions({ portOption, bindOption, ttlOption, faultOption, headerTimeoutOption,
        idleTimeoutOption, maxConnectionsOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        return commandLine.usageError(
            tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }

    sandbox::SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return commandLine.usageError(tr("--port needs a number from 0 to 65535"));
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull()) {
        return commandLine.usageError(
            tr("--bind needs an IP address, not '%1'").arg(parser.value(bindOption)));
    }
    options.tokenTtlSeconds = parser.value(ttlOption).toInt(&ok);
    if (!ok || options.tokenTtlSeconds <= 0)
        return commandLine.usageError(tr("--token-ttl needs a positive number of seconds"));
    const auto positive = [&parser](const QCommandLineOption &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
    };
    const std::optional<int> headerTimeout = positive(headerTimeoutOption);
    if (!headerTimeout)
        return commandLine.usageError(tr("--header-timeout needs a positive number of ms"));
    options.headerTimeoutMs = *headerTimeout;
    const std::optional<int> idleTimeout = positive(idleTimeoutOption);
    if (!idleTimeout)
        return commandLine.usageError(tr("--idle-timeout needs a positive number of ms"));
    options.idleTimeoutMs = *idleTimeout;
    const std::optional<int> maxConnections = positive(maxConnectionsOption);
    if (!maxConnections)
        return commandLine.usageError(tr("--max-connections-per-address needs a positive number"));
    options.maxConnectionsPerAddress = *maxConnections;
    if (parser.isSet(faultOption)) {
        QString error;
        const auto faults = sandbox::FaultSpec::parse(parser.value(faultOption), &error);
        if (!faults)
            return commandLine.usageError(tr("--fault: %1").arg(error));
        options.faults = *faults;
    }

    TerminationSignals signals;
    sandbox::SandboxServer server(options);
    if (!server.listen(address, quint16(port))) {
        Terminal::err(tr("xlink-cli sandbox: cannot listen on %1 port %2: %3\n")
                          .arg(address.toString())
                          .arg(port)
                          .arg(server.errorString()));
        return ExitFailure;
    }
    Terminal::out(server.url().toString() + u'\n');
    QObject::connect(&signals, &TerminationSignals::terminationRequested,
        QCoreApplication::instance(), [] { QCoreApplication::exit(ExitSuccess); });
    return QCoreApplication::exec();
}

} // namespace xlink::cli
