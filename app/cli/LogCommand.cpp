#include "LogCommand.h"

#include "CommandLine.h"
#include "LogDatabase.h"
#include "LogPush.h"
#include "LogQuery.h"
#include "MergedCatalogue.h"
#include "SpillFile.h"
#include "TeamConnectionOption.h"
#include "TeamDatabase.h"
#include "TeamLocalCopy.h"
#include "TeamQuery.h"
#include "TeamSchema.h"
#include "Terminal.h"
#include "call/EnvironmentNames.h"
#include "report/RecordJson.h"
#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"
#include "report/ReportText.h"
#include "util/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstring>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

const QCommandLineOption codeOption(QStringLiteral("code"),
    QCoreApplication::translate(
        "xlink::cli::LogCommand", "Only this platform code (repeat or separate with commas)."),
    QStringLiteral("C"));
const QCommandLineOption statusOption(QStringLiteral("status"),
    QCoreApplication::translate("xlink::cli::LogCommand",
        "Only this HTTP status; 0 for calls without an answer (repeat or separate with commas)."),
    QStringLiteral("S"));
const QCommandLineOption sinceOption(QStringLiteral("since"),
    QCoreApplication::translate("xlink::cli::LogCommand",
        "Only calls made at or after this ISO 8601 time (local time unless it has a zone)."),
    QStringLiteral("TIME"));
const QCommandLineOption untilOption(QStringLiteral("until"),
    QCoreApplication::translate(
        "xlink::cli::LogCommand", "Only calls made before this ISO 8601 time."),
    QStringLiteral("TIME"));
const QCommandLineOption grepOption(QStringLiteral("grep"),
    QCoreApplication::translate("xlink::cli::LogCommand",
        "Only calls whose URL, messages or environment contain TEXT (any case)."),
    QStringLiteral("TEXT"));
const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
    QCoreApplication::translate("xlink::cli::LogCommand",
        "Only this endpoint, ids written as {id}, e.g. /v2/product/{id}/device/{id}."),
    QStringLiteral("PATH"));
const QCommandLineOption envOption(QStringLiteral("env"),
    QCoreApplication::translate("xlink::cli::LogCommand", "Only this environment."),
    QStringLiteral("NAME"));
const QCommandLineOption kindOption(QStringLiteral("kind"),
    QCoreApplication::translate("xlink::cli::LogCommand",
        "Only this kind: http, platform, network, dns, timeout, malformed, schema (or success "
        "or cancelled with --all)."),
    QStringLiteral("KIND"));
const QCommandLineOption allOption(QStringLiteral("all"),
    QCoreApplication::translate("xlink::cli::LogCommand",
        "Include successful and cancelled calls (the history), not only failures."));
const QCommandLineOption teamOption(QStringLiteral("team"),
    QCoreApplication::translate("xlink::cli::LogCommand",
        "Read the team log on PostgreSQL instead of this machine's log (see --team-db)."));
const QCommandLineOption senderOption(QStringLiteral("sender"),
    QCoreApplication::translate("xlink::cli::LogCommand",
        "With --team: only records this sender sent (repeat or separate with commas)."),
    QStringLiteral("NAME"));

QStringList splitValues(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    if (!time.isValid())
        return std::nullopt;
    return time;
}

// Opens the log read-write (so an old schema is migrated and a damaged file moved aside,
// exactly as the console would), telling the user when a file was moved. A log moved aside
// could not be read: `movedAside` says so, for list and export to fail rather than answer from
// the fresh, empty one.
bool openLog(LogDatabase &database, bool *movedAside = nullptr)
{
    const auto opened = database.open();
    if (movedAside)
        *movedAside = !opened.movedAsideTo.isEmpty();
    if (!opened.movedAsideTo.isEmpty())
        Terminal::err(QCoreApplication::translate("xlink::cli::LogCommand",
            "The failure log was damaged; it was moved to %1 and a new one was started.\n")
                          .arg(opened.movedAsideTo));
    if (!opened.ok) {
        Terminal::err(QCoreApplication::translate(
            "xlink::cli::LogCommand", "Cannot open the failure log %1: %2\n")
                          .arg(database.path(), opened.error));
        return false;
    }
    // Calls kept beside the log while another process held it locked are listed and exported
    // too: they go in now, as a writer would take them.
    if (SpillFile spill(database.path()); !opened.readOnly && spill.exists())
        spill.takeInto(database.db(), MergedCatalogue::load());
    return true;
}

