#pragma once

#include "CliCommand.h"
#include "call/CallRecord.h"

#include <QJsonObject>

namespace xlink {
class ErrorCatalogue;
}

namespace xlink::cli {

// How `xlink-cli call` reports a finished call: the body (or the --json object) on stdout, the
// decoded failure on stderr, and the exit code. Shared by the call itself and a failed login.
class CallOutput final
{
public:
    // 0 success; 3 the server answered with an HTTP or platform error (a proxy's HTML page
    // included, and a malformed error body); 4 no usable answer (refused, timeout, TLS, dropped,
    // too large, or a success status whose JSON body is cut off).
    static int exitCode(const CallRecord &record);

    // The failure in words for stderr, both languages for a platform error; empty on success.
    // `catalogue` is the merged one (MergedCatalogue), as lookup and decode use.
    static QString describeFailure(const CallRecord &record, const ErrorCatalogue &catalogue);

    // {"status","headers","body","durationMs","error","kind","message"}: `body` is the parsed
    // JSON when the body is JSON, else the text; `error` the decoded platform error or null.
    static QJsonObject toJson(const CallRecord &record, const ErrorCatalogue &catalogue);
};

} // namespace xlink::cli
