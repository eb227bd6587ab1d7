#pragma once

#include "fault/FaultSpec.h"

#include <QString>
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
    // A request's headers must all arrive this soon after its first byte, however steadily
    // they drip in (408 otherwise).
    int headerTimeoutMs = 20 * 1000;
    // A kept-alive connection with no request in progress is closed after this long.
    int idleTimeoutMs = 60 * 1000;
    // Connections one client address may hold at once; more are answered 503 and closed.
    int maxConnectionsPerAddress = 64;
    FaultSpec faults; // applied to every request, on top of any X-Sandbox-Fault header

    // For tests that search the app's files and output for secrets (never set by the CLI or the
    // console): every issued token starts with this marker before its random part, and the demo
    // member logs in with this password instead of the published one.
    QString tokenMarker;
    QString memberPassword;
};

} // namespace xlink::sandbox
