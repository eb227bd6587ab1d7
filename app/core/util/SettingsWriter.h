#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QSettings;

namespace xlink {

// The one way the product changes its settings file. QSettings writes later (on sync() or when
// destroyed) and keeps quiet when that fails; here every change is synced at once and checked,
// and a failure comes back as a message for the user. The change is made through a QSettings
// of its own on the same file: status() never clears once a write has failed, so a long-lived
// object could not tell a later success from the old failure. Other objects on the file read
// the change at once (Qt shares one cache per file within a process).
class SettingsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::SettingsWriter)

public:
    // Applies `change` to the file of `settings` and syncs it. False with `error` set (why, in
    // the user's language) when the file could not be written: the change then holds for this
    // run only, unless a later write succeeds and takes it along.
    static bool write(
        const QSettings &settings, const std::function<void(QSettings &)> &change, QString *error);
};

} // namespace xlink
