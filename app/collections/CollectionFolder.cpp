#include "CollectionFolder.h"

#include "HttpCollection.h"
#include "HttpFileParser.h"
#include "HttpFileWriter.h"
#include "util/OwnerOnlyFiles.h"
#include "util/SettingsWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

const QString FolderKey = u"collections/folder"_s;

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString joined(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

bool isHttpFile(const QString &name)
{
    return name.endsWith(u".http"_s, Qt::CaseInsensitive)
        || name.endsWith(u".rest"_s, Qt::CaseInsensitive);
}

} // namespace

CollectionFolder::CollectionFolder(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(100);
    connect(&m_settle, &QTimer::timeout, this, &CollectionFolder::reload);
}

CollectionFolder::~CollectionFolder() = default;

QString CollectionFolder::rememberedFolder()
{
    return QSettings().value(FolderKey).toString();
}

bool CollectionFolder::open(const QString &folder, QString *error, bool remember)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        *error = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    m_known.clear();
    m_tree = CollectionTree::read(info.absoluteFilePath());
    m_known = m_tree->fileBytes();
    readEnvironments();
    watch();
    if (remember) {
        QString settingsError;
        const QString path = m_tree->folder();
        // Not remembered is not a reason to refuse the folder: said, and opened.
        if (!SettingsWriter::write(
                QSettings(), [&path](QSettings &s) { s.setValue(FolderKey, path); },
                &settingsError))
            *error = settingsError;
    }
    Q_EMIT treeChanged();
    return true;
}

void CollectionFolder::close()
{
    m_settle.stop();
    delete m_watcher;
    m_watcher = nullptr;
    m_tree.reset();
    m_known.clear();
    Q_EMIT treeChanged();
}

QString CollectionFolder::folder() const
{
    return m_tree ? m_tree->folder() : QString();
}

QString CollectionFolder::absolutePath(const QString &relativePath) const
{
    return relativePath.isEmpty() ? folder() : folder() + u'/' + relativePath;
}

void CollectionFolder::watch()
{
    // A new watcher each time: cheaper than diffing its lists, and a file replaced by a
    // rename (as editors and git save) is no longer watched by the old one anyway.
    delete m_watcher;
    m_watcher = new QFileSystemWatcher(this);
    const QStringList paths = m_tree->paths();
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
    const auto changed = [this] { m_settle.start(); };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
}

void CollectionFolder::readEnvironments()
{
    m_environments = EnvironmentFile();
    m_environmentProblem.clear();
    if (!m_environments.load(m_tree->folder(), &m_environmentProblem))
        m_environments = EnvironmentFile();
}

void CollectionFolder::reload()
{
    if (!m_tree)
        return;
    if (!QFileInfo(m_tree->folder()).isDir()) {
        QStringList gone = m_known.keys();
        gone.sort();
        close();
        if (!gone.isEmpty())
            Q_EMIT filesChangedOnDisk(gone);
        return;
    }
    std::shared_ptr<const CollectionTree> tree = CollectionTree::read(m_tree->folder());
    const QHash<QString, QByteArray> &now = tree->fileBytes();
    QStringList changed;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        const auto found = now.constFind(it.key());
        if (found == now.cend() || *found != it.value())
            changed.append(it.key());
    }
    changed.sort();
    m_known = now;
    m_tree = std::move(tree);
    readEnvironments();
    watch();
    Q_EMIT treeChanged();
    if (!changed.isEmpty())
        Q_EMIT filesChangedOnDisk(changed);
}

bool CollectionFolder::checkName(const QString &name, QString *error) const
{
    if (!m_tree) {
        *error = tr("No collection folder is open.");
        return false;
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == u"." || trimmed == u".." || trimmed.contains(u'/')
        || trimmed.contains(u'\\') || trimmed.startsWith(u'.') || trimmed != name) {
        *error
            = tr("“%1” cannot be used as a name: no slashes, no leading dot or spaces.").arg(name);
        return false;
    }
    return true;
}

