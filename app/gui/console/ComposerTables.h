#pragma once

#include <QString>

class QTableWidget;
class QToolButton;
class QWidget;

namespace xlink::ComposerTables {

// A name/value table that always shows three rows (and grows to five), with its name column
// wide enough for `longestName` on one line.
void fitRows(QTableWidget *table, const QString &longestName);
// A button as wide as its text: a push button is at least 80 pixels wide in most styles.
QToolButton *compactButton(QWidget *parent);

} // namespace xlink::ComposerTables
