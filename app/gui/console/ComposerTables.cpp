#include "ComposerTables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace xlink::ComposerTables {

void fitRows(QTableWidget *table, const QString &longestName)
{
    const int frame = 2 * table->frameWidth();
    const int header = table->horizontalHeader()->sizeHint().height();
    const int row = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(frame + header + 3 * row);
    table->setMaximumHeight(frame + header + 5 * row);
    table->horizontalHeader()->resizeSection(
        0, table->fontMetrics().horizontalAdvance(longestName) + 24);
}

QToolButton *compactButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

void setUp(QTableWidget *table, const QString &longestName)
{
    table->setTabKeyNavigation(false); // Tab leaves the table (Ctrl+Tab too)
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    fitRows(table, longestName);
}

void editNewRow(QTableWidget *table)
{
    const int row = table->rowCount();
    {
        // An empty row is no edit yet: the table's itemChanged waits for a name.
        const QSignalBlocker blocker(table);
        table->insertRow(row);
    }
    table->setCurrentCell(row, 0);
    table->edit(table->model()->index(row, 0));
}

void layOut(
    QWidget *owner, QLabel *label, QToolButton *add, QToolButton *remove, QTableWidget *table)
{
    auto *title = new QHBoxLayout;
    title->addWidget(label, 1);
    title->addWidget(add);
    title->addWidget(remove);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(title);
    layout->addWidget(table);
}

} // namespace xlink::ComposerTables
