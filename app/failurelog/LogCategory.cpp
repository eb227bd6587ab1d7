#include "LogCategory.h"

Q_LOGGING_CATEGORY(lcFailureLog, "xlink.failurelog", QtInfoMsg)
