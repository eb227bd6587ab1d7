#pragma once

#include "CollectionTree.h"

#include <QTreeView>

#include <memory>

namespace xlink {

class CollectionTreeModel;

// The open collection as a tree of folders, files and requests: what is selected, and what the
// user had expanded and selected kept across a tree read again (after any change, on disk or
// by the console). A drop asks the model for a move; activating a folder or file opens or
// closes it, activating a request says so (requestActivated). Changing the collection is the
// job of CollectionItemActions.
class CollectionTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionTreeView)

public:
    struct Selection
    {
        QString path; // folder, file (a request's file)
        int region = -1;
        int kind = -1; // CollectionTree::Kind, -1 for none (the collection's folder)
    };

    explicit CollectionTreeView(QWidget *parent = nullptr);
    ~CollectionTreeView() override;

    CollectionTreeModel *collectionModel() const { return m_model; }
    Selection selection() const;
    // The selected folder, a file's or a request's folder; "" for the collection's root.
    QString selectedFolder() const;
    // The selected file or a selected request's file; "" when neither is selected.
    QString selectedFile() const;
    // Every file of the collection shown, relative, in the tree's order.
    QStringList files() const;
    // The selected node (null for none).
    const CollectionTree::Node *selectedNode() const;
    // Selects the folder or file at `path` (or with `region` >= 0 that request of the file).
    void select(const QString &path, int region = -1);
    // Shows `tree`, with what was expanded and selected before still so, by path.
    void showTree(std::shared_ptr<const CollectionTree> tree);
    // The actions of the context menu, in order; a null one is a separator.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    // What the tree says while it shows nothing (no folder open, or one with no files yet).
    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);
    bool showsPlaceholder() const;

Q_SIGNALS:
    // The user activated the request `region` of `file` (double-click, Enter).
    void requestActivated(const QString &file, int region);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onActivated(const QModelIndex &index);

    CollectionTreeModel *m_model = nullptr;
    QList<QAction *> m_contextActions;
    QString m_placeholder;
};

} // namespace xlink
