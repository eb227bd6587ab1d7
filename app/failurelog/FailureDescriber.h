#pragma once

#include "call/CallRecord.h"
#include "catalogue/LocalizedText.h"

namespace xlink {

class ErrorCatalogue;

// The Chinese and English description of a call's outcome that the log stores beside it: the
// catalogue's message for a platform code, the platform's meaning of an HTTP status, or a fixed
// text for network, timeout and malformed failures. Stored in both languages (not translated
// at display time) so reports and `log list --json` carry both, whatever the UI language.
class FailureDescriber final
{
public:
    static LocalizedText describe(const CallRecord &record, const ErrorCatalogue &catalogue);
};

} // namespace xlink
