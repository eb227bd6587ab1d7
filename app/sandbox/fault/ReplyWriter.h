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

    // The body the reply carries once the faults that change its text are applied.
    static QByteArray renderBody(const SandboxReply &reply, const FaultSpec &faults);
    static QByteArray proxyErrorPage();
};

} // namespace xlink::sandbox
