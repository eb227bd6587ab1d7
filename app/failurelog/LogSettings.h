#pragma once

#include <QString>
#include <QtGlobal>

class QSettings;

namespace xlink {

// How much the failure log keeps. Successes (the console's history) are pruned sooner than
// failures. A limit of 0 means "no limit".
struct LogSettings
{
    qint64 bodyCapBytes = 256 * 1024; // per body; the original size is stored beside it
    qint64 maxFailures = 1'000'000;
    int failureDays = 365;
    qint64 maxSuccesses = 10'000;
    int successDays = 30;

    static LogSettings load(const QSettings &settings);
    // From the application's settings (the console's, shared with the CLI).
    static LogSettings load();
    // False with `error` set when the settings file could not be written (SettingsWriter).
    bool save(const QSettings &settings, QString *error = nullptr) const;
    friend bool operator==(const LogSettings &, const LogSettings &) = default;
};

} // namespace xlink
