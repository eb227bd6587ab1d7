#pragma once

#include "catalogue/ErrorCatalogue.h"
#include "util/Language.h"

#include <QCoreApplication>
#include <QString>

namespace xlink {

// Everything the catalogue knows about a code, as HTML for a QTextBrowser: the browser's
// detail pane and the decode page show codes the same way. Primary language first, the other
// always beside it.
class CodeDetailHtml final
{
    Q_DECLARE_TR_FUNCTIONS(CodeDetailHtml)

public:
    // `context` (HTML) goes right under the heading, e.g. where a decoded error was found.
    static QString entry(const ErrorCatalogue &catalogue, const CatalogueEntry &entry,
        Language primary, int headingLevel = 2, const QString &context = {});
    // A code typed in full that the catalogue does not hold: what its class means, and why it
    // is missing when the numbering says so (4001040, 4001044).
    static QString unknownCode(const ErrorCatalogue &catalogue, int code, Language primary,
        int headingLevel = 2, const QString &context = {});
    // "HTTP 403 Forbidden: No permission to call this API (接口权限错误)"
    static QString statusLine(const ErrorCatalogue &catalogue, int status, Language primary);

    // Escapes `text` and shows `quoted` spans (field names, calls) as code.
    static QString inlineText(const QString &text);
};

} // namespace xlink
