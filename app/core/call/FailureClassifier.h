#pragma once

#include "call/CallRecord.h"

namespace xlink {

// Decides whether a finished call failed and how, from what arrived. One rule set for the
// console, the CLI and the failure log:
//  - a platform error object in the body (any status)  -> Platform
//  - HTTP status >= 400 otherwise                       -> Http, or Malformed when the body
//                                                          looks like JSON but does not parse
//  - a 2xx whose body looks like JSON but does not parse -> Malformed
//  - no HTTP answer                                      -> Network, HostNotFound or Timeout
//                                                          (set by caller)
//  - stopped by the user                                 -> Cancelled (set by caller)
class FailureClassifier final
{
public:
    // Fills record.kind, record.platformError, record.errorData and record.errorText from
    // httpStatus, responseBody and the Content-Type response header. Leaves Network,
    // HostNotFound, Timeout and Cancelled records alone.
    static void classify(CallRecord &record);
};

} // namespace xlink
