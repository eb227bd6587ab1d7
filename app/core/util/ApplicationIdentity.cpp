#include "util/ApplicationIdentity.h"

#include "util/OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QSettings>

namespace xlink {

void ApplicationIdentity::apply()
{
    // On Linux: ~/.config/xlink-console/xlink-console.conf and ~/.local/share/xlink-console/
    // xlink-console/; the README lists the other platforms. Changing these names moves every
    // user's data, so they stay fixed.
    QCoreApplication::setOrganizationName(QStringLiteral("xlink-console"));
    QCoreApplication::setApplicationName(QStringLiteral("xlink-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XLINK_VERSION));
#if !defined(Q_OS_WIN) && !defined(Q_OS_DARWIN)
    // The settings file (environments, account names) starts owner-only: QSettings saves through
    // QSaveFile, which gives a new file the umask's permissions but keeps an existing file's.
    OwnerOnlyFiles::ensureFile(QSettings().fileName());
#endif
}

} // namespace xlink