// A query that found the file damaged (opening reads only a few pages of it): move it aside
// and start a fresh one, as opening does, and say where it went. Only this process's own
// connection is open, so the move waits for nothing.
void recoverDamagedLog(LogDatabase &database, const LogQuery &query)
{
    const auto recovered = database.moveAsideAndRecreate(query.lastError(), 0);
    if (!recovered.movedAsideTo.isEmpty())
        Terminal::err(QCoreApplication::translate("xlink::cli::LogCommand",
            "The failure log was damaged; it was moved to %1 and a new one was started.\n")
                          .arg(recovered.movedAsideTo));
    else
        Terminal::err(QCoreApplication::translate(
            "xlink::cli::LogCommand", "The failure log %1 is damaged: %2\n")
                          .arg(database.path(), recovered.error));
}

} // namespace

QString LogCommand::name() const
{
    return QStringLiteral("log");
}

QString LogCommand::summary() const
{
    return tr("List or export the failure log (list, export, path)");
}

bool LogCommand::needsGui(int argc, char **argv)
{
    bool isLog = false;
    bool isExport = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (i == 1)
            isLog = std::strcmp(arg, "log") == 0;
        else if (i == 2)
            isExport = std::strcmp(arg, "export") == 0;
        else if ((std::strcmp(arg, "--format") == 0 || std::strcmp(arg, "-f") == 0) && i + 1 < argc)
            pdf = pdf || std::strcmp(argv[i + 1], "pdf") == 0;
        else if (std::strcmp(arg, "--format=pdf") == 0)
            pdf = true;
    }
    return isLog && isExport && pdf;
}

void LogCommand::addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions(
        { codeOption, statusOption, sinceOption, untilOption, grepOption, endpointOption, envOption,
            kindOption, allOption, teamOption, senderOption, TeamConnectionOption::option() });
}

bool LogCommand::readFilter(const QCommandLineParser &parser, LogFilter &filter)
{
    filter.failuresOnly = !parser.isSet(allOption);
    for (const QString &value : splitValues(parser.values(codeOption))) {
        bool ok = false;
        const int code = value.toInt(&ok);
        if (!ok || code <= 0) {
            Terminal::err(tr("xlink-cli log: '%1' is not a platform code.\n").arg(value));
            return false;
        }
        filter.codes << code;
    }
    for (const QString &value : splitValues(parser.values(statusOption))) {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < 0 || status > 999) {
            Terminal::err(tr("xlink-cli log: '%1' is not an HTTP status.\n").arg(value));
            return false;
        }
        filter.statuses << status;
    }
    for (const auto &[option, target] :
        { std::pair { &sinceOption, &filter.since }, std::pair { &untilOption, &filter.until } }) {
        if (!parser.isSet(*option))
            continue;
        const auto time = parseTime(parser.value(*option));
        if (!time) {
            Terminal::err(tr("xlink-cli log: '%1' is not an ISO 8601 time such as "
                             "2026-03-01T08:00:00Z or 2026-03-01.\n")
                              .arg(parser.value(*option)));
            return false;
        }
        *target = *time;
    }
    filter.text = parser.value(grepOption);
    filter.endpoints = splitValues(parser.values(endpointOption));
    // A built-in environment is found by its name in either language (EnvironmentNames).
    for (const QString &name : parser.values(envOption))
        filter.environments << EnvironmentNames::recordedForms(name);
    for (const QString &value : splitValues(parser.values(kindOption))) {
        const auto kind = CallRecord::kindFromName(value.toLower());
        if (!kind) {
            Terminal::err(
                tr("xlink-cli log: unknown kind '%1' (http, platform, network, dns, timeout, "
                   "malformed, schema, success, cancelled).\n")
                    .arg(value));
            return false;
        }
        filter.kinds << *kind;
    }
    return true;
}

int LogCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.size() > 2 ? arguments.at(2) : QString();
    // The subcommand's CommandLine sees "log SUB" as its command.
    const QStringList rest
        = QStringList { arguments.value(0), QStringLiteral("log ") + sub } + arguments.mid(3);
    if (sub == u"list")
        return list(rest);
    if (sub == u"export")
        return exportReport(rest);
    if (sub == u"path")
        return path(rest);
    if (sub == u"push")
        return LogPush::run(rest);
    const QString usage = tr("Usage: xlink-cli log list [FILTERS] [--limit N] [--json] [--team]\n"
                             "       xlink-cli log export --format md|html|pdf|csv|json|har "
                             "-o FILE [FILTERS] [--team]\n"
                             "       xlink-cli log push [--team-db URI]\n"
                             "       xlink-cli log path\n"
                             "Run 'xlink-cli log list --help' for the filters.\n");
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        Terminal::out(usage);
        return ExitSuccess;
    }
    if (!sub.isEmpty())
        Terminal::err(tr("xlink-cli log: unknown subcommand '%1'.\n").arg(sub));
    Terminal::err(usage);
    return ExitUsage;
}

int LogCommand::list(const QStringList &arguments)
{
    CommandLine commandLine(tr("xlink-cli log list [FILTERS] [--limit N] [--json]"),
        tr("Lists the failure log, newest first. Without filters: the latest failures.\n"
           "Exit codes: 0 records listed, 1 none match or the log could not be read (a "
           "damaged log is moved aside and named), 2 usage error."));
    QCommandLineParser &parser = commandLine.parser();
    addFilterOptions(parser);
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        tr("At most N records (default 50; 0 for all)."), tr("N"), QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        tr("Print a JSON array of records (id, time, environment, method, url, status, code, "
           "kind, zh, en, serverMsg, durationMs, ...)."));
    parser.addOptions({ limitOption, jsonOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        Terminal::err(tr("xlink-cli log list: unexpected argument '%1'\n")
                          .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    LogFilter filter;
    if (!readFilter(parser, filter))
        return ExitUsage;
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 0) {
        Terminal::err(tr("xlink-cli log list: --limit needs a number (0 for all).\n"));
        return ExitUsage;
    }
    if (!checkTeamOptions(parser, u"xlink-cli log list"_s))
        return ExitUsage;
    if (parser.isSet(teamOption))
        return listTeam(parser, filter, limit, parser.isSet(jsonOption));

    LogDatabase database(LogDatabase::defaultPath());
    bool movedAside = false;
    if (!openLog(database, &movedAside))
        return ExitFailure;
    if (movedAside) {
        // Its records could not be read: the fresh log's "nothing" would be no answer.
        Terminal::err(tr("xlink-cli log list: no records were listed.\n"));
        return ExitFailure;
    }
    const LogQuery query(database.db());
    QList<LogEntry> entries
        = query.page(filter, 0, limit == 0 ? std::numeric_limits<int>::max() : limit);
    if (query.foundDamage()) {
        recoverDamagedLog(database, query);
        Terminal::err(tr("xlink-cli log list: no records were listed.\n"));
        return ExitFailure;
    }
    if (!query.lastError().isEmpty()) {
        Terminal::err(tr("xlink-cli log list: %1\n").arg(query.lastError()));
        return ExitFailure;
    }
    // Nothing found is exit code 1, as for lookup and decode.
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const LogEntry &entry : entries)
            array.append(RecordJson::summary(entry));
        Terminal::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return entries.isEmpty() ? ExitFailure : ExitSuccess;
    }
    if (entries.isEmpty()) {
        Terminal::err(tr("No records match.\n"));
        return ExitFailure;
    }
    QString text;
    for (const LogEntry &e : entries)
        text += entryText(e, {});
    Terminal::out(text);
    return ExitSuccess;
}

QString LogCommand::entryText(const LogEntry &e, const QString &sender)
{
    const Language language = Translations::current();
    QString text;
    {
        const QString status
            = e.httpStatus > 0 ? QString::number(e.httpStatus) : QStringLiteral("-");
        const QString code = e.code ? QString::number(*e.code) : QStringLiteral("-");
        const QString message = language == Language::Chinese ? (e.zh.isEmpty() ? e.en : e.zh)
                                                              : (e.en.isEmpty() ? e.zh : e.en);
        text += QString::number(e.id).rightJustified(7) + u"  "
            + e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u"  "
            + status.leftJustified(4) + u' ' + code.leftJustified(8) + u' '
            + CallRecord::kindName(e.kind).leftJustified(10) + u' '
            + QString::fromLatin1(e.method).leftJustified(6) + u' ' + e.url + u"\n         "
            + message;
        if (!e.serverMessage.isEmpty() && e.serverMessage != message)
            text += u" — " + e.serverMessage;
        if (const QString failure = e.failureText(); !failure.isEmpty())
            text += u" — " + failure;
        if (!sender.isEmpty())
            text += u"\n         " + tr("sent by %1").arg(sender);
        text += u'\n';
    }
    return text;
}

