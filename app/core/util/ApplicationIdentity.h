#pragma once

namespace xlink {

// The names QSettings and QStandardPaths derive their locations from. The GUI and the CLI apply
// the same identity so they share one settings file (environments), one data directory (failure
// log, user catalogue) and one keychain service: `xlink-cli log list` must read the log the
// console writes. Only the program's own name for messages and --version differs.
class ApplicationIdentity final
{
public:
    // Sets organisation, application name and version on the running QCoreApplication, and
    // makes sure the settings file exists owner-only (see OwnerOnlyFiles).
    static void apply();
};

} // namespace xlink
