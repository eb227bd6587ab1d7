#pragma once

#include "HttpFile.h"

#include <QByteArray>
#include <QString>

namespace xlink {

// Writes a .http file. A region that is as it was parsed is written from its source, byte for
// byte (unknown directives, comments between headers, spacing and line breaks stay as the user
// or another tool wrote them); an edited or new region is written in one canonical style:
//
//   ### Title
//   # comment
//   # @name createProduct
//   # @directive value
//   @variable = value
//   POST {{baseUrl}}/v2/product
//   Content-Type: application/json
//
//   {"name": "lamp"}
//
//   ?? status == 200
class HttpFileWriter final
{
public:
    static QByteArray write(const HttpFile &file);
    // The canonical text of `region`, ending with a line break.
    static QString canonical(const HttpRegion &region, const QString &lineBreak);
    // Whether the writer will reuse the region's source.
    static bool isUntouched(const HttpRegion &region);
};

} // namespace xlink
