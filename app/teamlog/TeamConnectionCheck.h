#pragma once

#include "TeamConnectionError.h"
#include "TeamConnectionSettings.h"

namespace xlink {

// "Test connection": connects with the settings on a connection of its own and checks that
// this console can send records (the schema set up and not newer, the INSERT grant). Blocks for
// up to the connect timeout: run it off the GUI thread (QtConcurrent), as the settings page
// does.
class TeamConnectionCheck final
{
public:
    static TeamConnectionError run(const TeamConnectionSettings &settings);
};

} // namespace xlink
