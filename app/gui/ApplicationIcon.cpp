#include "ApplicationIcon.h"

#include "ApplicationIconEngine.h"

namespace xlink {

QIcon ApplicationIcon::icon()
{
    return QIcon(new ApplicationIconEngine);
}

} // namespace xlink
