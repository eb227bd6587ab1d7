#pragma once

#include "ApiRequest.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;
class QTreeView;

namespace xlink {

class CallWorkspace;
class CollectionFolder;
class CollectionTreeModel;
class MessageLine;

// The API console's Collections side tab: a folder of .http files (opened again at the next
// start) as a tree of folders, files and requests; creating, renaming, moving (drag and drop
// or Move to…) and deleting them; opening a request into the composer (double-click, Enter);
// saving the composer's request, or a call of the history, into a file; the raw text of a file
// in an editor; the variables a request uses with their values (secrets masked); Postman
// import and export. The files are read and written by CollectionFolder: this widget only asks
// and shows. Text typed in the editor is never lost: a file changed on disk (git, an editor)
// is shown again when it holds no unsaved text, else the user chooses.
class CollectionsSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionsSidebar)

public:
    // Where to say things: the page's current message line (may give null).
    using MessageLineSource = std::function<MessageLine *()>;
    CollectionsSidebar(
        CallWorkspace *workspace, MessageLineSource messages, QWidget *parent = nullptr);
    ~CollectionsSidebar() override;

    // What "Save Request…" saves: the composer's request (nullopt with `error` when it cannot
    // be saved as it is) and where it was opened from (`saveTarget`, empty for nowhere).
    using RequestSource
        = std::function<std::optional<ApiRequest>(QString *error, QString *saveTarget)>;
    void setRequestSource(RequestSource source) { m_requestSource = std::move(source); }

    // Saves `request` back where `saveTarget` (given with requestOpened()) says: the request
    // it was opened from, in its file. False with `error` when that cannot be (the collection
    // is no longer open, the request is gone).
    bool saveTo(const QString &saveTarget, const ApiRequest &request, QString *error);
    // A request's save target: its file's absolute path and its name (or "#index" unnamed).
    QString saveTargetOf(const QString &file, int region) const;

    // Opens `folder`; false (said on the message line) when it cannot be.
    bool openFolder(const QString &folder);
    // Asks where to save `request` (window-modal; offering `saveTarget`'s file and name) and
    // saves it there.
    void saveRequest(const ApiRequest &request, const QString &saveTarget = {});
    // Imports a Postman collection (and environment) into a new folder of the collection.
    bool importPostman(const QString &collection, const QString &environment, QString *report);
    // Exports the open collection as a Postman collection.
    bool exportPostman(const QString &output, QString *report);

    CollectionFolder *folder() const { return m_folder; }
    CollectionTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QTableWidget *variablesTable() const { return m_variables; }
    QPlainTextEdit *textEditor() const { return m_text; }
    QPushButton *saveTextButton() const { return m_saveText; }
    QPushButton *revertTextButton() const { return m_revertText; }
    QLabel *textFileLabel() const { return m_textFile; }
    QTabWidget *detailTabs() const { return m_details; }
    // The file in the text editor, and whether it holds unsaved text.
    QString textFile() const { return m_textPath; }
    bool hasUnsavedText() const;
    // Before the window closes: true when nothing unsaved is in the text editor. Otherwise asks
    // (window-modal, so the event loop goes on): Save, Discard or Cancel, and false; once the
    // text is saved or discarded, `proceed` is called (Cancel calls nothing).
    bool askBeforeClosing(std::function<void()> proceed);

    QAction *openFolderAction() const { return m_openFolder; }
    QAction *newRequestAction() const { return m_newRequest; }
    QAction *newFileAction() const { return m_newFile; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameAction() const { return m_rename; }
    QAction *moveAction() const { return m_move; }
    QAction *deleteAction() const { return m_delete; }
    QAction *saveRequestAction() const { return m_saveRequest; }
    QAction *importPostmanAction() const { return m_importPostman; }
    QAction *exportPostmanAction() const { return m_exportPostman; }
    // Run the selected request, file or folder (Ctrl+R); run the whole collection
    // (Ctrl+Shift+R). Both ask through runRequested(); the page runs them.
    QAction *runAction() const { return m_run; }
    QAction *runAllAction() const { return m_runAll; }

Q_SIGNALS:
    // The user opened a request of the collection, named `name` (empty: unnamed), saved at
    // `saveTarget` (for saveTo()).
    void requestOpened(
        const xlink::ApiRequest &request, const QString &name, const QString &saveTarget);
    // The composer's request was saved as `name` at `saveTarget`.
    void composerRequestSaved(const QString &name, const QString &saveTarget);
    // The user asked to run the requests under `relativePath` of the open collection (a folder
    // or a file; "" for all of them), or with `region` >= 0 that request of the file.
    void runRequested(const QString &relativePath, int region);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Selection
    {
        QString path; // folder, file (a request's file)
        int region = -1;
        int kind = -1; // CollectionTree::Kind, -1 for none (the collection's folder)
    };
    Selection selection() const;
    QString selectedFolder() const; // the selected folder, a file's folder, "" for the root
    QString selectedFile() const; // the selected file or request's file
    void retranslateUi();
    void say(const QString &text, bool problem = false);
    void chooseFolder();
    void askName(const QString &title, const QString &label, const QString &text,
        std::function<void(const QString &)> done);
    void newRequest();
    void newFile();
    void newFolder();
    void renameSelected();
    void moveSelected();
    void deleteSelected();
    void saveComposerRequest();
    void askWhereToSave(const ApiRequest &request, const QString &saveTarget, bool fromComposer);
    void openSelectedRequest(const QModelIndex &index);
    void runSelected();
    void chooseImport();
    void chooseExport();
    void moveItem(const QString &path, int region, const QString &target);
    void onTreeChanged();
    void restoreState(const QStringList &expanded, const Selection &current);
    void showDetails();
    void showVariables();
    void loadText(const QString &file);
    void saveText();
    void revertText();
    void onTextFileChanged();
    void updateActions();
    QStringList files() const;
    // The file (relative) and region of a save target in the open collection; false when it is
    // not in it.
    bool resolveSaveTarget(const QString &saveTarget, QString *file, int *region) const;
    void saveAs(const ApiRequest &request, const QString &file, const QString &name,
        int replaceRegion, bool fromComposer);

    CallWorkspace *m_workspace;
    MessageLineSource m_messages;
    CollectionFolder *m_folder = nullptr;
    CollectionTreeModel *m_model = nullptr;
    RequestSource m_requestSource;

    QLabel *m_folderLabel = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_moreButton = nullptr;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_details = nullptr;
    QTableWidget *m_variables = nullptr;
    QLabel *m_variablesNote = nullptr;
    QLabel *m_textFile = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_saveText = nullptr;
    QPushButton *m_revertText = nullptr;
    QPointer<QMessageBox> m_changedQuestion;

    // The file in the editor and its bytes when it was loaded: a tree read again with other
    // bytes for it means it changed (on disk or by the sidebar itself).
    QString m_textPath;
    QByteArray m_textBytes;
    bool m_textGone = false;

    QAction *m_openFolder = nullptr;
    QAction *m_newRequest = nullptr;
    QAction *m_newFile = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_move = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_saveRequest = nullptr;
    QAction *m_importPostman = nullptr;
    QAction *m_exportPostman = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_run = nullptr;
    QAction *m_runAll = nullptr;
};

} // namespace xlink
