#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace xlink {

class CollectionFileEditor;
class CollectionFolder;
class CollectionTreeView;

// The actions that change the collection's tree: new request, file and folder, rename, move
// (Move to…, or a drop on the tree) and delete, each asking what it needs (a name, a target, a
// confirmation) in a window-modal dialog over `owner`, answered through signals (no nested event
// loop). The folder does the work; a file with unsaved text in `editor` is not renamed or moved.
class CollectionItemActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionItemActions)

public:
    // The actions are `owner`'s (their shortcuts, F2 and Delete, work in it and its children).
    CollectionItemActions(CollectionFolder *folder, CollectionTreeView *tree,
        const CollectionFileEditor *editor, QWidget *owner);
    ~CollectionItemActions() override;

    QAction *newRequestAction() const { return m_newRequest; }
    QAction *newFileAction() const { return m_newFile; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameAction() const { return m_rename; }
    QAction *moveAction() const { return m_move; }
    QAction *deleteAction() const { return m_delete; }

    // Enables what the open collection and the selection allow.
    void updateActions();
    void retranslateUi();

Q_SIGNALS:
    // Something to tell the user (`problem`: it went wrong).
    void message(const QString &text, bool problem);

private:
    void askName(const QString &title, const QString &label, const QString &text,
        std::function<void(const QString &)> done);
    void newRequest();
    void newFile();
    void newFolder();
    void renameSelected();
    void moveSelected();
    void deleteSelected();
    void moveItem(const QString &path, int region, const QString &target);
    // True (and said) when `path` is the file with unsaved text in the editor.
    bool heldByUnsavedText(const QString &path);

    CollectionFolder *m_folder;
    CollectionTreeView *m_tree;
    const CollectionFileEditor *m_editor;
    QWidget *m_owner;

    QAction *m_newRequest = nullptr;
    QAction *m_newFile = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_move = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace xlink
