#include "call/HeaderLookup.h"

namespace xlink::HeaderLookup {

QByteArray value(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace xlink::HeaderLookup
