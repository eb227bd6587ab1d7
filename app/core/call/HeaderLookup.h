#pragma once

#include "call/CallRecord.h"

namespace xlink::HeaderLookup {

// The value of the first header named `name` (case-insensitive, as HTTP names are), or a null
// QByteArray: the one lookup for a record's headers.
QByteArray value(const HeaderList &headers, QByteArrayView name);

} // namespace xlink::HeaderLookup
