#include "RunTarget.h"

#include "CollectionRunner.h"

#include <QFileInfo>

namespace xlink {

bool RunTarget::load(const QString &path, QList<HttpCollection::Problem> *problems, QString *error)
{
    const QFileInfo info(path);
    m_collection = HttpCollection::load(path, problems);
    m_environments = {};
    if (!m_environments.load(m_collection.folder(), error))
        return false;
    m_root = info.isDir() ? path : info.path();
    return true;
}

QList<HttpCollection::RequestRef> RunTarget::select(const QString &relativePath, int region) const
{
    if (relativePath.isEmpty())
        return m_collection.requests();
    const QList<HttpCollection::File> &files = m_collection.files();
    for (int file = 0; file < files.size(); ++file) {
        if (files.at(file).relativePath != relativePath)
            continue;
        QList<HttpCollection::RequestRef> refs;
        for (const int index : files.at(file).content.requestIndexes()) {
            if (region < 0 || index == region)
                refs.append({ file, index });
        }
        return refs;
    }
    return m_collection.requests(relativePath); // a folder (nothing for an unknown path)
}

QString RunTarget::environmentFor(const QStringList &candidates) const
{
    const QStringList names = m_environments.environmentNames();
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && names.contains(candidate))
            return candidate;
    }
    return {};
}

void RunTarget::addTo(CollectionRunner &runner, const QString &environmentName,
    const QList<HttpCollection::RequestRef> &selection) const
{
    runner.add(m_collection, selection, m_environments.variables(environmentName));
}

} // namespace xlink
