// libFuzzer target: ErrorPageParser, the Markdown error-code page import. An import is all or
// nothing: either a list of codes and no error, or an error naming a real line and no codes.
#include "FuzzCheck.h"
#include "catalogue/ErrorPageParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using xlink::ErrorPageParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray page(reinterpret_cast<const char *>(data), qsizetype(size));
    const ErrorPageParser::Result result = ErrorPageParser::parse(page);
    const int lines = int(page.count('\n')) + 1;
    if (!result.ok()) {
        XLINK_FUZZ_CHECK(result.codes.isEmpty());
        XLINK_FUZZ_CHECK(result.errorLine >= 0 && result.errorLine <= lines);
        return 0;
    }
    int previousLine = 0;
    for (const xlink::ParsedCode &code : result.codes) {
        XLINK_FUZZ_CHECK(code.code > 0);
        XLINK_FUZZ_CHECK(code.line > previousLine && code.line <= lines);
        previousLine = code.line;
    }
    for (const ErrorPageParser::Note &note : result.notes) {
        XLINK_FUZZ_CHECK(note.line >= 1 && note.line <= lines);
        XLINK_FUZZ_CHECK(note.firstLine >= 1 && note.firstLine < note.line);
        XLINK_FUZZ_CHECK(!note.text().isEmpty());
    }
    return 0;
}
