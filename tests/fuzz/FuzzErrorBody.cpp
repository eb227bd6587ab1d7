// libFuzzer target: ErrorBodyDecoder, which classifies every response body the console receives
// (platform JSON, proxy HTML, truncated or hostile bytes).
#include "FuzzCheck.h"
#include "catalogue/ErrorBodyDecoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using xlink::ErrorBodyDecoder;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &contentType :
        { QByteArray(), QByteArray("application/json"), QByteArray("text/html; charset=utf-8") }) {
        const ErrorBodyDecoder::Result result = ErrorBodyDecoder::decode(body, contentType);
        XLINK_FUZZ_CHECK(
            result.error.has_value() == (result.shape == ErrorBodyDecoder::Shape::PlatformError));
        XLINK_FUZZ_CHECK(!ErrorBodyDecoder::shapeName(result.shape).isEmpty());
        if (result.shape == ErrorBodyDecoder::Shape::MalformedJson) {
            XLINK_FUZZ_CHECK(!result.parseError.isEmpty());
            XLINK_FUZZ_CHECK(
                result.parseErrorOffset >= 0 && result.parseErrorOffset <= body.size());
        }
        if (result.error)
            XLINK_FUZZ_CHECK(result.error->code >= 0);
    }
    return 0;
}
