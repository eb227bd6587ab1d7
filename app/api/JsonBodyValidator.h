#pragma once

#include <QByteArray>
#include <QString>

namespace xlink {

// Checks a request body before it is sent: an empty body is fine (GET, DELETE), anything else
// must be valid JSON. Errors point at a 1-based line and column so the composer and the CLI can
// show where the mistake is.
class JsonBodyValidator final
{
public:
    struct Result
    {
        bool valid = true;
        bool empty = false; // only whitespace: sent as no body
        int line = 0; // 1-based; 0 when valid
        int column = 0; // 1-based, in characters (not bytes); 0 when valid
        qsizetype offset = -1; // byte offset of the error
        QString message; // translated: what is wrong, without the position
        QString describe() const; // "line 3, column 7: missing comma" (translated)
    };

    static Result validate(const QByteArray &body);

    // Re-indents valid JSON with `indent` spaces, keeping key order and number text exactly as
    // written (QJsonDocument would sort keys and round 64-bit integers). Invalid JSON is
    // returned unchanged.
    static QByteArray prettyPrinted(const QByteArray &body, int indent = 2);
    // The same without checking first: for the first part of a body too large to parse on every
    // display (the call's classification has already said whether it is valid). Never fails:
    // text that is not JSON comes back re-indented as far as it goes.
    static QByteArray reindented(const QByteArray &text, int indent = 2);
    // The same without insignificant whitespace.
    static QByteArray compacted(const QByteArray &body);

    // 1-based line and character column of a byte offset in UTF-8 text.
    static std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);
};

} // namespace xlink
