// libFuzzer target: the query of a request target as the composer reads it
// (QueryParameters::parse), from a pasted URL or curl command. Writing the pairs back and
// reading them again gives the same pairs, and the path before the query is kept.
#include "FuzzCheck.h"
#include "QueryParameters.h"

#include <cstddef>
#include <cstdint>

using xlink::QueryParameters;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString target = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QueryParameters::Pair> pairs = QueryParameters::parse(target);
    const QString written = QueryParameters::withQuery(target, pairs);
    const QList<QueryParameters::Pair> again = QueryParameters::parse(written);
    // Once written, a target is stable.
    XLINK_FUZZ_CHECK(QueryParameters::withQuery(written, again) == written);
    XLINK_FUZZ_CHECK(QueryParameters::parse(QueryParameters::withQuery(written, again)) == again);
    // The path is kept as it was.
    const auto path = [](const QString &text) {
        const qsizetype question = text.indexOf(u'?');
        const qsizetype hash = text.indexOf(u'#');
        qsizetype end = text.size();
        if (question >= 0)
            end = question;
        if (hash >= 0 && hash < end)
            end = hash;
        return text.left(end);
    };
    XLINK_FUZZ_CHECK(path(written) == path(target));
    return 0;
}
