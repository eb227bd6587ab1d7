// libFuzzer target: JsonSyntax, which decides whether a large response body is JSON without
// building a document. It must give QJsonDocument's verdict on every input (it stands in for it
// above 1 MiB) and report an offset inside the body.
#include "FuzzCheck.h"
#include "catalogue/JsonSyntax.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using xlink::JsonSyntax;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonParseError ours = JsonSyntax::check(text);
    QJsonParseError qt;
    QJsonDocument::fromJson(text, &qt);
    XLINK_FUZZ_CHECK(
        (ours.error == QJsonParseError::NoError) == (qt.error == QJsonParseError::NoError));
    XLINK_FUZZ_CHECK(ours.offset >= 0 && ours.offset <= text.size());
    return 0;
}