bool LogCommand::checkTeamOptions(const QCommandLineParser &parser, const QString &command)
{
    if (!parser.isSet(teamOption)
        && (parser.isSet(senderOption) || parser.isSet(TeamConnectionOption::option()))) {
        Terminal::err(
            tr("%1: --sender and --team-db read the team log: add --team.\n").arg(command));
        return false;
    }
    return true;
}

std::optional<TeamQuery> LogCommand::openTeam(
    const QCommandLineParser &parser, TeamDatabase &database, const QString &command)
{
    const auto settings = TeamConnectionOption::resolve(parser, command);
    if (!settings)
        return std::nullopt;
    TeamConnectionError error = database.open(*settings);
    if (error.ok())
        error = TeamSchema::checkReadable(database.db());
    if (!error.ok()) {
        Terminal::err(command + u": " + error.message() + u'\n');
        return std::nullopt;
    }
    return TeamQuery(database.db());
}

int LogCommand::listTeam(
    const QCommandLineParser &parser, const LogFilter &filter, int limit, bool json)
{
    TeamDatabase database;
    const auto query = openTeam(parser, database, u"xlink-cli log list"_s);
    if (!query)
        return ExitFailure;
    TeamFilter teamFilter;
    teamFilter.log = filter;
    teamFilter.senders = splitValues(parser.values(senderOption));
    const QList<TeamEntry> rows
        = query->page(teamFilter, 0, limit == 0 ? std::numeric_limits<int>::max() : limit);
    if (!query->lastError().isEmpty()) {
        Terminal::err(tr("xlink-cli log list: %1\n").arg(query->lastError()));
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const TeamEntry &row : rows) {
            QJsonObject object = RecordJson::summary(row.entry);
            object.insert(u"sender"_s, row.sender);
            array.append(object);
        }
        Terminal::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return rows.isEmpty() ? ExitFailure : ExitSuccess;
    }
    if (rows.isEmpty()) {
        Terminal::err(tr("No records match.\n"));
        return ExitFailure;
    }
    QString text;
    for (const TeamEntry &row : rows)
        text += entryText(row.entry, row.sender);
    Terminal::out(text);
    return ExitSuccess;
}

