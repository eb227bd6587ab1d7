#include "ResponseBodyFile.h"

#include "util/OwnerOnlyFiles.h"

namespace xlink {

bool ResponseBodyFile::save(const QString &path, const QByteArray &body, QString *error)
{
    // Response bodies can carry personal data: keep the file to its owner.
    return OwnerOnlyFiles::save(path, body, error);
}

} // namespace xlink
