#include "MergedCatalogue.h"

#include "Terminal.h"
#include "catalogue/UserCatalogue.h"

namespace xlink::cli {

std::shared_ptr<const ErrorCatalogue> MergedCatalogue::load()
{
    QString warning;
    auto catalogue = std::make_shared<const ErrorCatalogue>(UserCatalogue::loadMerged(&warning));
    if (!warning.isEmpty())
        Terminal::err(warning + u'\n');
    return catalogue;
}

} // namespace xlink::cli
