// Compiled into every test executable (see xlink_add_test): before main() runs, HOME and the XDG
// folders point at a fresh private folder that is removed at exit, so no test reads or writes
// the user's own settings, keychain-less secrets, failure log or caches, and tests cannot see
// each other's files whatever order CTest runs them in. Child processes (xlink-cli, the
// sandbox, the load recorder) inherit the same environment. A test that inspects the files it
// writes makes its own IsolatedHome on top of this one.
#include "IsolatedHome.h"

#include <QDir>

namespace {

struct PrivateTestHome final
{
    PrivateTestHome()
    {
        // Without it a test would run in the user's real HOME: refuse to run at all.
        if (!home.isValid())
            qFatal(
                "cannot create a private HOME for the test under %s", qPrintable(QDir::tempPath()));
    }
    xlink::test::IsolatedHome home;
};

const PrivateTestHome privateTestHome;

} // namespace
