#pragma once

#include "ApiRequest.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;
class QTreeView;

namespace xlink {

class CallWorkspace;
class CollectionFileEditor;
class CollectionFolder;
class CollectionItemActions;
class CollectionPostmanActions;
class CollectionRequestSaver;
class CollectionRunActions;
class CollectionTreeModel;
class CollectionTreeView;
class MessageLine;
class RequestVariablesView;

// The API console's Collections side tab: a folder of .http files (opened again at the next
// start), laid out from parts with one job each: the tree (CollectionTreeView) and the actions
// that change it (CollectionItemActions), saving requests into it (CollectionRequestSaver), the
// selected request's variables (RequestVariablesView), a file's raw text (CollectionFileEditor),
// Postman import and export (CollectionPostmanActions), Run and Run All (CollectionRunActions).
// The files are read and written by CollectionFolder: the parts only ask and show. This widget
// opens the folder, lays the parts out, keeps them in step when the tree is read again, and
// opens a request into the composer (double-click, Enter).
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

    // What "Save Request…" saves (see CollectionRequestSaver::RequestSource).
    using RequestSource
        = std::function<std::optional<ApiRequest>(QString *error, QString *saveTarget)>;
    void setRequestSource(RequestSource source);

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
    CollectionTreeModel *model() const;
    QTreeView *treeView() const;
    QTableWidget *variablesTable() const;
    QPlainTextEdit *textEditor() const;
    QPushButton *saveTextButton() const;
    QPushButton *revertTextButton() const;
    QLabel *textFileLabel() const;
    QTabWidget *detailTabs() const { return m_details; }
    // The file in the text editor, and whether it holds unsaved text.
    QString textFile() const;
    bool hasUnsavedText() const;
    // Before the window closes: true when nothing unsaved is in the text editor. Otherwise asks
    // (window-modal, so the event loop goes on): Save, Discard or Cancel, and false; once the
    // text is saved or discarded, `proceed` is called (Cancel calls nothing).
    bool askBeforeClosing(std::function<void()> proceed);

    QAction *openFolderAction() const { return m_openFolder; }
    QAction *newRequestAction() const;
    QAction *newFileAction() const;
    QAction *newFolderAction() const;
    QAction *renameAction() const;
    QAction *moveAction() const;
    QAction *deleteAction() const;
    QAction *saveRequestAction() const;
    QAction *importPostmanAction() const;
    QAction *exportPostmanAction() const;
    // Run the selected request, file or folder (Ctrl+R); run the whole collection
    // (Ctrl+Shift+R). Both ask through runRequested(); the page runs them.
    QAction *runAction() const;
    QAction *runAllAction() const;

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
    void retranslateUi();
    void say(const QString &text, bool problem = false);
    void chooseFolder();
    void openRequest(const QString &file, int region);
    void onTreeChanged();
    void showDetails();
    void updateActions();
    void showFolderPath();
    QString treePlaceholderText() const;

    CallWorkspace *m_workspace;
    MessageLineSource m_messages;
    CollectionFolder *m_folder = nullptr;

    QLabel *m_folderLabel = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_moreButton = nullptr;
    CollectionTreeView *m_tree = nullptr;
    QTabWidget *m_details = nullptr;
    RequestVariablesView *m_variables = nullptr;
    CollectionFileEditor *m_editor = nullptr;

    CollectionItemActions *m_items = nullptr;
    CollectionRequestSaver *m_saver = nullptr;
    CollectionPostmanActions *m_postman = nullptr;
    CollectionRunActions *m_runs = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_reload = nullptr;
};

} // namespace xlink
