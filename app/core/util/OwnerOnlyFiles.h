#pragma once

#include <QFileDevice>
#include <QString>

namespace xlink {

// Files and folders only their owner may use: what the console keeps (failure log, settings,
// exports) holds request bodies, account names and endpoints. Permissions are given when a file
// or folder is created, whatever the umask, never widened afterwards.
class OwnerOnlyFiles final
{
public:
    static constexpr QFileDevice::Permissions filePermissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions folderPermissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // Creates the folder `path` and every missing parent, each 0700. False with `error` set when
    // it still does not exist afterwards.
    static bool makePath(const QString &path, QString *error = nullptr);
    // Creates `path` as an empty 0600 file (its missing folders as makePath() does) unless it
    // exists; an existing file is narrowed to 0600. QSaveFile keeps an existing file's
    // permissions, so whatever saves over it later (QSettings included) leaves it owner-only.
    static bool ensureFile(const QString &path, QString *error = nullptr);
};

} // namespace xlink
