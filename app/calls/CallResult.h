#pragma once

#include "ApiRequest.h"
#include "call/CallRecord.h"

#include <QMetaType>
#include <QStringList>

namespace xlink {

// What one call through the CallPipeline came to: the request as it was sent (variables put
// in), its final record (of the replay when the token was renewed; classified, decoded and
// redacted, and already handed to the history and the failure log) and how it got there.
struct CallResult
{
    ApiRequest request;
    CallRecord record;
    bool replayed = false; // the token was renewed and the call sent again
    bool cancelled = false;
    QStringList unresolvedVariables; // `{{name}}`s the variables did not hold (sent as they were)
};

} // namespace xlink

Q_DECLARE_METATYPE(xlink::CallResult)
