// libFuzzer target: headers as a log file stores them (HeaderCodec::decode), which a damaged
// or hand-edited log can make anything. Whatever decodes re-encodes to a form that decodes to
// the same headers.
#include "FuzzCheck.h"
#include "HeaderCodec.h"

#include <cstddef>
#include <cstdint>

using xlink::HeaderCodec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const xlink::HeaderList headers = HeaderCodec::decode(text);
    const QString encoded = HeaderCodec::encode(headers);
    const xlink::HeaderList again = HeaderCodec::decode(encoded);
    // Names are Latin-1 and values UTF-8: after one pass they are exactly representable.
    XLINK_FUZZ_CHECK(again.size() == headers.size());
    XLINK_FUZZ_CHECK(HeaderCodec::encode(again) == encoded);
    return 0;
}
