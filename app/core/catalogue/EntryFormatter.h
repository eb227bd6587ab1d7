#pragma once

#include "catalogue/CatalogueEntry.h"
#include "catalogue/ErrorTextScanner.h"
#include "util/Language.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace xlink {

class ErrorCatalogue;

// Renders catalogue entries for people and programs, the same way in the CLI and the GUI:
// JSON objects (`xlink-cli lookup --json`, "Copy as JSON"), a Markdown table row, and the
// plain-text block the CLI prints.
//
// JSON keys: code (number), httpStatus (number), zh, en, hint ({zh,en} or null), pages
// (array of strings), known (bool), variants (array of {zh,en,source,kind}), status
// ({status,reason,zh,en} for the code's HTTP status, or null), note ({zh,en} or null).
class EntryFormatter final
{
public:
    static QJsonObject toJson(const CatalogueEntry &entry, const ErrorCatalogue &catalogue);
    // A code the catalogue does not hold: known is false, zh/en/hint are null, status and note
    // say what the catalogue can tell about it (its class; never published).
    static QJsonObject unknownCodeToJson(int code, const ErrorCatalogue &catalogue);
    // One decoded error from a text: the entry (or unknown code) plus rawCode, serverMessage,
    // fromObject, line, column and offset. A code that is not a number gives code null.
    static QJsonObject foundToJson(const FoundError &found, const ErrorCatalogue &catalogue);
    // foundToJson when the code's part is already built (codeToJson), as a caller that meets the
    // same codes many times keeps it.
    static QJsonObject foundToJson(const FoundError &found, QJsonObject codePart);
    // The part of foundToJson that depends only on the code: the entry, or the unknown code.
    static QJsonObject codeToJson(int code, const ErrorCatalogue &catalogue);

    // Indented JSON text for people to read: as QJsonDocument::Indented, but an empty array or
    // object stays on its key's line ("variants": [] instead of "[" and "]" on two lines).
    static QByteArray toIndentedText(const QJsonDocument &document);

    // `| 4031003 | 403 | 无效的Access-Token | Invalid Access-Token |`
    static QString toMarkdownRow(const CatalogueEntry &entry);
    // `4031003 无效的Access-Token / Invalid Access-Token`, `first` language first.
    static QString bothMessages(const CatalogueEntry &entry, Language first);

    // Multi-line description of an entry: code and status, both messages (`first` first), the
    // hints, other published texts and the pages. Labels are translated.
    static QString toText(
        const CatalogueEntry &entry, const ErrorCatalogue &catalogue, Language first);
    // What can be said about a code the catalogue does not hold.
    static QString unknownCodeText(int code, const ErrorCatalogue &catalogue, Language first);
    // `HTTP 403 Forbidden: 接口权限错误 / Interface permission error`
    static QString statusText(const HttpStatusInfo &status, Language first);

    // A page id for people: the title of a published page, or "imported page FILE".
    static QString pageName(
        const QString &pageId, const ErrorCatalogue &catalogue, Language language);
    // One aligned "  Label:   value" line of the text block (empty when value is).
    static QString field(const QString &label, const QString &value);

    // Catalogue texts (the hints) mark calls and field names as `code`: as HTML, escaped with
    // <code> spans; as plain text for a PDF, without the marks. Markdown and the terminal keep
    // them as they are.
    static QString codeSpansToHtml(const QString &text);
    static QString withoutCodeMarks(const QString &text);

    // "typo", "duplicate", "imported": stable names for JSON.
    static QString variantKindName(CatalogueVariant::Kind kind);
    // Translated description of where a variant text comes from.
    static QString variantLabel(
        const CatalogueVariant &variant, const ErrorCatalogue &catalogue, Language language);
};

} // namespace xlink
