#pragma once

#include "TextLines.h"

#include <QByteArray>
#include <QJsonDocument>

#include <memory>

namespace xlink {

// Turns a response body into what the viewer shows: pretty JSON when it parses (key order and
// number text kept), the text itself otherwise, and the whole body as raw text. Only what is
// shown is formatted: beyond the display limit, the first part (unless `all`), re-indented
// without building a document. Pure and thread-safe: the viewer runs it off the GUI thread.
class ResponseBodyFormatter final
{
public:
    struct Result
    {
        std::shared_ptr<const TextLines> pretty; // the formatted part
        std::shared_ptr<const TextLines> raw; // the whole body (shares its bytes)
        bool isJson = false;
        bool truncated = false; // pretty holds only the first part
        qint64 fullBytes = 0; // size of the body
        // Parsed for the tree view; null when not JSON or beyond the display limit (a document
        // costs several times the body's size in memory).
        QJsonDocument document;
    };

    static Result format(const QByteArray &body, qint64 displayLimitBytes, bool all);
};

} // namespace xlink
