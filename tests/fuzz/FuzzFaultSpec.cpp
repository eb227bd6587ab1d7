// libFuzzer target: the sandbox's fault spec (FaultSpec::parse), read from every request's
// X-Sandbox-Fault header and from `xlink-cli sandbox --fault`. A refused spec says why; an
// accepted one stays within the documented bounds, combines with itself to itself, and is
// empty exactly when it asks for nothing.
#include "FuzzCheck.h"
#include "fault/FaultSpec.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using xlink::sandbox::FaultSpec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<FaultSpec> spec = FaultSpec::parse(text, &error);
    if (!spec) {
        XLINK_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    XLINK_FUZZ_CHECK(spec->delayMs >= 0 && spec->delayMs <= FaultSpec::maxDelayMs);
    XLINK_FUZZ_CHECK(spec->hugeBytes >= 0 && spec->hugeBytes <= FaultSpec::maxHugeBytes);
    const FaultSpec twice = spec->combinedWith(*spec);
    XLINK_FUZZ_CHECK(twice.delayMs == spec->delayMs && twice.hugeBytes == spec->hugeBytes
        && twice.drop == spec->drop && twice.malformed == spec->malformed
        && twice.html == spec->html && twice.serviceUnavailable == spec->serviceUnavailable
        && twice.codeAsNumber == spec->codeAsNumber
        && twice.englishMessage == spec->englishMessage);
    const bool asksForNothing = spec->delayMs == 0 && spec->hugeBytes == 0 && !spec->drop
        && !spec->malformed && !spec->html && !spec->serviceUnavailable && !spec->codeAsNumber
        && !spec->englishMessage;
    XLINK_FUZZ_CHECK(spec->isEmpty() == asksForNothing);
    return 0;
}
