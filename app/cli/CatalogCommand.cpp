#include "CatalogCommand.h"

#include "CommandLine.h"
#include "Terminal.h"
#include "catalogue/UserCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xlink::cli {

namespace {

using namespace Qt::StringLiterals;

QJsonArray entriesJson(const UserCatalogue::ImportReport &report)
{
    // A row that repeats a code with another message says which line it repeats.
    QHash<int, int> repeats; // line -> first line
    for (const ErrorPageParser::Note &note : report.notes)
        repeats.insert(note.line, note.firstLine);
    QJsonArray entries;
    for (const ParsedCode &code : report.parsed) {
        QJsonObject object { { u"code"_s, code.code }, { u"httpStatus"_s, code.httpStatus },
            { u"message"_s, code.message }, { u"line"_s, code.line } };
        if (repeats.contains(code.line))
            object.insert(u"duplicateOfLine"_s, repeats.value(code.line));
        entries.append(object);
    }
    return entries;
}

QJsonArray notesJson(const UserCatalogue::ImportReport &report)
{
    QJsonArray notes;
    for (const ErrorPageParser::Note &note : report.notes)
        notes.append(note.text());
    return notes;
}

} // namespace

QString CatalogCommand::name() const
{
    return QStringLiteral("catalog");
}

QString CatalogCommand::summary() const
{
    return QCoreApplication::translate(
        "xlink::cli::CatalogCommand", "Import a newer error-code page; show the user catalogue");
}

int CatalogCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("xlink-cli catalog import [OPTIONS] FILE.md\n"
                                           "       xlink-cli catalog path"),
        QCoreApplication::translate("xlink::cli::CatalogCommand",
            "import: reads an error-code page in the platform's Markdown format (any of its "
            "dialects)\nand merges its codes into your user catalogue. The built-in catalogue "
            "is never changed;\nwhere a text differs from it, both are kept, each marked with "
            "its source. A malformed\npage is refused with the number of the offending line, "
            "and nothing is imported.\n"
            "path: prints where the user catalogue is kept.\n"
            "Exit codes: 0 done, 1 the user catalogue could not be written, 2 usage error or a "
            "page\nthat cannot be read or is malformed."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("xlink::cli::CatalogCommand", "import or path."),
        QStringLiteral("import|path"));
    parser.addPositionalArgument(QStringLiteral("FILE.md"),
        QCoreApplication::translate(
            "xlink::cli::CatalogCommand", "For import: the error-code page (UTF-8 Markdown)."),
        QStringLiteral("[FILE.md]"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        QCoreApplication::translate("xlink::cli::CatalogCommand",
            "Parse the page and compare it with the catalogue, but write nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate("xlink::cli::CatalogCommand",
            "Print JSON. With --dry-run: the parsed entries (code, httpStatus, message, line)."));
    parser.addOption(dryRunOption);
    parser.addOption(jsonOption);
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.isSet(jsonOption);
    if (action == u"path") {
        if (positional.size() > 1) {
            return commandLine.usageError(
                QCoreApplication::translate("xlink::cli::CatalogCommand", "path takes no FILE."));
        }
        const QString path = QDir::toNativeSeparators(UserCatalogue::filePath());
        if (json)
            Terminal::outBytes(QJsonDocument(QJsonObject { { u"path"_s, path } }).toJson());
        else
            Terminal::out(path + u'\n');
        return ExitSuccess;
    }
    if (action != u"import") {
        return commandLine.usageError(action.isEmpty()
                ? QCoreApplication::translate(
                    "xlink::cli::CatalogCommand", "say what to do: import FILE.md or path.")
                : QCoreApplication::translate("xlink::cli::CatalogCommand",
                    "unknown action '%1': use import FILE.md or path.")
                      .arg(action));
    }
    if (positional.size() != 2) {
        return commandLine.usageError(QCoreApplication::translate(
            "xlink::cli::CatalogCommand", "import takes exactly one FILE.md."));
    }

    const bool dryRun = parser.isSet(dryRunOption);
    const UserCatalogue::ImportReport report = UserCatalogue::importPage(positional.at(1),
        dryRun ? UserCatalogue::ImportMode::DryRun : UserCatalogue::ImportMode::Write);
    if (!report.warning.isEmpty())
        Terminal::err(report.warning + u'\n');

    if (!report.ok) {
        Terminal::err(QCoreApplication::translate(
            "xlink::cli::CatalogCommand", "xlink-cli catalog import: %1\nNothing was imported.\n")
                          .arg(report.error));
        if (json) {
            const QJsonObject error { { u"error"_s, report.error },
                { u"line"_s,
                    report.errorLine > 0 ? QJsonValue(report.errorLine)
                                         : QJsonValue(QJsonValue::Null) } };
            Terminal::outBytes(QJsonDocument(error).toJson());
        }
        return report.failure == UserCatalogue::ImportReport::Failure::Storage ? ExitFailure
                                                                               : ExitUsage;
    }

    if (json) {
        if (dryRun) {
            Terminal::outBytes(QJsonDocument(entriesJson(report)).toJson());
        } else {
            const QJsonObject summary { { u"source"_s, report.source },
                { u"catalogue"_s, QDir::toNativeSeparators(report.userFile) },
                { u"added"_s, report.added }, { u"differing"_s, report.differing },
                { u"unchanged"_s, report.unchanged },
                { u"replacedEarlierImport"_s, report.replacedEarlierImport },
                { u"notes"_s, notesJson(report) }, { u"entries"_s, entriesJson(report) } };
            Terminal::outBytes(QJsonDocument(summary).toJson());
        }
        return ExitSuccess;
    }

    QString out;
    if (dryRun) {
        for (const ParsedCode &code : report.parsed) {
            out += QCoreApplication::translate(
                       "xlink::cli::CatalogCommand", "line %1: %2 (HTTP %3) %4")
                       .arg(code.line)
                       .arg(code.code)
                       .arg(code.httpStatus)
                       .arg(code.message)
                + u'\n';
        }
    }
    for (const ErrorPageParser::Note &note : report.notes)
        out += note.text() + u'\n';
    out += QCoreApplication::translate(
               "xlink::cli::CatalogCommand", "%n code(s) read", nullptr, int(report.parsed.size()))
        + u": "
        + QCoreApplication::translate("xlink::cli::CatalogCommand",
            "%1 new, %2 with a text that differs from the catalogue's (both are kept), %3 "
            "unchanged.")
              .arg(report.added)
              .arg(report.differing)
              .arg(report.unchanged)
        + u'\n';
    if (dryRun) {
        out += QCoreApplication::translate(
            "xlink::cli::CatalogCommand", "Dry run: nothing was written.\n");
    } else {
        out += (report.replacedEarlierImport
                       ? QCoreApplication::translate("xlink::cli::CatalogCommand",
                           "Imported as %1 into %2, replacing the earlier import of that page.")
                       : QCoreApplication::translate(
                           "xlink::cli::CatalogCommand", "Imported as %1 into %2."))
                   .arg(report.source, QDir::toNativeSeparators(report.userFile))
            + u'\n';
    }
    Terminal::out(out);
    return ExitSuccess;
}

} // namespace xlink::cli
