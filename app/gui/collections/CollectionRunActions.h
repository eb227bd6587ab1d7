#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace xlink {

class CollectionFolder;
class CollectionTreeView;

// Run (Ctrl+R: the selected request, or every request of the selected file or folder, or the
// collection when nothing is selected) and Run All (Ctrl+Shift+R: the whole collection). They
// only ask, through runRequested(); the console's run view runs.
class CollectionRunActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionRunActions)

public:
    // The shortcuts work in `owner` and its children.
    CollectionRunActions(
        const CollectionFolder *folder, const CollectionTreeView *tree, QWidget *owner);
    ~CollectionRunActions() override;

    QAction *runAction() const { return m_run; }
    QAction *runAllAction() const { return m_runAll; }

    void updateActions();
    void retranslateUi();

Q_SIGNALS:
    // Run the requests under `relativePath` of the open collection (a folder or a file; "" for
    // all of them), or with `region` >= 0 that request of the file.
    void runRequested(const QString &relativePath, int region);

private:
    void runSelected();

    const CollectionFolder *m_folder;
    const CollectionTreeView *m_tree;
    QAction *m_run = nullptr;
    QAction *m_runAll = nullptr;
};

} // namespace xlink
