#include "DecodeCommand.h"

#include "CommandLine.h"
#include "MergedCatalogue.h"
#include "Terminal.h"
#include "catalogue/EntryFormatter.h"
#include "catalogue/ErrorTextScanner.h"
#include "catalogue/ProxyPage.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>
#include <functional>

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

// One find as the text output shows it.
QString describe(const FoundError &error, const ErrorCatalogue &catalogue, Language language)
{
    QString out = (error.fromObject ? QCoreApplication::translate(
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
    return out;
}

struct TextReading
{
    bool tooLarge = false; // more than DecodeCommand::MaxInputSize bytes
    int invalidLine = 0; // the 1-based line of the first bytes that are not UTF-8; 0: none
};

// Reads `file` a megabyte at a time and hands it on decoded, in pieces that end at a line break
// (or, within a longer line, a megabyte of it), until the end, the size limit or the first
// bytes that are not UTF-8. An initial byte order mark is dropped.
TextReading readText(QFile &file, const std::function<void(QStringView)> &piece)
{
    constexpr qint64 chunkSize = 1024 * 1024;
    QStringDecoder decoder(QStringDecoder::Utf8);
    TextReading reading;
    QByteArray pending;
    qint64 total = 0;
    int lines = 0;
    for (;;) {
        const QByteArray more = file.read(chunkSize);
        total += more.size();
        if (total > DecodeCommand::MaxInputSize) {
            reading.tooLarge = true;
            return reading;
        }
        const bool end = more.isEmpty();
        pending += more;
        qsizetype cut = end ? pending.size() : pending.lastIndexOf('\n') + 1;
        if (cut == 0 && pending.size() >= chunkSize)
            cut = pending.size(); // a long line: the decoder keeps a character cut in two
        if (cut > 0) {
            const QByteArrayView bytes(pending.constData(), cut);
            const QString text = decoder.decode(bytes);
            if (decoder.hasError()) {
                // Pieces start at a line (or inside the one long line), so the line is exact.
                reading.invalidLine = lines + firstInvalidLine(bytes);
                return reading;
            }
            lines += int(bytes.count('\n'));
            piece(text);
            pending.remove(0, cut);
        }
        if (end)
            return reading;
    }
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
        Terminal::err(QCoreApplication::translate("xlink::cli::DecodeCommand",
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
    const auto tooLarge = [&] {
        return commandLine.usageError(QCoreApplication::translate(
            "xlink::cli::DecodeCommand", "%1 is larger than %2 MB; decode an excerpt instead.")
                                          .arg(inputName)
                                          .arg(MaxInputSize / (1024 * 1024)));
    };
    const auto notUtf8 = [&](int line) {
        return commandLine.usageError(QCoreApplication::translate("xlink::cli::DecodeCommand",
            "%1 is not UTF-8 text (line %2). Convert it first, for example:\n"
            "  iconv -f GBK -t UTF-8 FILE | xlink-cli decode")
                                          .arg(inputName)
                                          .arg(line));
    };
    // A file is checked whole before anything is printed; a pipe can only be read once, so
    // what was found before a problem in it is printed before the problem is reported.
    if (!file.isSequential()) {
        if (file.size() > MaxInputSize)
            return tooLarge();
        const TextReading checked = readText(file, [](QStringView) {});
        if (checked.invalidLine > 0)
            return notUtf8(checked.invalidLine);
        file.seek(0);
    }

    const std::shared_ptr<const ErrorCatalogue> merged = MergedCatalogue::load();
    const ErrorCatalogue &catalogue = *merged;
    const bool json = parser.isSet(jsonOption);
    const Language language = Translations::current();
    // Each find is printed as soon as it is found, in batches: memory stays bounded whatever
    // the size of the text and however many errors it holds.
    QByteArray pending;
    const auto flush = [&pending] {
        Terminal::outBytes(pending);
        pending.clear();
    };
    qsizetype found = 0;
    // A catalogue code's part of the JSON, built once: texts repeat a few codes many times, and
    // building the entry was half the time of each element. Only catalogue codes are kept, so
    // memory stays bounded whatever codes the text invents.
    QHash<int, QJsonObject> codeParts;
    ErrorTextScanner::Stream scanner(catalogue, [&](FoundError &&error) {
        if (json) {
            QJsonObject codePart;
            if (error.code > 0 && catalogue.find(error.code)) {
                QJsonObject &kept = codeParts[error.code];
                if (kept.isEmpty())
                    kept = EntryFormatter::codeToJson(error.code, catalogue);
                codePart = kept;
            } else {
                codePart = EntryFormatter::codeToJson(error.code, catalogue);
            }
            // The layout QJsonDocument gives an indented array, one element at a time.
            const QByteArray element
                = QJsonDocument(EntryFormatter::foundToJson(error, std::move(codePart)))
                      .toJson(QJsonDocument::Indented);
            pending += found == 0 ? "[\n" : ",\n";
            for (const QByteArray &line : element.chopped(1).split('\n'))
                pending += "    " + line + '\n';
            pending.chop(1);
        } else {
            pending += (found == 0 ? QString() : QStringLiteral("\n")).toUtf8()
                + describe(error, catalogue, language).toUtf8();
        }
        ++found;
        if (pending.size() >= 64 * 1024)
            flush();
    });
    // A proxy's error page is small and comes first: its start is kept to explain it when the
    // text holds no platform error.
    constexpr qsizetype proxyPageBytes = 64 * 1024;
    QString head;
    const TextReading read = readText(file, [&scanner, &head](QStringView text) {
        if (head.size() < proxyPageBytes)
            head += text.first(std::min(text.size(), proxyPageBytes - head.size()));
        scanner.feed(text);
    });
    if (read.invalidLine == 0 && !read.tooLarge)
        scanner.finish();
    if (json)
        pending += found == 0 ? "[\n]\n" : "\n]\n";
    flush();
    if (read.tooLarge)
        return tooLarge();
    if (read.invalidLine > 0)
        return notUtf8(read.invalidLine);

    if (found == 0) {
        if (!json) {
            QString message = QCoreApplication::translate(
                "xlink::cli::DecodeCommand", "No platform error found in %1.\n")
                                  .arg(inputName);
            // What the console's banner and Decode page say of such a page.
            if (const std::optional<ProxyPage> page = ProxyPage::find(head))
                message += ProxyPage::title(page->status) + u'\n' + page->summary() + u'\n'
                    + ProxyPage::explanation() + u'\n';
            Terminal::err(message);
        }
        return ExitFailure;
    }
    if (!json) {
        Terminal::out(u'\n'
            + QCoreApplication::translate(
                "xlink::cli::DecodeCommand", "%n platform error(s) found.", nullptr, int(found))
            + u'\n');
    }
    return ExitSuccess;
}

} // namespace xlink::cli
