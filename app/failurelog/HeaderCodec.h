#pragma once

#include "call/CallRecord.h"

#include <QString>

namespace xlink {

// Headers as the log stores them: a JSON array of [name, value] pairs (order and repeats kept).
class HeaderCodec final
{
public:
    static QString encode(const HeaderList &headers);
    static HeaderList decode(const QString &json);
};

} // namespace xlink
