#pragma once

#include "catalogue/ErrorCatalogue.h"

#include <memory>

namespace xlink::cli {

// The one catalogue every command explains codes with: the built-in one with the user's
// imported pages merged in (UserCatalogue::loadMerged). A damaged user file is moved aside
// and the warning printed on stderr, once per command.
class MergedCatalogue final
{
public:
    static std::shared_ptr<const ErrorCatalogue> load();
};

} // namespace xlink::cli
