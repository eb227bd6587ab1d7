#include "CollectionCommand.h"

#include "CommandLine.h"
#include "PostmanFiles.h"
#include "PostmanImport.h"
#include "Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

// The command's strings, in its own translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::CollectionCommand)
};

bool readInput(const QString &path, QByteArray *bytes)
{
    QString error;
    if (!PostmanFiles::read(path, bytes, &error)) {
        Terminal::err(u"xlink-cli collection: "_s + error + u'\n');
        return false;
    }
    return true;
}

} // namespace

QString CollectionCommand::name() const
{
    return QStringLiteral("collection");
}

QString CollectionCommand::summary() const
{
    return Text::tr(
        "Import a Postman collection into .http files, or export .http files to Postman");
}

int CollectionCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("xlink-cli collection import FILE [--environment ENVFILE] -o DIR\n"
                       "       xlink-cli collection export PATH --format postman -o FILE"),
        Text::tr(
            "import: turns a Postman collection v2.1 (and a Postman environment) into a folder "
            "of .http files\nand an http-client.env.json; lists what was not imported "
            "(scripts, other body modes...).\n"
            "export: writes a collection folder, or one .http file, as a Postman collection "
            "v2.1 for newman;\nchained values and ?? assertions become test scripts.\n"
            "Exit codes: 0 done, 1 a file could not be read or written, 2 usage error or a "
            "file that does not\nparse (FILE:LINE:COLUMN: why)."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(
        QStringLiteral("ACTION"), Text::tr("import or export."), QStringLiteral("import|export"));
    parser.addPositionalArgument(QStringLiteral("PATH"),
        Text::tr(
            "import: the Postman collection file; export: the collection folder or .http file."));
    const QCommandLineOption outputOption(
        QStringList { QStringLiteral("o"), QStringLiteral("output") },
        Text::tr("import: the folder to write (new or empty); export: the file to write."),
        QStringLiteral("PATH"));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
        Text::tr("import: a Postman environment file, imported as an environment of "
                 "http-client.env.json."),
        QStringLiteral("ENVFILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        Text::tr("export: the format (only postman)."), QStringLiteral("FORMAT"),
        QStringLiteral("postman"));
    parser.addOptions({ outputOption, environmentOption, formatOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"import" && action != u"export")
        return commandLine.usageError(Text::tr("the action is import or export."));
    if (positional.size() != 2)
        return commandLine.usageError(Text::tr("%1 takes one PATH.").arg(action));
    if (!parser.isSet(outputOption))
        return commandLine.usageError(Text::tr("-o is missing."));
    const QString input = positional.at(1);
    const QString output = parser.value(outputOption);

    if (action == u"import") {
        if (parser.isSet(formatOption))
            return commandLine.usageError(Text::tr("--format is for export."));
        QByteArray collection;
        QByteArray environment;
        if (!readInput(input, &collection))
            return ExitFailure;
        if (parser.isSet(environmentOption)
            && !readInput(parser.value(environmentOption), &environment))
            return ExitFailure;
        const PostmanImport::Result result = PostmanImport::fromJson(collection, environment);
        if (!result.ok()) {
            Terminal::err(u"xlink-cli collection: "_s + input + u": " + result.error + u'\n');
            return ExitUsage;
        }
        QString error;
        if (!PostmanImport::write(result, output, &error)) {
            Terminal::err(u"xlink-cli collection: "_s + error + u'\n');
            return ExitFailure;
        }
        QString report = Text::tr("Requests imported into %1: %2")
                             .arg(QDir::toNativeSeparators(output))
                             .arg(result.requests)
            + u'\n';
        if (!result.notImported.isEmpty()) {
            report += Text::tr("Not imported:") + u'\n';
            for (const QString &line : result.notImported)
                report += u"  " + line + u'\n';
        }
        Terminal::out(report);
        return ExitSuccess;
    }

    if (parser.isSet(environmentOption))
        return commandLine.usageError(Text::tr("--environment is for import."));
    if (parser.value(formatOption) != u"postman")
        return commandLine.usageError(
            Text::tr("unknown format '%1': only postman.").arg(parser.value(formatOption)));
    if (!QFileInfo::exists(input)) {
        Terminal::err(u"xlink-cli collection: "_s + input + u": "
            + Text::tr("no such file or folder") + u'\n');
        return ExitFailure;
    }
    QStringList notes;
    QString error;
    switch (PostmanFiles::exportCollection(input, output, &notes, &error)) {
    case PostmanFiles::Outcome::Done:
        break;
    case PostmanFiles::Outcome::Problems:
        Terminal::err(error);
        return ExitUsage;
    case PostmanFiles::Outcome::BadEnvironmentFile:
        Terminal::err(u"xlink-cli collection: "_s + error + u'\n');
        return ExitUsage;
    case PostmanFiles::Outcome::NotSaved:
        Terminal::err(u"xlink-cli collection: "_s + error + u'\n');
        return ExitFailure;
    }
    for (const QString &note : std::as_const(notes))
        Terminal::err(Text::tr("note: ") + note + u'\n');
    return ExitSuccess;
}

} // namespace xlink::cli
