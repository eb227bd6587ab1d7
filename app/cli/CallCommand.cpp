#include "CallCommand.h"

#include "ApiClient.h"
#include "CallChecks.h"
#include "CallOutput.h"
#include "CallPipeline.h"
#include "CallTicket.h"
#include "CommandLine.h"
#include "Console.h"
#include "ConsoleSettings.h"
#include "EnvironmentStore.h"
#include "FailureStore.h"
#include "JsonBodyValidator.h"
#include "MergedCatalogue.h"
#include "SecretStore.h"
#include "Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xlink::cli::CallCommand", text);
}

// One line from standard input, without its line break: how passwords reach the CLI without
// showing up in the process list or the shell history.
std::optional<QString> readSecretFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

} // namespace

QString CallCommand::name() const
{
    return u"call"_s;
}

QString CallCommand::summary() const
{
    return tr("Send one request to the platform (or the sandbox) and print the answer");
}

int CallCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(tr("xlink-cli call METHOD PATH [OPTIONS]"),
        tr("Logs in, sends METHOD PATH, prints the response body on stdout and a decoded "
           "platform error on stderr. Every call is kept in the failure log.\n"
           "Exit codes: 0 success; 3 the server answered with an HTTP or platform error "
           "(including a proxy's HTML page); 4 no usable answer (connection refused, timeout, "
           "TLS failure, dropped connection, response too large); 2 usage (or, with --strict, "
           "a body or login that does not fit the documented call); 1 anything else."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(u"METHOD"_s, tr("GET, POST, PUT, DELETE, ..."));
    parser.addPositionalArgument(u"PATH"_s, tr("The path, e.g. /v2/corp, or a full URL."));
    const QCommandLineOption envOption(u"env"_s, tr("Use the saved environment NAME."), u"NAME"_s);
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, tr("Send to URL (e.g. http://127.0.0.1:8080)."), u"URL"_s);
    const QCommandLineOption accountOption(u"account"_s,
        tr("Log in as this enterprise member (or app user with --corp-id)."), u"ID"_s);
    const QCommandLineOption corpOption(
        u"corp-id"_s, tr("Log in as an app user of this enterprise (with --account)."), u"ID"_s);
    const QCommandLineOption passwordOption(
        u"password-stdin"_s, tr("Read the password from the first line of standard input."));
    const QCommandLineOption keyOption(
        u"access-key-id"_s, tr("Log in with this access key."), u"ID"_s);
    const QCommandLineOption keySecretOption(u"access-key-secret-stdin"_s,
        tr("Read the access key secret from the first line of standard input."));
    const QCommandLineOption dataOption(
        u"data"_s, tr("The JSON body, or @FILE to read it from a file."), u"JSON"_s);
    const QCommandLineOption headerOption(
        u"header"_s, tr("An extra header 'Name: value' (repeatable)."), u"HEADER"_s);
    const QCommandLineOption jsonOption(u"json"_s,
        tr("Print {status, headers, body, durationMs, error} as JSON instead of the body."));
    const QCommandLineOption timeoutOption(
        u"timeout"_s, tr("Give up after MS milliseconds without data."), u"MS"_s);
    const QCommandLineOption strictOption(u"strict"_s,
        tr("Send nothing (exit 2) when the body does not fit the call's documented schema or "
           "the login cannot make the call; without it these are warnings."));
    parser.addOptions(
        { envOption, baseUrlOption, accountOption, corpOption, passwordOption, keyOption,
            keySecretOption, dataOption, headerOption, jsonOption, timeoutOption, strictOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    auto usageError
        = [&commandLine](const QString &message) { return commandLine.usageError(message); };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("expected METHOD and PATH."));
    static const QRegularExpression methodPattern(u"^[A-Za-z]+$"_s);
    if (!methodPattern.match(positional.at(0)).hasMatch())
        return usageError(tr("'%1' is not an HTTP method.").arg(positional.at(0)));

    ApiRequest request;
    request.method = positional.at(0).toUpper().toLatin1();
    request.target = positional.at(1);
    if (!request.hasAbsoluteTarget() && !request.target.startsWith(u'/'))
        request.target.prepend(u'/');

    for (const QString &header : parser.values(headerOption)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0 || header.contains(u'\n') || header.contains(u'\r'))
            return usageError(tr("--header needs 'Name: value', got '%1'.").arg(header));
        request.headers.append(
            { header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8() });
    }

    if (parser.isSet(dataOption)) {
        QString data = parser.value(dataOption);
        if (data.startsWith(u'@')) {
            QFile file(data.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return usageError(
                    tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            request.body = file.readAll();
        } else {
            request.body = data.toUtf8();
        }
        const auto check = JsonBodyValidator::validate(request.body);
        if (!check.valid)
            return usageError(tr("--data is not valid JSON (%1:%2): %3. Nothing was sent.")
                                  .arg(check.line)
                                  .arg(check.column)
                                  .arg(check.message));
    }

    // Where to send it.
    if (parser.isSet(envOption) && parser.isSet(baseUrlOption))
        return usageError(tr("use either --env or --base-url, not both."));
    EnvironmentStore store;
    Environment environment;
    if (parser.isSet(baseUrlOption)) {
        const QUrl url(parser.value(baseUrlOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty())
            return usageError(tr("--base-url needs an http:// or https:// URL."));
        environment.name = url.toDisplayString();
        environment.baseUrl = url;
    } else {
        const auto found = parser.isSet(envOption) ? store.findByName(parser.value(envOption))
                                                   : store.find(store.currentId());
        if (!found)
            return usageError(tr("no environment named '%1'.").arg(parser.value(envOption)));
        environment = *found;
    }
    if (environment.baseUrl.isEmpty() && !request.hasAbsoluteTarget())
        return usageError(tr("the environment '%1' has no base URL yet (start the sandbox with "
                             "'xlink-cli sandbox' and pass --base-url).")
                              .arg(environment.name));
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const int timeout = parser.value(timeoutOption).toInt(&ok);
        if (!ok || timeout <= 0)
            return usageError(tr("--timeout needs a number of milliseconds."));
        environment.timeoutMs = timeout;
    }

    // Who to log in as.
    const bool memberLogin = parser.isSet(accountOption);
    const bool keyLogin = parser.isSet(keyOption);
    if (memberLogin && keyLogin)
        return usageError(tr("use either --account or --access-key-id, not both."));
    if (parser.isSet(passwordOption) && !memberLogin)
        return usageError(tr("--password-stdin needs --account."));
    if (parser.isSet(keySecretOption) && !keyLogin)
        return usageError(tr("--access-key-secret-stdin needs --access-key-id."));
    Session::Credentials credentials;
    bool secretFromStdin = false;
    if (memberLogin) {
        credentials.account = parser.value(accountOption);
        credentials.corpId = parser.value(corpOption);
        credentials.kind = !credentials.corpId.isEmpty() ? Environment::LoginKind::AppUser
                                                         : Environment::LoginKind::EnterpriseMember;
        if (credentials.corpId.isEmpty()
            && environment.loginKind == Environment::LoginKind::AppUser) {
            credentials.kind = Environment::LoginKind::AppUser;
            credentials.corpId = environment.corpId;
        }
        secretFromStdin = parser.isSet(passwordOption);
    } else if (keyLogin) {
        credentials.kind = Environment::LoginKind::AccessKey;
        credentials.account = parser.value(keyOption);
        secretFromStdin = parser.isSet(keySecretOption);
    } else if (parser.isSet(envOption) && !environment.account.isEmpty()) {
        credentials.kind = environment.loginKind;
        credentials.account = environment.account;
        credentials.corpId = environment.corpId;
    }
    if (secretFromStdin) {
        const auto secret = readSecretFromStdin();
        if (!secret)
            return usageError(tr("nothing to read on standard input for the secret."));
        credentials.secret = *secret;
    }

    // The documents' view of the call, before anything is sent (and before a password is
    // read from the keychain for a call that would not be sent).
    const CallChecks checks(
        request, credentials.account.isEmpty() ? std::nullopt : std::optional(credentials.kind));
    if (checks.warnBeforeSending() && parser.isSet(strictOption)) {
        Console::err(tr("Nothing was sent (--strict).\n"));
        return ExitUsage;
    }

    QEventLoop loop;
    // A saved environment's secret may be in the keychain.
    if (!credentials.account.isEmpty() && credentials.secret.isEmpty()
        && !environment.id.isEmpty()) {
        SecretStore secrets;
        secrets.read(environment.secretKey(environment.loginSecret()), &loop,
            [&](const std::optional<QString> &value) {
                credentials.secret = value.value_or(QString());
                loop.quit();
            });
        loop.exec();
        if (credentials.secret.isEmpty() && (memberLogin || keyLogin))
            return usageError(tr("no secret: pass --password-stdin or --access-key-secret-stdin."));
    }

    CallPipeline pipeline;
    // The limits the console's settings give, so the CLI and the GUI agree.
    pipeline.applyLimits(ConsoleSettings::load());
    pipeline.client()->setEnvironment(environment);
    // Every exchange (logins included) goes to the log the console reads; a log that cannot be
    // opened costs the call nothing but a warning.
    // One catalogue for the output, the log's record and later reports: the merged one, as
    // lookup and decode use, so an imported code is known everywhere.
    const std::shared_ptr<const ErrorCatalogue> catalogue = MergedCatalogue::load();
    FailureStore log;
    log.setCatalogue(catalogue);
    const auto opened = log.open();
    if (!opened.ok)
        Console::err(tr("Warning: the failure log cannot be opened (%1); this call is not "
                        "recorded.\n")
                         .arg(opened.error));
    else if (opened.readOnly)
        Console::err(tr("Warning: recording is off: %1; this call is not recorded (the log "
                        "can still be listed and exported).\n")
                         .arg(opened.readOnlyReason));
    else if (!opened.movedAsideTo.isEmpty())
        Console::err(tr("Warning: the failure log was damaged and moved aside to %1.\n")
                         .arg(opened.movedAsideTo));
    // A damaged page found while writing: the file is moved aside then and there.
    QObject::connect(&log, &FailureStore::opened, &log, [](const LogDatabase::OpenResult &result) {
        if (!result.movedAsideTo.isEmpty())
            Console::err(tr("Warning: the failure log was damaged and moved aside to %1.\n")
                             .arg(result.movedAsideTo));
    });
    // Never waits for the log: while another process holds it locked, the record is kept
    // beside it and written by the next process that can.
    pipeline.setFailureLog(&log, CallPipeline::Recording::NowOrKeep);
    QObject::connect(
        &pipeline, &CallPipeline::written, &log, [&log](const FailureStore::Kept &kept) {
            if (kept.spilled)
                Console::err(tr("Note: the failure log is in use by another process; the call was "
                                "kept in %1 and goes into the log once it is free.\n")
                                 .arg(log.spillPath()));
            else if (kept.id == 0)
                Console::err(tr("Warning: the call was not recorded in the failure log: %1\n")
                                 .arg(kept.error));
        });
    Session *session = pipeline.session();
    if (credentials.isValid()) {
        session->setCredentials(credentials);
        session->setProactiveRefresh(false); // one call: no need to refresh ahead
        std::optional<CallRecord> loginRecord;
        QObject::connect(
            session, &Session::loginFinished, &loop, [&](bool, const CallRecord &record) {
                loginRecord = record;
                loop.quit();
            });
        session->login();
        loop.exec();
        if (!session->isLoggedIn()) {
            QString why = CallOutput::describeFailure(*loginRecord, *catalogue);
            if (why.isEmpty())
                why = tr("The login answer has no access_token.\n");
            Console::err(tr("Login failed.\n") + why);
            const int code = CallOutput::exitCode(*loginRecord);
            return code == ExitSuccess ? ExitFailure : code;
        }
    }

    CallRecord result;
    CallTicket *call = pipeline.send(request);
    QObject::connect(call, &CallTicket::finished, &loop, [&](const CallResult &done) {
        result = done.record;
        loop.quit();
    });
    loop.exec();

    if (parser.isSet(jsonOption)) {
        Console::outBytes(
            QJsonDocument(CallOutput::toJson(result, *catalogue)).toJson(QJsonDocument::Indented));
    } else {
        Console::outBytes(result.responseBody);
        if (!result.responseBody.isEmpty() && !result.responseBody.endsWith('\n'))
            Console::outBytes("\n");
    }
    Console::err(CallOutput::describeFailure(result, *catalogue));
    checks.noteAnswer(result);
    return CallOutput::exitCode(result);
}

} // namespace xlink::cli
