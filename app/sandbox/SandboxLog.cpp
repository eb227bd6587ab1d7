#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "xlink.sandbox", QtInfoMsg)
