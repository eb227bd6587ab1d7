#pragma once

#include "LogEntry.h"
#include "call/CallRecord.h"

#include <QString>

namespace xlink {

// A bash command that repeats a logged call with curl. The log holds redacted calls, so the
// Access-Token header reads the token from $XLINK_ACCESS_TOKEN instead of a literal, and other
// redacted values stay "[REDACTED]" for the user to fill in.
// (Kept minimal for reports; the API console's curl codec is the full one.)
class CurlCommand final
{
public:
    static QString of(const CallRecord &call);
    // The same for a logged call, with the URL as the log stored it (already fully encoded:
    // no second encoding of the parsed URL per record).
    static QString of(const StoredCall &stored);
    // 'text' quoted for bash: single quotes, with ' written as '\''.
    static QString quoted(const QString &text);

private:
    static QString command(const CallRecord &call, const QString &encodedUrl);
};

} // namespace xlink
