#include "ComposerTables.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>

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

} // namespace xlink::ComposerTables
