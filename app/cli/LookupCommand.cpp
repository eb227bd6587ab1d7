#include "LookupCommand.h"

#include "CommandLine.h"
#include "MergedCatalogue.h"
#include "Terminal.h"
#include "catalogue/CodeLookup.h"
#include "catalogue/EntryFormatter.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace xlink::cli {

QString LookupCommand::name() const
{
    return QStringLiteral("lookup");
}

QString LookupCommand::summary() const
{
    return QCoreApplication::translate(
        "xlink::cli::LookupCommand", "Explain an error code, HTTP status or message text");
}

int LookupCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("xlink-cli lookup [OPTIONS] QUERY"),
        QCoreApplication::translate("xlink::cli::LookupCommand",
            "Looks QUERY up in the error-code catalogue (with your imported pages) and prints "
            "every match:\ncode, HTTP status, Chinese and English messages and a hint.\n"
            "QUERY may be a code (4031003), a code inside text ('code: 4031003' or a JSON "
            "error),\npart of a code (1003), an HTTP status (404) or words in Chinese or "
            "English (设备, token).\n"
            "Exit codes: 0 a catalogue entry matched, 1 nothing matched (an unknown code is "
            "still\nexplained by its class), 2 usage error."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("QUERY"),
        QCoreApplication::translate("xlink::cli::LookupCommand",
            "What to look up. Several words are looked up as one text."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate("xlink::cli::LookupCommand",
            "Print a JSON array of objects with code, httpStatus, zh, en, hint, pages, known, "
            "variants."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("xlink::cli::LookupCommand",
            "Show this language first: zh or en (default: from the system locale)."),
        QStringLiteral("zh|en"));
    parser.addOption(jsonOption);
    parser.addOption(langOption);
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        return commandLine.usageError(
            QCoreApplication::translate("xlink::cli::LookupCommand", "QUERY is missing."));
    }
    Language language = Translations::current();
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (lang != u"zh" && lang != u"en") {
            return commandLine.usageError(QCoreApplication::translate(
                "xlink::cli::LookupCommand", "--lang takes zh or en, not '%1'.")
                                              .arg(lang));
        }
        language = languageFromCode(lang);
        Translations::install(language);
    }

    const std::shared_ptr<const ErrorCatalogue> merged = MergedCatalogue::load();
    const ErrorCatalogue &catalogue = *merged;

    const QString query = words.join(u' ');
    const CodeLookup::Answer answer = CodeLookup(catalogue).lookup(query);
    const bool matched = !answer.matches.isEmpty();

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        if (answer.unknownCode)
            array.append(EntryFormatter::unknownCodeToJson(*answer.unknownCode, catalogue));
        for (const CodeLookup::Match &match : answer.matches)
            array.append(EntryFormatter::toJson(*match.entry, catalogue));
        Terminal::outBytes(EntryFormatter::toIndentedText(QJsonDocument(array)));
        return matched ? ExitSuccess : ExitFailure;
    }

    QString out;
    if (answer.unknownCode) {
        out += EntryFormatter::unknownCodeText(*answer.unknownCode, catalogue, language);
    } else if (answer.status) {
        out += EntryFormatter::statusText(*answer.status, language) + u'\n';
        if (matched) {
            out += QCoreApplication::translate("xlink::cli::LookupCommand",
                       "%n code(s) match “%1”:", nullptr, int(answer.matches.size()))
                       .arg(query.trimmed())
                + u'\n';
        }
    }
    for (const CodeLookup::Match &match : answer.matches) {
        if (!out.isEmpty())
            out += u'\n';
        out += EntryFormatter::toText(*match.entry, catalogue, language);
    }
    if (!out.isEmpty())
        Terminal::out(out);
    if (!matched && !answer.unknownCode) {
        Terminal::err(QCoreApplication::translate(
            "xlink::cli::LookupCommand", "No error code matches “%1”.\n")
                          .arg(query.left(80)));
    }
    return matched ? ExitSuccess : ExitFailure;
}

} // namespace xlink::cli
