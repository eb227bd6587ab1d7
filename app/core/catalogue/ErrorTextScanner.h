#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace xlink {

class ErrorCatalogue;

// One platform error found in a pasted text: an error object or a bare 7-digit code.
struct FoundError
{
    int code = 0; // 0 when the object's code is missing or not a number
    QString rawCode; // the code exactly as written ("4031003", 4031003, "abc")
    QString serverMessage; // the object's msg, JSON escapes decoded; empty for bare codes
    bool fromObject = false; // {"error":{...}} rather than a bare code
    qsizetype offset = 0; // where it starts in the text (UTF-16 index)
    qsizetype length = 0; // how many UTF-16 units it spans
    int line = 0; // 1-based
    int column = 0; // 1-based, in UTF-16 units
    friend bool operator==(const FoundError &, const FoundError &) = default;
};

// Finds every platform error in free text (a response body, a log excerpt, a terminal paste):
// error objects `{"error":{"code":"4031003","msg":"..."}}` (code as string or number, pretty
// printed or embedded in a log line), and bare 7-digit codes that are not part of a longer
// number and whose class (first three digits) is an error status the catalogue explains or that
// the catalogue knows. Results come in order of appearance; a code inside an object is reported
// once, as the object.
//
// Runs in linear time: it is a hand-written scanner (no regular expressions), and each object
// candidate is parsed with bounded length and nesting, so a 10 MB paste costs milliseconds.
class ErrorTextScanner final
{
public:
    // Uses the built-in catalogue to decide which bare numbers are codes.
    static QList<FoundError> scan(QStringView text);
    static QList<FoundError> scan(QStringView text, const ErrorCatalogue &catalogue);

    // No platform error object is anywhere near this long; the bound keeps scanning linear.
    static constexpr qsizetype MaxObjectLength = 8192;
    static constexpr int MaxObjectDepth = 8;
};

} // namespace xlink
