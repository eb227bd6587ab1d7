#include "ResponseBodyFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace xlink {

bool ResponseBodyFile::save(const QString &path, const QByteArray &body, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Response bodies can carry personal data: keep the file to its owner.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(body) != body.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace xlink
