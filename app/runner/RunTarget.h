#pragma once

#include "EnvironmentFile.h"
#include "HttpCollection.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace xlink {

class CollectionRunner;

// One collection to run, read the way `xlink-cli run` and the console's run view both read it:
// the .http files of a folder (or one file) and the folder's http-client.env.json, and which
// of its requests to run (a folder of it, a file, one request, or all). One place, so the two
// front ends cannot come to run the same folder differently.
class RunTarget final
{
public:
    // Reads `path` (a collection folder or a .http file) and its http-client.env.json. The
    // files that do not parse are left out and listed in `problems`; false with `error` when
    // the environment file cannot be read.
    bool load(const QString &path, QList<HttpCollection::Problem> *problems, QString *error);

    const HttpCollection &collection() const { return m_collection; }
    const EnvironmentFile &environments() const { return m_environments; }
    // The folder the reports name files from (the path's folder for a single file).
    QString root() const { return m_root; }

    // The requests under `relativePath` of the collection: every one for "", those of a
    // folder or of a file, or with `region` >= 0 that request of the file. Empty when there is
    // none there.
    QList<HttpCollection::RequestRef> select(const QString &relativePath, int region = -1) const;
    // The first of `candidates` (an environment's id, its name...) that the collection's
    // http-client.env.json defines; empty when none.
    QString environmentFor(const QStringList &candidates) const;
    // Adds `selection` (every request when empty) to the next run of `runner`, with the
    // values the environment file gives `environmentName`.
    void addTo(CollectionRunner &runner, const QString &environmentName,
        const QList<HttpCollection::RequestRef> &selection = {}) const;

private:
    HttpCollection m_collection;
    EnvironmentFile m_environments;
    QString m_root;
};

} // namespace xlink
