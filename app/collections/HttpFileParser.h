#pragma once

#include "HttpFile.h"
#include "ParseProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace xlink {

// Reads a .http file in the subset the VS Code REST Client, JetBrains' HTTP Client and httpyac
// share: regions separated by `###` lines (the rest of the line is a title), `# @name NAME` and
// `// @name NAME`, other `# @directive value` lines (kept), comments, file variables
// `@name = value`, the request line `METHOD URL [HTTP/1.1]` (a bare URL is a GET), query lines
// continuing the URL (`    ?a=1`, `    &b=2`), headers, a blank line, the body up to the next
// `###`, and httpyac's `?? ` assertion lines anywhere after the request line. One pass over
// the lines, no regular expressions: 2,000 requests take a few milliseconds.
class HttpFileParser final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::HttpFileParser)

public:
    struct Result
    {
        HttpFile file;
        QList<ParseProblem> problems; // in line order; the file is not usable unless empty
        bool ok() const { return problems.isEmpty(); }
    };

    // `bytes` must be UTF-8 (a byte order mark is allowed and kept).
    static Result parse(const QByteArray &bytes);
    // The methods a request line may start with.
    static bool isMethod(QStringView word);
    // What `# @name` accepts: letters, digits, `_` and `-` (a name is used in `{{NAME.path}}`).
    static bool isRequestName(QStringView name);
    static bool isVariableName(QStringView name);
};

} // namespace xlink
