#include "util/SettingsWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <unistd.h>

namespace xlink {

namespace {

bool writable(const QString &path)
{
    // As the kernel will answer this process: root may write a read-only file, and nobody a
    // read-only mount.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

bool SettingsWriter::write(
    const QSettings &settings, const std::function<void(QSettings &)> &change, QString *error)
{
    QSettings file(settings.fileName(), settings.format());
    change(file);
    file.sync();
    if (file.status() == QSettings::NoError)
        return true;
    const QFileInfo info(settings.fileName());
    QString reason;
    if (info.isDir())
        reason = tr("a folder has that name");
    else if (!writable(info.absolutePath()))
        reason = tr("its folder cannot be written");
    else if (info.exists() && !writable(info.absoluteFilePath()))
        reason = tr("the file is read-only");
    else if (file.status() == QSettings::FormatError)
        reason = tr("the file is not a settings file");
    else
        reason = tr("the disk may be full");
    if (error) {
        *error = tr("The settings could not be saved to %1: %2.")
                     .arg(QDir::toNativeSeparators(info.absoluteFilePath()), reason);
    }
    return false;
}

} // namespace xlink
