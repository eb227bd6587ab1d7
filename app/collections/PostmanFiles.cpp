#include "PostmanFiles.h"

#include "EnvironmentFile.h"
#include "HttpCollection.h"
#include "PostmanExport.h"
#include "util/OwnerOnlyFiles.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace xlink {

bool PostmanFiles::read(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": " + file.errorString();
        return false;
    }
    if (file.size() > maxInputSize) {
        *error = path + u": " + tr("larger than %1 MB").arg(maxInputSize / (1024 * 1024));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

PostmanFiles::Outcome PostmanFiles::exportCollection(
    const QString &input, const QString &output, QStringList *notes, QString *error)
{
    QList<HttpCollection::Problem> problems;
    const HttpCollection collection = HttpCollection::load(input, &problems);
    if (!problems.isEmpty()) {
        error->clear();
        for (const HttpCollection::Problem &problem : std::as_const(problems))
            *error += problem.toText() + u'\n';
        return Outcome::Problems;
    }
    EnvironmentFile environments;
    if (!environments.load(collection.folder(), error))
        return Outcome::BadEnvironmentFile;
    const QFileInfo info(input);
    const QString name
        = info.isDir() ? QFileInfo(info.absoluteFilePath()).fileName() : info.completeBaseName();
    const QByteArray json = PostmanExport::toJson(collection, environments, name, notes);
    QString why;
    if (!OwnerOnlyFiles::save(output, json, &why)) {
        *error = output + u": " + why;
        return Outcome::NotSaved;
    }
    return Outcome::Done;
}

} // namespace xlink