bool CollectionFolder::createFolder(
    const QString &parentFolder, const QString &name, QString *error)
{
    if (!checkName(name, error))
        return false;
    const QString path = absolutePath(joined(parentFolder, name));
    if (QFileInfo::exists(path)) {
        *error = tr("%1 exists already.").arg(joined(parentFolder, name));
        return false;
    }
    if (!OwnerOnlyFiles::makePath(path, error))
        return false;
    reload();
    return true;
}

bool CollectionFolder::createFile(
    const QString &folder, const QString &name, QString *created, QString *error)
{
    if (!checkName(name, error))
        return false;
    const QString fileName = isHttpFile(name) ? name : name + u".http"_s;
    const QString relative = joined(folder, fileName);
    if (QFileInfo::exists(absolutePath(relative))) {
        *error = tr("%1 exists already.").arg(relative);
        return false;
    }
    if (!writeFile(relative, QByteArray(), error))
        return false;
    if (created)
        *created = relative;
    reload();
    return true;
}

bool CollectionFolder::loadForEdit(const QString &file, HttpFile *content, QString *error)
{
    if (!m_tree) {
        *error = tr("No collection folder is open.");
        return false;
    }
    QFile device(absolutePath(file));
    if (!device.exists()) {
        m_known.remove(file);
        *content = HttpFile();
        return true; // a new file
    }
    if (!device.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(file, device.errorString());
        return false;
    }
    if (device.size() > HttpCollection::maxFileSize) {
        *error = tr("%1 is larger than %2 MB.").arg(file).arg(HttpCollection::maxFileSize >> 20);
        return false;
    }
    const QByteArray bytes = device.readAll();
    if (const auto known = m_known.constFind(file); known == m_known.cend() || *known != bytes) {
        reload();
        *error = tr("%1 changed on disk and was read again: nothing was changed; look at it "
                    "and try again.")
                     .arg(file);
        return false;
    }
    HttpFileParser::Result parsed = HttpFileParser::parse(bytes);
    if (!parsed.ok()) {
        *error = tr("%1 cannot be changed here until it parses: %2")
                     .arg(file, parsed.problems.constFirst().toText());
        return false;
    }
    *content = std::move(parsed.file);
    return true;
}

bool CollectionFolder::writeFile(const QString &file, const QByteArray &bytes, QString *error)
{
    QString why;
    if (!OwnerOnlyFiles::makePath(absolutePath(parentOf(file)), &why)
        || !OwnerOnlyFiles::save(absolutePath(file), bytes, &why)) {
        *error = tr("Cannot save %1: %2").arg(file, why);
        return false;
    }
    m_known.insert(file, bytes);
    return true;
}

bool CollectionFolder::createRequest(
    const QString &file, const QString &name, int *region, QString *error)
{
    if (hasRequest(file, name)) {
        *error = tr("%1 has a request named %2 already.").arg(file, name);
        return false;
    }
    HttpRegion request;
    request.name = name;
    request.method = u"GET"_s;
    request.url = u"{{baseUrl}}/"_s;
    return saveRequest(file, request, region, error);
}

bool CollectionFolder::hasRequest(const QString &file, const QString &name) const
{
    const CollectionTree::Node *node = m_tree ? m_tree->find(file) : nullptr;
    return node && node->content && node->content->findRequest(name);
}

