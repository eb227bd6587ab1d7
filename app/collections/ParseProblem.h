#pragma once

#include <QCoreApplication>
#include <QString>

namespace xlink {

// A problem in a file the user wrote, where it is: 1-based line and column (in characters), so
// an editor or a terminal can point at it ("requests.http:12:5: ...").
struct ParseProblem
{
    int line = 0;
    int column = 0;
    QString message; // in the user's language

    // "FILE:LINE:COLUMN: MESSAGE" (FILE left out when empty).
    QString toText(const QString &file = {}) const;
};

} // namespace xlink
