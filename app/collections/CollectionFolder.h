#pragma once

#include "CollectionTree.h"
#include "EnvironmentFile.h"
#include "HttpRegion.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QFileSystemWatcher;

namespace xlink {

// The collection folder open in the console, and every change the console makes to it: the
// file I/O behind the Collections sidebar (the widgets only ask). Each change is made on disk
// through OwnerOnlyFiles (all or nothing), then the folder is read again (treeChanged). An
// edited file is written with HttpFileWriter, so the regions the change did not touch keep
// their bytes.
//
// Changes made by others (git, an editor) are seen through a QFileSystemWatcher: the folder is
// read again and filesChangedOnDisk() names the files whose content the console had read or
// written and that are now different (or gone), so an editor holding unsaved text can ask.
// A change the console is asked to make to a file that changed on disk since it was read is
// refused (the tree is read again first), so it never writes over what it has not shown.
class CollectionFolder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionFolder)

public:
    explicit CollectionFolder(QObject *parent = nullptr);
    ~CollectionFolder() override;

    // The folder opened last (QSettings), to open it again at the next start; empty for none.
    static QString rememberedFolder();

    // Opens `folder` (it must exist), reads it and watches it; remembers it unless `remember`
    // is false. False with `error` set.
    bool open(const QString &folder, QString *error, bool remember = true);
    void close();
    bool isOpen() const { return m_tree != nullptr; }
    QString folder() const;
    std::shared_ptr<const CollectionTree> tree() const { return m_tree; }
    QString absolutePath(const QString &relativePath) const;

    // Each: false with `error` set (in the user's language) and nothing changed; on success
    // the folder is read again. Paths are relative to the collection folder, with '/'.
    bool createFolder(const QString &parentFolder, const QString &name, QString *error);
    // `name` gets ".http" unless it ends in .http or .rest; `created` is the new file's path.
    bool createFile(const QString &folder, const QString &name, QString *created, QString *error);
    // A new request `GET {{baseUrl}}/` named `name` at the end of the file; `region` its index.
    bool createRequest(const QString &file, const QString &name, int *region, QString *error);
    // A folder or file (a file keeps its extension unless the new name has one).
    bool rename(const QString &path, const QString &newName, QString *renamed, QString *error);
    bool renameRequest(const QString &file, int region, const QString &newName, QString *error);
    // A folder or file into `targetFolder`.
    bool move(const QString &path, const QString &targetFolder, QString *moved, QString *error);
    // A request to the end of another file.
    bool moveRequest(const QString &file, int region, const QString &targetFile, QString *error);
    // A folder (with all it holds) or file.
    bool remove(const QString &path, QString *error);
    bool removeRequest(const QString &file, int region, QString *error);

    // Saves a request made in the console into `file` (created when missing) under
    // `request.name`: a request of that name there gets the method, URL, headers and body of
    // `request` and keeps the rest (directives, assertions, comments); else `request` is
    // added at the end. With `replaceRegion` >= 0 that request of the file is the one replaced
    // (and renamed): the request the console opened from it. `region` is where it is.
    bool saveRequest(const QString &file, const HttpRegion &request, int *region, QString *error,
        int replaceRegion = -1);
    // Whether `file` has a request named `name`.
    bool hasRequest(const QString &file, const QString &name) const;

    // The raw text of a file, and saving it as typed.
    bool readText(const QString &file, QString *text, QString *error) const;
    bool writeText(const QString &file, const QString &text, QString *error);

    // The collection's http-client(.private).env.json as last read; `environmentProblem()`
    // says why it could not be read (then it is empty).
    const EnvironmentFile &environmentFile() const { return m_environments; }
    QString environmentProblem() const { return m_environmentProblem; }

    // Reads the folder again now (the watcher does it on its own).
    void reload();

Q_SIGNALS:
    void treeChanged();
    // Files changed (or removed) on disk by something other than this object since it last
    // read or wrote them.
    void filesChangedOnDisk(const QStringList &relativePaths);

private:
    // The file as it is on disk, parsed; false with `error` when it changed since the tree
    // read it (the tree is read again), cannot be read or does not parse.
    bool loadForEdit(const QString &file, HttpFile *content, QString *error);
    bool writeFile(const QString &file, const QByteArray &bytes, QString *error);
    bool checkName(const QString &name, QString *error) const;
    bool relocate(const QString &path, const QString &target, const QString &failure,
        QString *relocated, QString *error);
    void movedKnown(const QString &from, const QString &to);
    void watch();
    void readEnvironments();

    std::shared_ptr<const CollectionTree> m_tree;
    EnvironmentFile m_environments;
    QString m_environmentProblem;
    // Each file's bytes as this object last read or wrote them.
    QHash<QString, QByteArray> m_known;
    QFileSystemWatcher *m_watcher = nullptr;
    // Git and editors write in bursts: read the folder once they are done.
    QTimer m_settle;
};

} // namespace xlink
