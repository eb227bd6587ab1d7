#include "util/OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <cerrno>

namespace xlink {

namespace {

// A QSaveFile whose writes are whole or failed. QFileDevice passes a short write(2) (the
// disk filled up part-way) on as a short count without an error, and QSaveFile::commit() then
// installs the truncated file. Here a short write is retried with the rest, which either
// completes it or fails with the system's reason (ENOSPC), and any failure is remembered so
// that the save is cancelled even when the caller ignored the result of write().
class WholeWriteSaveFile final : public QSaveFile
{
public:
    explicit WholeWriteSaveFile(const QString &path)
        : QSaveFile(path)
    { }

    bool failed() const { return m_failed; }
    int failedErrno() const { return m_errno; }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed)
            return -1;
        qint64 done = 0;
        while (done < length) {
            errno = 0;
            const qint64 written = QSaveFile::writeData(data + done, length - done);
            if (written <= 0) {
                m_failed = true;
                m_errno = errno;
                return -1;
            }
            done += written;
        }
        return done;
    }

private:
    bool m_failed = false;
    int m_errno = 0;
};

} // namespace

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

QString OwnerOnlyFiles::systemReason(int errorNumber, const QString &fallback)
{
    switch (errorNumber) {
    case ENOSPC:
        return QCoreApplication::translate("xlink::OwnerOnlyFiles", "No space left on the disk");
#ifdef EDQUOT
    case EDQUOT:
        return QCoreApplication::translate("xlink::OwnerOnlyFiles", "The disk quota is used up");
#endif
    case EFBIG:
        return QCoreApplication::translate(
            "xlink::OwnerOnlyFiles", "The file would be larger than this system allows");
    case EROFS:
        return QCoreApplication::translate("xlink::OwnerOnlyFiles", "The disk is read-only");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("xlink::OwnerOnlyFiles", "Permission denied");
    case EIO:
        return QCoreApplication::translate(
            "xlink::OwnerOnlyFiles", "The disk reported an input/output error");
    default:
        return fallback.isEmpty()
            ? QCoreApplication::translate("xlink::OwnerOnlyFiles", "Unknown error")
            : fallback;
    }
}

bool OwnerOnlyFiles::save(const QString &path, const Writer &write, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    WholeWriteSaveFile file(path);
    // Unbuffered: every write reaches the file at once, so a failure is seen, with its reason,
    // by the write that caused it (a buffered one surfaces later as "Unknown error").
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        message = systemReason(errno, file.errorString());
        return false;
    }
    // An export or a catalogue is the user's alone, whatever the umask.
    file.setPermissions(filePermissions);
    QString writerError;
    const bool written = write(file, &writerError);
    if (file.failed()) {
        message = systemReason(file.failedErrno(), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!written) {
        message = writerError.isEmpty() ? QCoreApplication::translate(
                      "xlink::OwnerOnlyFiles", "The file could not be written in full")
                                        : writerError;
        file.cancelWriting();
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        message = systemReason(errno, file.errorString());
        return false;
    }
    return true;
}

bool OwnerOnlyFiles::save(const QString &path, QByteArrayView bytes, QString *error)
{
    return save(
        path,
        [bytes](QIODevice &device, QString *) {
            return device.write(bytes.data(), bytes.size()) == bytes.size();
        },
        error);
}

} // namespace xlink
