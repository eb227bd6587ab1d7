#pragma once

#include "ApiRequest.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace xlink {

class CollectionFolder;
class CollectionTreeView;

// Saves requests into the open collection: the composer's (Save Request…) or a call of the
// history, asking where (SaveRequestDialog, window-modal over `owner`; a request of the same name
// is replaced only when the user says so), and a request tab's back where it was opened from.
// A save target names a request of the collection across reads of its tree: the file's
// absolute path and the request's name ("#index" for an unnamed one).
class CollectionRequestSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionRequestSaver)

public:
    CollectionRequestSaver(CollectionFolder *folder, CollectionTreeView *tree, QWidget *owner);
    ~CollectionRequestSaver() override;

    // What Save Request saves: the composer's request (nullopt with `error` when it cannot be
    // saved as it is) and where it was opened from (`saveTarget`, empty for nowhere).
    using RequestSource
        = std::function<std::optional<ApiRequest>(QString *error, QString *saveTarget)>;
    void setRequestSource(RequestSource source) { m_requestSource = std::move(source); }

    QAction *saveRequestAction() const { return m_saveRequest; }

    // Asks where to save `request` (offering `saveTarget`'s file and name) and saves it there.
    void saveRequest(const ApiRequest &request, const QString &saveTarget = {});
    // Saves `request` back where `saveTarget` says. False with `error` when that cannot be (the
    // collection is no longer open, the request is gone).
    bool saveTo(const QString &saveTarget, const ApiRequest &request, QString *error);
    // The save target of the request `region` of `file` (relative).
    QString saveTargetOf(const QString &file, int region) const;

    void updateActions();
    void retranslateUi();

Q_SIGNALS:
    // The composer's request was saved as `name` at `saveTarget`.
    void composerRequestSaved(const QString &name, const QString &saveTarget);
    // Something to tell the user (`problem`: it went wrong).
    void message(const QString &text, bool problem);

private:
    void saveComposerRequest();
    void askWhereToSave(const ApiRequest &request, const QString &saveTarget, bool fromComposer);
    // The file (relative) and region of a save target in the open collection; false when it is
    // not in it.
    bool resolveSaveTarget(const QString &saveTarget, QString *file, int *region) const;
    void saveAs(const ApiRequest &request, const QString &file, const QString &name,
        int replaceRegion, bool fromComposer);

    CollectionFolder *m_folder;
    CollectionTreeView *m_tree;
    QWidget *m_owner;
    RequestSource m_requestSource;
    QAction *m_saveRequest = nullptr;
};

} // namespace xlink
