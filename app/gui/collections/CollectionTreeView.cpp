#include "CollectionTreeView.h"

#include "CollectionTreeModel.h"
#include "EmptyViewText.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace xlink {

using Kind = CollectionTree::Kind;

CollectionTreeView::CollectionTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new CollectionTreeModel(this))
{
    setObjectName(u"collectionTree"_s);
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTreeView::activated, this, &CollectionTreeView::onActivated);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (QAction *action : std::as_const(m_contextActions)) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
        menu.exec(viewport()->mapToGlobal(at));
    });
}

CollectionTreeView::~CollectionTreeView() = default;

void CollectionTreeView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

bool CollectionTreeView::showsPlaceholder() const
{
    return m_model->rowCount() == 0 && !m_placeholder.isEmpty();
}

void CollectionTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (showsPlaceholder())
        EmptyViewText::paint(this, m_placeholder);
}

void CollectionTreeView::focusInEvent(QFocusEvent *event)
{
    QTreeView::focusInEvent(event);
    if (showsPlaceholder())
        viewport()->update();
}

void CollectionTreeView::focusOutEvent(QFocusEvent *event)
{
    QTreeView::focusOutEvent(event);
    if (showsPlaceholder())
        viewport()->update();
}

CollectionTreeView::Selection CollectionTreeView::selection() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return {};
    return { current.data(CollectionTreeModel::PathRole).toString(),
        current.data(CollectionTreeModel::RegionRole).toInt(),
        current.data(CollectionTreeModel::KindRole).toInt() };
}

QString CollectionTreeView::selectedFolder() const
{
    const Selection current = selection();
    if (current.kind == int(Kind::Folder))
        return current.path;
    if (current.kind < 0)
        return QString();
    const qsizetype slash = current.path.lastIndexOf(u'/');
    return slash < 0 ? QString() : current.path.left(slash);
}

QString CollectionTreeView::selectedFile() const
{
    const Selection current = selection();
    return current.kind == int(Kind::File) || current.kind == int(Kind::Request) ? current.path
                                                                                 : QString();
}

QStringList CollectionTreeView::files() const
{
    QStringList all;
    const CollectionTree *tree = m_model->tree();
    if (!tree)
        return all;
    std::function<void(const CollectionTree::Node *)> visit
        = [&](const CollectionTree::Node *node) {
              for (const auto &child : node->children) {
                  if (child->kind == Kind::File)
                      all.append(child->relativePath);
                  else if (child->kind == Kind::Folder)
                      visit(child.get());
              }
          };
    visit(tree->root());
    return all;
}

const CollectionTree::Node *CollectionTreeView::selectedNode() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->nodeAt(current) : nullptr;
}

void CollectionTreeView::select(const QString &path, int region)
{
    setCurrentIndex(m_model->indexFor(path, region));
}

void CollectionTreeView::showTree(std::shared_ptr<const CollectionTree> tree)
{
    // The tree is read anew: keep what the user had open and selected, by path.
    QStringList expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (isExpanded(child)) {
                expanded.append(child.data(CollectionTreeModel::PathRole).toString());
                collect(child);
            }
        }
    };
    collect({});
    const Selection current = selection();
    m_model->setTree(std::move(tree));
    for (const QString &path : std::as_const(expanded)) {
        const QModelIndex index = m_model->indexFor(path);
        if (index.isValid())
            expand(index);
    }
    QModelIndex selected = m_model->indexFor(current.path, current.region);
    if (!selected.isValid() && current.region >= 0)
        selected = m_model->indexFor(current.path);
    const QSignalBlocker blocker(selectionModel());
    if (selected.isValid())
        setCurrentIndex(selected);
}

void CollectionTreeView::onActivated(const QModelIndex &index)
{
    const CollectionTree::Node *node = m_model->nodeAt(index);
    if (!index.isValid() || !node)
        return;
    if (node->kind != Kind::Request) {
        setExpanded(index, !isExpanded(index));
        return;
    }
    Q_EMIT requestActivated(node->relativePath, node->region);
}

} // namespace xlink
