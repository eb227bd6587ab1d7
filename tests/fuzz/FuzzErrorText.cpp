// libFuzzer target: ErrorTextScanner ("decode from text"), which reads whatever the user pastes:
// logs, terminal output, bodies in any encoding. Every finding must lie inside the text, in
// order and without overlap, with a line and column that match its offset.
#include "FuzzCheck.h"
#include "catalogue/ErrorCatalogue.h"
#include "catalogue/ErrorTextScanner.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>

using xlink::ErrorTextScanner;
using xlink::FoundError;

namespace {

void checkFindings(QStringView text, const QList<FoundError> &found)
{
    qsizetype previousEnd = 0;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype scanned = 0;
    for (const FoundError &item : found) {
        XLINK_FUZZ_CHECK(item.offset >= previousEnd);
        XLINK_FUZZ_CHECK(item.length > 0 && item.offset + item.length <= text.size());
        previousEnd = item.offset + item.length;
        for (; scanned < item.offset; ++scanned) {
            if (text.at(scanned) == u'\n') {
                ++line;
                lineStart = scanned + 1;
            }
        }
        XLINK_FUZZ_CHECK(item.line == line);
        XLINK_FUZZ_CHECK(item.column == item.offset - lineStart + 1);
        if (item.fromObject) {
            // The whole {"error":{...}}, or from the "error" key when nothing wraps it.
            XLINK_FUZZ_CHECK(
                text.at(item.offset) == u'{' || text.sliced(item.offset).startsWith(u"\"error\""));
            XLINK_FUZZ_CHECK(item.length <= ErrorTextScanner::MaxObjectLength);
        } else {
            // A bare code is exactly the seven digits it was read from.
            XLINK_FUZZ_CHECK(item.length == 7);
            XLINK_FUZZ_CHECK(item.rawCode == text.sliced(item.offset, item.length));
            XLINK_FUZZ_CHECK(item.code == item.rawCode.toInt());
            XLINK_FUZZ_CHECK(item.serverMessage.isEmpty());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // As UTF-8 (what a paste usually is) and as raw UTF-16 (lone surrogates and all).
    const QString utf8 = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkFindings(utf8, ErrorTextScanner::scan(utf8));

    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, (size / 2) * 2);
    checkFindings(utf16, ErrorTextScanner::scan(utf16, xlink::ErrorCatalogue::builtin()));
    return 0;
}