bool CollectionFolder::saveRequest(
    const QString &file, const HttpRegion &request, int *region, QString *error, int replaceRegion)
{
    // An unnamed request saved back in its place stays unnamed.
    const bool unnamedInPlace = request.name.isEmpty() && replaceRegion >= 0;
    if (!unnamedInPlace && !HttpFileParser::isRequestName(request.name)) {
        *error = tr("“%1” cannot name a request: letters, digits, _ and - only.").arg(request.name);
        return false;
    }
    if (!isHttpFile(file)) {
        *error = tr("A collection file ends in .http: %1").arg(file);
        return false;
    }
    HttpFile content;
    if (!loadForEdit(file, &content, error))
        return false;
    int index = -1;
    for (int i = 0; i < content.regions.size(); ++i) {
        if (!unnamedInPlace && content.regions.at(i).hasRequest()
            && content.regions.at(i).name == request.name) {
            index = i;
            break;
        }
    }
    if (replaceRegion >= 0) {
        if (replaceRegion >= content.regions.size()
            || !content.regions.at(replaceRegion).hasRequest()) {
            *error = tr("That request is no longer in %1.").arg(file);
            return false;
        }
        if (index >= 0 && index != replaceRegion) {
            *error = tr("%1 has a request named %2 already.").arg(file, request.name);
            return false;
        }
        index = replaceRegion;
    }
    if (index >= 0) {
        HttpRegion &existing = content.regions[index];
        existing.name = request.name;
        existing.method = request.method;
        existing.url = request.url;
        existing.headers = request.headers;
        existing.body = request.body;
    } else {
        HttpRegion added = request;
        added.hasSeparator = !content.regions.isEmpty();
        added.source.clear();
        added.parsed.reset();
        content.regions.append(added);
        index = int(content.regions.size()) - 1;
    }
    if (!writeFile(file, HttpFileWriter::write(content), error))
        return false;
    if (region)
        *region = index;
    reload();
    return true;
}

bool CollectionFolder::renameRequest(
    const QString &file, int region, const QString &newName, QString *error)
{
    if (!HttpFileParser::isRequestName(newName)) {
        *error = tr("“%1” cannot name a request: letters, digits, _ and - only.").arg(newName);
        return false;
    }
    HttpFile content;
    if (!loadForEdit(file, &content, error))
        return false;
    if (region < 0 || region >= content.regions.size()
        || !content.regions.at(region).hasRequest()) {
        *error = tr("That request is no longer in %1.").arg(file);
        return false;
    }
    if (const HttpRegion *other = content.findRequest(newName);
        other && other != &content.regions.at(region)) {
        *error = tr("%1 has a request named %2 already.").arg(file, newName);
        return false;
    }
    content.regions[region].name = newName;
    if (!writeFile(file, HttpFileWriter::write(content), error))
        return false;
    reload();
    return true;
}

bool CollectionFolder::rename(
    const QString &path, const QString &newName, QString *renamed, QString *error)
{
    if (!checkName(newName, error))
        return false;
    const QFileInfo info(absolutePath(path));
    if (path.isEmpty() || !info.exists()) {
        *error = tr("%1 is no longer there.").arg(path);
        return false;
    }
    QString name = newName;
    if (info.isFile() && !isHttpFile(name))
        name += u'.' + info.suffix();
    return relocate(path, joined(parentOf(path), name),
        tr("Cannot rename %1 to %2.").arg(path, name), renamed, error);
}

bool CollectionFolder::move(
    const QString &path, const QString &targetFolder, QString *moved, QString *error)
{
    if (!m_tree) {
        *error = tr("No collection folder is open.");
        return false;
    }
    const QFileInfo info(absolutePath(path));
    if (path.isEmpty() || !info.exists()) {
        *error = tr("%1 is no longer there.").arg(path);
        return false;
    }
    if (targetFolder == path || targetFolder.startsWith(path + u'/')) {
        *error = tr("A folder cannot go into itself.");
        return false;
    }
    if (!QFileInfo(absolutePath(targetFolder)).isDir()) {
        *error = tr("%1 is not a folder.").arg(targetFolder);
        return false;
    }
    return relocate(path, joined(targetFolder, info.fileName()),
        tr("Cannot move %1 to %2.").arg(path, targetFolder), moved, error);
}

// Renaming and moving alike: `path` becomes `target` unless something is there already.
bool CollectionFolder::relocate(const QString &path, const QString &target, const QString &failure,
    QString *relocated, QString *error)
{
    if (QFileInfo::exists(absolutePath(target))) {
        *error = tr("%1 exists already.").arg(target);
        return false;
    }
    if (!QDir().rename(absolutePath(path), absolutePath(target))) {
        *error = failure;
        return false;
    }
    movedKnown(path, target);
    if (relocated)
        *relocated = target;
    reload();
    return true;
}

