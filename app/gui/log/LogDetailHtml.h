#pragma once

#include "LogEntry.h"
#include "util/Language.h"

#include <QCoreApplication>
#include <QString>

namespace xlink {

class ErrorCatalogue;

// The detail pane's HTML for one stored call: the decoded error in both languages (the user's
// first), the server's msg, the catalogue's hint, then the request and the response as the
// store kept them (already redacted).
class LogDetailHtml final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::LogDetailHtml)

public:
    static QString render(
        const StoredCall &stored, const ErrorCatalogue &catalogue, Language language);
    // Bodies longer than this are cut in the pane (the export carries what the store kept).
    static constexpr int bodyDisplayBytes = 16 * 1024;
};

} // namespace xlink
