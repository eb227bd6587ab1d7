#pragma once

class QAbstractItemView;
class QString;

namespace xlink {

// What an empty item view says: what it is and how to fill it, and where the focus is, since
// Qt draws nothing in an empty view and someone tabbing through the window could not see they
// had reached it. A view's paintEvent calls paint() after its own painting while it has nothing
// to show, and updates its viewport when it gains or loses the focus (PlaceholderTableWidget,
// CollectionTreeView).
namespace EmptyViewText {

// Draws `text` centred in `view`'s viewport: in the placeholder colour, or in the highlight
// colour inside a focus frame while the view has the focus.
void paint(QAbstractItemView *view, const QString &text);

} // namespace EmptyViewText

} // namespace xlink
