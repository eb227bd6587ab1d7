#pragma once

#include "ApiRequest.h"
#include "call/Redactor.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace xlink {

// Converts a request to a bash `curl` command and back. The command quotes everything a shell
// would otherwise touch ($, ', [ ], newlines, unicode) and passes --globoff so brackets in the URL
// stay literal. Parsing understands bash quoting ('...', "...", $'...', backslashes and
// backslash-newline continuations) and the options browsers emit in "Copy as cURL (bash)".
class CurlCodec final
{
public:
    struct Options
    {
        QUrl baseUrl; // resolves a relative target
        QByteArray accessToken; // the session's token, added as Access-Token when not empty
        bool includeToken = false; // otherwise every Access-Token value is Redactor::placeholder()
    };

    static QString toCurl(const ApiRequest &request, const Options &options);

    struct ParseResult
    {
        std::optional<ApiRequest> request; // target is the absolute URL from the command
        QString error; // translated; set when request is empty
        QStringList ignoredOptions; // options understood but without effect (e.g. --insecure)
    };
    static ParseResult fromCurl(const QString &command);

    // Bash words of `command` (exposed for tests). nullopt when a quote is not closed.
    static std::optional<QList<QByteArray>> splitShellWords(const QByteArray &command);
    // One bash word that evaluates to exactly `bytes`.
    static QByteArray shellQuote(const QByteArray &bytes);
};

} // namespace xlink
