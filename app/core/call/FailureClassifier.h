#pragma once

#include "call/CallRecord.h"

namespace xlink {

// Decides whether a finished call failed and how, from how the transfer ended and what
// arrived: the one place a call is classified, for the console, the CLI, the runner and the
// failure log (HttpExchange only reports how its transfer ended):
//  - a platform error object in the body (any status)  -> Platform
//  - HTTP status >= 400 otherwise                       -> Http, or Malformed when the body
//                                                          looks like JSON but does not parse
//  - a 2xx whose body looks like JSON but does not parse -> Malformed
//  - no usable answer (refused, TLS, dropped, too large) -> Network, HostNotFound or Timeout
//  - stopped by the user                                 -> Cancelled
class FailureClassifier final
{
public:
    // How a transfer ended, in the exchange's words (no Qt Network type here).
    struct Transfer
    {
        enum class End {
            Answered, // a complete answer arrived (any status)
            Cancelled, // the user stopped it
            Truncated, // the connection closed before the announced body was complete
            TooLarge, // aborted at the response size limit
            TimedOut, // no data for the timeout
            CertificateRefused, // TLS: the server's certificate was not trusted
            HostNotFound, // the name did not resolve: no server was ever asked
            InsecureRedirect, // a redirect from https to http, refused
            Failed, // any other transport failure (refused, reset, proxy)
        };
        End end = End::Answered;
        qint64 received = 0; // bytes of the body that arrived
        qint64 announced = -1; // Content-Length, -1 when not announced
        qint64 sizeLimit = 0; // the response size limit (TooLarge)
        int timeoutMs = 0; // TimedOut
        QString detail; // the TLS errors or the transport's error text
    };

    // Sets record.kind and, for a failure, record.errorData and record.errorText from how the
    // transfer ended; an answer is then classified from its body (below).
    static void classify(CallRecord &record, const Transfer &transfer);

    // Fills record.kind, record.platformError, record.errorData and record.errorText from
    // httpStatus, responseBody and the Content-Type response header. Leaves Network,
    // HostNotFound, Timeout and Cancelled records alone.
    static void classify(CallRecord &record);
};

} // namespace xlink
