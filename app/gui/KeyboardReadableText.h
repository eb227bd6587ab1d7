#pragma once

#include <Qt>

namespace xlink {

// A read-only text pane (QTextBrowser, read-only QPlainTextEdit) that takes the focus shows a
// caret there and lets the keyboard select and copy (Shift+arrows, Ctrl+C). Without it nothing
// on screen says the focus reached the pane: the Fusion style draws no focus frame around text
// areas, and a read-only one shows no cursor.
template<typename TextView>
void makeKeyboardReadable(TextView *view)
{
    view->setTextInteractionFlags(view->textInteractionFlags() | Qt::TextSelectableByKeyboard);
}

} // namespace xlink
