#include "CollectionTree.h"

#include "HttpCollection.h"
#include "HttpFileParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink {

const HttpRegion *CollectionTree::Node::request() const
{
    if (kind != Kind::Request || !content || region < 0 || region >= content->regions.size())
        return nullptr;
    return &content->regions.at(region);
}

QString CollectionTree::labelOf(const HttpRegion &region)
{
    if (!region.name.isEmpty())
        return region.name;
    return region.method + u' ' + region.url;
}

std::unique_ptr<CollectionTree> CollectionTree::read(const QString &folder)
{
    auto tree = std::make_unique<CollectionTree>();
    tree->m_folder = QFileInfo(folder).absoluteFilePath();
    tree->m_root = std::make_unique<Node>();
    tree->m_root->name = QFileInfo(tree->m_folder).fileName();
    tree->m_byPath.insert(QString(), tree->m_root.get());
    tree->readFolder(tree->m_root.get(), tree->m_folder);
    return tree;
}

void CollectionTree::readFolder(Node *node, const QString &absolutePath)
{
    QDir dir(absolutePath);
    QFileInfoList entries = dir.entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::NoSort);
    std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return HttpCollection::runsBefore(a.fileName(), b.fileName());
    });
    for (const QFileInfo &entry : std::as_const(entries)) {
        const QString name = entry.fileName();
        const bool folder = entry.isDir();
        if (folder && (name == u"node_modules" || entry.isSymLink()))
            continue;
        if (!folder && entry.suffix() != u"http" && entry.suffix() != u"rest")
            continue;
        auto child = std::make_unique<Node>();
        child->kind = folder ? Kind::Folder : Kind::File;
        child->name = name;
        child->relativePath
            = node->relativePath.isEmpty() ? name : node->relativePath + u'/' + name;
        child->parent = node;
        child->row = int(node->children.size());
        m_byPath.insert(child->relativePath, child.get());
        if (folder)
            readFolder(child.get(), entry.filePath());
        else
            readFile(child.get(), entry.filePath());
        node->children.push_back(std::move(child));
    }
}

void CollectionTree::readFile(Node *node, const QString &absolutePath)
{
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        node->problem = tr("Cannot read the file: %1").arg(file.errorString());
        return;
    }
    if (file.size() > HttpCollection::maxFileSize) {
        node->problem
            = tr("The file is larger than %1 MB").arg(HttpCollection::maxFileSize / (1024 * 1024));
        return;
    }
    const QByteArray bytes = file.readAll();
    m_bytes.insert(node->relativePath, bytes);
    HttpFileParser::Result parsed = HttpFileParser::parse(bytes);
    if (!parsed.ok()) {
        node->problem = parsed.problems.constFirst().toText();
        return;
    }
    auto content = std::make_shared<const HttpFile>(std::move(parsed.file));
    node->content = content;
    for (int index = 0; index < content->regions.size(); ++index) {
        const HttpRegion &region = content->regions.at(index);
        if (!region.hasRequest())
            continue;
        auto child = std::make_unique<Node>();
        child->kind = Kind::Request;
        child->name = labelOf(region);
        child->relativePath = node->relativePath;
        child->region = index;
        child->content = content;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
        ++m_requests;
    }
}

const CollectionTree::Node *CollectionTree::find(const QString &relativePath, int region) const
{
    const Node *node = m_byPath.value(relativePath);
    if (!node || region < 0)
        return node;
    for (const auto &child : node->children) {
        if (child->kind == Kind::Request && child->region == region)
            return child.get();
    }
    return nullptr;
}

QStringList CollectionTree::paths() const
{
    QStringList all;
    all.reserve(m_byPath.size());
    for (auto it = m_byPath.cbegin(); it != m_byPath.cend(); ++it)
        all.append(it.key().isEmpty() ? m_folder : m_folder + u'/' + it.key());
    return all;
}

} // namespace xlink
