#include "CallCommand.h"

#include "CallChecks.h"
#include "CallOutput.h"
#include "CallPipeline.h"
#include "CallSetup.h"
#include "CallTicket.h"
#include "CommandLine.h"
#include "JsonBodyValidator.h"
#include "MergedCatalogue.h"
#include "Session.h"
#include "Terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xlink::cli::CallCommand", text);
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
    CallSetup setup(parser);
    const QCommandLineOption dataOption(
        u"data"_s, tr("The JSON body, or @FILE to read it from a file."), u"JSON"_s);
    const QCommandLineOption headerOption(
        u"header"_s, tr("An extra header 'Name: value' (repeatable)."), u"HEADER"_s);
    const QCommandLineOption jsonOption(u"json"_s,
        tr("Print {status, headers, body, durationMs, error} as JSON instead of the body."));
    const QCommandLineOption strictOption(u"strict"_s,
        tr("Send nothing (exit 2) when the body does not fit the call's documented schema or "
           "the login cannot make the call; without it these are warnings."));
    parser.addOptions({ dataOption, headerOption, jsonOption, strictOption });
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
    if (const auto error = setup.readEnvironment())
        return usageError(*error);
    const Environment &environment = setup.environment();
    if (environment.baseUrl.isEmpty() && !request.hasAbsoluteTarget())
        return usageError(tr("the environment '%1' has no base URL yet (start the sandbox with "
                             "'xlink-cli sandbox' and pass --base-url).")
                              .arg(environment.name));

    // Who to log in as.
    if (const auto error = setup.readCredentials())
        return usageError(*error);
    const Session::Credentials &credentials = setup.credentials();

    // The documents' view of the call, before anything is sent (and before a password is
    // read from the keychain for a call that would not be sent).
    const CallChecks checks(
        request, credentials.account.isEmpty() ? std::nullopt : std::optional(credentials.kind));
    if (checks.warnBeforeSending() && parser.isSet(strictOption)) {
        Terminal::err(tr("Nothing was sent (--strict).\n"));
        return ExitUsage;
    }
    // A saved environment's secret may be in the keychain.
    if (const auto error = setup.readSavedSecret())
        return usageError(*error);
    const CallSetup::UserVariables userVariables = setup.readUserVariables();

    const std::shared_ptr<const ErrorCatalogue> catalogue = MergedCatalogue::load();
    CallPipeline &pipeline = setup.start(catalogue);
    if (const int failed = setup.logIn(*catalogue); failed != ExitSuccess)
        return failed;

    QEventLoop loop;
    CallRecord result;
    // {{name}} from the environment's own values (baseUrl, corpId...) and the user's.
    VariableMap variables = userVariables.values;
    const VariableMap builtIn = pipeline.environmentVariables();
    for (auto it = builtIn.constBegin(); it != builtIn.constEnd(); ++it)
        variables.insert(it.key(), it.value());
    CallTicket *call = pipeline.send(request, variables);
    QObject::connect(call, &CallTicket::finished, &loop, [&](const CallResult &done) {
        result = done.record;
        loop.quit();
    });
    loop.exec();

    if (parser.isSet(jsonOption)) {
        Terminal::outBytes(
            QJsonDocument(CallOutput::toJson(result, *catalogue)).toJson(QJsonDocument::Indented));
    } else {
        Terminal::outBytes(result.responseBody);
        if (!result.responseBody.isEmpty() && !result.responseBody.endsWith('\n'))
            Terminal::outBytes("\n");
    }
    Terminal::err(CallOutput::describeFailure(result, *catalogue));
    checks.noteAnswer(result);
    return CallOutput::exitCode(result);
}

} // namespace xlink::cli
