#pragma once

#include <QString>

namespace xlink {

// An error object as the platform sends it: {"error":{"code":"4031003","msg":"..."}}.
struct PlatformError
{
    int code = 0; // 0 when the code is missing or not a number
    QString rawCode; // the code exactly as sent ("4031003", 4031003, "abc")
    bool codeWasNumber = false; // sent as a JSON number instead of the documented string
    QString serverMessage; // the server's msg, which may differ from the catalogue's text
    friend bool operator==(const PlatformError &, const PlatformError &) = default;
};

} // namespace xlink
