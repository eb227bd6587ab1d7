#include "util/OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace xlink {

bool OwnerOnlyFiles::makePath(const QString &path, QString *error)
{
    QStringList missing;
    for (QString dir = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(dir);
         dir = QFileInfo(dir).path())
        missing.prepend(dir);
    for (const QString &dir : std::as_const(missing)) {
        // mkdir(path, permissions) creates with exactly these bits; another process may win
        // the race, which is as good.
        if (!QDir().mkdir(dir, folderPermissions) && !QFileInfo(dir).isDir()) {
            if (error)
                *error = QCoreApplication::translate(
                    "xlink::OwnerOnlyFiles", "cannot create the folder %1")
                             .arg(QDir::toNativeSeparators(dir));
            return false;
        }
    }
    return true;
}

bool OwnerOnlyFiles::ensureFile(const QString &path, QString *error)
{
    if (!makePath(QFileInfo(path).absolutePath(), error))
        return false;
    QFile file(path);
    if (!file.exists()) {
        // Created with these permissions in one step: never readable by others, not even for
        // a moment. An existing file (another process was quicker) is left as it is.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, filePermissions)
            && !file.exists()) {
            if (error)
                *error = file.errorString();
            return false;
        }
        file.close();
    }
    if (!QFile::setPermissions(path, filePermissions)) {
        if (error)
            *error = QCoreApplication::translate(
                "xlink::OwnerOnlyFiles", "cannot make %1 readable by its owner only")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace xlink
