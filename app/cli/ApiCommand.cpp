#include "ApiCommand.h"

#include "ApiDescription.h"
#include "CommandLine.h"
#include "OpenApiExport.h"
#include "Terminal.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xlink::cli {

namespace {

using namespace Qt::StringLiterals;

QString loginsText(const ApiOperation &operation)
{
    return operation.needsLogin()
        ? operation.logins().join(u", "_s)
        : QCoreApplication::translate("xlink::cli::ApiCommand", "none (login call)");
}

QJsonObject summaryJson(const ApiOperation &operation)
{
    QJsonArray logins;
    for (const QString &login : operation.logins())
        logins.append(login);
    return { { u"operationId"_s, operation.operationId }, { u"method"_s, operation.method },
        { u"path"_s, operation.path }, { u"tag"_s, operation.tag },
        { u"summary"_s, operation.summary.en }, { u"summaryZh"_s, operation.summary.zh },
        { u"logins"_s, logins } };
}

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)) + u'\n';
}

// The operation as the document writes it, with its method and path beside it.
QJsonObject operationJson(const ApiDescription &description, const ApiOperation &operation)
{
    QJsonObject object = description.document()
                             .value(u"paths"_s)
                             .toObject()
                             .value(operation.path)
                             .toObject()
                             .value(operation.method.toLower())
                             .toObject();
    object.insert(u"method"_s, operation.method);
    object.insert(u"path"_s, operation.path);
    return object;
}

QString showText(const ApiOperation &operation, Language language)
{
    QString out
        = operation.method + u' ' + operation.path + u"  (" + operation.operationId + u")\n";
    out += u"  " + operation.summary.in(language) + u'\n';
    const Language other = language == Language::Chinese ? Language::English : Language::Chinese;
    if (operation.summary.in(other) != operation.summary.in(language))
        out += u"  " + operation.summary.in(other) + u'\n';
    out += QCoreApplication::translate("xlink::cli::ApiCommand", "Area: %1\n").arg(operation.tag);
    out += QCoreApplication::translate("xlink::cli::ApiCommand", "Logins: %1\n")
               .arg(loginsText(operation));
    if (!operation.description.isEmpty())
        out += u'\n' + operation.description + u'\n';
    if (!operation.parameters.isEmpty()) {
        out += u'\n' + QCoreApplication::translate("xlink::cli::ApiCommand", "Parameters:\n");
        for (const ApiParameter &parameter : operation.parameters) {
            out += u"  %1 (%2, %3%4)  %5\n"_s.arg(parameter.name, parameter.in,
                parameter.schema.value(u"type"_s).toString(),
                parameter.required
                    ? QCoreApplication::translate("xlink::cli::ApiCommand", ", required")
                    : QString(),
                parameter.description.in(language));
        }
    }
    if (operation.hasRequestBody) {
        out += u'\n' + QCoreApplication::translate("xlink::cli::ApiCommand", "Example body:\n");
        out += operation.requestExample.isUndefined()
            ? QCoreApplication::translate("xlink::cli::ApiCommand", "  (none)\n")
            : pretty(operation.requestExample);
    }
    out += u'\n'
        + QCoreApplication::translate("xlink::cli::ApiCommand", "Success: HTTP %1\n")
              .arg(operation.successStatus);
    if (!operation.responseExample.isUndefined())
        out += pretty(operation.responseExample);
    if (!operation.errorCodes.isEmpty()) {
        QStringList codes;
        for (const int code : operation.errorCodes)
            codes.append(QString::number(code));
        out += u'\n'
            + QCoreApplication::translate("xlink::cli::ApiCommand", "Error codes: %1\n")
                  .arg(codes.join(u", "_s));
    }
    if (!operation.secretFields.isEmpty())
        out += QCoreApplication::translate("xlink::cli::ApiCommand", "Secret fields: %1\n")
                   .arg(operation.secretFields.join(u", "_s));
    for (const QString &contradiction : operation.contradictions)
        out += QCoreApplication::translate("xlink::cli::ApiCommand", "Document contradiction: %1\n")
                   .arg(contradiction);
    if (!operation.source.isEmpty())
        out += QCoreApplication::translate("xlink::cli::ApiCommand", "Source: %1\n")
                   .arg(operation.source);
    return out;
}

} // namespace

QString ApiCommand::name() const
{
    return QStringLiteral("api");
}

QString ApiCommand::summary() const
{
    return QCoreApplication::translate(
        "xlink::cli::ApiCommand", "Export, list or show the platform API's operations (OpenAPI)");
}

int ApiCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("xlink-cli api export [--format openapi] [-o FILE]\n"
                       "       xlink-cli api list [--tag TAG] [--json]\n"
                       "       xlink-cli api show OPERATION_ID|'METHOD PATH' [--json]"),
        QCoreApplication::translate("xlink::cli::ApiCommand",
            "export: writes the whole platform API as one OpenAPI 3.0.3 JSON document (to FILE, "
            "or to\nstandard output), for Postman, Insomnia, Bruno or any OpenAPI tool.\n"
            "list: one line per operation: method, path, operationId and summary.\n"
            "show: one operation: logins, parameters, example body, success answer, error "
            "codes.\nA path may name its parameters ({product_id}) or hold values in their "
            "place.\n"
            "Exit codes: 0 done, 1 nothing found or the file could not be written, 2 usage "
            "error."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("xlink::cli::ApiCommand", "export, list or show."),
        QStringLiteral("export|list|show"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("xlink::cli::ApiCommand", "export: the format (only openapi)."),
        QStringLiteral("FORMAT"), QStringLiteral("openapi"));
    const QCommandLineOption outputOption(
        QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate(
            "xlink::cli::ApiCommand", "export: write to FILE instead of standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
        QCoreApplication::translate(
            "xlink::cli::ApiCommand", "list: only the operations of this area."),
        QStringLiteral("TAG"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate("xlink::cli::ApiCommand",
            "list: a JSON array (operationId, method, path, tag, summary, summaryZh, logins); "
            "show: the operation as the OpenAPI document has it, with method and path."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("xlink::cli::ApiCommand",
            "Show this language first: zh or en (default: from the system locale)."),
        QStringLiteral("zh|en"));
    parser.addOptions({ formatOption, outputOption, tagOption, jsonOption, langOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    Language language = Translations::current();
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (lang != u"zh" && lang != u"en")
            return commandLine.usageError(QCoreApplication::translate(
                "xlink::cli::ApiCommand", "--lang takes zh or en, not '%1'.")
                                              .arg(lang));
        language = languageFromCode(lang);
        Translations::install(language);
    }
    const auto refuse = [&](const QCommandLineOption &option, const QString &allowedFor) {
        return parser.isSet(option) && action != allowedFor;
    };
    if (refuse(formatOption, u"export"_s) || refuse(outputOption, u"export"_s)
        || refuse(tagOption, u"list"_s)
        || (parser.isSet(jsonOption) && action != u"list" && action != u"show")) {
        return commandLine.usageError(QCoreApplication::translate(
            "xlink::cli::ApiCommand", "an option does not fit '%1'; see --help.")
                                          .arg(action));
    }

    if (action == u"export") {
        if (positional.size() > 1)
            return commandLine.usageError(QCoreApplication::translate(
                "xlink::cli::ApiCommand", "export takes no further arguments."));
        if (parser.value(formatOption) != u"openapi") {
            return commandLine.usageError(QCoreApplication::translate(
                "xlink::cli::ApiCommand", "unknown format '%1': only openapi.")
                                              .arg(parser.value(formatOption)));
        }
        if (parser.isSet(outputOption)) {
            QString error;
            if (!OpenApiExport::write(parser.value(outputOption), &error)) {
                Terminal::err(u"xlink-cli api: "_s + error + u'\n');
                return ExitFailure;
            }
            return ExitSuccess;
        }
        const QByteArray text = OpenApiExport::document();
        if (text.isEmpty()) {
            Terminal::err(QCoreApplication::translate("xlink::cli::ApiCommand",
                "xlink-cli api: the built-in API description is missing.\n"));
            return ExitFailure;
        }
        Terminal::outBytes(text);
        return ExitSuccess;
    }

    const ApiDescription &description = ApiDescription::builtin();
    if (action == u"list") {
        if (positional.size() > 1)
            return commandLine.usageError(QCoreApplication::translate(
                "xlink::cli::ApiCommand", "list takes no further arguments; use --tag."));
        const QString tag = parser.value(tagOption);
        QJsonArray json;
        QString text;
        for (const ApiOperation &operation : description.operations()) {
            if (!tag.isEmpty() && operation.tag != tag)
                continue;
            json.append(summaryJson(operation));
            text += u"%1 %2  %3  %4\n"_s.arg(operation.method.leftJustified(6), operation.path,
                operation.operationId, operation.summary.in(language));
        }
        if (json.isEmpty()) {
            QStringList tags;
            for (const ApiTag &known : description.tags())
                tags.append(known.name);
            Terminal::err(QCoreApplication::translate("xlink::cli::ApiCommand",
                "xlink-cli api: no operation has the area '%1'. Areas: %2\n")
                              .arg(tag, tags.join(u", "_s)));
            return ExitFailure;
        }
        if (parser.isSet(jsonOption))
            Terminal::outBytes(QJsonDocument(json).toJson(QJsonDocument::Indented));
        else
            Terminal::out(text);
        return ExitSuccess;
    }

    if (action == u"show") {
        if (positional.size() < 2) {
            return commandLine.usageError(QCoreApplication::translate("xlink::cli::ApiCommand",
                "say which operation: an operationId, or 'METHOD PATH'."));
        }
        // 'GET /v2/x' as one argument or as two.
        const QString query = positional.mid(1).join(u' ').simplified();
        const ApiOperation *operation = nullptr;
        if (query.contains(u' ')) {
            operation = description.find(query.section(u' ', 0, 0), query.section(u' ', 1));
        } else {
            operation = description.byOperationId(query);
        }
        if (!operation) {
            Terminal::err(QCoreApplication::translate("xlink::cli::ApiCommand",
                "xlink-cli api: no operation '%1'. 'xlink-cli api list' shows them all.\n")
                              .arg(query));
            return ExitFailure;
        }
        if (parser.isSet(jsonOption)) {
            Terminal::outBytes(QJsonDocument(operationJson(description, *operation))
                                   .toJson(QJsonDocument::Indented));
        } else {
            Terminal::out(showText(*operation, language));
        }
        return ExitSuccess;
    }

    return commandLine.usageError(action.isEmpty()
            ? QCoreApplication::translate(
                "xlink::cli::ApiCommand", "say what to do: export, list or show.")
            : QCoreApplication::translate(
                "xlink::cli::ApiCommand", "unknown action '%1': use export, list or show.")
                  .arg(action));
}

} // namespace xlink::cli
