#include "TeamLogCategory.h"

Q_LOGGING_CATEGORY(lcTeamLog, "xlink.teamlog", QtInfoMsg)
