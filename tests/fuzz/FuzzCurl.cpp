// libFuzzer target: CurlCodec, which parses curl commands pasted from browsers, terminals and
// chat. Parsing must give a request or an error, never both; any byte string must survive
// shell quoting and word splitting unchanged; and a parsed request must survive being copied as
// curl and pasted again.
#include "CurlCodec.h"
#include "FuzzCheck.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using xlink::CurlCodec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto words = CurlCodec::splitShellWords(CurlCodec::shellQuote(bytes));
    XLINK_FUZZ_CHECK(words && words->size() == 1 && words->front() == bytes);

    const CurlCodec::ParseResult parsed = CurlCodec::fromCurl(QString::fromUtf8(bytes));
    XLINK_FUZZ_CHECK(parsed.request.has_value() == parsed.error.isEmpty());
    if (!parsed.request)
        return 0;

    CurlCodec::Options options;
    options.includeToken = true;
    const QString copied = CurlCodec::toCurl(*parsed.request, options);
    const CurlCodec::ParseResult again = CurlCodec::fromCurl(copied);
    XLINK_FUZZ_CHECK(again.request.has_value());
    XLINK_FUZZ_CHECK(again.request->method == parsed.request->method);
    XLINK_FUZZ_CHECK(again.request->target == parsed.request->target);
    // Copying adds the Content-Type every call with a body gets when the command had none.
    xlink::HeaderList expectedHeaders = parsed.request->headers;
    if (parsed.request->header("Content-Type").isNull() && !parsed.request->body.isEmpty())
        expectedHeaders.append(
            std::pair(QByteArray("Content-Type"), QByteArray("application/json")));
    XLINK_FUZZ_CHECK(again.request->headers == expectedHeaders);
    XLINK_FUZZ_CHECK(again.request->body == parsed.request->body);
    return 0;
}
