#include "HttpCollection.h"

#include "HttpFileParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace xlink {

bool HttpCollection::runsBefore(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            QStringView da = a.mid(i, ei - i);
            QStringView db = b.mid(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.mid(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

namespace {

void collect(const QString &folder, QStringList &out)
{
    QDir dir(folder);
    QFileInfoList entries = dir.entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::NoSort);
    std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return HttpCollection::runsBefore(a.fileName(), b.fileName());
    });
    for (const QFileInfo &entry : entries) {
        if (entry.isDir()) {
            if (entry.fileName() == u"node_modules" || entry.isSymLink())
                continue;
            collect(entry.filePath(), out);
        } else if (entry.suffix() == u"http" || entry.suffix() == u"rest") {
            out.append(entry.filePath());
        }
    }
}

} // namespace

QStringList HttpCollection::filesIn(const QString &folder)
{
    QStringList files;
    collect(folder, files);
    return files;
}

HttpCollection HttpCollection::load(const QString &path, QList<Problem> *problems)
{
    HttpCollection collection;
    const QFileInfo info(path);
    QStringList paths;
    QString shownRoot;
    if (info.isDir()) {
        collection.m_folder = info.absoluteFilePath();
        paths = filesIn(collection.m_folder);
        shownRoot = path;
    } else {
        collection.m_folder = info.absolutePath();
        paths = { info.absoluteFilePath() };
    }
    const QDir root(collection.m_folder);
    for (const QString &filePath : std::as_const(paths)) {
        const QString relative = root.relativeFilePath(filePath);
        const QString shown = info.isDir() ? QDir(shownRoot).filePath(relative) : path;
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            if (problems)
                problems->append(
                    { shown, { 1, 1, tr("Cannot read the file: %1").arg(file.errorString()) } });
            continue;
        }
        if (file.size() > maxFileSize) {
            if (problems) {
                problems->append({ shown,
                    { 1, 1,
                        tr("The file is larger than %1 MB").arg(maxFileSize / (1024 * 1024)) } });
            }
            continue;
        }
        HttpFileParser::Result parsed = HttpFileParser::parse(file.readAll());
        if (!parsed.ok()) {
            if (problems) {
                for (const ParseProblem &problem : std::as_const(parsed.problems))
                    problems->append({ shown, problem });
            }
            continue;
        }
        collection.m_files.append({ filePath, relative, std::move(parsed.file) });
    }
    return collection;
}

QList<HttpCollection::RequestRef> HttpCollection::requests(const QString &relativeFolder) const
{
    QString prefix = relativeFolder;
    if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
        prefix += u'/';
    QList<RequestRef> refs;
    for (int f = 0; f < m_files.size(); ++f) {
        if (!prefix.isEmpty() && !m_files.at(f).relativePath.startsWith(prefix))
            continue;
        for (const int r : m_files.at(f).content.requestIndexes())
            refs.append({ f, r });
    }
    return refs;
}

const HttpRegion &HttpCollection::region(const RequestRef &ref) const
{
    return m_files.at(ref.file).content.regions.at(ref.region);
}

} // namespace xlink
