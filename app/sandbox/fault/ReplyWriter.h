#pragma once

#include "fault/FaultSpec.h"
#include "http/SandboxReply.h"

#include <QHttpServerResponder>

namespace xlink::sandbox {

// Writes a handler's reply, rendering error bodies from the catalogue and applying the faults a
// request asked for: a proxy's HTML page, a truncated body, a huge streamed body, an error code
// as a JSON number, the English message, or a connection dropped in the middle of the body.
class ReplyWriter final
{
public:
    static void write(
        QHttpServerResponder &responder, const SandboxReply &reply, const FaultSpec &faults);
    // The reply to a HEAD request: its status line and headers, no body (a body would be read
    // as the start of the next response on a kept-alive connection).
    static void writeHead(QHttpServerResponder &responder, const SandboxReply &reply);

    // The body the reply carries once the faults that change its text are applied.
    static QByteArray renderBody(const SandboxReply &reply, const FaultSpec &faults);
    static QByteArray proxyErrorPage();
};

} // namespace xlink::sandbox
