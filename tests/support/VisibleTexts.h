#pragma once

#include <QStringList>

class QWidget;

namespace xlink::test {

// The visible words of `root` and its children that hold Chinese characters (labels, buttons,
// tabs, table cells and headers, line edits' placeholders), each as "Class (objectName): text":
// after a switch to English, whatever is left was said in the language of an earlier moment.
// The name 中文 itself does not count.
QStringList chineseTextsIn(const QWidget *root);

} // namespace xlink::test
