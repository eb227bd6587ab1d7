#pragma once

#include "HttpRegion.h"

#include <QList>
#include <QString>

namespace xlink {

// A .http file as read by HttpFileParser: its regions in order (each `###` starts one), and what
// the writer needs to give the same bytes back (line breaks, byte order mark).
struct HttpFile
{
    QList<HttpRegion> regions;
    // Used where the writer adds lines of its own: the first line break of the file, "\n" when
    // it has none.
    QString lineBreak = QStringLiteral("\n");
    bool byteOrderMark = false;

    // Indexes of the regions that hold a request, in file order.
    QList<int> requestIndexes() const;
    // The region holding the request named `name` (`# @name`), or nullptr.
    const HttpRegion *findRequest(QStringView name) const;
    // Every `@name = value` of the file, in file order (a later one replaces an earlier one of
    // the same name when resolved, as in the REST Client).
    QList<FileVariable> variables() const;
};

} // namespace xlink
