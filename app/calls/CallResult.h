#pragma once

#include "ApiRequest.h"
#include "call/CallRecord.h"

#include <QMetaType>
#include <QStringList>

namespace xlink {

// A call's final answer as it came, secrets included, for a caller that reads values out of it
// (a collection run's chaining: a login's token put into the next request's header). In memory
// only: the record is what gets stored, shown and printed.
struct UnredactedAnswer
{
    int httpStatus = 0;
    HeaderList headers;
    QByteArray body;
};

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
    UnredactedAnswer unredactedAnswer;
};

} // namespace xlink

Q_DECLARE_METATYPE(xlink::CallResult)
