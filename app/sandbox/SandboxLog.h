#pragma once

#include <QLoggingCategory>

// The sandbox's log (QT_LOGGING_RULES="xlink.sandbox.debug=true" shows each request).
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
