#include "TeamConnectionCheck.h"

#include "TeamDatabase.h"
#include "TeamSchema.h"

namespace xlink {

TeamConnectionError TeamConnectionCheck::run(const TeamConnectionSettings &settings)
{
    TeamDatabase database;
    TeamConnectionError error = database.open(settings);
    if (error.ok())
        error = TeamSchema::checkWritable(database.db());
    return error;
}

} // namespace xlink
