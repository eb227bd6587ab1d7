#include "MergedCatalogue.h"

#include "Console.h"
#include "catalogue/UserCatalogue.h"

namespace xlink::cli {

std::shared_ptr<const ErrorCatalogue> MergedCatalogue::load()
{
    QString warning;
    auto catalogue = std::make_shared<const ErrorCatalogue>(UserCatalogue::loadMerged(&warning));
    if (!warning.isEmpty())
        Console::err(warning + u'\n');
    return catalogue;
}

} // namespace xlink::cli
