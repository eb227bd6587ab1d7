#include "RunCommand.h"

#include "CallSetup.h"
#include "CollectionRunner.h"
#include "CommandLine.h"
#include "HttpCollection.h"
#include "JUnitReport.h"
#include "MergedCatalogue.h"
#include "RunJsonReport.h"
#include "RunTarget.h"
#include "RunTextReport.h"
#include "Terminal.h"
#include "TerminationSignals.h"
#include "util/OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::RunCommand)
};

// 4 when a request got no answer that no assertion expected, else 3 when one got an error
// answer no assertion expected, else 1 when anything else did not pass (an assertion, a
// variable without a value, a request not reached), else 0.
int exitCodeOf(const RunSummary &summary)
{
    using Outcome = RequestRunResult::Outcome;
    if (summary.count(Outcome::NoAnswer) > 0)
        return ExitNoAnswer;
    if (summary.count(Outcome::ErrorAnswer) > 0)
        return ExitServerError;
    return summary.allPassed() ? ExitSuccess : ExitFailure;
}

} // namespace

QString RunCommand::name() const
{
    return u"run"_s;
}

QString RunCommand::summary() const
{
    return Text::tr("Run .http collections against the platform (or the sandbox), with their "
                    "assertions");
}

int RunCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(u"xlink-cli run PATH... [OPTIONS]"_s,
        Text::tr("Runs the requests of each PATH (a collection folder or a .http file) in order: "
                 "placeholders\nfilled from --var, the file's variables, the collection's "
                 "http-client.env.json and the\nenvironment (baseUrl, corpId...), values chained "
                 "from earlier named responses, ?? assertions\nchecked. A request whose "
                 "placeholder has no value is not sent and the run goes on. A request\nthat sets "
                 "no Access-Token gets the session's. Every call is kept in the failure log.\n"
                 "Exit codes: 0 every request passed; 1 an assertion failed (or a request was "
                 "not sent or not\nrun); 3 a request got an HTTP or platform error no assertion "
                 "expected; 4 a request got no\nusable answer; 2 usage, or a file that does not "
                 "parse (FILE:LINE:COLUMN: why).\nCtrl+C (or SIGTERM) stops the run: the request "
                 "on its way "
                 "is cancelled, the report covers\nwhat ran, every call made is kept in the "
                 "failure log; exit 130 (143 for SIGTERM)."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(u"PATH"_s,
        Text::tr("A collection folder or a .http file (several run one after the other)."),
        u"PATH..."_s);
    CallSetup setup(parser);
    const QCommandLineOption varOption(u"var"_s,
        Text::tr("Give the variable K the value V, over every other source (repeatable)."),
        u"K=V"_s);
    const QCommandLineOption reporterOption(u"reporter"_s,
        Text::tr("How to report: text (default), json or junit."), u"FORMAT"_s, u"text"_s);
    const QCommandLineOption outputOption(QStringList { u"o"_s, u"output"_s },
        Text::tr("Write the report to FILE (the text report still goes to the terminal)."),
        u"FILE"_s);
    const QCommandLineOption bailOption(
        u"bail"_s, Text::tr("Stop at the first request that does not pass."));
    parser.addOptions({ varOption, reporterOption, outputOption, bailOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const auto usageError
        = [&commandLine](const QString &message) { return commandLine.usageError(message); };

    const QString reporter = parser.value(reporterOption);
    if (reporter != u"text" && reporter != u"json" && reporter != u"junit")
        return usageError(Text::tr("unknown reporter '%1': text, json or junit.").arg(reporter));
    QHash<QString, QString> overrides;
    for (const QString &assignment : parser.values(varOption)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return usageError(Text::tr("--var needs K=V, got '%1'.").arg(assignment));
        overrides.insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(Text::tr("expected at least one PATH."));

    // Every file is read before anything is sent: a file that does not parse stops the run
    // with its line and column.
    QList<RunTarget> targets;
    QStringList roots;
    bool unreadable = false;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            return usageError(Text::tr("%1: no such file or folder.").arg(path));
        QList<HttpCollection::Problem> problems;
        RunTarget target;
        QString error;
        const bool loaded = target.load(path, &problems, &error);
        if (!problems.isEmpty()) {
            QString text;
            for (const HttpCollection::Problem &problem : std::as_const(problems))
                text += problem.toText() + u'\n';
            Terminal::err(text);
            unreadable = true;
            continue;
        }
        if (!loaded) {
            Terminal::err(u"xlink-cli run: "_s + error + u'\n');
            unreadable = true;
            continue;
        }
        roots.append(target.root());
        targets.append(std::move(target));
    }
    if (unreadable)
        return ExitUsage;
    int requests = 0;
    for (const RunTarget &target : std::as_const(targets))
        requests += int(target.collection().requests().size());
    if (requests == 0)
        return usageError(Text::tr("no requests in %1.").arg(paths.join(u", "_s)));

    if (const auto error = setup.readEnvironment(CallSetup::EnvironmentName::MayBeCollectionOnly))
        return usageError(*error);
    const QString environmentName = setup.environmentName();
    if (!environmentName.isEmpty() && !setup.hasSavedEnvironment()) {
        const bool inAFile
            = std::any_of(targets.cbegin(), targets.cend(), [&](const RunTarget &target) {
                  return target.environments().environmentNames().contains(environmentName);
              });
        if (!inAFile)
            return usageError(Text::tr("no environment named '%1', neither saved nor in the "
                                       "collection's http-client.env.json.")
                                  .arg(environmentName));
    }
    if (const auto error = setup.readCredentials())
        return usageError(*error);
    if (const auto error = setup.readSavedSecret())
        return usageError(*error);
    const CallSetup::UserVariables userVariables = setup.readUserVariables();

    const std::shared_ptr<const ErrorCatalogue> catalogue = MergedCatalogue::load();
    // Hundreds of calls: the log's writer thread writes them in batches beside the run.
    CallPipeline &pipeline = setup.start(catalogue, CallPipeline::Recording::Batched);
    if (const int failed = setup.logIn(*catalogue); failed != ExitSuccess)
        return failed;

    CollectionRunner runner(&pipeline);
    for (const RunTarget &target : std::as_const(targets))
        target.addTo(runner, environmentName);
    runner.setOverrides(overrides);
    runner.setEnvironmentValues(userVariables.values);
    runner.setSecretValues(userVariables.secretValues);
    runner.setBail(parser.isSet(bailOption));

    // The text goes to the terminal as each request finishes, unless stdout is the JSON or
    // XML report.
    const bool toFile = parser.isSet(outputOption);
    const bool streamText = reporter == u"text" || toFile;
    const RunTextReport text(roots, catalogue.get());
    if (streamText) {
        QObject::connect(&runner, &CollectionRunner::requestFinished, &runner,
            [&text](const RequestRunResult &result) { Terminal::out(text.line(result)); });
    }
    // Ctrl+C, or a CI job's SIGTERM, ends the run as --bail would instead of killing the
    // process: the calls that wait in the pipeline's batch still reach the log on the way out,
    // and the report says what ran.
    TerminationSignals termination;
    int stoppedBy = 0;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &runner,
        [&runner, &stoppedBy](int signalNumber) {
            stoppedBy = signalNumber;
            runner.cancel();
        });
    QEventLoop loop;
    QObject::connect(&runner, &CollectionRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    const RunSummary &summary = runner.summary();
    if (streamText)
        Terminal::out(text.summary(summary));

    QByteArray report;
    if (reporter == u"json")
        report = RunJsonReport::toBytes(summary, roots);
    else if (reporter == u"junit")
        report = JUnitReport::toXml(summary, roots);
    else if (toFile)
        report = text.toText(summary).toUtf8();
    if (toFile) {
        QString error;
        if (!OwnerOnlyFiles::save(parser.value(outputOption), report, &error)) {
            Terminal::err(
                u"xlink-cli run: "_s + parser.value(outputOption) + u": " + error + u'\n');
            return ExitFailure;
        }
    } else if (!report.isEmpty()) {
        Terminal::outBytes(report);
    }
    // The shell's convention for a process ended by a signal.
    return stoppedBy != 0 ? 128 + stoppedBy : exitCodeOf(summary);
}

} // namespace xlink::cli
