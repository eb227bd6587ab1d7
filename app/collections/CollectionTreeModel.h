#pragma once

#include "CollectionTree.h"

#include <QAbstractItemModel>

#include <memory>

namespace xlink {

// The tree of an open collection (CollectionTree) as an item model: folders, files and their
// requests, one column. It shows a snapshot and changes nothing on disk: a drag and drop inside
// it is asked for with moveRequested(), and whoever owns the folder moves the item and hands
// the model the tree read again.
class CollectionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionTreeModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // CollectionTree::Kind as int
        PathRole, // relative path of the folder or file (a request's file)
        RegionRole, // a request's region index, -1 otherwise
        ProblemRole, // why a file does not parse, empty otherwise
    };
    static constexpr auto mimeType = "application/x-xlink-collection-items";

    explicit CollectionTreeModel(QObject *parent = nullptr);
    ~CollectionTreeModel() override;

    // Shows `tree` (nullptr: nothing open). Views lose their expansion and selection: keep them
    // by path (indexFor) across the change.
    void setTree(std::shared_ptr<const CollectionTree> tree);
    const CollectionTree *tree() const { return m_tree.get(); }
    const CollectionTree::Node *nodeAt(const QModelIndex &index) const;
    // The index of the folder or file at `relativePath` (a request's when `region` >= 0);
    // invalid when there is none, or for the collection's own folder.
    QModelIndex indexFor(const QString &relativePath, int region = -1) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    // Asks for the move (moveRequested) and returns false: the view must not remove the rows
    // itself; the tree read again after the move shows them in their new place.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

Q_SIGNALS:
    // The user dropped the item at `relativePath` (a request of it when `region` >= 0) on the
    // folder (or, for a request, the file) at `targetPath`.
    void moveRequested(const QString &relativePath, int region, const QString &targetPath);

private:
    struct Item
    {
        QString path;
        int region = -1;
    };
    static QList<Item> itemsIn(const QMimeData *data);
    // Where an item dropped on `parent` goes: a folder (files, folders) or a file (requests).
    const CollectionTree::Node *dropTarget(const QModelIndex &parent, bool request) const;

    std::shared_ptr<const CollectionTree> m_tree;
};

} // namespace xlink
