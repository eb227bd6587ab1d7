#include "ParseProblem.h"

namespace xlink {

QString ParseProblem::toText(const QString &file) const
{
    const QString where = QString::number(line) + u':' + QString::number(column);
    return (file.isEmpty() ? where : file + u':' + where) + u": " + message;
}

} // namespace xlink
