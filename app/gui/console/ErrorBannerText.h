#pragma once

#include "call/CallRecord.h"

#include <QCoreApplication>
#include <QString>

namespace xlink {

class ErrorCatalogue;

// What the response viewer's banner says about a call that failed: the platform error with its
// Chinese and English messages from the catalogue and the server's msg where it differs, an HTML
// page from a proxy, a body that does not parse, or why no answer arrived. Rich text; a platform
// code links to "code:<number>".
class ErrorBannerText final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::ErrorBannerText)

public:
    static constexpr QStringView codeScheme = u"code";

    // Empty for a successful call.
    static QString html(const CallRecord &record, const ErrorCatalogue &catalogue);

private:
    static QString platformErrorHtml(
        const PlatformError &error, const CallRecord &record, const ErrorCatalogue &catalogue);
};

} // namespace xlink
