// libFuzzer target: JsonBodyValidator, which checks and reformats every request body the user
// types or pastes. Errors must point inside the body; valid JSON must stay valid and equivalent
// through pretty-printing and compaction, and reformatting must be stable.
#include "FuzzCheck.h"
#include "JsonBodyValidator.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using xlink::JsonBodyValidator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonBodyValidator::Result result = JsonBodyValidator::validate(body);
    if (!result.valid) {
        XLINK_FUZZ_CHECK(!result.empty);
        XLINK_FUZZ_CHECK(result.line >= 1 && result.column >= 1);
        XLINK_FUZZ_CHECK(result.line <= body.count('\n') + 1);
        XLINK_FUZZ_CHECK(!result.message.isEmpty() && !result.describe().isEmpty());
        // Invalid bodies are never rewritten: the user's text stays as typed.
        XLINK_FUZZ_CHECK(JsonBodyValidator::prettyPrinted(body) == body);
        XLINK_FUZZ_CHECK(JsonBodyValidator::compacted(body) == body);
        return 0;
    }
    if (result.empty)
        return 0;
    const QByteArray pretty = JsonBodyValidator::prettyPrinted(body);
    const QByteArray compact = JsonBodyValidator::compacted(body);
    XLINK_FUZZ_CHECK(JsonBodyValidator::validate(pretty).valid);
    XLINK_FUZZ_CHECK(JsonBodyValidator::validate(compact).valid);
    // Same document: only insignificant whitespace may change.
    const QJsonDocument original = QJsonDocument::fromJson(body);
    XLINK_FUZZ_CHECK(QJsonDocument::fromJson(pretty) == original);
    XLINK_FUZZ_CHECK(QJsonDocument::fromJson(compact) == original);
    XLINK_FUZZ_CHECK(JsonBodyValidator::compacted(pretty) == compact);
    XLINK_FUZZ_CHECK(JsonBodyValidator::prettyPrinted(compact) == pretty);
    return 0;
}
