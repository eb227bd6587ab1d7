#pragma once

#include <QString>

class QLabel;
class QTableWidget;
class QToolButton;
class QWidget;

namespace xlink::ComposerTables {

// A name/value table that always shows three rows (and grows to five), with its name column
// wide enough for `longestName` on one line.
void fitRows(QTableWidget *table, const QString &longestName);
// A name/value table as the composer's tables are: Tab leaves it, the value column stretches,
// no row numbers or wrapping, rows fitted as fitRows() does.
void setUp(QTableWidget *table, const QString &longestName);
// A new last row, its name cell being edited.
void editNewRow(QTableWidget *table);
// The label and the Add/Remove buttons on one line above the table, filling `owner`: the
// composer must leave the response room at 1000×650.
void layOut(
    QWidget *owner, QLabel *label, QToolButton *add, QToolButton *remove, QTableWidget *table);
// A button as wide as its text: a push button is at least 80 pixels wide in most styles.
QToolButton *compactButton(QWidget *parent);

} // namespace xlink::ComposerTables
