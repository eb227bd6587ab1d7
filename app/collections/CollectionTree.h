#pragma once

#include "HttpFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace xlink {

// An open collection folder as the console's sidebar shows it, read at one moment: its
// subfolders (empty ones too, where a user is about to add files), its .http/.rest files (one
// that does not parse too, with its first problem, so the user can open and fix it) and their
// requests, each level in run order (HttpCollection::runsBefore). Hidden folders and
// node_modules are left out, as HttpCollection does.
class CollectionTree final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::CollectionTree)

public:
    enum class Kind { Folder, File, Request };
    struct Node
    {
        Kind kind = Kind::Folder;
        // A folder's or file's name; a request's label (its `# @name`, else its request line).
        QString name;
        // A folder's or file's path below the collection folder, with '/' ("" for the root);
        // a request's file.
        QString relativePath;
        int region = -1; // a request's index among its file's regions
        QString problem; // a file that does not parse: its first problem, "LINE:COLUMN: why"
        // A file's content as parsed (also for its requests' nodes); null for a folder or a
        // file that does not parse.
        std::shared_ptr<const HttpFile> content;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;

        // A request's region; nullptr for a folder or a file.
        const HttpRegion *request() const;
    };

    // Reads `folder` and every file under it. Files that cannot be read are shown with why.
    static std::unique_ptr<CollectionTree> read(const QString &folder);
    // The label of a request: its `# @name`, else "METHOD url".
    static QString labelOf(const HttpRegion &region);

    QString folder() const { return m_folder; }
    const Node *root() const { return m_root.get(); }
    // The folder or file at `relativePath`, or with `region` >= 0 that file's request; nullptr
    // when there is none.
    const Node *find(const QString &relativePath, int region = -1) const;
    int requestCount() const { return m_requests; }
    // Each file's bytes as read, by relative path: tells a change on disk from none.
    const QHash<QString, QByteArray> &fileBytes() const { return m_bytes; }
    // Every folder's and file's absolute path (for a watcher).
    QStringList paths() const;

private:
    void readFolder(Node *node, const QString &absolutePath);
    void readFile(Node *node, const QString &absolutePath);

    QString m_folder;
    std::unique_ptr<Node> m_root;
    QHash<QString, const Node *> m_byPath;
    QHash<QString, QByteArray> m_bytes;
    int m_requests = 0;
};

} // namespace xlink
