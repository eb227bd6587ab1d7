#include "JsonTreeView.h"

#include "JsonTreeModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace xlink {

JsonTreeView::JsonTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
}

JsonTreeView::~JsonTreeView() = default;

void JsonTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    // The value column takes what is left; the type column only what "boolean" needs.
    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    columns->resizeSection(JsonTreeModel::KeyColumn, fontMetrics().horizontalAdvance(u'M') * 14);
}

void JsonTreeView::copyRole(int role) const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    QApplication::clipboard()->setText(current.data(role).toString());
}

void JsonTreeView::copyValue() const
{
    copyRole(JsonTreeModel::CopyValueRole);
}

void JsonTreeView::copyKey() const
{
    copyRole(JsonTreeModel::CopyKeyRole);
}

void JsonTreeView::copyPath() const
{
    copyRole(JsonTreeModel::JsonPathRole);
}

void JsonTreeView::keyPressEvent(QKeyEvent *event)
{
    // The value, not the cell's display text: "abc" pasted into a path would carry its quotes.
    if (event == QKeySequence::Copy) {
        copyValue();
        return;
    }
    QTreeView::keyPressEvent(event);
}

QMenu *JsonTreeView::createContextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"jsonTreeMenu"_s);
    const bool onRow = currentIndex().isValid();
    QAction *value = menu->addAction(tr("Copy &Value"), this, &JsonTreeView::copyValue);
    value->setShortcut(QKeySequence::Copy);
    value->setObjectName(u"copyValue"_s);
    QAction *key = menu->addAction(tr("Copy &Key"), this, &JsonTreeView::copyKey);
    key->setObjectName(u"copyKey"_s);
    QAction *path = menu->addAction(tr("Copy JSON &Path"), this, &JsonTreeView::copyPath);
    path->setObjectName(u"copyPath"_s);
    for (QAction *action : { value, key, path })
        action->setEnabled(onRow);
    menu->addSeparator();
    menu->addAction(tr("&Expand All"), this, &QTreeView::expandAll);
    menu->addAction(tr("&Collapse All"), this, &QTreeView::collapseAll);
    return menu;
}

void JsonTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex under = indexAt(viewport()->mapFrom(this, event->pos()));
    if (under.isValid())
        setCurrentIndex(under);
    QMenu *menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace xlink
