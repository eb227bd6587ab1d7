#pragma once

#include <QIcon>

namespace xlink {

// The console's icon (packaging/icons), compiled in under :/xlink/icons.
class ApplicationIcon final
{
public:
    // Built from the PNG renderings, so the window icon needs no SVG plugin at run time and
    // the 16 px size is the one drawn for the pixel grid rather than a scaled-down SVG.
    static QIcon icon();
};

} // namespace xlink
