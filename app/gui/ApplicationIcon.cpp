#include "ApplicationIcon.h"

namespace xlink {

QIcon ApplicationIcon::icon()
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(
            QStringLiteral(":/xlink/icons/png/xlink-console-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace xlink
