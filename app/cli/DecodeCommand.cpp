#include "DecodeCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "catalogue/EntryFormatter.h"
#include "catalogue/ErrorTextScanner.h"
#include "catalogue/UserCatalogue.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace xlink::cli {

namespace {

// The 1-based line of the first byte sequence that is not UTF-8.
int firstInvalidLine(QByteArrayView bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes.sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(fileno(stdin));
#endif
}

} // namespace

QString DecodeCommand::name() const
{
    return QStringLiteral("decode");
}

QString DecodeCommand::summary() const
{
    return QCoreApplication::translate(
        "xlink::cli::DecodeCommand", "Find and explain every platform error in a text");
}

int DecodeCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("xlink-cli decode [OPTIONS] [FILE]"),
        QCoreApplication::translate("xlink::cli::DecodeCommand",
            "Reads FILE (standard input without it, or with '-'), finds every platform error "
            "object\n({\"error\":{\"code\":...,\"msg\":...}}) and every 7-digit platform code "
            "in it, and prints each\ndecoded: code, HTTP status, Chinese and English messages, "
            "the server's message and the line.\n"
            "Exit codes: 0 errors found, 1 none found, 2 usage error or input that is not UTF-8 "
            "text."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate(
            "xlink::cli::DecodeCommand", "A response body, log excerpt or any text file (UTF-8)."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate("xlink::cli::DecodeCommand",
            "Print a JSON array: lookup's objects plus rawCode, serverMessage, fromObject, "
            "line, column and offset."));
    parser.addOption(jsonOption);
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        return commandLine.usageError(QCoreApplication::translate(
            "xlink::cli::DecodeCommand", "decode reads one FILE at a time."));
    }
    const bool fromStdin = files.isEmpty() || files.first() == u"-";
    const QString inputName = fromStdin
        ? QCoreApplication::translate("xlink::cli::DecodeCommand", "standard input")
        : files.first();
    if (fromStdin && stdinIsTerminal()) {
        Console::err(QCoreApplication::translate("xlink::cli::DecodeCommand",
            "Paste the text to decode, then press Ctrl+D (Ctrl+Z, Enter on Windows).\n"));
    }
    QFile file(fromStdin ? QString() : files.first());
    const bool opened
        = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        return commandLine.usageError(
            QCoreApplication::translate("xlink::cli::DecodeCommand", "cannot read %1: %2")
                .arg(inputName, file.errorString()));
    }
    const QByteArray bytes = file.read(MaxInputSize + 1);
    if (bytes.size() > MaxInputSize) {
        return commandLine.usageError(QCoreApplication::translate(
            "xlink::cli::DecodeCommand", "%1 is larger than %2 MB; decode an excerpt instead.")
                                          .arg(inputName)
                                          .arg(MaxInputSize / (1024 * 1024)));
    }

    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(view);
    if (decoder.hasError()) {
        return commandLine.usageError(QCoreApplication::translate("xlink::cli::DecodeCommand",
            "%1 is not UTF-8 text (line %2). Convert it first, for example:\n"
            "  iconv -f GBK -t UTF-8 FILE | xlink-cli decode")
                                          .arg(inputName)
                                          .arg(firstInvalidLine(view)));
    }

    QString warning;
    const ErrorCatalogue catalogue = UserCatalogue::loadMerged(&warning);
    if (!warning.isEmpty())
        Console::err(warning + u'\n');
    const QList<FoundError> found = ErrorTextScanner::scan(text, catalogue);

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const FoundError &error : found)
            array.append(EntryFormatter::foundToJson(error, catalogue));
        Console::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return found.isEmpty() ? ExitFailure : ExitSuccess;
    }

    if (found.isEmpty()) {
        Console::err(QCoreApplication::translate(
            "xlink::cli::DecodeCommand", "No platform error found in %1.\n")
                         .arg(inputName));
        return ExitFailure;
    }
    const Language language = Translations::current();
    QString out;
    for (const FoundError &error : found) {
        if (!out.isEmpty())
            out += u'\n';
        out += (error.fromObject ? QCoreApplication::translate(
                    "xlink::cli::DecodeCommand", "Line %1, column %2: error object")
                                 : QCoreApplication::translate("xlink::cli::DecodeCommand",
                                     "Line %1, column %2: code in the text"))
                   .arg(error.line)
                   .arg(error.column)
            + u'\n';
        if (error.code <= 0) {
            out += u"  "
                + QCoreApplication::translate("xlink::cli::DecodeCommand",
                    "The code “%1” is not a number; the catalogue cannot explain it.")
                      .arg(error.rawCode)
                + u'\n';
        } else if (const CatalogueEntry *entry = catalogue.find(error.code)) {
            out += EntryFormatter::toText(*entry, catalogue, language);
        } else {
            out += EntryFormatter::unknownCodeText(error.code, catalogue, language);
        }
        if (error.fromObject && !error.serverMessage.isEmpty()) {
            out += EntryFormatter::field(
                QCoreApplication::translate("xlink::cli::DecodeCommand", "Server message"),
                error.serverMessage);
        }
    }
    out += u'\n'
        + QCoreApplication::translate(
            "xlink::cli::DecodeCommand", "%n platform error(s) found.", nullptr, int(found.size()))
        + u'\n';
    Console::out(out);
    return ExitSuccess;
}

} // namespace xlink::cli
