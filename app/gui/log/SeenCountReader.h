#pragma once

#include "catalogue/CodeBrowserWidget.h"

namespace xlink {

class FailureStore;
class ScopeReader;

// The code browser's "seen N times in the failure log", counted on the store's background
// reader thread (never on the GUI thread's connection): the browser stays quick while the
// selected code changes with every key typed.
class SeenCountReader final
{
public:
    // Counts in `store` (not owned; must outlive the browser). 0 while the store is not open.
    static CodeBrowserWidget::SeenCount forStore(FailureStore *store);
    // Counts in the team log, by the server, through the reader `reader` gives at the time
    // (nullptr: none is set up). -1 when the team log cannot be read.
    static CodeBrowserWidget::SeenCount forTeam(std::function<ScopeReader *()> reader);
};

} // namespace xlink
