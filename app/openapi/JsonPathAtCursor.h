#pragma once

#include <QString>
#include <QStringView>

namespace xlink {

// The JSON path (`$.list[2].name`, as JsonTextPosition writes paths) of what is at a position
// in a JSON text being edited: on a key or anywhere in its value, the member's path; between
// members, the enclosing object's. Tolerant: the text may be unfinished or broken (it is read
// up to the position only), which is what a body looks like while it is typed.
class JsonPathAtCursor final
{
public:
    // `position` counts UTF-16 code units, as a text cursor does. Empty when the position is
    // outside any value (before the first brace, say).
    static QString pathAt(QStringView text, qsizetype position);
};

} // namespace xlink
