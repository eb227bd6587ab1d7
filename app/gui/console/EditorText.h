#pragma once

#include <QByteArray>
#include <QString>

namespace xlink {

struct ApiOperation;

// A request body as the composer's editor shows it: pretty JSON without the printer's trailing
// newline (any other text as it is).
class EditorText final
{
public:
    static QString pretty(const QByteArray &body);
    // An operation's example request body; empty without one.
    static QString example(const ApiOperation &operation);
};

} // namespace xlink
