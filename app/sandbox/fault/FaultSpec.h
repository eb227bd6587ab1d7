#pragma once

#include <QString>

#include <optional>

namespace xlink::sandbox {

// The faults a request asks for (`X-Sandbox-Fault: delay=200,status=503`) or that the server
// applies to every request (`xlink-cli sandbox --fault ...`). Several combine with commas.
struct FaultSpec
{
    int delayMs = 0; // delay=MS: answer after MS milliseconds
    bool serviceUnavailable = false; // status=503: a 5031001 error instead of the real answer
    bool drop = false; // drop: close the connection in the middle of the body
    bool malformed = false; // malformed: a truncated JSON body
    bool html = false; // html: a proxy's HTML error page with status 502
    qint64 hugeBytes = 0; // huge=BYTES: a valid JSON body of that size, streamed
    bool codeAsNumber = false; // code-as-number: "code":4031003 instead of "code":"4031003"
    bool englishMessage = false; // english-msg: the catalogue's English text as msg

    bool isEmpty() const;
    // Parses SPEC; on a malformed spec returns nothing and explains why in `error`.
    static std::optional<FaultSpec> parse(const QString &spec, QString *error = nullptr);
    // Both specs' faults; the larger delay and size win.
    FaultSpec combinedWith(const FaultSpec &other) const;

    static constexpr int maxDelayMs = 120 * 1000;
    static constexpr qint64 maxHugeBytes = qint64(1) << 31;
};

} // namespace xlink::sandbox
