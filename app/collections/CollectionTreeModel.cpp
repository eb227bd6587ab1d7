#include "CollectionTreeModel.h"

#include "HttpRegion.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace xlink {

using Node = CollectionTree::Node;
using Kind = CollectionTree::Kind;

CollectionTreeModel::CollectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

CollectionTreeModel::~CollectionTreeModel() = default;

void CollectionTreeModel::setTree(std::shared_ptr<const CollectionTree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

const Node *CollectionTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!m_tree)
        return nullptr;
    if (!index.isValid())
        return m_tree->root();
    return static_cast<const Node *>(index.internalPointer());
}

QModelIndex CollectionTreeModel::indexFor(const QString &relativePath, int region) const
{
    if (!m_tree)
        return {};
    const Node *node = m_tree->find(relativePath, region);
    if (!node || node == m_tree->root())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex CollectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    if (!node || column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children.at(size_t(row)).get());
}

QModelIndex CollectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    const Node *parentNode = static_cast<const Node *>(child.internalPointer())->parent;
    if (!parentNode || parentNode == m_tree->root())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int CollectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int CollectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case Qt::ToolTipRole:
        if (!node->problem.isEmpty())
            return node->problem;
        if (const HttpRegion *request = node->request())
            return QString(request->method + u' ' + request->url);
        return node->relativePath;
    case KindRole:
        return int(node->kind);
    case PathRole:
        return node->relativePath;
    case RegionRole:
        return node->region;
    case ProblemRole:
        return node->problem;
    default:
        return {};
    }
}

Qt::ItemFlags CollectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Node *node = nodeAt(index);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (node->kind == Kind::Request)
        flags |= Qt::ItemNeverHasChildren;
    // Requests cannot be added to a file that does not parse.
    else if (node->kind == Kind::Folder || node->problem.isEmpty())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions CollectionTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CollectionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CollectionTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(mimeType) };
}

QMimeData *CollectionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (const Node *node = nodeAt(index); index.isValid() && node)
            stream << node->relativePath << node->region;
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), encoded);
    return data;
}

QList<CollectionTreeModel::Item> CollectionTreeModel::itemsIn(const QMimeData *data)
{
    QList<Item> items;
    if (!data)
        return items;
    QDataStream stream(data->data(QString::fromLatin1(mimeType)));
    while (!stream.atEnd()) {
        Item item;
        stream >> item.path >> item.region;
        if (stream.status() != QDataStream::Ok)
            return {};
        items.append(item);
    }
    return items;
}

const Node *CollectionTreeModel::dropTarget(const QModelIndex &parent, bool request) const
{
    const Node *node = nodeAt(parent);
    if (!node)
        return nullptr;
    if (node->kind == Kind::Request)
        node = node->parent;
    if (request)
        return node->kind == Kind::File && node->problem.isEmpty() ? node : nullptr;
    while (node && node->kind != Kind::Folder)
        node = node->parent;
    return node;
}

bool CollectionTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const QList<Item> items = itemsIn(data);
    if (items.size() != 1)
        return false;
    const Item &item = items.constFirst();
    const Node *target = dropTarget(parent, item.region >= 0);
    if (!target)
        return false;
    if (item.region >= 0)
        return target->relativePath != item.path;
    // Not into itself or below it, not where it already is.
    const QString &to = target->relativePath;
    if (to == item.path || to.startsWith(item.path + u'/'))
        return false;
    const qsizetype slash = item.path.lastIndexOf(u'/');
    return to != (slash < 0 ? QString() : item.path.left(slash));
}

bool CollectionTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Item item = itemsIn(data).constFirst();
    const Node *target = dropTarget(parent, item.region >= 0);
    Q_EMIT moveRequested(item.path, item.region, target->relativePath);
    return false;
}

} // namespace xlink