void CollectionFolder::movedKnown(const QString &from, const QString &to)
{
    QHash<QString, QByteArray> known;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (it.key() == from)
            known.insert(to, it.value());
        else if (it.key().startsWith(from + u'/'))
            known.insert(to + it.key().mid(from.size()), it.value());
        else
            known.insert(it.key(), it.value());
    }
    m_known = known;
}

bool CollectionFolder::moveRequest(
    const QString &file, int region, const QString &targetFile, QString *error)
{
    if (file == targetFile)
        return true;
    HttpFile source;
    HttpFile target;
    if (!loadForEdit(file, &source, error) || !loadForEdit(targetFile, &target, error))
        return false;
    if (region < 0 || region >= source.regions.size() || !source.regions.at(region).hasRequest()) {
        *error = tr("That request is no longer in %1.").arg(file);
        return false;
    }
    HttpRegion moved = source.regions.at(region);
    if (!moved.name.isEmpty() && target.findRequest(moved.name)) {
        *error = tr("%1 has a request named %2 already.").arg(targetFile, moved.name);
        return false;
    }
    // The target is written first: should the source then fail, the request is in both
    // files rather than in none.
    moved.hasSeparator = moved.hasSeparator || !target.regions.isEmpty();
    target.regions.append(moved);
    if (!writeFile(targetFile, HttpFileWriter::write(target), error))
        return false;
    source.regions.removeAt(region);
    const bool saved = writeFile(file, HttpFileWriter::write(source), error);
    reload();
    return saved;
}

bool CollectionFolder::remove(const QString &path, QString *error)
{
    if (!m_tree) {
        *error = tr("No collection folder is open.");
        return false;
    }
    const QFileInfo info(absolutePath(path));
    if (path.isEmpty() || !info.exists()) {
        *error = tr("%1 is no longer there.").arg(path);
        return false;
    }
    const bool removed = info.isDir() && !info.isSymLink()
        ? QDir(info.absoluteFilePath()).removeRecursively()
        : QFile::remove(info.absoluteFilePath());
    if (!removed) {
        *error = tr("Cannot delete %1.").arg(path);
        reload();
        return false;
    }
    for (const QString &key : m_known.keys()) {
        if (key == path || key.startsWith(path + u'/'))
            m_known.remove(key);
    }
    reload();
    return true;
}

bool CollectionFolder::removeRequest(const QString &file, int region, QString *error)
{
    HttpFile content;
    if (!loadForEdit(file, &content, error))
        return false;
    if (region < 0 || region >= content.regions.size()
        || !content.regions.at(region).hasRequest()) {
        *error = tr("That request is no longer in %1.").arg(file);
        return false;
    }
    HttpRegion &removed = content.regions[region];
    if (removed.variables.isEmpty()) {
        content.regions.removeAt(region);
    } else {
        // Its file variables serve the other requests: only the request goes.
        HttpRegion kept;
        kept.hasSeparator = removed.hasSeparator;
        kept.title = removed.title;
        kept.variables = removed.variables;
        removed = kept;
    }
    if (!writeFile(file, HttpFileWriter::write(content), error))
        return false;
    reload();
    return true;
}

bool CollectionFolder::readText(const QString &file, QString *text, QString *error) const
{
    QFile device(absolutePath(file));
    if (!device.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(file, device.errorString());
        return false;
    }
    if (device.size() > HttpCollection::maxFileSize) {
        *error = tr("%1 is larger than %2 MB.").arg(file).arg(HttpCollection::maxFileSize >> 20);
        return false;
    }
    *text = QString::fromUtf8(device.readAll());
    return true;
}

bool CollectionFolder::writeText(const QString &file, const QString &text, QString *error)
{
    if (!m_tree) {
        *error = tr("No collection folder is open.");
        return false;
    }
    if (!writeFile(file, text.toUtf8(), error))
        return false;
    reload();
    return true;
}

} // namespace xlink
