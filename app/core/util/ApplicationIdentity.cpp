#include "util/ApplicationIdentity.h"

#include <QCoreApplication>

namespace xlink {

void ApplicationIdentity::apply()
{
    // On Linux: ~/.config/xlink-console/xlink-console.conf and ~/.local/share/xlink-console/
    // xlink-console/; the README lists the other platforms. Changing these names moves every
    // user's data, so they stay fixed.
    QCoreApplication::setOrganizationName(QStringLiteral("xlink-console"));
    QCoreApplication::setApplicationName(QStringLiteral("xlink-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XLINK_VERSION));
}

} // namespace xlink
