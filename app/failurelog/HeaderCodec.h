#pragma once

#include "call/CallRecord.h"

#include <QByteArray>
#include <QString>

namespace xlink {

// Headers as the log stores them: a JSON array of [name, value] pairs (order and repeats kept).
class HeaderCodec final
{
public:
    static QString encode(const HeaderList &headers);
    // The same text as UTF-8, what the log binds.
    static QByteArray encodeUtf8(const HeaderList &headers);
    static HeaderList decode(const QString &json);
};

} // namespace xlink
