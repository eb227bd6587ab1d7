// libFuzzer target: HttpFileParser, which reads .http files written by hand, by other tools
// (REST Client, JetBrains, httpyac) and by Postman import. Any bytes give a file or problems,
// never a crash; a file that parses is written back byte for byte when nothing was edited; a
// region rewritten in the canonical style reads back to the same content; and every problem
// points inside the input.
#include "FuzzCheck.h"
#include "HttpFileParser.h"
#include "HttpFileWriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace xlink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const HttpFileParser::Result parsed = HttpFileParser::parse(bytes);
    const qsizetype lines = bytes.count('\n') + 1;
    for (const ParseProblem &problem : parsed.problems) {
        XLINK_FUZZ_CHECK(problem.line >= 1 && problem.line <= lines);
        XLINK_FUZZ_CHECK(problem.column >= 1);
        XLINK_FUZZ_CHECK(!problem.message.isEmpty());
    }
    if (!parsed.ok())
        return 0;
    XLINK_FUZZ_CHECK(HttpFileWriter::write(parsed.file) == bytes);

    // Every region marked as edited: the canonical text must read back to the same requests.
    HttpFile edited = parsed.file;
    for (HttpRegion &region : edited.regions)
        region.parsed.reset();
    const QByteArray canonical = HttpFileWriter::write(edited);
    const HttpFileParser::Result again = HttpFileParser::parse(canonical);
    XLINK_FUZZ_CHECK(again.ok());
    XLINK_FUZZ_CHECK(again.file.requestIndexes().size() == parsed.file.requestIndexes().size());
    const QList<int> before = parsed.file.requestIndexes();
    const QList<int> after = again.file.requestIndexes();
    for (qsizetype i = 0; i < before.size(); ++i) {
        const HttpRegion &a = parsed.file.regions.at(before.at(i));
        const HttpRegion &b = again.file.regions.at(after.at(i));
        XLINK_FUZZ_CHECK(a.method == b.method);
        XLINK_FUZZ_CHECK(a.url == b.url);
        XLINK_FUZZ_CHECK(a.headers == b.headers);
        XLINK_FUZZ_CHECK(a.body == b.body);
        XLINK_FUZZ_CHECK(a.name == b.name);
    }
    return 0;
}
