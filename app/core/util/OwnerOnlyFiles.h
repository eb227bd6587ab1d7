#pragma once

#include <QByteArrayView>
#include <QFileDevice>
#include <QString>

#include <functional>

class QIODevice;

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

    // Streams content into the device it is given; false (with `error` set) to give up.
    using Writer = std::function<bool(QIODevice &device, QString *error)>;
    // Saves `path` all or nothing, owner-only (0600 for a new file): `write` streams into a
    // temporary file that replaces `path` only once every byte is written. Every write is
    // checked: one that fails or comes up short (a full disk) cancels the save and leaves an
    // earlier file as it was. False with `error` set to why in the user's language (no space
    // left, or the system's reason; `write`'s own message when it gave up).
    static bool save(const QString &path, const Writer &write, QString *error);
    static bool save(const QString &path, QByteArrayView bytes, QString *error);
    // Why a system call failed with `errorNumber` (errno), in the user's language; `fallback`
    // (the system's own text) for reasons without a translation.
    static QString systemReason(int errorNumber, const QString &fallback);
};

} // namespace xlink
