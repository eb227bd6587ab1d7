// libFuzzer target: RequestCheck::checkBody, which checks every request body the user types
// against its documented schema (RapidJSON reads it, valijson checks it, the unknown-field
// search and the line finder walk it). It must never crash or recurse without bound, must call
// a body invalid JSON exactly when Qt's parser does (the console says so everywhere else), and
// every problem must name a line inside the body.
#include "ApiDescription.h"
#include "FuzzCheck.h"
#include "RequestCheck.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

using namespace xlink;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A list of objects with nested lists and alternatives, and a flat object with enums.
    static const ApiOperation *const operations[] = {
        ApiDescription::builtin().byOperationId(u"setAppDatapointValues"_s),
        ApiDescription::builtin().byOperationId(u"createProduct"_s),
    };
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    (void)QJsonDocument::fromJson(body, &parseError);
    const bool qtValid = parseError.error == QJsonParseError::NoError;
    const int lines = int(body.count('\n')) + 1;
    for (const ApiOperation *operation : operations) {
        XLINK_FUZZ_CHECK(operation != nullptr);
        const QList<SchemaProblem> problems = RequestCheck::checkBody(*operation, body);
        bool invalidJson = false;
        for (const SchemaProblem &problem : problems) {
            XLINK_FUZZ_CHECK(problem.line >= 1 && problem.line <= lines);
            XLINK_FUZZ_CHECK(problem.path.startsWith(u'$'));
            XLINK_FUZZ_CHECK(!problem.text().isEmpty());
            invalidJson = invalidJson || problem.kind == SchemaProblem::Kind::InvalidJson;
        }
        if (body.trimmed().isEmpty())
            continue;
        XLINK_FUZZ_CHECK(invalidJson == !qtValid);
        if (invalidJson)
            XLINK_FUZZ_CHECK(problems.size() == 1);
    }
    return 0;
}