int LogCommand::exportReport(const QStringList &arguments)
{
    CommandLine commandLine(tr("xlink-cli log export --format FORMAT -o FILE [FILTERS]"),
        tr("Writes a report of the selected records (failures by default): a summary by code, "
           "endpoint and status, then each record with a curl command to repeat it. Secrets "
           "are always redacted."));
    QCommandLineParser &parser = commandLine.parser();
    addFilterOptions(parser);
    const QCommandLineOption formatOption(
        QStringList { QStringLiteral("f"), QStringLiteral("format") },
        tr("md, html, pdf, csv, json or har."), tr("FORMAT"));
    const QCommandLineOption outputOption(
        QStringList { QStringLiteral("o"), QStringLiteral("output") },
        tr("The file to write (replaced only once the new one is complete)."), tr("FILE"));
    const QCommandLineOption bomOption(
        QStringLiteral("bom"), tr("CSV: start with a UTF-8 byte order mark, for Excel."));
    const QCommandLineOption pdfRecordsOption(QStringLiteral("pdf-records"),
        tr("PDF: the most records after the summary (default %1).")
            .arg(ReportOptions::defaultPdfRecordLimit),
        tr("N"));
    parser.addOptions({ formatOption, outputOption, bomOption, pdfRecordsOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const auto format = ReportExporter::formatFromName(parser.value(formatOption));
    if (!format) {
        Terminal::err(tr("xlink-cli log export: --format must be one of %1.\n")
                          .arg(ReportExporter::formatNames().join(u", ")));
        return ExitUsage;
    }
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty()) {
        Terminal::err(tr("xlink-cli log export: -o FILE is required.\n"));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Terminal::err(tr("xlink-cli log export: unexpected argument '%1'\n")
                          .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    ReportOptions options;
    options.csvByteOrderMark = parser.isSet(bomOption);
    if (parser.isSet(pdfRecordsOption)) {
        bool ok = false;
        options.pdfRecordLimit = parser.value(pdfRecordsOption).toInt(&ok);
        if (!ok || options.pdfRecordLimit < 0) {
            Terminal::err(
                tr("xlink-cli log export: --pdf-records must be a number of 0 or more.\n"));
            return ExitUsage;
        }
    }
    LogFilter filter;
    if (!readFilter(parser, filter))
        return ExitUsage;
    if (!checkTeamOptions(parser, u"xlink-cli log export"_s))
        return ExitUsage;
    const std::shared_ptr<const ErrorCatalogue> catalogue = MergedCatalogue::load();

    std::unique_ptr<LogDatabase> ownLog;
    // A team report is made from a private copy of the selection (TeamLocalCopy), by the same
    // writers as a local one.
    TeamLocalCopy teamCopy;
    TeamFilter teamFilter;
    LogDatabase *source = nullptr;
    if (parser.isSet(teamOption)) {
        TeamDatabase team;
        const auto teamQuery = openTeam(parser, team, u"xlink-cli log export"_s);
        if (!teamQuery)
            return ExitFailure;
        teamFilter.log = filter;
        teamFilter.senders = splitValues(parser.values(senderOption));
        QString error;
        if (teamCopy.copy(*teamQuery, teamFilter, catalogue, &error) < 0) {
            Terminal::err(tr("xlink-cli log export: cannot read the team log: %1\n").arg(error));
            return ExitFailure;
        }
        source = teamCopy.database();
        filter.ids.clear(); // the copy holds the selection, under ids of its own
    } else {
        ownLog = std::make_unique<LogDatabase>(LogDatabase::defaultPath());
        bool movedAside = false;
        if (!openLog(*ownLog, &movedAside))
            return ExitFailure;
        if (movedAside) {
            // A report of the fresh, empty log would pass for one of the damaged log's records.
            Terminal::err(
                tr("xlink-cli log export: %1 was not written.\n").arg(parser.value(outputOption)));
            return ExitFailure;
        }
        source = ownLog.get();
    }
    LogDatabase &database = *source;
    const LogQuery query(database.db());
    Report report = ReportBuilder::buildFor(*format, query, filter, *catalogue);
    if (parser.isSet(teamOption))
        teamCopy.nameSenders(report, teamFilter); // each record says who sent it
    if (*format == ReportExporter::Format::Pdf) {
        // Said before the pages are painted, which takes a while.
        if (const QString plan = ReportText::pdfPlan(report.summary.total, options.pdfRecordLimit);
            !plan.isEmpty())
            Terminal::err(plan + u'\n');
    }
    QString error;
    const QString output = parser.value(outputOption);
    const bool saved = ReportExporter::save(report, *format, output, options, &error);
    if (query.foundDamage()) {
        // Nothing is written from a damaged log: a report missing records it cannot read would
        // pass for a whole one.
        recoverDamagedLog(database, query);
        Terminal::err(tr("xlink-cli log export: the failure log was damaged; %1 was not written.\n")
                          .arg(output));
        return ExitFailure;
    }
    if (!saved) {
        Terminal::err(tr("xlink-cli log export: cannot write %1: %2\n").arg(output, error));
        return ExitFailure;
    }
    const qint64 written = *format == ReportExporter::Format::Pdf
        ? std::min<qint64>(report.summary.total, options.pdfRecordLimit)
        : report.summary.total;
    Terminal::err(tr("Wrote %n record(s) to %1.\n", nullptr, int(written)).arg(output));
    return ExitSuccess;
}

int LogCommand::path(const QStringList &arguments)
{
    CommandLine commandLine(
        tr("xlink-cli log path"), tr("Prints where the failure log is stored."));
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    Terminal::out(LogDatabase::defaultPath() + u'\n');
    return ExitSuccess;
}

} // namespace xlink::cli
