#pragma once

#include "fault/FaultSpec.h"

#include <QtGlobal>

namespace xlink::sandbox {

// How a sandbox instance behaves. The defaults are the platform's; tests shorten the clocks.
struct SandboxOptions
{
    int tokenTtlSeconds = 7200; // `expire_in` of every issued access token
    int maxFailedLogins = 5; // wrong passwords in a row before an account locks
    int lockoutSeconds = 300; // how long a locked account stays locked
    qint64 maxBodyBytes = 1024 * 1024; // larger request bodies are answered with 413
    int stalledRequestTimeoutMs = 30 * 1000; // a request sent this far and no further gets 408
    FaultSpec faults; // applied to every request, on top of any X-Sandbox-Fault header
};

} // namespace xlink::sandbox
